"""The summer programme's status workflows as data: for each state of a placement, an application, an
offer (assignment) and a match run, the states it may be entered from; the contract's two states; and the
rule that keeps finished work as it was.

A place can no longer change (it can be neither accepted, declined nor given up, nor its application withdrawn)
once its season has ended, a certificate of work was issued for it, hours worked there were confirmed, its
contract was drawn up, or its first day has come. `settled_places` says so for many places at once, so
that the youth's page and the services decide alike; the guards below make every transition ask it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.models import AuditAction, City, Person
from microcity.core.services import audit_log
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Contract,
    MatchRunStatus,
    PlacementStatus,
    SeasonPeriod,
    TimesheetEntry,
    WorkCertificate,
)


class SummerJobsError(workflow.DomainError):
    """A summer-programme action that cannot be done; the message is translated and shown to the user."""


class NotAllowed(SummerJobsError, workflow.NotAllowed):
    pass


def audit(
    *,
    by: User | None,
    obj: models.Model,
    city: City,
    person: Person | None = None,
    action: str = AuditAction.CHANGE,
    **details: Any,
) -> None:
    audit_log(actor=by, action=action, obj=obj, person=person, city=city, details=details)


def full_clean(obj: models.Model, exclude: list[str] | None = None) -> None:
    """Validate a model instance, refusing with the programme's own error (shown to the user)."""
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        raise SummerJobsError(" ".join(str(m) for m in error.messages)) from error


REFUSAL = gettext_lazy("Something that is “%(from)s” cannot become “%(to)s”.")


# --- Finished work ----------------------------------------------------------------------------------


def season_last_days(season_ids: Iterable[int]) -> dict[int, dt.date]:
    """Season id → the last day of its last period."""
    return dict(
        SeasonPeriod.objects.filter(season_id__in=set(season_ids))
        .values("season_id")
        .annotate(last=Max("ends_on"))
        .values_list("season_id", "last")
    )


def season_has_ended(season_id: int, today: dt.date | None = None) -> bool:
    last = season_last_days([season_id]).get(season_id)
    return last is not None and last < (today or timezone.localdate())


def settled_places(
    assignments: Iterable[Assignment],
    today: dt.date | None = None,
    *,
    last_days: dict[int, dt.date] | None = None,
) -> dict[int, str]:
    """Assignment id → why its place can no longer change, for those that cannot: at most five queries,
    fewer when the rows come with their period and the caller knows the seasons' last days."""
    day = today or timezone.localdate()
    rows = list(assignments)
    ids = [row.pk for row in rows]
    if not ids:
        return {}
    if all(Assignment.period.is_cached(row) for row in rows):
        periods = {row.period_id: (row.period.starts_on, row.period.season_id) for row in rows}
    else:
        periods = {
            pk: (starts_on, season_id)
            for pk, starts_on, season_id in SeasonPeriod.objects.filter(
                pk__in={row.period_id for row in rows}
            ).values_list("pk", "starts_on", "season_id")
        }
    if last_days is None:
        last_days = season_last_days(season_id for _start, season_id in periods.values())
    certified = set(
        WorkCertificate.objects.filter(assignment_id__in=ids).values_list("assignment_id", flat=True)
    )
    worked = set(
        TimesheetEntry.objects.filter(assignment_id__in=ids, confirmed_at__isnull=False).values_list(
            "assignment_id", flat=True
        )
    )
    contracted = set(Contract.objects.filter(assignment_id__in=ids).values_list("assignment_id", flat=True))
    reasons: dict[int, str] = {}
    for row in rows:
        starts_on, season_id = periods[row.period_id]
        last = last_days.get(season_id)
        if last is not None and last < day:
            reasons[row.pk] = _("The season has ended: its applications and places are kept as they were.")
        elif row.pk in certified:
            reasons[row.pk] = _("A certificate of work was issued for this place: it can no longer change.")
        elif row.pk in worked:
            reasons[row.pk] = _("Hours worked at this place are confirmed: it can no longer change.")
        elif row.pk in contracted:
            reasons[row.pk] = _("The contract for this place is drawn up: the place can no longer change.")
        elif starts_on <= day:
            reasons[row.pk] = _("The job has started: the place can no longer change.")
    return reasons


