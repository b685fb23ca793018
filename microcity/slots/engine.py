"""Open intervals from a weekly pattern and exceptions, slots in a step, and overlaps against bookings."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

# A span of time [start, end): the end is not part of it, so 10:00–11:00 and 11:00–12:00 do not overlap.
Interval = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True, order=True)
class WeeklyHours:
    """Open on `weekday` (0 Monday … 6 Sunday) from `opens` to `closes` (a day may have several)."""

    weekday: int
    opens: dt.time
    closes: dt.time

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0..6, not {self.weekday}")
        if self.opens >= self.closes:
            raise ValueError("opening hours must close after they open")


@dataclass(frozen=True)
class DayException:
    """A dated exception that replaces the week's pattern on `day`: closed (no hours) or special hours."""

    day: dt.date
    hours: tuple[tuple[dt.time, dt.time], ...] = ()

    def __post_init__(self) -> None:
        for opens, closes in self.hours:
            if opens >= closes:
                raise ValueError("special hours must close after they open")

    @property
    def closed(self) -> bool:
        return not self.hours


@dataclass(frozen=True)
class Slot:
    """A bookable step of time and whether someone holds (part of) it already."""

    start: dt.datetime
    end: dt.datetime
    free: bool


def _merge(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def open_intervals(
    pattern: Iterable[WeeklyHours],
    exceptions: Iterable[DayException],
    *,
    first: dt.date,
    last: dt.date,
    zone: ZoneInfo,
) -> list[Interval]:
    """The open intervals of the days `first`..`last` (both included), in order, touching ones merged.

    An exception's day follows the exception only; every other day follows the weekly pattern. Local
    wall-clock times are made aware in `zone`, so a day of the clock change is as long as it really is."""
    by_weekday: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for hours in pattern:
        by_weekday.setdefault(hours.weekday, []).append((hours.opens, hours.closes))
    special = {exception.day: exception.hours for exception in exceptions}
    found: list[Interval] = []
    day = first
    while day <= last:
        hours_today = special[day] if day in special else by_weekday.get(day.weekday(), [])
        for opens, closes in hours_today:
            found.append(
                (dt.datetime.combine(day, opens, tzinfo=zone), dt.datetime.combine(day, closes, tzinfo=zone))
            )
        day += dt.timedelta(days=1)
    return _merge(found)


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two half-open intervals share any moment."""
    return a[0] < b[1] and b[0] < a[1]


def overlapping(candidate: Interval, taken: Sequence[Interval]) -> list[Interval]:
    """The intervals of `taken` (sorted by start, not overlapping one another) that overlap `candidate`."""
    starts = [start for start, _end in taken]
    index = bisect.bisect_left(starts, candidate[1])  # everything from here starts at or after our end
    found = []
    for position in range(index - 1, -1, -1):
        interval = taken[position]
        if interval[1] <= candidate[0]:
            break
        found.append(interval)
    return sorted(found)


def fits_open_hours(candidate: Interval, intervals: Sequence[Interval]) -> bool:
    """Whether `candidate` lies wholly inside one open interval (a booking may not run past closing)."""
    if candidate[0] >= candidate[1]:
        return False
    starts = [start for start, _end in intervals]
    index = bisect.bisect_right(starts, candidate[0]) - 1
    return index >= 0 and intervals[index][0] <= candidate[0] and candidate[1] <= intervals[index][1]


def slots_in(intervals: Iterable[Interval], step: dt.timedelta) -> list[Interval]:
    """Each open interval cut into whole steps from its opening; a remainder shorter than a step is not
    offered."""
    if step <= dt.timedelta(0):
        raise ValueError("a step must be positive")
    found: list[Interval] = []
    for start, end in intervals:
        moment = start
        while moment + step <= end:
            found.append((moment, moment + step))
            moment += step
    return found


def free_slots(intervals: Iterable[Interval], step: dt.timedelta, taken: Iterable[Interval]) -> list[Slot]:
    """Every slot of the open intervals, marked busy when any taken interval overlaps it. Linear in slots
    plus bookings: both lists are walked once, in order."""
    busy = _merge(list(taken))
    result: list[Slot] = []
    position = 0
    for start, end in slots_in(intervals, step):
        while position < len(busy) and busy[position][1] <= start:
            position += 1
        free = not (position < len(busy) and busy[position][0] < end)
        result.append(Slot(start=start, end=end, free=free))
    return result
