"""The Latvian Labour Law's rules for working minors, written once: ages, categories and the ceilings on
working time that no season, placement or timesheet may loosen.

Sources (Darba likums, as in force in 2026; https://likumi.lv/ta/id/26019-darba-likums):
- 37. pants: nobody under 13 is employed; a *child* is under 15, or under 18 and still in basic school;
  an *adolescent* is 15–17 and not a child. 13–14-year-olds do light work from the government's list
  (MK noteikumi Nr. 205), and minors no work of increased risk (MK noteikumi Nr. 206).
- 132. pants: in school holidays a child works at most 4 hours a day and 20 a week, an adolescent at most
  7 and 35; hours at several employers add up, and minors do no overtime.
- 133. pants: a five-day working week for everyone under 18.
- 138. pants: no night work under 18; night is 20:00–06:00 for children, 22:00–06:00 for adolescents.
- 142. pants: daily rest of at least 14 hours in a row for children, 12 for everyone else.
- 143. pants: weekly rest of at least 42 hours in a row in every period of seven days.
- 145. pants: an adolescent who works more than four and a half hours gets a break of at least 30 minutes
  (and Council Directive 94/33/EC, art. 12: "at least 30 minutes, which shall be consecutive if possible").

A season (the city's programme) may set stricter limits, never looser ones; `looser_than_law` says where a
season's limits break that rule and `binding` gives the limits that apply either way (the stricter of the
season's and the law's, field by field), so that a row stored before the rule existed cannot loosen a check.
Adults (18 or older) have no statutory ceilings here: their limits are the programme's own choice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, NamedTuple

LEGAL_MIN_AGE = 13
LIGHT_WORK_ONLY_BELOW = 15
ADULT_AGE = 18

# Age categories; the same strings as summerjobs.models.AgeCategory.
CHILD = "child"
ADOLESCENT = "adolescent"
ADULT = "adult"
CATEGORIES = (CHILD, ADOLESCENT, ADULT)
MINORS = (CHILD, ADOLESCENT)

# The five-day week, read as "at most five working days in any seven days in a row" rather than "five per
# calendar week": a calendar week alone would let Wednesday–Sunday and the next Monday–Friday make ten
# days in a row. Five in every rolling seven leaves two free days in every seven, which is what the
# five-day week (133. pants) and the weekly rest in *every* seven-day period (143. pants) ask for together.
MINOR_MAX_DAYS_IN_7_DAYS = 5


@dataclass(frozen=True)
class Limits:
    """The working-time limits of one age category. `None` switches a rule off: no night window, no
    break rule, no limit on working days (adults)."""

    max_hours_per_day: Decimal
    max_hours_per_week: Decimal
    night_starts: dt.time | None
    night_ends: dt.time | None
    min_daily_rest_hours: Decimal
    break_after_hours: Decimal | None
    break_minutes: int
    max_days_in_7_days: int | None = None

    def as_setting(self) -> dict[str, Any]:
        """The fields that a season stores per category (summerjobs.HourLimit)."""
        return {name: getattr(self, name) for name in SETTING_FIELDS}


SETTING_FIELDS = (
    "max_hours_per_day",
    "max_hours_per_week",
    "night_starts",
    "night_ends",
    "min_daily_rest_hours",
    "break_after_hours",
    "break_minutes",
)

# The law for minors in school holidays (see the module's sources).
LAW: dict[str, Limits] = {
    CHILD: Limits(
        max_hours_per_day=Decimal("4"),
        max_hours_per_week=Decimal("20"),
        night_starts=dt.time(20, 0),
        night_ends=dt.time(6, 0),
        min_daily_rest_hours=Decimal("14"),
        # At most four hours a day: the adolescents' break after four and a half never applies.
        break_after_hours=None,
        break_minutes=0,
        max_days_in_7_days=MINOR_MAX_DAYS_IN_7_DAYS,
    ),
    ADOLESCENT: Limits(
        max_hours_per_day=Decimal("7"),
        max_hours_per_week=Decimal("35"),
        night_starts=dt.time(22, 0),
        night_ends=dt.time(6, 0),
        min_daily_rest_hours=Decimal("12"),
        break_after_hours=Decimal("4.5"),
        break_minutes=30,
        max_days_in_7_days=MINOR_MAX_DAYS_IN_7_DAYS,
    ),
}

# What a new season proposes: the law for minors, and for adults the programme practice of MISSION.md
# (8 hours a day, 40 a week, 12 hours' rest, half an hour's break after six hours), which a city may change.
DEFAULTS: dict[str, Limits] = {
    **LAW,
    ADULT: Limits(
        max_hours_per_day=Decimal("8"),
        max_hours_per_week=Decimal("40"),
        night_starts=None,
        night_ends=None,
        min_daily_rest_hours=Decimal("12"),
        break_after_hours=Decimal("6"),
        break_minutes=30,
        max_days_in_7_days=None,
    ),
}


def age_on(born: dt.date, day: dt.date) -> int:
    """Completed years on `day`; someone born on 29 February turns a year older on 1 March."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def category(*, age: int, in_basic_education: bool) -> str:
    """A child is under 15, or under 18 and still in basic school; an adolescent is 15–17 (37. pants)."""
    if age < LIGHT_WORK_ONLY_BELOW or (age < ADULT_AGE and in_basic_education):
        return CHILD
    if age < ADULT_AGE:
        return ADOLESCENT
    return ADULT


