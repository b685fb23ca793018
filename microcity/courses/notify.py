"""E-mails to applicants at each step, in their language, queued after the transaction commits."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from huey.contrib.djhuey import db_task

from microcity.core.links import absolute_url
from microcity.core.tasks import enqueue, send_email_task
from microcity.courses.models import Application, ApplicationStatus

SUBJECTS = {
    "submitted": _("Your application is received: %(title)s"),
    "offered": _("You are offered a place: %(title)s"),
    "waitlisted": _("You are on the waiting list: %(title)s"),
    "accepted": _("Your place is confirmed: %(title)s"),
    "completed": _("You have completed the course: %(title)s"),
}


def _language(application: Application) -> str:
    user = application.person.user
    return getattr(user, "preferred_language", None) or "lv"


def render(application: Application, kind: str) -> tuple[str, str]:
    """The subject and body of the e-mail `kind` in the applicant's language."""
    course = application.course
    with translation.override(_language(application)):
        url = absolute_url("courses:course", city=course.city.slug, pk=course.pk)
        body = render_to_string(
            "courses/email/notice.txt",
            {
                "kind": kind,
                "application": application,
                "course": course,
                "person": application.person,
                "url": url,
            },
        )
        subject = str(SUBJECTS[kind]) % {"title": course.title}
    return subject, body


def application_email(application: Application, kind: str) -> bool:
    """Queue the e-mail; False (nothing sent) when the applicant has no address."""
    if not application.person.email:
        return False
    subject, body = render(application, kind)
    enqueue(send_email_task, subject=subject, body=body, to=[application.person.email])
    return True


@db_task(retries=3, retry_delay=60)
def selection_emails_task(*, course_id: int) -> int:
    """After a selection: each applicant is told whether they are offered a place or on the waiting list."""
    sent = 0
    for application in (
        Application.objects.filter(
            course_id=course_id, status__in=[ApplicationStatus.OFFERED, ApplicationStatus.WAITLISTED]
        )
        .exclude(person__email="")
        .select_related("person__user", "course__city")
    ):
        kind = "offered" if application.status == ApplicationStatus.OFFERED else "waitlisted"
        sent += application_email(application, kind)
    return sent
