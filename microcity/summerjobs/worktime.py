"""The Labour Law's working-time check of one timesheet entry against a youth's other entries: pure Python.

The caller passes the limits of the youth's age category (a season's HourLimit as plain values), the
proposed entry and the youth's other entries from every placement, since hours at several employers add
up. The answer is a list of `Violation`s, each a stable code with JSON-safe parameters; the wording lives
with the caller, so that this module knows nothing of Django or of languages and can be tested alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

# Codes, in the order in which they are reported.
END_NOT_AFTER_START = "end_not_after_start"
BREAK_NEGATIVE = "break_negative"
BREAK_TOO_LONG = "break_too_long"
OUTSIDE_PERIOD = "outside_period"
OVERLAP = "overlap"
DAY_HOURS = "day_hours"
WEEK_HOURS = "week_hours"
WEEK_DAYS = "week_days"
NIGHT_WORK = "night_work"
DAILY_REST_BEFORE = "daily_rest_before"
DAILY_REST_AFTER = "daily_rest_after"
BREAK_MISSING = "break_missing"

CODES = (
    END_NOT_AFTER_START,
    BREAK_NEGATIVE,
    BREAK_TOO_LONG,
    OUTSIDE_PERIOD,
    OVERLAP,
    DAY_HOURS,
    WEEK_HOURS,
    WEEK_DAYS,
    NIGHT_WORK,
    DAILY_REST_BEFORE,
    DAILY_REST_AFTER,
    BREAK_MISSING,
)


class Violation(NamedTuple):
    """One broken rule: `("day_hours", {"limit": 4, "hours": 5.0})`."""

    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Limits:
    """The working-time limits of one age category; `None` switches a rule off (adults: no night window,
    no five-day week)."""

    max_hours_per_day: Decimal
    max_hours_per_week: Decimal
    night_starts: dt.time | None
    night_ends: dt.time | None
    min_daily_rest_hours: Decimal
    break_after_hours: Decimal | None
    break_minutes: int
    max_days_per_week: int | None


@dataclass(frozen=True)
class Entry:
    """Work on one day from `start` to `end` (the same day), of which `break_minutes` were a break."""

    day: dt.date
    start: dt.time
    end: dt.time
    break_minutes: int = 0

    @property
    def span_minutes(self) -> int:
        return _minutes(self.end) - _minutes(self.start)

    @property
    def worked_minutes(self) -> int:
        return self.span_minutes - self.break_minutes

    def overlaps(self, other: Entry) -> bool:
        return self.day == other.day and self.start < other.end and other.start < self.end


def _minutes(moment: dt.time) -> int:
    return moment.hour * 60 + moment.minute


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _number(value: Decimal) -> int | float:
    """A limit as JSON: 4 rather than 4.0, 4.5 as it is."""
    return int(value) if value == value.to_integral_value() else float(value)


def _clock(moment: dt.time) -> str:
    return f"{moment:%H:%M}"


def _iso_week(day: dt.date) -> tuple[int, int]:
    year, week, _weekday = day.isocalendar()
    return year, week


def _at(day: dt.date, moment: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, moment)


def _in_night(entry: Entry, night_starts: dt.time, night_ends: dt.time) -> bool:
    start, end = _minutes(entry.start), _minutes(entry.end)
    night_start, night_end = _minutes(night_starts), _minutes(night_ends)
    if night_start > night_end:  # the usual case: the night runs over midnight, e.g. 22:00–06:00
        return start < night_end or end > night_start
    return start < night_end and end > night_start


def _stretch_of(entry: Entry, same_day: Sequence[Entry], break_minutes: int) -> list[Entry]:
    """The entries worked without a gap long enough to be the required break, around `entry`."""
    ordered = sorted([*same_day, entry], key=lambda e: e.start)
    stretches: list[list[Entry]] = []
    for item in ordered:
        if stretches and _minutes(item.start) - _minutes(stretches[-1][-1].end) < break_minutes:
            stretches[-1].append(item)
        else:
            stretches.append([item])
    return next(stretch for stretch in stretches if entry in stretch)


def check_entry(
    *,
    limits: Limits,
    entry: Entry,
    others: Iterable[Entry],
    first_day: dt.date | None = None,
    last_day: dt.date | None = None,
) -> list[Violation]:
    """Every rule that `entry` breaks, given the youth's `others` entries (all placements, not including
    the entry itself) and the assignment's period `first_day`–`last_day`. Empty when the entry is lawful."""
    if entry.end <= entry.start:
        # Nothing else can be measured on an entry that does not run forwards.
        return [Violation(END_NOT_AFTER_START, {"start": _clock(entry.start), "end": _clock(entry.end)})]
    violations: list[Violation] = []
    if entry.break_minutes < 0:
        violations.append(Violation(BREAK_NEGATIVE, {}))
    elif entry.break_minutes >= entry.span_minutes:
        violations.append(
            Violation(BREAK_TOO_LONG, {"minutes": entry.break_minutes, "span": _hours(entry.span_minutes)})
        )
    if (first_day is not None and entry.day < first_day) or (last_day is not None and entry.day > last_day):
        violations.append(
            Violation(
                OUTSIDE_PERIOD,
                {
                    "day": entry.day.isoformat(),
                    "first_day": first_day.isoformat() if first_day else "",
                    "last_day": last_day.isoformat() if last_day else "",
                },
            )
        )
    if violations:
        return violations

    others = list(others)
    same_day = [other for other in others if other.day == entry.day]
    for other in same_day:
        if entry.overlaps(other):
            violations.append(Violation(OVERLAP, {"start": _clock(other.start), "end": _clock(other.end)}))
    if violations:
        # Overlapping entries would count the same time twice; the sums below would only repeat that.
        return violations

    day_minutes = entry.worked_minutes + sum(other.worked_minutes for other in same_day)
    if day_minutes > limits.max_hours_per_day * 60:
        violations.append(
            Violation(DAY_HOURS, {"limit": _number(limits.max_hours_per_day), "hours": _hours(day_minutes)})
        )
    week = _iso_week(entry.day)
    same_week = [other for other in others if _iso_week(other.day) == week]
    week_minutes = entry.worked_minutes + sum(other.worked_minutes for other in same_week)
    if week_minutes > limits.max_hours_per_week * 60:
        violations.append(
            Violation(
                WEEK_HOURS, {"limit": _number(limits.max_hours_per_week), "hours": _hours(week_minutes)}
            )
        )
    if limits.max_days_per_week is not None:
        days = {entry.day, *(other.day for other in same_week)}
        if len(days) > limits.max_days_per_week:
            violations.append(Violation(WEEK_DAYS, {"limit": limits.max_days_per_week, "days": len(days)}))
    if (
        limits.night_starts is not None
        and limits.night_ends is not None
        and _in_night(entry, limits.night_starts, limits.night_ends)
    ):
        violations.append(
            Violation(
                NIGHT_WORK,
                {
                    "start": _clock(entry.start),
                    "end": _clock(entry.end),
                    "night_start": _clock(limits.night_starts),
                    "night_end": _clock(limits.night_ends),
                },
            )
        )

    # Daily rest runs from the last work of one day to the first work of the next; a gap of a whole
    # calendar day is always long enough, so only the neighbouring days matter. Only the entry's own
    # boundary is judged: an entry in the middle of a day does not shorten the rest.
    rest = limits.min_daily_rest_hours * 60
    required = _number(limits.min_daily_rest_hours)
    if all(entry.start < other.start for other in same_day):
        before = [other for other in others if other.day == entry.day - dt.timedelta(days=1)]
        if before:
            last = max(before, key=lambda other: other.end)
            gap = (_at(entry.day, entry.start) - _at(last.day, last.end)).total_seconds() // 60
            if gap < rest:
                violations.append(
                    Violation(
                        DAILY_REST_BEFORE,
                        {"required": required, "hours": _hours(int(gap)), "end": _clock(last.end)},
                    )
                )
    if all(entry.end > other.end for other in same_day):
        after = [other for other in others if other.day == entry.day + dt.timedelta(days=1)]
        if after:
            first = min(after, key=lambda other: other.start)
            gap = (_at(first.day, first.start) - _at(entry.day, entry.end)).total_seconds() // 60
            if gap < rest:
                violations.append(
                    Violation(
                        DAILY_REST_AFTER,
                        {"required": required, "hours": _hours(int(gap)), "start": _clock(first.start)},
                    )
                )

    # The break: work that runs on without a long enough gap (also across two placements on one day)
    # counts as one stretch, and a stretch longer than the limit needs the whole break inside it.
    if limits.break_after_hours is not None and limits.break_minutes > 0:
        stretch = _stretch_of(entry, same_day, limits.break_minutes)
        worked = sum(item.worked_minutes for item in stretch)
        rested = sum(item.break_minutes for item in stretch) + sum(
            _minutes(later.start) - _minutes(earlier.end)
            for earlier, later in zip(stretch, stretch[1:], strict=False)
        )
        if worked > limits.break_after_hours * 60 and rested < limits.break_minutes:
            violations.append(
                Violation(
                    BREAK_MISSING,
                    {
                        "after": _number(limits.break_after_hours),
                        "minutes": limits.break_minutes,
                        "hours": _hours(worked),
                        "break": rested,
                    },
                )
            )
    return violations
