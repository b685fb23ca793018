"""Who may work where in the summer programme: pure checks of age, light work and working time.

Every check returns a list of `Problem`s, empty when all is well. A problem has a stable `code` and
JSON-safe `params`, so that it can be stored (match explanations keep them) and shown later in the
reader's language through `message`. The functions take plain values and small frozen records
(`YouthFacts`, `PlacementTerms`, `HourRule`) and never touch the database, so that the matching service
can run them ten thousand times without a query, and tests can run them without a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from microcity import labourlaw
from microcity.labourlaw import ADULT_AGE, LEGAL_MIN_AGE, LIGHT_WORK_ONLY_BELOW
from microcity.summerjobs.models import AgeCategory

if TYPE_CHECKING:
    from microcity.summerjobs.models import HourLimit, Placement

# The ages are the Labour Law's (microcity.labourlaw): 13- and 14-year-olds may do only light work from the
# government's list; from 18 on, hazardous work is allowed. The category (child / adolescent) is a
# separate question: see age_category().

MESSAGES: dict[str, Promise] = {
    # The youth and the season.
    "no_date_of_birth": _("We need the youth's date of birth to check the age limits."),
    "too_young_for_season": _(
        "The programme takes youths aged %(min_age)s or older on the first day of the period; "
        "on the first day of %(period)s the youth will be %(age)s."
    ),
    "too_old_for_season": _(
        "The programme takes youths up to the age of %(max_age)s; on the first day of %(period)s "
        "the youth will be %(age)s."
    ),
    "not_in_city": _("The youth must live or go to school in %(city)s."),
    # The youth and a placement.
    "too_young_for_placement": _(
        "This placement takes youths aged %(min_age)s or older; on the first day of %(period)s "
        "the youth will be %(age)s."
    ),
    "light_work_required": _(
        "At 13 or 14 a youth may do only light work from the government's list, and this placement is not on it."
    ),
    "hazardous_work": _("Youths under 18 may not do hazardous work."),
    "disability_support_missing": _(
        "This placement has no supervision arranged for youths with a disability."
    ),
    "hours_per_day": _(
        "The placement has %(hours)s hours of work a day; at the youth's age the limit is %(limit)s."
    ),
    "hours_per_week": _(
        "The placement has %(hours)s hours of work a week; at the youth's age the limit is %(limit)s."
    ),
    "night_work": _(
        "The working hours %(start)s–%(end)s reach into the night (%(night_start)s–%(night_end)s), "
        "when youths of this age may not work."
    ),
    "daily_rest": _(
        "The working hours %(start)s–%(end)s leave less than the %(rest)s hours of daily rest required "
        "at the youth's age."
    ),
    "break_missing": _(
        "After %(after)s hours of work a break of %(minutes)s minutes is required, and the working hours "
        "%(start)s–%(end)s leave no room for it."
    ),
    "schedule_too_short": _(
        "The working hours %(start)s–%(end)s are shorter than the %(hours)s hours of work a day."
    ),
    "not_available": _("The youth is not available in any period in which this placement runs."),
    # The application as a whole.
    "registration_closed": _("Registration for youths is not open."),
    "no_choices": _("Choose at least one placement."),
    "too_many_choices": _("Choose at most %(max)s placements."),
    "duplicate_choice": _("Each placement can be chosen once."),
    "no_available_periods": _("Choose at least one period in which the youth can work."),
    "placement_not_open": _("“%(placement)s” is not open for applications."),
    "choice_not_eligible": _("Choice %(rank)s (%(placement)s): %(reason)s"),
}


@dataclass(frozen=True)
class Problem:
    """One reason why something is not allowed; `message` is translated when it is read."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        params = dict(self.params)
        reason = params.get("reason")
        if isinstance(reason, dict):
            # A nested problem (choice_not_eligible) is rendered in the same language.
            params["reason"] = Problem(reason["code"], reason.get("params", {})).message
        return str(MESSAGES[self.code]) % params if params else str(MESSAGES[self.code])

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params}

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class HourRule:
    """The working-time limits of one age category (a season's HourLimit, without the database), as they
    bind: never looser than the Labour Law's (HourLimit.binding_limits)."""

    max_hours_per_day: Decimal
    max_hours_per_week: Decimal
    night_starts: dt.time | None
    night_ends: dt.time | None
    min_daily_rest_hours: Decimal
    break_after_hours: Decimal | None
    break_minutes: int

    @classmethod
    def of(cls, limit: HourLimit) -> HourRule:
        bound = limit.binding_limits()
        return cls(
            max_hours_per_day=bound.max_hours_per_day,
            max_hours_per_week=bound.max_hours_per_week,
            night_starts=bound.night_starts,
            night_ends=bound.night_ends,
            min_daily_rest_hours=bound.min_daily_rest_hours,
            break_after_hours=bound.break_after_hours,
            break_minutes=bound.break_minutes,
        )


