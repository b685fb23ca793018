"""State changes of the summer programme before the lottery: seasons, placements and their review,
applications and their checks, priority evidence and prior agreements.

The lottery's commit and reveal are in commitment.py; the lottery itself, offers and their answers are in
matching.py. Every status change goes through one transition map and writes an audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from microcity import labourlaw
from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.models import AuditAction, City, Organisation, Person
from microcity.summerjobs import eligibility, permissions
from microcity.summerjobs.eligibility import HourRule, PlacementTerms, Problem
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    AgeCategory,
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Choice,
    HourLimit,
    MatchRun,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    PriorityGroup,
    PriorityKind,
    Season,
    SeasonPeriod,
)
from microcity.summerjobs.workflows import (
    APPLICATIONS,
    PLACEMENTS,
    NotAllowed,
    SummerJobsError,
    application_settled,
    audit,
)

# What a new season proposes per age category: the Labour Law's limits for minors and the programme's for
# adults (labourlaw.DEFAULTS). A coordinator may make them stricter, never looser (hour_limit_problems).
DEFAULT_HOUR_LIMITS: dict[str, dict[str, Any]] = {
    category: limits.as_setting() for category, limits in labourlaw.DEFAULTS.items()
}

SEASON_FIELDS = frozenset(
    {
        "programme_type",
        "name",
        "year",
        "min_age",
        "max_age",
        "currency",
        "minimum_wage",
        "employer_subsidy_share",
        "disability_subsidy_share",
        "supervisor_share",
        "city_cofunding_share",
        "youths_per_supervisor",
        "youths_per_supervisor_with_disability",
        "employer_registration_opens",
        "employer_registration_closes",
        "youth_registration_opens",
        "youth_registration_closes",
        "max_choices",
        "allow_pre_agreements",
        "allow_multiple_placements",
        "offer_acceptance_days",
        "monthly_hours",
    }
)
PERIOD_FIELDS = frozenset({"name", "starts_on", "ends_on", "working_days"})
HOUR_LIMIT_FIELDS = frozenset(DEFAULT_HOUR_LIMITS[AgeCategory.CHILD])
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
APPLICATION_FIELDS = frozenset(
    {
        "priority_group",
        "priority_evidence",
        "school",
        "in_basic_education",
        "residence_city",
        "gender",
        "pre_agreement",
    }
)
# Basic school in Latvia is grades 1–9.
LAST_BASIC_SCHOOL_GRADE = 9


class NotEligible(SummerJobsError):
    """The application breaks the season's rules; `problems` says how, each with a stable code."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.messages = [problem.message for problem in problems]
        super().__init__("; ".join(self.messages))


def full_clean(obj: models.Model, exclude: list[str] | None = None) -> None:
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        raise SummerJobsError(" ".join(str(m) for m in error.messages)) from error


def _has_published_run(season: Season) -> bool:
    return MatchRun.objects.filter(season=season, status=MatchRunStatus.PUBLISHED).exists()


# --- Seasons ----------------------------------------------------------------------------------------


@transaction.atomic
def season_create(
    *,
    city: City,
    by: User,
    data: Mapping[str, Any],
    periods: Sequence[Mapping[str, Any]],
    priority_groups: Mapping[str, int] | None = None,
    hour_limits: Mapping[str, Mapping[str, Any]] | None = None,
) -> Season:
    """A season with its periods (name, starts_on, ends_on, working_days), priority groups (kind → rank)
    and working-time limits per age category (the Labour Law's, unless given)."""
    if not permissions.can_create_season(by, city):
        raise NotAllowed(_("Only the city's programme coordinators set up summer seasons."))
    unknown = set(data) - SEASON_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown season fields: {sorted(unknown)}")
    if not periods:
        raise SummerJobsError(_("A season needs at least one period."))
    season = Season(city=city, created_by=by, **data)
    full_clean(season)
    season.save()
    _set_periods(season, periods)
    _set_priority_groups(season, priority_groups or {})
    limits = {**DEFAULT_HOUR_LIMITS, **(hour_limits or {})}
    for category in AgeCategory.values:
        unknown = set(limits[category]) - HOUR_LIMIT_FIELDS
        if unknown:
            raise SummerJobsError(f"Unknown working-time fields: {sorted(unknown)}")
        limit = HourLimit(season=season, category=category, **limits[category])
        full_clean(limit)
        _refuse_looser_than_law(limit)
        limit.save()
    audit(by=by, obj=season, city=city, action=AuditAction.CREATE)
    return season


