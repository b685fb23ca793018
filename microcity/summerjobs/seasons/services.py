"""State changes of a summer season: creating it and changing its rules (periods, priority groups,
working-time limits per age category). Every change writes an audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from microcity import labourlaw
from microcity.accounts.models import User
from microcity.core.models import AuditAction, City
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    AgeCategory,
    HourLimit,
    MatchRun,
    MatchRunStatus,
    PriorityGroup,
    PriorityKind,
    Season,
    SeasonPeriod,
)
from microcity.summerjobs.workflows import (
    NotAllowed,
    SummerJobsError,
    audit,
    full_clean,
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


def _has_published_run(season: Season) -> bool:
    return MatchRun.objects.filter(season=season, status=MatchRunStatus.PUBLISHED).exists()


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
