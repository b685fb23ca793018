"""The Labour Law's working-time check of one timesheet entry against a youth's other entries: pure Python.

The caller passes the binding limits of the youth's age category (`rules.season_limits`: the season's, never
looser than the law), the proposed entry and the youth's other entries from every placement, since hours at
several employers add up. The answer is a list of `Violation`s, each a stable code with JSON-safe
parameters; the wording lives with the caller, so that this module knows nothing of Django or of languages
and can be tested alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from microcity.labourlaw.rules import Limits, reaches_into_night

__all__ = ["CODES", "Entry", "Limits", "Violation", "check_entry"]

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


def _crowded_window(days: set[dt.date], day: dt.date, limit: int) -> tuple[dt.date, int] | None:
    """The first seven-day window around `day` with more than `limit` working days, as (its first day,
    the days in it); None when every window that holds `day` is within the limit. Only windows that start
    on a working day are tried: every crowded window holds one that does."""
    for offset in range(6, -1, -1):
        first = day - dt.timedelta(days=offset)
        if first not in days:
            continue
        count = sum(1 for n in range(7) if first + dt.timedelta(days=n) in days)
        if count > limit:
            return first, count
    return None


def _at(day: dt.date, moment: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, moment)


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


def _runs_too_long(stretch: Sequence[Entry], limit: Decimal, break_minutes: int) -> bool:
    """Whether some run of work in `stretch` (entries in order, gaps between them shorter than the break)
    is longer than `limit` minutes without a whole break. An entry's own break counts when it is long
    enough; as the entry does not say when it was taken, it is placed where it helps most (as late as the
    limit allows), so that only a day that cannot be lawful is refused."""
    running = Decimal(0)
    for item in stretch:
        worked = Decimal(item.worked_minutes)
        if item.break_minutes >= break_minutes:
            running = worked - min(worked, limit - running)
        else:
            running += worked
        if running > limit:
            return True
    return False


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
    violations = _shape_violations(entry, first_day, last_day)
    if violations:
        return violations
    others = list(others)
    same_day = [other for other in others if other.day == entry.day]
    violations = [
        Violation(OVERLAP, {"start": _clock(other.start), "end": _clock(other.end)})
        for other in same_day
        if entry.overlaps(other)
    ]
    if violations:
        # Overlapping entries would count the same time twice; the sums below would only repeat that.
        return violations
    return [
        *_hour_violations(limits, entry, others, same_day),
        *_working_days_violations(limits, entry, others),
        *_night_violations(limits, entry),
        *_daily_rest_violations(limits, entry, others, same_day),
        *_break_violations(limits, entry, same_day),
    ]


def _shape_violations(entry: Entry, first_day: dt.date | None, last_day: dt.date | None) -> list[Violation]:
    """What is wrong with the entry on its own: its break, and a day outside the assignment's period."""
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
    return violations


def _hour_violations(
    limits: Limits, entry: Entry, others: list[Entry], same_day: list[Entry]
) -> list[Violation]:
    """Hours a day and hours a week, over every placement of the youth."""
    violations: list[Violation] = []
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
    return violations


def _working_days_violations(limits: Limits, entry: Entry, others: list[Entry]) -> list[Violation]:
    """Any seven days in a row, not the calendar week: see rules.MINOR_MAX_DAYS_IN_7_DAYS."""
    if limits.max_days_in_7_days is None:
        return []
    worked_days = {entry.day, *(other.day for other in others)}
    crowded = _crowded_window(worked_days, entry.day, limits.max_days_in_7_days)
    if crowded is None:
        return []
    window_start, count = crowded
    return [
        Violation(
            WEEK_DAYS,
            {
                "limit": limits.max_days_in_7_days,
                "days": count,
                "first": window_start.isoformat(),
                "last": (window_start + dt.timedelta(days=6)).isoformat(),
            },
        )
    ]


def _night_violations(limits: Limits, entry: Entry) -> list[Violation]:
    if (
        limits.night_starts is None
        or limits.night_ends is None
        or not reaches_into_night(entry.start, entry.end, limits.night_starts, limits.night_ends)
    ):
        return []
    return [
        Violation(
            NIGHT_WORK,
            {
                "start": _clock(entry.start),
                "end": _clock(entry.end),
                "night_start": _clock(limits.night_starts),
                "night_end": _clock(limits.night_ends),
            },
        )
    ]


def _daily_rest_violations(
    limits: Limits, entry: Entry, others: list[Entry], same_day: list[Entry]
) -> list[Violation]:
    """Daily rest runs from the last work of one day to the first work of the next; a gap of a whole
    calendar day is always long enough, so only the neighbouring days matter. Only the entry's own
    boundary is judged: an entry in the middle of a day does not shorten the rest."""
    violations: list[Violation] = []
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
    return violations


def _break_violations(limits: Limits, entry: Entry, same_day: list[Entry]) -> list[Violation]:
    """The break (Darba likums, 145. pants; Directive 94/33/EC, art. 12): an adolescent who works more than
    four and a half hours gets a break of at least 30 minutes, and we count only a pause of that length
    taken at once: three pauses of ten minutes are not a break. Work that runs on across shorter gaps
    (also at two placements on one day) is one stretch, and no part of it may run longer than the limit
    without such a pause."""
    if limits.break_after_hours is None or limits.break_minutes <= 0:
        return []
    stretch = _stretch_of(entry, same_day, limits.break_minutes)
    if not _runs_too_long(stretch, limits.break_after_hours * 60, limits.break_minutes):
        return []
    gaps = [
        _minutes(later.start) - _minutes(earlier.end)
        for earlier, later in zip(stretch, stretch[1:], strict=False)
    ]
    return [
        Violation(
            BREAK_MISSING,
            {
                "after": _number(limits.break_after_hours),
                "minutes": limits.break_minutes,
                "hours": _hours(sum(item.worked_minutes for item in stretch)),
                "break": max([*gaps, *(item.break_minutes for item in stretch)]),
            },
        )
    ]
