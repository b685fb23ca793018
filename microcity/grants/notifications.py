"""E-mails of grants in the applicant's language, queued after the transaction commits: the receipt with
the PDF of what was submitted, the request for information, the ineligibility notice and the decision
letter (PDF)."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from huey.contrib.djhuey import db_task

from microcity.core.tasks import enqueue, send_email_task
from microcity.grants.models import Application, InfoRequest

PDF = "application/pdf"
SUBJECTS = {
    "receipt": _("Your application %(number)s is received"),
    "info": _("More information is needed for application %(number)s"),
    "ineligible": _("Application %(number)s is not eligible"),
    "decision": _("Decision on application %(number)s"),
    "follow_up": _("A year after your grant %(number)s: how did it go?"),
}


def _language(application: Application) -> str:
    return getattr(application.applicant, "preferred_language", None) or "lv"


def _queue(kind: str, application: Application) -> None:
    if application.applicant is not None and application.applicant.email:
        enqueue(grant_email_task, kind=kind, application_id=application.pk)


def receipt(application: Application) -> None:
    _queue("receipt", application)


def info_requested(application: Application, request: InfoRequest) -> None:
    _queue("info", application)


def ineligible(application: Application) -> None:
    _queue("ineligible", application)


def decision(application: Application) -> None:
    _queue("decision", application)


def follow_up(application: Application) -> None:
    _queue("follow_up", application)


def grant_email(kind: str, application_id: int) -> None:
    """Render and send one e-mail (the PDF is drawn here, in the background, not while the user waits)."""
    from microcity.grants import documents

    application = Application.objects.select_related("call__city", "applicant", "organisation", "strand").get(
        pk=application_id
    )
    if application.applicant is None:  # the person deleted their account meanwhile
        return
    language = _language(application)
    attachments: list[tuple[str, bytes, str]] = []
    if kind == "receipt":
        attachments.append(
            (
                f"application-{application.number}.pdf",
                documents.application_pdf(application, language=language),
                PDF,
            )
        )
    elif kind == "decision":
        attachments.append(
            (
                f"decision-{application.number}.pdf",
                documents.decision_pdf(application, language=language),
                PDF,
            )
        )
    context: dict[str, Any] = {
        "a": application,
        "call": application.call,
        "city": application.call.city,
        "question": application.info_requests.order_by("-asked_at").first(),
    }
    if kind == "follow_up":
        from django.urls import reverse

        from microcity.core.links import site_url

        with translation.override(language):
            path = reverse(
                "grants:follow_up",
                kwargs={"city": application.call.city.slug, "token": application.follow_up.token},
            )
        context["link"] = f"{site_url()}{path}"
    with translation.override(language):
        body = render_to_string(f"grants/email/{kind}.txt", context)
        subject = str(SUBJECTS[kind]) % {"number": application.number}
    send_email_task.call_local(
        subject=subject, body=body, to=[application.applicant.email], attachments=attachments
    )


@db_task(retries=2, retry_delay=60)
def grant_email_task(*, kind: str, application_id: int) -> None:
    grant_email(kind, application_id)