# --- Night windows ------------------------------------------------------------------------------------


def _minutes(moment: dt.time) -> int:
    return moment.hour * 60 + moment.minute


def _night_minutes(starts: dt.time, ends: dt.time) -> set[int]:
    """The minutes of the day in a night window; it runs over midnight when it starts after it ends."""
    first, last = _minutes(starts), _minutes(ends)
    if first == last:
        return set()
    if first < last:
        return set(range(first, last))
    return set(range(first, 24 * 60)) | set(range(0, last))


def night_covers(
    outer: tuple[dt.time | None, dt.time | None], inner: tuple[dt.time | None, dt.time | None]
) -> bool:
    """Whether the night window `outer` includes every minute of `inner` (an empty window covers nothing
    but an empty one)."""
    if inner[0] is None or inner[1] is None:
        return True
    if outer[0] is None or outer[1] is None:
        return False
    return _night_minutes(inner[0], inner[1]) <= _night_minutes(outer[0], outer[1])


def reaches_into_night(start: dt.time, end: dt.time, night_starts: dt.time, night_ends: dt.time) -> bool:
    """Whether work from `start` to `end` on one day has any minute inside the night window."""
    begin, finish = _minutes(start), _minutes(end)
    night_start, night_end = _minutes(night_starts), _minutes(night_ends)
    if night_start > night_end:  # the usual case: the night runs over midnight, e.g. 22:00–06:00
        return begin < night_end or finish > night_start
    return begin < night_end and finish > night_start


# --- A season's limits against the law ---------------------------------------------------------------


class Looser(NamedTuple):
    """One field of a season's limits that is looser than the law, with the law's value for the message."""

    field: str
    law: Any


def looser_than_law(category_: str, limits: Limits) -> list[Looser]:
    """Where `limits` (a season's, for one age category) would allow what the law forbids; empty when they
    are as strict as the law or stricter. Adults have no statutory ceilings here."""
    law = LAW.get(category_)
    if law is None:
        return []
    found: list[Looser] = []
    if limits.max_hours_per_day > law.max_hours_per_day:
        found.append(Looser("max_hours_per_day", law.max_hours_per_day))
    if limits.max_hours_per_week > law.max_hours_per_week:
        found.append(Looser("max_hours_per_week", law.max_hours_per_week))
    if not night_covers((limits.night_starts, limits.night_ends), (law.night_starts, law.night_ends)):
        found.append(Looser("night", (law.night_starts, law.night_ends)))
    if limits.min_daily_rest_hours < law.min_daily_rest_hours:
        found.append(Looser("min_daily_rest_hours", law.min_daily_rest_hours))
    if law.break_after_hours is not None:
        if limits.break_after_hours is None or limits.break_after_hours > law.break_after_hours:
            found.append(Looser("break_after_hours", law.break_after_hours))
        if limits.break_minutes < law.break_minutes:
            found.append(Looser("break_minutes", law.break_minutes))
    if law.max_days_in_7_days is not None and (
        limits.max_days_in_7_days is None or limits.max_days_in_7_days > law.max_days_in_7_days
    ):
        found.append(Looser("max_days_in_7_days", law.max_days_in_7_days))
    return found


def binding(category_: str, limits: Limits) -> Limits:
    """The limits that apply to a youth of `category_` under a season's `limits`: field by field the
    stricter of the season's and the law's. A night window that does not cover the law's is replaced by the
    law's (the season service refuses such a window; this keeps an older row from loosening a check)."""
    law = LAW.get(category_)
    if law is None:
        return limits
    night = (limits.night_starts, limits.night_ends)
    if not night_covers(night, (law.night_starts, law.night_ends)):
        night = (law.night_starts, law.night_ends)
    after = limits.break_after_hours
    minutes = limits.break_minutes
    if law.break_after_hours is not None:
        after = law.break_after_hours if after is None else min(after, law.break_after_hours)
        minutes = max(minutes, law.break_minutes)
    days = limits.max_days_in_7_days
    if law.max_days_in_7_days is not None:
        days = law.max_days_in_7_days if days is None else min(days, law.max_days_in_7_days)
    return replace(
        limits,
        max_hours_per_day=min(limits.max_hours_per_day, law.max_hours_per_day),
        max_hours_per_week=min(limits.max_hours_per_week, law.max_hours_per_week),
        night_starts=night[0],
        night_ends=night[1],
        min_daily_rest_hours=max(limits.min_daily_rest_hours, law.min_daily_rest_hours),
        break_after_hours=after,
        break_minutes=minutes,
        max_days_in_7_days=days,
    )


def season_limits(category_: str, setting: dict[str, Any]) -> Limits:
    """The binding limits of one age category from a season's stored setting (the SETTING_FIELDS); the
    limit on working days is the law's and not a setting."""
    limits = Limits(
        **{name: setting[name] for name in SETTING_FIELDS},
        max_days_in_7_days=LAW[category_].max_days_in_7_days if category_ in LAW else None,
    )
    return binding(category_, limits)
