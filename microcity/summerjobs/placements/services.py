"""State changes of employers' placements: creating and changing them with their places per period,
submitting them for review, the coordinator's approval or return, withdrawal and capacity changes. Every
status change goes through the placements' transition map and writes an audit event.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.models import AuditAction, Organisation
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Assignment,
    AssignmentStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    Season,
)
from microcity.summerjobs.workflows import (
    PLACEMENTS,
    NotAllowed,
    SummerJobsError,
    audit,
    full_clean,
)

PLACEMENT_FIELDS = frozenset(
    {
        "workplace",
        "duties",
        "address",
        "occupation",
        "min_age",
        "is_light_work",
        "is_hazardous",
        "hours_per_day",
        "days_per_week",
        "starts_at",
        "ends_at",
        "supervisor_name",
        "supervisor",
        "supervisor_count",
        "takes_youths_with_disability",
    }
)


def _check_placement(placement: Placement, capacities: Mapping[int, int]) -> None:
    full_clean(placement, exclude=["season", "organisation"])
    if (
        placement.supervisor_id is not None
        and not permissions.work_supervisors(
            organisation_ids=[placement.organisation_id], city=placement.season.city
        )
        .filter(pk=placement.supervisor_id)
        .exists()
    ):
        # The named supervisor sees the youths' hours: only someone the employer gave that role.
        raise SummerJobsError(_("The work supervisor must have the work supervisor's role at this employer."))
    span = (placement.ends_at.hour * 60 + placement.ends_at.minute) - (
        placement.starts_at.hour * 60 + placement.starts_at.minute
    )
    if span < Decimal(placement.hours_per_day) * 60:
        raise SummerJobsError(_("The working hours are shorter than the hours of work a day."))
    if placement.min_age > placement.season.max_age:
        raise SummerJobsError(_("The minimum age is above the season's maximum age."))
    season_periods = set(placement.season.periods.values_list("pk", flat=True))
    cap = placement.max_youths_per_period
    for period_id, capacity in capacities.items():
        if period_id not in season_periods:
            raise SummerJobsError(_("That period is not part of the season."))
        if capacity < 0:
            raise SummerJobsError(_("The number of places cannot be negative."))
        if capacity > cap:
            raise SummerJobsError(
                _(
                    "With %(supervisors)s supervisor(s) a placement can take at most %(cap)s youths per period."
                )
                % {"supervisors": placement.supervisor_count, "cap": cap}
            )


def _set_capacities(placement: Placement, capacities: Mapping[int, int]) -> None:
    existing = {pp.period_id: pp for pp in placement.periods.all()}
    for period_id, capacity in capacities.items():
        row = existing.get(period_id)
        if row is None:
            PlacementPeriod.objects.create(placement=placement, period_id=period_id, capacity=capacity)
        elif row.capacity != capacity:
            row.capacity = capacity
            row.save(update_fields=["capacity"])


@transaction.atomic
def placement_create(
    *,
    season: Season,
    organisation: Organisation,
    by: User,
    data: Mapping[str, Any],
    capacities: Mapping[int, int],
) -> Placement:
    """A draft placement with its places per period (`capacities`: SeasonPeriod id → places)."""
    if not permissions.can_create_placement(by, season, organisation.pk):
        raise NotAllowed(_("You do not represent this employer."))
    if organisation.city_id != season.city_id:
        raise SummerJobsError(_("The employer is registered in another city."))
    unknown = set(data) - PLACEMENT_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown placement fields: {sorted(unknown)}")
    placement = Placement(season=season, organisation=organisation, created_by=by, **data)
    _check_placement(placement, capacities)
    placement.save()
    _set_capacities(placement, capacities)
    audit(by=by, obj=placement, city=season.city, action=AuditAction.CREATE)
    return placement


@transaction.atomic
def placement_update(
    *, placement: Placement, by: User, data: Mapping[str, Any], capacities: Mapping[int, int] | None = None
) -> Placement:
    if not permissions.can_edit_placement(by, placement):
        raise NotAllowed(_("You cannot change this placement now."))
    unknown = set(data) - PLACEMENT_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown placement fields: {sorted(unknown)}")
    placement = Placement.objects.select_for_update().get(pk=placement.pk)
    for name, value in data.items():
        setattr(placement, name, value)
    current = dict(placement.periods.values_list("period_id", "capacity"))
    wanted = {**current, **(capacities or {})}
    _check_placement(placement, wanted)
    placement.save()
    _set_capacities(placement, wanted)
    audit(by=by, obj=placement, city=placement.season.city, fields=sorted(data))
    return placement


@transaction.atomic
def placement_submit(*, placement: Placement, by: User) -> Placement:
    if not permissions.can_submit_placement(by, placement):
        raise NotAllowed(_("You cannot submit this placement."))
    placement = workflow.lock(placement, "season")
    season = placement.season
    if not season.employer_registration_open() and not permissions.is_coordinator(by, season.city):
        raise SummerJobsError(_("Registration for employers is not open."))
    capacities = dict(placement.periods.values_list("period_id", "capacity"))
    if not any(capacities.values()):
        raise SummerJobsError(_("Offer at least one place in at least one period."))
    _check_placement(placement, capacities)
    placement.submitted_at = timezone.now()
    workflow.transition(
        placement,
        PlacementStatus.SUBMITTED,
        workflow=PLACEMENTS,
        by=by,
        city=season.city,
        fields=["submitted_at"],
        locked=True,
    )
    return placement


@transaction.atomic
def placement_approve(*, placement: Placement, by: User) -> Placement:
    if not permissions.can_review_placement(by, placement):
        raise NotAllowed(_("Only the city's programme coordinators approve placements."))
    placement = workflow.lock(placement, "season")
    placement.return_reason = ""
    placement.reviewed_by = by
    placement.reviewed_at = timezone.now()
    workflow.transition(
        placement,
        PlacementStatus.APPROVED,
        workflow=PLACEMENTS,
        by=by,
        city=placement.season.city,
        fields=["return_reason", "reviewed_by", "reviewed_at"],
        locked=True,
    )
    return placement


@transaction.atomic
def placement_return(*, placement: Placement, by: User, reason: str) -> Placement:
    if not permissions.can_review_placement(by, placement):
        raise NotAllowed(_("Only the city's programme coordinators approve placements."))
    if not reason.strip():
        raise SummerJobsError(_("Say what the employer should change."))
    placement = workflow.lock(placement, "season")
    placement.return_reason = reason.strip()
    placement.reviewed_by = by
    placement.reviewed_at = timezone.now()
    workflow.transition(
        placement,
        PlacementStatus.RETURNED,
        workflow=PLACEMENTS,
        by=by,
        city=placement.season.city,
        fields=["return_reason", "reviewed_by", "reviewed_at"],
        locked=True,
    )
    return placement


@transaction.atomic
def placement_withdraw(*, placement: Placement, by: User) -> Placement:
    if not permissions.can_withdraw_placement(by, placement):
        raise NotAllowed(_("You cannot withdraw this placement."))
    placement = workflow.lock(placement, "season")
    if Assignment.objects.filter(
        placement_period__placement=placement, status__in=ACTIVE_ASSIGNMENT_STATUSES
    ).exists():
        raise SummerJobsError(
            _(
                "Youths hold offers for this placement; the coordinator must settle them before it is withdrawn."
            )
        )
    workflow.transition(
        placement,
        PlacementStatus.WITHDRAWN,
        workflow=PLACEMENTS,
        by=by,
        city=placement.season.city,
        locked=True,
    )
    return placement


@transaction.atomic
def placement_capacity_set(*, placement_period: PlacementPeriod, capacity: int, by: User) -> PlacementPeriod:
    """Change the places of one period. Locks the row as accepting an offer does, so that lowering the places
    and accepting the last one cannot both succeed."""
    placement = placement_period.placement
    if not permissions.can_set_capacity(by, placement):
        raise NotAllowed(_("You cannot change the places of this placement now."))
    row = (
        PlacementPeriod.objects.select_for_update(of=("self",))
        .select_related("placement__season")
        .get(pk=placement_period.pk)
    )
    if capacity < 0 or capacity > row.placement.max_youths_per_period:
        raise SummerJobsError(
            _("The places must be between 0 and %(cap)s (the supervision limit).")
            % {"cap": row.placement.max_youths_per_period}
        )
    accepted = Assignment.objects.filter(placement_period=row, status=AssignmentStatus.ACCEPTED).count()
    if capacity < accepted:
        raise SummerJobsError(
            _("%(n)s youths have already accepted a place here; there cannot be fewer places.")
            % {"n": accepted}
        )
    previous = row.capacity
    row.capacity = capacity
    row.save(update_fields=["capacity"])
    Placement.objects.filter(pk=row.placement_id).update(updated_at=timezone.now())
    audit(
        by=by, obj=row.placement, city=row.placement.season.city, capacity=[row.period_id, previous, capacity]
    )
    return row
