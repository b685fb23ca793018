"""Follow-ups of participants 6 and 12 months after completion: an e-mail with a one-time link ("employed?
where? in the trained occupation?"), one reminder after two weeks, and the answer recorded as the
participant's job outcome at that checkpoint. The link's token is kept only as its SHA-256 hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.core.links import absolute_url
from microcity.core.models import AuditAction
from microcity.core.services import audit_log
from microcity.core.tasks import enqueue, send_email_task
from microcity.courses.models import (
    Application,
    ApplicationStatus,
    Checkpoint,
    FollowUp,
    JobOutcome,
    OutcomeKind,
)
from microcity.courses.workflows import CoursesError

DUE_AFTER = {Checkpoint.MONTHS_6: dt.timedelta(days=182), Checkpoint.MONTHS_12: dt.timedelta(days=365)}
REMIND_AFTER = dt.timedelta(days=14)
ANSWER_WITHIN = dt.timedelta(days=60)
EMPLOYER_MAX_LENGTH = 200
SUBJECT = gettext_lazy("How are you doing after the course “%(title)s”?")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _send(follow_up: FollowUp, token: str, *, reminder: bool) -> None:
    application = follow_up.application
    person = application.person
    user = person.user
    language = getattr(user, "preferred_language", None) or "lv"
    with translation.override(language):
        url = absolute_url("courses:follow_up", token=token)
        body = render_to_string(
            "courses/email/follow_up.txt",
            {
                "person": person,
                "course": application.course,
                "url": url,
                "reminder": reminder,
                "follow_up": follow_up,
            },
        )
        subject = str(SUBJECT) % {"title": application.course.title}
    enqueue(send_email_task, subject=subject, body=body, to=[person.email])


@transaction.atomic
def follow_ups_send(*, now: dt.datetime | None = None) -> int:
    """Send each due follow-up once, and one reminder for those not answered in two weeks; returns how
    many e-mails went."""
    moment = now or timezone.now()
    sent = 0
    completed = (
        Application.objects.filter(status=ApplicationStatus.COMPLETED, finished_at__isnull=False)
        .exclude(person__email="")
        .select_related("person__user", "course__city")
    )
    for checkpoint, after in DUE_AFTER.items():
        due = completed.filter(
            finished_at__lte=moment - after, finished_at__gt=moment - after - ANSWER_WITHIN
        ).exclude(follow_ups__checkpoint=checkpoint)
        for application in due:
            token = secrets.token_urlsafe(32)
            try:
                with transaction.atomic():
                    follow_up = FollowUp.objects.create(
                        application=application,
                        checkpoint=checkpoint,
                        token_hash=token_hash(token),
                        sent_at=moment,
                    )
            except IntegrityError:
                continue
            _send(follow_up, token, reminder=False)
            sent += 1
    for follow_up in FollowUp.objects.filter(
        answered_at__isnull=True, reminded_at__isnull=True, sent_at__lte=moment - REMIND_AFTER
    ).select_related("application__person__user", "application__course__city"):
        token = secrets.token_urlsafe(32)
        follow_up.token_hash = token_hash(token)  # the first link stops working: one live link at a time
        follow_up.reminded_at = moment
        follow_up.save(update_fields=["token_hash", "reminded_at"])
        _send(follow_up, token, reminder=True)
        sent += 1
    return sent


def follow_up_for(token: str, *, now: dt.datetime | None = None) -> FollowUp:
    """The follow-up a link opens; refused once answered or after its time."""
    moment = now or timezone.now()
    follow_up = (
        FollowUp.objects.filter(token_hash=token_hash(token))
        .select_related("application__person", "application__course__city")
        .first()
    )
    if follow_up is None or follow_up.answered_at is not None:
        raise CoursesError(_("This link has been used or is not valid."))
    if moment > (follow_up.reminded_at or follow_up.sent_at) + ANSWER_WITHIN:
        raise CoursesError(_("This link has expired."))
    return follow_up


@transaction.atomic
def follow_up_answer(
    *,
    token: str,
    kind: str,
    employer_name: str = "",
    in_trained_occupation: bool = False,
    now: dt.datetime | None = None,
) -> JobOutcome:
    moment = now or timezone.now()
    follow_up = follow_up_for(token, now=moment)
    follow_up = (
        FollowUp.objects.select_for_update()
        .select_related("application__person", "application__course__city")
        .get(pk=follow_up.pk)
    )
    if follow_up.answered_at is not None:
        raise CoursesError(_("This link has been used or is not valid."))
    if kind not in OutcomeKind.values:
        raise CoursesError(_("Choose the checkpoint and the situation from the lists."))
    working = kind in {OutcomeKind.INTERNSHIP, OutcomeKind.EMPLOYED, OutcomeKind.SELF_EMPLOYED}
    outcome, _created = JobOutcome.objects.update_or_create(
        application=follow_up.application,
        checkpoint=follow_up.checkpoint,
        defaults={
            "kind": kind,
            "employer": None,
            "employer_name": employer_name.strip()[:EMPLOYER_MAX_LENGTH] if working else "",
            "in_trained_occupation": in_trained_occupation and working,
            "told_by_participant": True,
            "recorded_by": None,
            "recorded_at": moment,
        },
    )
    follow_up.answered_at = moment
    follow_up.save(update_fields=["answered_at"])
    audit_log(
        actor=None,
        action=AuditAction.CHANGE,
        obj=outcome,
        person=follow_up.application.person,
        city=follow_up.application.course.city,
        details={"checkpoint": follow_up.checkpoint, "kind": kind, "by": "participant"},
    )
    return outcome


def response_rates(*, course: Any) -> dict[str, tuple[int, int]]:
    """Checkpoint → (answered, sent) for the course, in one query."""
    rows = (
        FollowUp.objects.filter(application__course=course)
        .values("checkpoint")
        .annotate(sent=Count("pk"), answered=Count("pk", filter=Q(answered_at__isnull=False)))
    )
    return {row["checkpoint"]: (row["answered"], row["sent"]) for row in rows}