def weekdays_between(first: dt.date, last: dt.date) -> int:
    """Monday to Friday days from `first` to `last`, both included."""
    whole_weeks, rest = divmod((last - first).days + 1, 7)
    return whole_weeks * 5 + sum(1 for n in range(rest) if (first.weekday() + n) % 7 < 5)


def period_problems(*, year: int, periods: Sequence[Mapping[str, Any]], allow_overlap: bool) -> list[str]:
    """What is wrong with a season's periods (name, starts_on, ends_on, working_days), translated.

    Every period lies within the season's year, ends on or after its first day and has no more working
    days than it has weekdays (youths under 18 work at most five days a week). Names are unique. In a
    season where a youth may have several placements, periods must not overlap: a youth's second place
    is in another period, and hours at two employers in one period would add up past the limits."""
    problems: list[str] = []
    if not periods:
        problems.append(_("A season needs at least one period."))
    names = [str(spec["name"]).strip().casefold() for spec in periods]
    if len(set(names)) != len(names):
        problems.append(_("Two periods have the same name."))
    for spec in periods:
        first, last = spec["starts_on"], spec["ends_on"]
        values = {"period": spec["name"]}
        if not (first.year == year == last.year):
            problems.append(_("%(period)s: every period must fall within the season's year.") % values)
        if last < first:
            problems.append(_("%(period)s: the last day is before the first day.") % values)
        elif spec["working_days"] > weekdays_between(first, last):
            problems.append(
                _("%(period)s: more working days than weekdays from the first to the last day.") % values
            )
    if not allow_overlap:
        ordered = sorted(periods, key=lambda spec: (spec["starts_on"], spec["ends_on"]))
        for earlier, later in zip(ordered, ordered[1:], strict=False):
            if later["starts_on"] <= earlier["ends_on"]:
                problems.append(
                    _("%(a)s and %(b)s overlap; they must not when a youth may have several placements.")
                    % {"a": earlier["name"], "b": later["name"]}
                )
    return problems


def _set_periods(season: Season, periods: Sequence[Mapping[str, Any]]) -> list[str]:
    """Make the season's periods exactly `periods`: a spec with "pk" changes that period, one without
    adds a period, and a period not listed is removed (refused while placements or applications use it).
    Returns the names of what changed, for the audit."""
    problems = period_problems(
        year=season.year, periods=periods, allow_overlap=not season.allow_multiple_placements
    )
    if problems:
        raise SummerJobsError(" ".join(problems))
    existing = {period.pk: period for period in season.periods.all()}
    kept = {spec["pk"] for spec in periods if spec.get("pk") is not None}
    if kept - set(existing):
        raise SummerJobsError(_("That period is not part of the season."))
    changed: list[str] = []
    gone = [period for pk, period in existing.items() if pk not in kept]
    for period in gone:
        if period.placement_periods.exists() or period.applications.exists():
            raise SummerJobsError(
                _("%(period)s cannot be removed: placements or applications use it.")
                % {"period": period.name}
            )
        changed.append(period.name)
        period.delete()
    for spec in periods:
        unknown = set(spec) - PERIOD_FIELDS - {"pk"}
        if unknown:
            raise SummerJobsError(f"Unknown period fields: {sorted(unknown)}")
    # Two periods may swap names in one edit: renamed periods step aside under a temporary name first, so
    # that the unique name never collides half-way.
    renamed = [
        spec["pk"]
        for spec in periods
        if spec.get("pk") is not None and existing[spec["pk"]].name != spec["name"]
    ]
    for pk in renamed:
        SeasonPeriod.objects.filter(pk=pk).update(name=f"\u2063{pk}")
    for spec in periods:
        values = {name: spec[name] for name in PERIOD_FIELDS}
        period = existing.get(spec.get("pk") or 0) or SeasonPeriod(season=season)
        if period.pk is not None and all(getattr(period, k) == v for k, v in values.items()):
            continue
        for name, value in values.items():
            setattr(period, name, value)
        full_clean(period, exclude=["season"])
        period.save()
        changed.append(period.name)
    return changed


