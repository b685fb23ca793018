"""Barrier reports: received from anyone, handled by the city's content editors, answered by e-mail.

Every status change goes through core.workflow.transition (locked, checked, audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accessibility.errors import AccessibilityError
from microcity.accessibility.models import BarrierReport, ReportStatus
from microcity.accessibility.permissions import HANDLER_ROLES, can_handle_reports
from microcity.accessibility.statement import reply_within_days
from microcity.accounts.models import Membership, Role
from microcity.core.links import absolute_url
from microcity.core.models import AuditAction, City
from microcity.core.services import audit_log
from microcity.core.tasks import enqueue, send_email_task
from microcity.core.workflow import NotAllowed, Workflow, allowed, transition

REPORT_WORKFLOW = Workflow(
    labels=ReportStatus,
    allowed=allowed(
        {
            ReportStatus.IN_PROGRESS: {ReportStatus.NEW},
            ReportStatus.ANSWERED: {ReportStatus.NEW, ReportStatus.IN_PROGRESS},
        }
    ),
    refusal=gettext_lazy("A report that is “%(from)s” cannot become “%(to)s”."),
    error=AccessibilityError,
)


def handlers_of(city: City) -> list[Any]:
    """The people a new report goes to: the city's content editors, else its administrators."""
    for roles in ({Role.CONTENT_EDITOR}, HANDLER_ROLES):
        people = [
            m.user
            for m in Membership.objects.filter(city=city, role__in=roles, user__is_active=True)
            .select_related("user")
            .order_by("user__pk")
        ]
        if people:
            return list({user.pk: user for user in people}.values())
    return []


@transaction.atomic
def report_submit(
    *, city: City, data: dict[str, Any], language: str, user: Any = None, today: dt.date | None = None
) -> BarrierReport:
    """A barrier report from the public form: a task for the city's content editors with a reply deadline;
    the reporter gets a receipt, each editor an e-mail with the link."""
    day = today or timezone.localdate()
    report = BarrierReport.objects.create(
        city=city,
        page_url=data.get("page_url", ""),
        description=data["description"],
        assistive_technology=data.get("assistive_technology", ""),
        name=data.get("name", ""),
        email=data["email"],
        language=language if language in ("lv", "en") else "lv",
        submitted_by=user if getattr(user, "is_authenticated", False) else None,
        reply_by=day + dt.timedelta(days=reply_within_days()),
    )
    audit_log(
        actor=user, action=AuditAction.CREATE, obj=report, city=city, details={"fields": ["description"]}
    )
    with translation.override(report.language):
        enqueue(
            send_email_task,
            subject=_("We received your report of an accessibility barrier"),
            body=render_to_string(
                "accessibility/email/report_received.txt", {"report": report, "city": city}
            ),
            to=[report.email],
        )
    recipients = handlers_of(city)
    for handler in recipients:
        with translation.override(handler.preferred_language or "lv"):
            link = absolute_url("accessibility:report", city=city.slug, pk=report.pk)
            enqueue(
                send_email_task,
                subject=_("Accessibility barrier reported (no. %(n)s), answer by %(date)s")
                % {"n": report.pk, "date": report.reply_by.strftime("%d.%m.%Y.")},
                body=render_to_string(
                    "accessibility/email/report_for_editor.txt",
                    {"report": report, "city": city, "link": link},
                ),
                to=[handler.email],
            )
    if not recipients and city.contact_email:
        with translation.override("lv"):
            link = absolute_url("accessibility:report", city=city.slug, pk=report.pk)
            enqueue(
                send_email_task,
                subject=_("Accessibility barrier reported (no. %(n)s), answer by %(date)s")
                % {"n": report.pk, "date": report.reply_by.strftime("%d.%m.%Y.")},
                body=render_to_string(
                    "accessibility/email/report_for_editor.txt",
                    {"report": report, "city": city, "link": link},
                ),
                to=[city.contact_email],
            )
    return report


def report_viewed(*, report: BarrierReport, by: Any, address: str | None) -> None:
    if not can_handle_reports(by, report.city):
        raise NotAllowed(_("Only the city's content editors handle barrier reports."))
    audit_log(actor=by, action=AuditAction.VIEW, obj=report, city=report.city, address=address)


@transaction.atomic
def report_take(*, report: BarrierReport, by: Any, address: str | None = None) -> BarrierReport:
    """An editor takes the report: it is theirs, in progress."""
    if not can_handle_reports(by, report.city):
        raise NotAllowed(_("Only the city's content editors handle barrier reports."))
    report.handler = by
    transition(
        report,
        ReportStatus.IN_PROGRESS,
        workflow=REPORT_WORKFLOW,
        by=by,
        city=report.city,
        fields=["handler"],
        address=address,
    )
    return report


@transaction.atomic
def report_answer(*, report: BarrierReport, reply: str, by: Any, address: str | None = None) -> BarrierReport:
    """The answer goes to the reporter by e-mail, in the language they wrote in."""
    if not can_handle_reports(by, report.city):
        raise NotAllowed(_("Only the city's content editors handle barrier reports."))
    if not reply.strip():
        raise AccessibilityError(_("Write the answer first."))
    report.reply = reply.strip()
    report.answered_at = timezone.now()
    if report.handler_id is None:
        report.handler = by
    transition(
        report,
        ReportStatus.ANSWERED,
        workflow=REPORT_WORKFLOW,
        by=by,
        city=report.city,
        fields=["reply", "answered_at", "handler"],
        details={"fields": ["reply"]},
        address=address,
    )
    with translation.override(report.language):
        enqueue(
            send_email_task,
            subject=_("Answer to your report of an accessibility barrier"),
            body=render_to_string(
                "accessibility/email/report_answered.txt",
                {
                    "report": report,
                    "city": report.city,
                    "statement_url": absolute_url("accessibility:statement"),
                },
            ),
            to=[report.email],
        )
    return report


def _reports_of_person(person: Any) -> Any:
    from django.db.models import Q

    match = Q(email__iexact=person.email) if person.email else Q(pk__in=[])
    if person.user_id:
        match |= Q(submitted_by_id=person.user_id)
    return BarrierReport.objects.filter(match)


def export_person_reports(person: Any) -> list[dict[str, Any]]:
    """The barrier reports a person sent, for their own data download."""
    return [
        {
            "city": r.city.slug,
            "received_at": r.created_at,
            "page_url": r.page_url,
            "description": r.description,
            "assistive_technology": r.assistive_technology,
            "name": r.name,
            "email": r.email,
            "status": r.status,
            "reply": r.reply,
        }
        for r in _reports_of_person(person).select_related("city")
    ]


def erase_person_reports(person: Any) -> None:
    """On the person's request: their reports are deleted (nothing counts them)."""
    _reports_of_person(person).delete()
