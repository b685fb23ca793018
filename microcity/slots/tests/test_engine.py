"""The slot engine against hand-worked weeks and, with Hypothesis, against a brute-force minute count."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcity.slots import (
    DayException,
    WeeklyHours,
    fits_open_hours,
    free_slots,
    open_intervals,
    overlapping,
    overlaps,
    slots_in,
)

RIGA = ZoneInfo("Europe/Riga")
MONDAY = dt.date(2027, 3, 1)  # a Monday
T = dt.time


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, T(hour, minute), tzinfo=RIGA)


WEEK = [WeeklyHours(weekday, T(10), T(18)) for weekday in range(5)] + [WeeklyHours(5, T(10), T(14))]


def test_a_week_of_the_pattern_is_open_monday_to_saturday():
    intervals = open_intervals(WEEK, [], first=MONDAY, last=MONDAY + dt.timedelta(days=6), zone=RIGA)
    assert len(intervals) == 6
    assert intervals[0] == (at(MONDAY, 10), at(MONDAY, 18))
    saturday = MONDAY + dt.timedelta(days=5)
    assert intervals[-1] == (at(saturday, 10), at(saturday, 14))


def test_a_holiday_closes_the_day_and_special_hours_replace_the_pattern():
    tuesday, wednesday = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2)
    exceptions = [DayException(tuesday), DayException(wednesday, ((T(12), T(15)),))]
    intervals = open_intervals(WEEK, exceptions, first=MONDAY, last=wednesday, zone=RIGA)
    assert intervals == [(at(MONDAY, 10), at(MONDAY, 18)), (at(wednesday, 12), at(wednesday, 15))]


def test_an_exception_on_a_closed_weekday_opens_it():
    sunday = MONDAY + dt.timedelta(days=6)
    intervals = open_intervals(
        WEEK, [DayException(sunday, ((T(11), T(13)),))], first=sunday, last=sunday, zone=RIGA
    )
    assert intervals == [(at(sunday, 11), at(sunday, 13))]


def test_touching_hours_of_a_day_are_merged_and_a_lunch_break_is_kept():
    pattern = [WeeklyHours(0, T(9), T(12)), WeeklyHours(0, T(12), T(13)), WeeklyHours(0, T(14), T(17))]
    intervals = open_intervals(pattern, [], first=MONDAY, last=MONDAY, zone=RIGA)
    assert intervals == [(at(MONDAY, 9), at(MONDAY, 13)), (at(MONDAY, 14), at(MONDAY, 17))]


def test_the_day_the_clocks_go_forward_is_an_hour_shorter_in_real_time():
    # Latvia moves to summer time on the last Sunday of March (28 March 2027) at 03:00.
    sunday = dt.date(2027, 3, 28)
    intervals = open_intervals([WeeklyHours(6, T(0, 30), T(5))], [], first=sunday, last=sunday, zone=RIGA)
    start, end = intervals[0]
    assert (end - start) == dt.timedelta(hours=4, minutes=30)  # the wall clock, within one zone
    assert (end.astimezone(dt.UTC) - start.astimezone(dt.UTC)) == dt.timedelta(hours=3, minutes=30)


def test_bad_hours_are_refused():
    with pytest.raises(ValueError):
        WeeklyHours(7, T(9), T(10))
    with pytest.raises(ValueError):
        WeeklyHours(0, T(10), T(10))
    with pytest.raises(ValueError):
        DayException(MONDAY, ((T(12), T(11)),))
    with pytest.raises(ValueError):
        slots_in([(at(MONDAY, 9), at(MONDAY, 10))], dt.timedelta(0))


def test_slots_are_whole_steps_and_a_short_remainder_is_not_offered():
    slots = slots_in([(at(MONDAY, 10), at(MONDAY, 11, 45))], dt.timedelta(minutes=30))
    assert [start.time() for start, _ in slots] == [T(10), T(10, 30), T(11)]


def test_half_open_intervals_that_touch_do_not_overlap():
    assert not overlaps((at(MONDAY, 10), at(MONDAY, 11)), (at(MONDAY, 11), at(MONDAY, 12)))
    assert overlaps((at(MONDAY, 10), at(MONDAY, 11)), (at(MONDAY, 10, 59), at(MONDAY, 12)))


def test_fits_open_hours_needs_one_interval_to_hold_the_whole_booking():
    intervals = [(at(MONDAY, 10), at(MONDAY, 13)), (at(MONDAY, 14), at(MONDAY, 18))]
    assert fits_open_hours((at(MONDAY, 10), at(MONDAY, 13)), intervals)
    assert fits_open_hours((at(MONDAY, 15), at(MONDAY, 16)), intervals)
    assert not fits_open_hours((at(MONDAY, 12), at(MONDAY, 15)), intervals)  # across the break
    assert not fits_open_hours((at(MONDAY, 9), at(MONDAY, 10, 30)), intervals)
    assert not fits_open_hours((at(MONDAY, 11), at(MONDAY, 11)), intervals)
    assert not fits_open_hours((at(MONDAY, 11), at(MONDAY, 12)), [])


def test_busy_slots_are_those_a_booking_touches_inside():
    slots = free_slots(
        [(at(MONDAY, 10), at(MONDAY, 12))],
        dt.timedelta(minutes=30),
        [(at(MONDAY, 10, 15), at(MONDAY, 10, 45))],
    )
    assert [slot.free for slot in slots] == [False, False, True, True]


# --- Against brute force ---------------------------------------------------------------------------

minutes = st.integers(min_value=0, max_value=24 * 60 - 1)


@st.composite
def spans(draw: st.DrawFn, count: int = 8) -> list[tuple[int, int]]:
    """Up to `count` spans [a, b) in minutes of one day."""
    found = []
    for _ in range(draw(st.integers(min_value=0, max_value=count))):
        a = draw(minutes)
        b = draw(st.integers(min_value=a + 1, max_value=24 * 60))
        found.append((a, b))
    return found


def moment(minute: int) -> dt.datetime:
    return at(MONDAY, 0) + dt.timedelta(minutes=minute)


def minute_set(intervals: list[tuple[int, int]]) -> set[int]:
    return {m for a, b in intervals for m in range(a, b)}


@settings(max_examples=150, deadline=None)
@given(spans(), spans(), st.sampled_from([15, 30, 45, 60]))
def test_free_slots_agree_with_counting_minutes(opening, taken, step):
    pattern = [WeeklyHours(0, moment(a).time(), moment(b).time()) for a, b in opening if b < 24 * 60]
    intervals = open_intervals(pattern, [], first=MONDAY, last=MONDAY, zone=RIGA)
    open_minutes = minute_set(
        [(o.hour * 60 + o.minute, c.hour * 60 + c.minute) for o, c in [(h.opens, h.closes) for h in pattern]]
    )
    assert (
        minute_set(
            [
                (int((s - moment(0)).total_seconds() // 60), int((e - moment(0)).total_seconds() // 60))
                for s, e in intervals
            ]
        )
        == open_minutes
    )
    busy = minute_set(taken)
    for slot in free_slots(intervals, dt.timedelta(minutes=step), [(moment(a), moment(b)) for a, b in taken]):
        first = int((slot.start - moment(0)).total_seconds() // 60)
        inside = set(range(first, first + step))
        assert inside <= open_minutes
        assert slot.free == (not inside & busy)


@settings(max_examples=150, deadline=None)
@given(spans(), st.tuples(minutes, st.integers(min_value=1, max_value=300)))
def test_overlapping_finds_exactly_the_overlaps(raw, candidate_raw):
    # Taken bookings never overlap one another: keep a non-overlapping subset in order.
    taken: list[tuple[int, int]] = []
    for a, b in sorted(raw):
        if not taken or a >= taken[-1][1]:
            taken.append((a, b))
    a, length = candidate_raw
    candidate = (moment(a), moment(a + length))
    intervals = [(moment(x), moment(y)) for x, y in taken]
    expected = [i for i in intervals if overlaps(candidate, i)]
    assert overlapping(candidate, intervals) == expected


@settings(max_examples=150, deadline=None)
@given(spans(), st.tuples(minutes, st.integers(min_value=1, max_value=300)))
def test_fits_open_hours_agrees_with_counting_minutes(opening, candidate_raw):
    pattern = [WeeklyHours(0, moment(a).time(), moment(b).time()) for a, b in opening if b < 24 * 60]
    intervals = open_intervals(pattern, [], first=MONDAY, last=MONDAY, zone=RIGA)
    a, length = candidate_raw
    b = min(a + length, 24 * 60 - 1)
    if b <= a:
        return
    inside = set(range(a, b)) <= minute_set(
        [(h.opens.hour * 60 + h.opens.minute, h.closes.hour * 60 + h.closes.minute) for h in pattern]
    )
    assert fits_open_hours((moment(a), moment(b)), intervals) == inside