def _set_priority_groups(season: Season, groups: Mapping[str, int]) -> list[str]:
    """Make the season's priority groups exactly `groups` (kind → rank); a group that applications claim
    is never removed."""
    for kind, rank in groups.items():
        if kind not in PriorityKind.values:
            raise SummerJobsError(f"Unknown priority group: {kind!r}")
        if int(rank) < 1:
            raise SummerJobsError(_("A priority rank is 1 or more."))
    changed: list[str] = []
    for group in season.priority_groups.all():
        if group.kind not in groups:
            if group.applications.exists():
                raise SummerJobsError(
                    _("%(group)s cannot be removed: applications claim it.") % {"group": group}
                )
            group.delete()
            changed.append(group.kind)
        elif group.rank != groups[group.kind]:
            group.rank = groups[group.kind]
            group.save(update_fields=["rank"])
            changed.append(group.kind)
    existing = set(season.priority_groups.values_list("kind", flat=True))
    for kind, rank in groups.items():
        if kind not in existing:
            PriorityGroup.objects.create(season=season, kind=kind, rank=rank)
            changed.append(kind)
    return changed


def _number(value: Decimal) -> str:
    """4 rather than 4.0 or 4E+0, 4,5 in Latvian."""
    whole = value == value.to_integral_value()
    return number_format(value.to_integral_value() if whole else value.normalize())


def hour_limit_problems(*, category: str, values: Mapping[str, Any]) -> dict[str, str]:
    """Where a season's working-time limits for `category` are looser than the Labour Law's, as
    {field: translated message}; empty when they are as strict or stricter. The season form shows these
    beside the fields and the season service refuses them, so the law is stated once (labourlaw)."""
    if category not in labourlaw.LAW:
        return {}
    setting: dict[str, Any] = {name: values.get(name) for name in labourlaw.SETTING_FIELDS}
    if setting["max_hours_per_day"] is None or setting["max_hours_per_week"] is None:
        return {}
    if setting["min_daily_rest_hours"] is None:
        return {}
    setting["break_minutes"] = setting["break_minutes"] or 0
    problems: dict[str, str] = {}
    for looser in labourlaw.looser_than_law(category, labourlaw.Limits(**setting)):
        if looser.field in {"max_hours_per_day", "max_hours_per_week"}:
            problems[looser.field] = _("The Labour Law allows at most %(n)s.") % {"n": _number(looser.law)}
        elif looser.field == "min_daily_rest_hours":
            problems[looser.field] = _("The Labour Law requires at least %(n)s hours.") % {
                "n": _number(looser.law)
            }
        elif looser.field == "night":
            starts, ends = looser.law
            problems["night_starts"] = _(
                "At this age the Labour Law forbids work from %(start)s to %(end)s: the night-time must "
                "include those hours."
            ) % {"start": f"{starts:%H:%M}", "end": f"{ends:%H:%M}"}
        elif looser.field == "break_after_hours":
            problems[looser.field] = _(
                "The Labour Law requires the break after at most %(n)s hours of work."
            ) % {"n": _number(looser.law)}
        elif looser.field == "break_minutes":
            problems[looser.field] = _("The Labour Law requires a break of at least %(n)s minutes.") % {
                "n": looser.law
            }
    return problems


def _refuse_looser_than_law(limit: HourLimit) -> None:
    problems = hour_limit_problems(
        category=limit.category, values={name: getattr(limit, name) for name in HOUR_LIMIT_FIELDS}
    )
    if problems:
        raise SummerJobsError(
            _(
                "The working-time limits for “%(category)s” are looser than the Labour Law allows: %(problems)s"
            )
            % {"category": AgeCategory(limit.category).label, "problems": " ".join(problems.values())}
        )