def _assignment_guard(assignment: Any, to: str, now: dt.datetime) -> str | None:
    # The clock may still close an offer nobody answered.
    if to == AssignmentStatus.EXPIRED:
        return None
    return settled_places([assignment], timezone.localdate(now)).get(assignment.pk)


def application_settled(application: Application, today: dt.date | None = None) -> str | None:
    """Why the application can no longer change status: its season has ended, or a place it holds is settled."""
    day = today or timezone.localdate()
    if season_has_ended(application.season_id, day):
        return _("The season has ended: its applications and places are kept as they were.")
    held = Assignment.objects.filter(application=application, status__in=ACTIVE_ASSIGNMENT_STATUSES)
    reasons = settled_places(held, day)
    return next(iter(reasons.values()), None)


def _application_guard(application: Any, to: str, now: dt.datetime) -> str | None:
    # Submitting and reopening need registration to be open, which it never is once work has begun.
    if to != ApplicationStatus.WITHDRAWN:
        return None
    return application_settled(application, timezone.localdate(now))


# --- The maps -----------------------------------------------------------------------------------------

PLACEMENTS = workflow.Workflow(
    labels=PlacementStatus,
    allowed=workflow.allowed(
        {
            PlacementStatus.SUBMITTED: {PlacementStatus.DRAFT, PlacementStatus.RETURNED},
            PlacementStatus.APPROVED: {PlacementStatus.SUBMITTED},
            PlacementStatus.RETURNED: {PlacementStatus.SUBMITTED},
            PlacementStatus.WITHDRAWN: {
                PlacementStatus.DRAFT,
                PlacementStatus.SUBMITTED,
                PlacementStatus.RETURNED,
                PlacementStatus.APPROVED,
            },
        }
    ),
    refusal=REFUSAL,
    error=SummerJobsError,
)

# A submitted application goes back to draft only to be changed while registration is open.
APPLICATIONS = workflow.Workflow(
    labels=ApplicationStatus,
    allowed=workflow.allowed(
        {
            ApplicationStatus.SUBMITTED: {ApplicationStatus.DRAFT},
            ApplicationStatus.DRAFT: {ApplicationStatus.SUBMITTED},
            ApplicationStatus.WITHDRAWN: {ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED},
        }
    ),
    refusal=REFUSAL,
    error=SummerJobsError,
    guard=_application_guard,
)

ASSIGNMENTS = workflow.Workflow(
    labels=AssignmentStatus,
    allowed=workflow.allowed(
        {
            # Publishing a run turns its proposals into offers (in bulk, see match_run_publish).
            AssignmentStatus.OFFERED: {AssignmentStatus.PROPOSED},
            AssignmentStatus.ACCEPTED: {AssignmentStatus.OFFERED},
            # A youth who accepted may still give the place up, until it is settled; it goes to a follow-up run.
            AssignmentStatus.DECLINED: {AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED},
            AssignmentStatus.EXPIRED: {AssignmentStatus.OFFERED},
        }
    ),
    refusal=REFUSAL,
    error=SummerJobsError,
    guard=_assignment_guard,
)

RUNS = workflow.Workflow(
    labels=MatchRunStatus,
    allowed=workflow.allowed(
        {
            MatchRunStatus.PUBLISHED: {MatchRunStatus.PREVIEW},
            MatchRunStatus.DISCARDED: {MatchRunStatus.PREVIEW},
        }
    ),
    refusal=REFUSAL,
    error=SummerJobsError,
)

# A contract has no status column: it is unsigned until the day the youth signed is recorded. Its changes
# and the states each may leave from (a signed contract is what payroll pays by):
CONTRACT_UNSIGNED = "unsigned"
CONTRACT_SIGNED = "signed"
CONTRACT_CHANGES: dict[str, frozenset[str]] = {
    "change_terms": frozenset({CONTRACT_UNSIGNED}),
    "sign": frozenset({CONTRACT_UNSIGNED}),
}


def contract_state(contract: Contract) -> str:
    return CONTRACT_SIGNED if contract.signed_on is not None else CONTRACT_UNSIGNED


def contract_may(contract: Contract, change: str) -> bool:
    return contract_state(contract) in CONTRACT_CHANGES[change]
