"""What grants ask of a person first, for their start page: applications to screen and decide (the
coordinator), reviews to do (an evaluator), applications returned for information (an applicant).
One count query per role held, none for other roles."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from microcity.core.registry import AttentionItem, Urgency
from microcity.grants import permissions
from microcity.grants.models import Application, ApplicationStatus, Review


def work(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    items = []
    if roles & permissions.COORDINATOR_ROLES:
        waiting = Application.objects.filter(call__city=city, status=ApplicationStatus.SUBMITTED).count()
        if waiting:
            items.append(
                AttentionItem(
                    key=f"grants.screen.{city.slug}",
                    label=ngettext("Grant application to screen", "Grant applications to screen", waiting),
                    count=waiting,
                    url=reverse("grants:manage", kwargs={"city": city.slug}),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    if roles & permissions.EVALUATOR_ROLES:
        todo = Review.objects.filter(
            evaluator=user,
            conflict=False,
            submitted_at__isnull=True,
            application__call__city=city,
            application__status=ApplicationStatus.ELIGIBLE,
        ).count()
        if todo:
            items.append(
                AttentionItem(
                    key=f"grants.review.{city.slug}",
                    label=ngettext("Grant application to score", "Grant applications to score", todo),
                    count=todo,
                    url=reverse("grants:reviews", kwargs={"city": city.slug}),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    if roles & permissions.APPLICANT_ROLES:
        returned = Application.objects.filter(
            call__city=city,
            organisation_id__in=permissions.represented_organisation_ids(user),
            status=ApplicationStatus.RETURNED,
        ).count()
        if returned:
            items.append(
                AttentionItem(
                    key=f"grants.returned.{city.slug}",
                    label=ngettext(
                        "Grant application waits for your answer",
                        "Grant applications wait for your answer",
                        returned,
                    ),
                    count=returned,
                    url=reverse("grants:mine", kwargs={"city": city.slug}),
                    urgency=Urgency.NOW,
                    city=city,
                )
            )
    return items