def _set_hour_limits(season: Season, hour_limits: Mapping[str, Mapping[str, Any]]) -> list[str]:
    changed: list[str] = []
    rows = {limit.category: limit for limit in season.hour_limits.all()}
    for category, values in hour_limits.items():
        if category not in AgeCategory.values:
            raise SummerJobsError(f"Unknown age category: {category!r}")
        unknown = set(values) - HOUR_LIMIT_FIELDS
        if unknown:
            raise SummerJobsError(f"Unknown working-time fields: {sorted(unknown)}")
        limit = rows.get(category) or HourLimit(season=season, category=category)
        if limit.pk is not None and all(getattr(limit, k) == v for k, v in values.items()):
            continue
        for name, value in values.items():
            setattr(limit, name, value)
        full_clean(limit, exclude=["season"])
        _refuse_looser_than_law(limit)
        limit.save()
        changed.append(category)
    return changed


@transaction.atomic
def season_update(
    *,
    season: Season,
    by: User,
    data: Mapping[str, Any],
    periods: Sequence[Mapping[str, Any]] | None = None,
    priority_groups: Mapping[str, int] | None = None,
    hour_limits: Mapping[str, Mapping[str, Any]] | None = None,
) -> Season:
    """Change a season's rules; once offers are out they stay as they were, so the lottery can be checked.

    `periods`, `priority_groups` and `hour_limits`, when given, replace the season's (see `_set_periods`:
    a period spec with "pk" changes that period)."""
    if not permissions.can_manage_season(by, season):
        raise NotAllowed(_("Only the city's programme coordinators change summer seasons."))
    unknown = set(data) - SEASON_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown season fields: {sorted(unknown)}")
    season = Season.objects.select_for_update().get(pk=season.pk)
    if _has_published_run(season):
        raise SummerJobsError(_("The season's offers are published; its rules can no longer change."))
    changed = [name for name, value in data.items() if getattr(season, name) != value]
    for name in changed:
        setattr(season, name, data[name])
    if changed:
        full_clean(season)
        season.save()
    details: dict[str, Any] = {}
    if changed:
        details["fields"] = changed
    if periods is not None:
        details["periods"] = _set_periods(season, periods)
    elif changed and {"year", "allow_multiple_placements"} & set(changed):
        # The existing periods must still fit the year and the overlap rule.
        _set_periods(
            season, [{"pk": p.pk, **{k: getattr(p, k) for k in PERIOD_FIELDS}} for p in season.periods.all()]
        )
    if priority_groups is not None:
        details["priority_groups"] = _set_priority_groups(season, priority_groups)
    if hour_limits is not None:
        details["hour_limits"] = _set_hour_limits(season, hour_limits)
    details = {key: value for key, value in details.items() if value}
    if details:
        audit(by=by, obj=season, city=season.city, **details)
    return season


# --- Placements ---------------------------------------------------------------------------------------


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


# --- Applications ---------------------------------------------------------------------------------------


def _application_defaults(youth: Person) -> dict[str, Any]:
    return {
        "school": youth.school,
        "residence_city": youth.city,
        "in_basic_education": youth.grade is not None and youth.grade <= LAST_BASIC_SCHOOL_GRADE,
    }


def _check_application_choices(
    season: Season, choices: Sequence[Placement], periods: Sequence[SeasonPeriod]
) -> None:
    """The ranked choices and the periods: within the season's limit, no repeats, all of this season."""
    if len(choices) > season.max_choices:
        raise SummerJobsError(str(eligibility.MESSAGES["too_many_choices"]) % {"max": season.max_choices})
    if len({placement.pk for placement in choices}) != len(choices):
        raise SummerJobsError(str(eligibility.MESSAGES["duplicate_choice"]))
    if any(placement.season_id != season.pk for placement in choices):
        raise SummerJobsError(_("Every choice must be a placement of this season."))
    if any(period.season_id != season.pk for period in periods):
        raise SummerJobsError(_("Every period must be one of this season's."))


