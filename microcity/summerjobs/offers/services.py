"""Offers of the summer programme and their answers: the deadline of an offer, a youth accepting or
declining it (or giving up an accepted place), releasing a place for a withdrawn application or an erasure,
and the expiry of offers past their deadline. Every change goes through the offers' transition map
(workflows.ASSIGNMENTS) and writes an audit event; the lottery (lottery/services.py) makes the offers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Assignment,
    AssignmentStatus,
    PlacementPeriod,
    Season,
)
from microcity.summerjobs.workflows import ASSIGNMENTS, NotAllowed, SummerJobsError


class OfferError(SummerJobsError):
    """An offer that cannot be answered as asked."""


def offer_deadline(*, season: Season, now: dt.datetime) -> dt.datetime:
    """The end of the day (Riga time) `offer_acceptance_days` days after the offer."""
    day = timezone.localtime(now).date() + dt.timedelta(days=season.offer_acceptance_days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(23, 59, 59)))


def _answer(
    assignment: Assignment, to: str, *, by: User | None, now: dt.datetime, **details: Any
) -> Assignment:
    """Change a locked assignment's status and audit it."""
    assignment.responded_at = now
    assignment.responded_by = by if getattr(by, "is_authenticated", False) else None
    application = assignment.application
    workflow.transition(
        assignment,
        to,
        workflow=ASSIGNMENTS,
        by=by,
        city=application.season.city,
        person=application.youth,
        fields=["responded_at", "responded_by"],
        details=details,
        now=now,
        locked=True,
    )
    return assignment


def _locked_assignment(pk: int) -> Assignment:
    return (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("application__season__city", "application__youth", "placement_period")
        .get(pk=pk)
    )


@transaction.atomic
def assignment_accept(*, assignment: Assignment, by: User, now: dt.datetime | None = None) -> Assignment:
    """Accept an offer. The placement period's row is locked first, so concurrent accepts of the same
    placement period run one after another and the count of accepted places cannot pass the places."""
    if not permissions.can_answer_offer(by, assignment):
        raise NotAllowed(_("You cannot answer this offer."))
    moment = now or timezone.now()
    place = (
        PlacementPeriod.objects.select_for_update(of=("self",))
        .select_related("placement__season")
        .get(pk=assignment.placement_period_id)
    )
    assignment = _locked_assignment(assignment.pk)
    if assignment.status != AssignmentStatus.OFFERED:
        raise OfferError(_("This offer is no longer open."))
    if assignment.deadline is not None and assignment.deadline < moment:
        raise OfferError(_("The time to answer this offer has passed."))
    accepted = Assignment.objects.filter(placement_period=place, status=AssignmentStatus.ACCEPTED).count()
    if accepted >= min(place.capacity, place.placement.max_youths_per_period):
        raise OfferError(_("All places of this placement in this period have been taken."))
    season = place.placement.season
    if (
        not season.allow_multiple_placements
        and Assignment.objects.filter(
            application_id=assignment.application_id, status=AssignmentStatus.ACCEPTED
        )
        .exclude(pk=assignment.pk)
        .exists()
    ):
        raise OfferError(_("You have already accepted a place this season."))
    return _answer(assignment, AssignmentStatus.ACCEPTED, by=by, now=moment)


@transaction.atomic
def assignment_decline(*, assignment: Assignment, by: User, now: dt.datetime | None = None) -> Assignment:
    """Decline an offer, or give up an accepted place; either frees the place for a follow-up run."""
    if not permissions.can_answer_offer(by, assignment):
        raise NotAllowed(_("You cannot answer this offer."))
    return assignment_release(assignment.pk, by=by, now=now or timezone.now())


def assignment_release(pk: int, *, by: User | None, now: dt.datetime, **details: Any) -> Assignment:
    """Decline an offer or give up an accepted place, freeing it, for a caller that has checked who may (the
    youth's answer, a withdrawn application, an erasure); a settled place is refused (see workflows.py)."""
    assignment = _locked_assignment(pk)
    if assignment.status not in ACTIVE_ASSIGNMENT_STATUSES:
        raise OfferError(_("This offer is no longer open."))
    return _answer(assignment, AssignmentStatus.DECLINED, by=by, now=now, **details)


def assignments_expire(*, now: dt.datetime | None = None) -> int:
    """Offers past their deadline expire (the periodic task calls this); each in its own transaction, skipping
    offers that someone is answering at this moment. Returns how many expired."""
    moment = now or timezone.now()
    due = list(
        Assignment.objects.filter(status=AssignmentStatus.OFFERED, deadline__lt=moment)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    expired = 0
    for pk in due:
        with transaction.atomic():
            assignment = (
                Assignment.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("application__season__city", "application__youth")
                .filter(pk=pk, status=AssignmentStatus.OFFERED, deadline__lt=moment)
                .first()
            )
            if assignment is not None:
                _answer(assignment, AssignmentStatus.EXPIRED, by=None, now=moment, reason="deadline passed")
                expired += 1
    return expired
