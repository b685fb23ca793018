"""The Labour Law's rules for minors as data: categories, the ceilings a season may not loosen, the binding
limits, and properties over random seasons and timesheets (whatever a season says and whatever is entered,
nothing accepted goes past the law)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcity import labourlaw
from microcity.labourlaw import (
    ADOLESCENT,
    ADULT,
    CHILD,
    LAW,
    MINORS,
    Entry,
    Limits,
    binding,
    category,
    check_entry,
    looser_than_law,
    night_covers,
    reaches_into_night,
)


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def test_the_package_imports_no_django():
    # A fresh interpreter, so that nothing imported by the test run counts.
    code = "import sys, microcity.labourlaw; print(any(m.split('.')[0] == 'django' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("age", "basic", "expected"),
    [
        (13, False, CHILD),
        (14, False, CHILD),
        (15, False, ADOLESCENT),
        (16, True, CHILD),
        (17, False, ADOLESCENT),
    ]
    + [(18, True, ADULT), (25, False, ADULT)],
)
def test_categories(age, basic, expected):
    assert category(age=age, in_basic_education=basic) == expected


def test_age_on_a_leap_day_birthday():
    assert labourlaw.age_on(dt.date(2008, 2, 29), dt.date(2026, 2, 28)) == 17
    assert labourlaw.age_on(dt.date(2008, 2, 29), dt.date(2026, 3, 1)) == 18


def test_the_law_in_numbers():
    assert (LAW[CHILD].max_hours_per_day, LAW[CHILD].max_hours_per_week) == (4, 20)
    assert (LAW[ADOLESCENT].max_hours_per_day, LAW[ADOLESCENT].max_hours_per_week) == (7, 35)
    assert (LAW[CHILD].night_starts, LAW[CHILD].night_ends) == (t("20:00"), t("06:00"))
    assert (LAW[ADOLESCENT].night_starts, LAW[ADOLESCENT].night_ends) == (t("22:00"), t("06:00"))
    assert (LAW[CHILD].min_daily_rest_hours, LAW[ADOLESCENT].min_daily_rest_hours) == (14, 12)
    assert (LAW[ADOLESCENT].break_after_hours, LAW[ADOLESCENT].break_minutes) == (Decimal("4.5"), 30)
    assert LAW[CHILD].max_days_in_7_days == LAW[ADOLESCENT].max_days_in_7_days == 5
    assert ADULT not in LAW


# --- Night windows -----------------------------------------------------------------------------------


def test_night_covers():
    law = (t("22:00"), t("06:00"))
    assert night_covers(law, law)
    assert night_covers((t("21:00"), t("06:00")), law)
    assert night_covers((t("22:00"), t("07:00")), law)
    assert not night_covers((t("23:00"), t("06:00")), law)  # narrowed in the evening
    assert not night_covers((t("22:00"), t("05:00")), law)  # narrowed in the morning
    assert not night_covers((None, None), law)  # blanked
    assert not night_covers((t("00:00"), t("06:00")), law)
    assert night_covers((None, None), (None, None))


def test_reaches_into_night():
    assert reaches_into_night(t("19:00"), t("22:30"), t("22:00"), t("06:00"))
    assert not reaches_into_night(t("18:00"), t("22:00"), t("22:00"), t("06:00"))
    assert reaches_into_night(t("05:30"), t("08:00"), t("22:00"), t("06:00"))
    assert reaches_into_night(t("01:00"), t("02:00"), t("00:00"), t("05:00"))


# --- A season against the law ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", MINORS)
def test_the_law_itself_is_not_looser_than_the_law(kind):
    assert looser_than_law(kind, LAW[kind]) == []
    assert binding(kind, LAW[kind]) == LAW[kind]


def test_every_looser_field_is_named():
    law = LAW[ADOLESCENT]
    loose = replace(
        law,
        max_hours_per_day=Decimal("8"),
        max_hours_per_week=Decimal("40"),
        night_starts=None,
        night_ends=None,
        min_daily_rest_hours=Decimal("11"),
        break_after_hours=None,
        break_minutes=0,
        max_days_in_7_days=6,
    )
    assert [item.field for item in looser_than_law(ADOLESCENT, loose)] == [
        "max_hours_per_day",
        "max_hours_per_week",
        "night",
        "min_daily_rest_hours",
        "break_after_hours",
        "break_minutes",
        "max_days_in_7_days",
    ]
    assert binding(ADOLESCENT, loose) == law


def test_narrowed_night_and_shorter_break_are_looser():
    law = LAW[ADOLESCENT]
    assert [i.field for i in looser_than_law(ADOLESCENT, replace(law, night_starts=t("23:00")))] == ["night"]
    assert [i.field for i in looser_than_law(ADOLESCENT, replace(law, break_minutes=10))] == ["break_minutes"]
    assert [i.field for i in looser_than_law(ADOLESCENT, replace(law, break_after_hours=Decimal(6)))] == [
        "break_after_hours"
    ]


def test_stricter_is_allowed_and_kept():
    strict = replace(
        LAW[ADOLESCENT],
        max_hours_per_day=Decimal("6"),
        night_starts=t("21:00"),
        min_daily_rest_hours=Decimal("13"),
        break_after_hours=Decimal("4"),
        break_minutes=45,
    )
    assert looser_than_law(ADOLESCENT, strict) == []
    assert binding(ADOLESCENT, strict) == strict


def test_adults_have_no_statutory_ceilings_here():
    anything = replace(LAW[ADOLESCENT], max_hours_per_day=Decimal(12), night_starts=None, night_ends=None)
    assert looser_than_law(ADULT, anything) == []
    assert binding(ADULT, anything) == anything


# --- Properties ----------------------------------------------------------------------------------------

halves = st.integers(min_value=1, max_value=48).map(lambda n: Decimal(n) / 2)
clock = st.integers(min_value=0, max_value=23).map(lambda h: dt.time(h))
night = st.one_of(st.just((None, None)), st.tuples(clock, clock))


@st.composite
def season_limits(draw):
    """Whatever a season row might hold, sensible or not."""
    day = draw(halves)
    starts, ends = draw(night)
    after = draw(st.one_of(st.none(), halves))
    return Limits(
        max_hours_per_day=day,
        max_hours_per_week=day + draw(st.integers(min_value=0, max_value=60)),
        night_starts=starts,
        night_ends=ends,
        min_daily_rest_hours=draw(st.integers(min_value=0, max_value=24).map(Decimal)),
        break_after_hours=after,
        break_minutes=0 if after is None else draw(st.integers(min_value=1, max_value=90)),
        max_days_in_7_days=draw(st.one_of(st.none(), st.integers(min_value=1, max_value=7))),
    )


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(MINORS), limits=season_limits())
def test_binding_limits_are_never_looser_than_the_law_or_the_season(kind, limits):
    bound = binding(kind, limits)
    assert looser_than_law(kind, bound) == []
    assert bound.max_hours_per_day <= limits.max_hours_per_day
    assert bound.max_hours_per_week <= limits.max_hours_per_week
    assert bound.min_daily_rest_hours >= limits.min_daily_rest_hours
    if looser_than_law(kind, limits) == []:
        assert bound == limits


MONDAY = dt.date(2027, 6, 7)
entries = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=20),  # day
        st.integers(min_value=0, max_value=47),  # start, in half hours
        st.integers(min_value=1, max_value=20),  # length, in half hours
        st.sampled_from([0, 10, 15, 30, 45]),  # break minutes
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(kind=st.sampled_from(MINORS), limits=season_limits(), proposed=entries)
def test_nothing_accepted_exceeds_the_statutory_ceilings(kind, limits, proposed):
    """Entries offered one by one, as on the timesheet page: whatever the season's setting, those accepted
    stay within the law's hours a day and a week, outside its night, and five days in any seven."""
    bound = binding(kind, limits)
    law = LAW[kind]
    accepted: list[Entry] = []
    for offset, start, length, pause in proposed:
        begin = start * 30
        finish = min(begin + length * 30, 24 * 60 - 1)
        candidate = Entry(
            day=MONDAY + dt.timedelta(days=offset),
            start=dt.time(begin // 60, begin % 60),
            end=dt.time(finish // 60, finish % 60),
            break_minutes=pause,
        )
        if not check_entry(limits=bound, entry=candidate, others=accepted):
            accepted.append(candidate)
    by_day: dict[dt.date, int] = {}
    by_week: dict[tuple[int, int], int] = {}
    for item in accepted:
        by_day[item.day] = by_day.get(item.day, 0) + item.worked_minutes
        week = item.day.isocalendar()[:2]
        by_week[week] = by_week.get(week, 0) + item.worked_minutes
        assert not reaches_into_night(item.start, item.end, law.night_starts, law.night_ends)
    assert all(minutes <= law.max_hours_per_day * 60 for minutes in by_day.values())
    assert all(minutes <= law.max_hours_per_week * 60 for minutes in by_week.values())
    for first in range(-6, 21):
        window = {MONDAY + dt.timedelta(days=first + n) for n in range(7)}
        assert len(window & set(by_day)) <= 5