def _apply_priority_and_agreement(season: Season, application: Application, data: Mapping[str, Any]) -> None:
    """Check the priority group and the prior agreement; a changed one loses its confirmation."""
    group = data.get("priority_group", application.priority_group)
    if group is not None and group.season_id != season.pk:
        raise SummerJobsError(_("That priority group belongs to another season."))
    if "priority_group" in data and data["priority_group"] != application.priority_group:
        application.priority_verified_at = None
        application.priority_verified_by = None
    agreement = data.get("pre_agreement", application.pre_agreement)
    if agreement is not None and (agreement.season_id != season.pk or not season.allow_pre_agreements):
        raise SummerJobsError(_("Prior agreements do not count in this season."))
    if "pre_agreement" in data and data["pre_agreement"] != application.pre_agreement:
        application.pre_agreement_confirmed_at = None
        application.pre_agreement_confirmed_by = None


@transaction.atomic
def application_save(
    *,
    season: Season,
    youth: Person,
    by: User,
    choices: Sequence[Placement],
    periods: Sequence[SeasonPeriod],
    data: Mapping[str, Any] | None = None,
) -> Application:
    """Create or change the youth's draft application: `choices` in order of preference, the periods the
    youth can work, and the optional facts in `data` (school, residence and basic school default to the
    person record). Changing the priority group or the prior agreement clears its confirmation."""
    data = dict(data or {})
    unknown = set(data) - APPLICATION_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown application fields: {sorted(unknown)}")
    if not permissions.can_apply_for(by, youth):
        raise NotAllowed(_("You can apply only for yourself or for a youth in your care."))
    if not season.youth_registration_open():
        raise SummerJobsError(str(eligibility.MESSAGES["registration_closed"]))
    application = (
        Application.objects.select_for_update(of=("self",))
        .filter(season=season, youth=youth)
        .exclude(status=ApplicationStatus.WITHDRAWN)
        .order_by("pk")
        .first()
    )
    created = application is None
    if application is None:
        application = Application(season=season, youth=youth, **_application_defaults(youth))
    elif not permissions.can_edit_application(by, application):
        raise SummerJobsError(_("A submitted application must be reopened before it is changed."))
    _check_application_choices(season, choices, periods)
    _apply_priority_and_agreement(season, application, data)
    for name, value in data.items():
        setattr(application, name, value)
    application.submitted_by = by
    full_clean(application, exclude=["season", "youth"])
    application.save()
    application.available_periods.set(periods)
    application.choices.all().delete()
    Choice.objects.bulk_create(
        [
            Choice(application=application, rank=rank, placement=placement)
            for rank, placement in enumerate(choices, 1)
        ]
    )
    audit(
        by=by,
        obj=application,
        city=season.city,
        person=youth,
        action=AuditAction.CREATE if created else AuditAction.CHANGE,
    )
    return application