@dataclass(frozen=True)
class PlacementTerms:
    """What a placement asks of the youth who takes it (a Placement, without the database)."""

    min_age: int
    is_light_work: bool
    is_hazardous: bool
    takes_youths_with_disability: bool
    hours_per_day: Decimal
    days_per_week: int
    starts_at: dt.time
    ends_at: dt.time

    @classmethod
    def of(cls, placement: Placement) -> PlacementTerms:
        return cls(
            min_age=placement.min_age,
            is_light_work=placement.is_light_work,
            is_hazardous=placement.is_hazardous,
            takes_youths_with_disability=placement.takes_youths_with_disability,
            hours_per_day=Decimal(placement.hours_per_day),
            days_per_week=placement.days_per_week,
            starts_at=placement.starts_at,
            ends_at=placement.ends_at,
        )


age_on = labourlaw.age_on


def age_category(*, age: int, in_basic_education: bool) -> AgeCategory:
    """The Labour Law's category (labourlaw.category) as the model's choice."""
    return AgeCategory(labourlaw.category(age=age, in_basic_education=in_basic_education))


def season_age_problems(
    *, born: dt.date | None, period_name: str, period_starts_on: dt.date, min_age: int, max_age: int
) -> list[Problem]:
    """The youth's age on the first day of the period must be within the season's range."""
    if born is None:
        return [Problem("no_date_of_birth")]
    age = age_on(born, period_starts_on)
    if age < max(min_age, LEGAL_MIN_AGE):
        return [
            Problem(
                "too_young_for_season",
                {"min_age": max(min_age, LEGAL_MIN_AGE), "age": age, "period": period_name},
            )
        ]
    if age > max_age:
        return [Problem("too_old_for_season", {"max_age": max_age, "age": age, "period": period_name})]
    return []


def residence_problems(
    *, city_id: int, city_name: str, residence_city_id: int | None, school_city_id: int | None
) -> list[Problem]:
    """A youth takes part in the city's programme if they live or go to school there."""
    if city_id in (residence_city_id, school_city_id):
        return []
    return [Problem("not_in_city", {"city": city_name})]


def _hours(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _minutes(moment: dt.time) -> int:
    return moment.hour * 60 + moment.minute


def _clock(moment: dt.time) -> str:
    return f"{moment:%H:%M}"


def working_time_problems(*, terms: PlacementTerms, rule: HourRule) -> list[Problem]:
    """Hours a day and a week, night work, daily rest and breaks for one age category.

    These depend on the placement and the category only, so the matching service works them out once
    per (placement, category) and not per youth. A week is `days_per_week` equal days: under 18 the
    Labour Law allows a five-day week only, which the placement's constraint enforces for everyone.
    """
    problems: list[Problem] = []
    start, end = _minutes(terms.starts_at), _minutes(terms.ends_at)
    span = end - start
    worked = terms.hours_per_day * 60
    clock = {"start": _clock(terms.starts_at), "end": _clock(terms.ends_at)}
    if terms.hours_per_day > rule.max_hours_per_day:
        problems.append(
            Problem(
                "hours_per_day",
                {"hours": _hours(terms.hours_per_day), "limit": _hours(rule.max_hours_per_day)},
            )
        )
    weekly = terms.hours_per_day * terms.days_per_week
    if weekly > rule.max_hours_per_week:
        problems.append(
            Problem("hours_per_week", {"hours": _hours(weekly), "limit": _hours(rule.max_hours_per_week)})
        )
    if (
        rule.night_starts is not None
        and rule.night_ends is not None
        and labourlaw.reaches_into_night(terms.starts_at, terms.ends_at, rule.night_starts, rule.night_ends)
    ):
        problems.append(
            Problem(
                "night_work",
                {**clock, "night_start": _clock(rule.night_starts), "night_end": _clock(rule.night_ends)},
            )
        )
    if 24 * 60 - span < rule.min_daily_rest_hours * 60:
        problems.append(Problem("daily_rest", {**clock, "rest": _hours(rule.min_daily_rest_hours)}))
    if span < worked:
        problems.append(Problem("schedule_too_short", {**clock, "hours": _hours(terms.hours_per_day)}))
    elif (
        rule.break_after_hours is not None
        and terms.hours_per_day > rule.break_after_hours
        and span < worked + rule.break_minutes
    ):
        problems.append(
            Problem(
                "break_missing",
                {**clock, "after": _hours(rule.break_after_hours), "minutes": rule.break_minutes},
            )
        )
    return problems


def placement_problems(
    *,
    age: int,
    has_disability: bool,
    period_name: str,
    terms: PlacementTerms,
    working_time: list[Problem],
) -> list[Problem]:
    """Whether a youth of `age` (on the period's first day) may take the placement in that period.

    `working_time` is `working_time_problems()` of the placement for the youth's age category.
    """
    problems: list[Problem] = []
    if age < max(terms.min_age, LEGAL_MIN_AGE):
        problems.append(
            Problem(
                "too_young_for_placement",
                {"min_age": max(terms.min_age, LEGAL_MIN_AGE), "age": age, "period": period_name},
            )
        )
    if age < LIGHT_WORK_ONLY_BELOW and not terms.is_light_work:
        problems.append(Problem("light_work_required"))
    if age < ADULT_AGE and terms.is_hazardous:
        problems.append(Problem("hazardous_work"))
    if has_disability and not terms.takes_youths_with_disability:
        problems.append(Problem("disability_support_missing"))
    problems.extend(working_time)
    return problems
