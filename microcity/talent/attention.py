"""What LIVIN asks of a person first, for their start page (core.registry.attention).

Relocation tasks past their date (a consultant's own cases; all of the city's for its coordinators and
administrators) and new cases with no consultant yet; jobs waiting for review (the city's content editors
and coordinators) and living-guide pages waiting in the city's moderation workflow (its content editors);
an employer's jobs returned for changes. Every count is one or two queries whatever the number of rows.
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, WorkflowState

from microcity.accounts.models import Membership, Role
from microcity.core.registry import AttentionItem, Urgency
from microcity.talent.models import (
    CaseEvent,
    CaseEventKind,
    CaseStage,
    Job,
    JobStatus,
    LivingGuideIndexPage,
    RelocationCase,
)

CASE_MANAGERS = {Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR}
JOB_REVIEWERS = {Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR}


def _in_city(name: str, city: Any) -> str:
    return reverse(name, kwargs={"city": city.slug})


def relocation(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    manages = bool(roles & CASE_MANAGERS)
    if not manages and Role.RELOCATION_CONSULTANT not in roles:
        return []
    items = []
    tasks = CaseEvent.objects.filter(
        case__city=city, kind=CaseEventKind.TASK, done_at__isnull=True, due_on__lt=timezone.localdate()
    )
    if not manages:
        tasks = tasks.filter(case__consultant=user)
    overdue = tasks.aggregate(n=Count("pk"), cases=Count("case", distinct=True))
    if overdue["n"]:
        items.append(
            AttentionItem(
                key=f"talent.overdue:{city.slug}",
                label=ngettext("Relocation task overdue", "Relocation tasks overdue", overdue["n"]),
                count=overdue["n"],
                line=ngettext("In %(n)s case.", "In %(n)s cases.", overdue["cases"])
                % {"n": overdue["cases"]},
                url=_in_city("talent:case_board", city),
                urgency=Urgency.NOW,
                city=city,
            )
        )
    if manages:
        unassigned = RelocationCase.objects.filter(
            city=city, stage=CaseStage.NEW, consultant__isnull=True
        ).count()
        if unassigned:
            items.append(
                AttentionItem(
                    key=f"talent.unassigned:{city.slug}",
                    label=ngettext(
                        "New relocation inquiry without a consultant",
                        "New relocation inquiries without a consultant",
                        unassigned,
                    ),
                    count=unassigned,
                    url=_in_city("talent:case_board", city),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    return items


def _guide_pages_in_moderation(city: Any) -> int:
    """Pages of the city's living guide (both languages) waiting in a moderation workflow: two queries."""
    paths = list(LivingGuideIndexPage.objects.filter(city=city).values_list("path", flat=True))
    if not paths:
        return 0
    under = Q()
    for path in paths:
        under |= Q(path__startswith=path)
    pages = Page.objects.filter(under).annotate(key=Cast("pk", CharField())).values("key")
    return WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=pages,
    ).count()


def reviews(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    items = []
    if roles & JOB_REVIEWERS:
        pending = Job.objects.filter(city=city, status=JobStatus.PENDING).count()
        if pending:
            items.append(
                AttentionItem(
                    key=f"talent.jobs_review:{city.slug}",
                    label=ngettext("Job waiting for review", "Jobs waiting for review", pending),
                    count=pending,
                    url=_in_city("talent:review_queue", city),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    if Role.CONTENT_EDITOR in roles:
        waiting = _guide_pages_in_moderation(city)
        if waiting:
            items.append(
                AttentionItem(
                    key=f"talent.guide_moderation:{city.slug}",
                    label=ngettext(
                        "Living-guide page waiting for moderation",
                        "Living-guide pages waiting for moderation",
                        waiting,
                    ),
                    count=waiting,
                    line=_("In the back office."),
                    url=reverse("wagtailadmin_home"),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    if Role.EMPLOYER_REPRESENTATIVE in roles:
        organisations = Membership.objects.filter(
            user=user, city=city, role=Role.EMPLOYER_REPRESENTATIVE, organisation__isnull=False
        ).values("organisation_id")
        returned = Job.objects.filter(
            city=city, status=JobStatus.RETURNED, organisation_id__in=organisations
        ).count()
        if returned:
            items.append(
                AttentionItem(
                    key=f"talent.jobs_returned:{city.slug}",
                    label=ngettext("Job returned for changes", "Jobs returned for changes", returned),
                    count=returned,
                    url=_in_city("talent:my_jobs", city),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    return items