def application_check(*, application: Application) -> list[Problem]:
    """Everything that stops an application from being submitted, each with a stable code.

    The youth must be within the season's ages on the first day of at least one period they can work, live
    or go to school in the city, and be allowed (age, light work, hazardous work, supervision and working
    time for their age category) to take every chosen placement in at least one of their periods.
    """
    season = application.season
    youth = application.youth
    problems: list[Problem] = []
    if not season.youth_registration_open():
        problems.append(Problem("registration_closed"))
    school_city_id = application.school.city_id if application.school is not None else None
    problems += eligibility.residence_problems(
        city_id=season.city_id,
        city_name=season.city.name,
        residence_city_id=application.residence_city_id,
        school_city_id=school_city_id,
    )
    periods = list(application.available_periods.order_by("starts_on", "pk"))
    if not periods:
        problems.append(Problem("no_available_periods"))
    choices = list(application.choices.select_related("placement__organisation").order_by("rank"))
    if not choices:
        problems.append(Problem("no_choices"))
    elif len(choices) > season.max_choices:
        problems.append(Problem("too_many_choices", {"max": season.max_choices}))
    if youth.date_of_birth is None:
        return [*problems, Problem("no_date_of_birth")]
    born = youth.date_of_birth
    age_problems = {
        p.pk: eligibility.season_age_problems(
            born=born,
            period_name=p.name,
            period_starts_on=p.starts_on,
            min_age=season.min_age,
            max_age=season.max_age,
        )
        for p in periods
    }
    workable = [p for p in periods if not age_problems[p.pk]]
    if periods and not workable:
        problems += [problem for p in periods for problem in age_problems[p.pk]]
        return problems
    limits = {limit.category: HourRule.of(limit) for limit in season.hour_limits.all()}
    runs_in = {
        (row.placement_id, row.period_id)
        for row in PlacementPeriod.objects.filter(
            placement__in=[c.placement_id for c in choices], capacity__gt=0
        )
    }
    for choice in choices:
        placement = choice.placement
        label = str(placement)
        if placement.status != PlacementStatus.APPROVED or placement.season_id != season.pk:
            problems.append(Problem("placement_not_open", {"placement": label}))
            continue
        common = [p for p in workable if (placement.pk, p.pk) in runs_in]
        if not common:
            reason = Problem("not_available")
            problems.append(
                Problem(
                    "choice_not_eligible",
                    {"rank": choice.rank, "placement": label, "reason": reason.as_dict()},
                )
            )
            continue
        terms = PlacementTerms.of(placement)
        found_per_period = []
        for period in common:
            age = eligibility.age_on(born, period.starts_on)
            category = eligibility.age_category(age=age, in_basic_education=application.in_basic_education)
            found_per_period.append(
                eligibility.placement_problems(
                    age=age,
                    has_disability=youth.has_disability,
                    period_name=period.name,
                    terms=terms,
                    working_time=eligibility.working_time_problems(terms=terms, rule=limits[category]),
                )
            )
        # Allowed in one of the youth's periods is enough; otherwise say why not in the first.
        if all(found_per_period):
            first_problem = found_per_period[0][0]
            problems.append(
                Problem(
                    "choice_not_eligible",
                    {"rank": choice.rank, "placement": label, "reason": first_problem.as_dict()},
                )
            )
    return problems


@transaction.atomic
def application_submit(*, application: Application, by: User) -> Application:
    if not permissions.can_submit_application(by, application):
        raise NotAllowed(_("You cannot submit this application."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city", "youth", "school")
        .get(pk=application.pk)
    )
    problems = application_check(application=application)
    if problems:
        raise NotEligible(problems)
    application.submitted_at = timezone.now()
    application.submitted_by = by
    workflow.transition(
        application,
        ApplicationStatus.SUBMITTED,
        workflow=APPLICATIONS,
        by=by,
        city=application.season.city,
        person=application.youth,
        fields=["submitted_at", "submitted_by"],
        locked=True,
    )
    return application


@transaction.atomic
def application_reopen(*, application: Application, by: User) -> Application:
    """Back to draft, to change choices, while registration is still open."""
    if not permissions.can_reopen_application(by, application):
        raise NotAllowed(_("You cannot change this application."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city")
        .get(pk=application.pk)
    )
    if not application.season.youth_registration_open():
        raise SummerJobsError(str(eligibility.MESSAGES["registration_closed"]))
    application.submitted_at = None
    workflow.transition(
        application,
        ApplicationStatus.DRAFT,
        workflow=APPLICATIONS,
        by=by,
        city=application.season.city,
        person=application.youth,
        fields=["submitted_at"],
        locked=True,
    )
    return application


@transaction.atomic
def application_withdraw(*, application: Application, by: User) -> Application:
    """The youth leaves the season; an offer they hold is declined, which frees the place for a follow-up run."""
    if not permissions.can_withdraw_application(by, application):
        raise NotAllowed(_("You cannot withdraw this application."))
    from microcity.summerjobs.matching import assignment_release

    application = workflow.lock(application, "season__city")
    now = timezone.now()
    # Refused before any offer is declined: a finished season or a settled place keeps everything.
    APPLICATIONS.check(application, ApplicationStatus.WITHDRAWN, now=now)
    for pk in application.assignments.filter(status__in=ACTIVE_ASSIGNMENT_STATUSES).values_list(
        "pk", flat=True
    ):
        assignment_release(pk, by=by, now=now, reason="application withdrawn")
    workflow.transition(
        application,
        ApplicationStatus.WITHDRAWN,
        workflow=APPLICATIONS,
        by=by,
        city=application.season.city,
        person=application.youth,
        now=now,
        locked=True,
    )
    return application


@transaction.atomic
def application_priority_verify(*, application: Application, by: User, verified: bool) -> Application:
    """The coordinator has seen the evidence (or found it lacking); only a checked priority counts."""
    if not permissions.can_verify_priority(by, application):
        raise NotAllowed(_("Only the city's programme coordinators check priority evidence."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city")
        .get(pk=application.pk)
    )
    if application.priority_group_id is None:
        raise SummerJobsError(_("The application claims no priority group."))
    application.priority_verified_at = timezone.now() if verified else None
    application.priority_verified_by = by if verified else None
    application.save(update_fields=["priority_verified_at", "priority_verified_by", "updated_at"])
    audit(
        by=by,
        obj=application,
        city=application.season.city,
        person=application.youth,
        priority_verified=[application.priority_group.kind if application.priority_group else None, verified],
    )
    return application


@transaction.atomic
def pre_agreement_confirm(*, application: Application, by: User) -> Application:
    """The employer confirms that it agreed with the youth beforehand; only a confirmed agreement counts."""
    if not permissions.can_confirm_pre_agreement(by, application):
        raise NotAllowed(_("Only the employer named in the agreement can confirm it."))
    application = (
        Application.objects.select_for_update(of=("self",))
        .select_related("season__city")
        .get(pk=application.pk)
    )
    if not application.season.allow_pre_agreements:
        raise SummerJobsError(_("Prior agreements do not count in this season."))
    application.pre_agreement_confirmed_at = timezone.now()
    application.pre_agreement_confirmed_by = by
    application.save(update_fields=["pre_agreement_confirmed_at", "pre_agreement_confirmed_by", "updated_at"])
    audit(
        by=by,
        obj=application,
        city=application.season.city,
        person=application.youth,
        pre_agreement_confirmed=application.pre_agreement_id,
    )
    return application


# --- The person's own data ---------------------------------------------------------------------------


def export_person_applications(person: Person) -> list[dict[str, Any]]:
    """The person's summer applications and offers, for their own data download."""
    applications = (
        Application.objects.filter(youth=person)
        .select_related("season__city", "priority_group", "school", "pre_agreement")
        .prefetch_related(
            "available_periods", "choices__placement__organisation", "assignments__placement_period"
        )
    )
    return [
        {
            "city": a.season.city.slug,
            "season": str(a.season),
            "status": a.status,
            "submitted_at": a.submitted_at,
            "periods": [p.name for p in a.available_periods.all()],
            "choices": [str(c.placement) for c in a.choices.all()],
            "priority_group": a.priority_group.kind if a.priority_group else None,
            "priority_evidence": a.priority_evidence,
            "school": a.school.name if a.school else None,
            "gender": a.gender,
            "offers": [
                {"placement_period": str(s.placement_period_id), "status": s.status, "deadline": s.deadline}
                for s in a.assignments.all()
                if s.status != AssignmentStatus.PROPOSED
            ],
        }
        for a in applications
    ]


def erase_person_applications(person: Person) -> None:
    """On the person's request: open applications are withdrawn and held offers declined (freeing the
    places); what the counts need (season, status, dates) stays, the evidence note and gender go. Finished
    work (a season that has ended, a settled place) is kept as it was."""
    from microcity.summerjobs.matching import assignment_release

    now = timezone.now()
    for application in Application.objects.filter(youth=person).select_related("season__city"):
        if application.status != ApplicationStatus.WITHDRAWN and not application_settled(
            application, timezone.localdate(now)
        ):
            for pk in application.assignments.filter(status__in=ACTIVE_ASSIGNMENT_STATUSES).values_list(
                "pk", flat=True
            ):
                assignment_release(pk, by=None, now=now, reason="erasure")
            workflow.transition(
                application,
                ApplicationStatus.WITHDRAWN,
                workflow=APPLICATIONS,
                by=None,
                city=application.season.city,
                person=person,
                details={"reason": "erasure"},
                now=now,
            )
        application.priority_evidence = ""
        application.gender = ""
        application.updated_at = now
        application.save(update_fields=["priority_evidence", "gender", "updated_at"])
