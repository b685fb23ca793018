"""The Labour Law's working-time rules on timesheet entries, without a database: a child of 13 and of 14,
an adolescent of 16 and an adult of 18, one rule at a time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from microcity.labourlaw import LAW, worktime
from microcity.labourlaw.worktime import Entry, Limits, check_entry

CHILD = LAW["child"]
ADOLESCENT = LAW["adolescent"]
ADULT = Limits(
    max_hours_per_day=Decimal("8"),
    max_hours_per_week=Decimal("40"),
    night_starts=None,
    night_ends=None,
    min_daily_rest_hours=Decimal("12"),
    break_after_hours=Decimal("6"),
    break_minutes=30,
    max_days_in_7_days=None,
)

MONDAY = dt.date(2027, 6, 7)  # ISO week 23 of 2027


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


def entry(offset: int, start: str, end: str, break_minutes: int = 0) -> Entry:
    return Entry(
        day=day(offset),
        start=dt.time.fromisoformat(start),
        end=dt.time.fromisoformat(end),
        break_minutes=break_minutes,
    )


def codes(violations):
    return [violation.code for violation in violations]


# --- Lawful entries -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limits", "proposed"),
    [
        (CHILD, entry(0, "09:00", "13:00")),  # 13 or 14: four hours in daytime
        (ADOLESCENT, entry(0, "08:00", "15:30", 30)),  # 16: seven hours with the break
        (ADULT, entry(0, "06:00", "14:30", 30)),  # 18: eight hours
    ],
)
def test_a_lawful_day_passes(limits, proposed):
    assert check_entry(limits=limits, entry=proposed, others=[]) == []


# --- The entry itself -----------------------------------------------------------------------------


def test_end_must_be_after_start():
    assert check_entry(limits=ADULT, entry=entry(0, "13:00", "09:00"), others=[]) == [
        ("end_not_after_start", {"start": "13:00", "end": "09:00"})
    ]
    assert codes(check_entry(limits=ADULT, entry=entry(0, "09:00", "09:00"), others=[])) == [
        "end_not_after_start"
    ]


def test_break_cannot_be_negative_or_the_whole_entry():
    assert codes(check_entry(limits=ADULT, entry=entry(0, "09:00", "10:00", -5), others=[])) == [
        "break_negative"
    ]
    assert codes(check_entry(limits=ADULT, entry=entry(0, "09:00", "10:00", 60), others=[])) == [
        "break_too_long"
    ]


def test_no_entry_outside_the_assignments_period():
    violations = check_entry(
        limits=ADOLESCENT, entry=entry(-1, "09:00", "12:00"), others=[], first_day=day(0), last_day=day(18)
    )
    assert violations == [
        ("outside_period", {"day": "2027-06-06", "first_day": "2027-06-07", "last_day": "2027-06-25"})
    ]
    assert codes(
        check_entry(
            limits=ADOLESCENT,
            entry=entry(19, "09:00", "12:00"),
            others=[],
            first_day=day(0),
            last_day=day(18),
        )
    ) == ["outside_period"]
    assert (
        check_entry(
            limits=ADOLESCENT,
            entry=entry(18, "09:00", "12:00"),
            others=[],
            first_day=day(0),
            last_day=day(18),
        )
        == []
    )


def test_overlapping_entries_are_refused():
    others = [entry(0, "09:00", "11:00")]
    assert check_entry(limits=ADULT, entry=entry(0, "10:30", "12:00"), others=others) == [
        ("overlap", {"start": "09:00", "end": "11:00"})
    ]
    # Back to back is not an overlap.
    assert check_entry(limits=ADULT, entry=entry(0, "11:00", "12:00"), others=others) == []


# --- Hours a day and a week -----------------------------------------------------------------------


def test_child_of_13_at_most_four_hours_a_day():
    assert check_entry(limits=CHILD, entry=entry(0, "08:00", "13:00"), others=[]) == [
        ("day_hours", {"limit": 4, "hours": 5.0})
    ]


def test_day_hours_add_up_over_entries_and_subtract_breaks():
    # Two placements: 9–11 at one, 12–14:30 at another, of which 30 minutes a break: 4 hours, lawful.
    others = [entry(0, "09:00", "11:00")]
    assert check_entry(limits=CHILD, entry=entry(0, "12:00", "14:30", 30), others=others) == []
    assert check_entry(limits=CHILD, entry=entry(0, "12:00", "14:30"), others=others) == [
        ("day_hours", {"limit": 4, "hours": 4.5})
    ]


def test_adolescent_of_16_at_most_seven_hours_a_day():
    violations = check_entry(limits=ADOLESCENT, entry=entry(0, "08:00", "16:00", 30), others=[])
    assert violations == [("day_hours", {"limit": 7, "hours": 7.5})]


def test_adult_of_18_at_most_eight_hours_a_day():
    assert codes(check_entry(limits=ADULT, entry=entry(0, "08:00", "17:00", 30), others=[])) == ["day_hours"]


def test_child_of_14_at_most_twenty_hours_a_week():
    # Monday to Friday four hours each make the limit; half an hour more on Thursday makes it 20.5.
    others = [entry(n, "09:00", "13:00") for n in range(4)]
    assert check_entry(limits=CHILD, entry=entry(4, "09:00", "13:00"), others=others) == []
    others.append(entry(3, "14:00", "14:30"))  # half an hour more on Thursday
    assert check_entry(limits=CHILD, entry=entry(4, "09:00", "13:00"), others=others) == [
        ("week_hours", {"limit": 20, "hours": 20.5})
    ]


def test_week_is_the_iso_week():
    # Five four-hour days of the previous week do not count in this one.
    others = [entry(n - 7, "09:00", "13:00") for n in range(5)]
    assert check_entry(limits=CHILD, entry=entry(0, "09:00", "13:00"), others=others) == []


def test_adult_at_most_forty_hours_a_week():
    others = [entry(n, "08:00", "16:00") for n in range(5)]  # 40 hours
    assert check_entry(limits=ADULT, entry=entry(5, "08:00", "09:00"), others=others) == [
        ("week_hours", {"limit": 40, "hours": 41.0})
    ]


def test_minors_work_five_days_a_week_adults_may_work_six():
    others = [entry(n, "09:00", "10:00") for n in range(5)]
    assert check_entry(limits=ADOLESCENT, entry=entry(5, "09:00", "10:00"), others=others) == [
        ("week_days", {"limit": 5, "days": 6, "first": "2027-06-07", "last": "2027-06-13"})
    ]
    assert codes(check_entry(limits=CHILD, entry=entry(6, "09:00", "10:00"), others=others)) == ["week_days"]
    # A second entry on a day already worked is not a sixth day.
    assert check_entry(limits=ADOLESCENT, entry=entry(4, "11:00", "12:00"), others=others) == []
    assert check_entry(limits=ADULT, entry=entry(5, "09:00", "10:00"), others=others) == []


# --- Night work -----------------------------------------------------------------------------------


def test_child_may_not_work_after_eight_in_the_evening():
    assert check_entry(limits=CHILD, entry=entry(0, "17:00", "20:30"), others=[]) == [
        (
            "night_work",
            {"start": "17:00", "end": "20:30", "night_start": "20:00", "night_end": "06:00"},
        )
    ]
    assert check_entry(limits=CHILD, entry=entry(0, "16:00", "20:00"), others=[]) == []


def test_child_may_not_work_before_six_in_the_morning():
    assert codes(check_entry(limits=CHILD, entry=entry(0, "05:30", "09:00"), others=[])) == ["night_work"]


def test_adolescent_may_work_until_ten_but_not_later():
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "18:00", "22:00"), others=[]) == []
    assert codes(check_entry(limits=ADOLESCENT, entry=entry(0, "19:00", "22:30"), others=[])) == [
        "night_work"
    ]


def test_adult_has_no_night_window():
    assert check_entry(limits=ADULT, entry=entry(0, "00:00", "04:00"), others=[]) == []


# --- Daily rest -----------------------------------------------------------------------------------


def test_child_needs_fourteen_hours_of_rest_after_the_previous_day():
    others = [entry(0, "16:00", "19:00")]
    # 19:00 → 08:00 is 13 hours.
    assert check_entry(limits=CHILD, entry=entry(1, "08:00", "10:00"), others=others) == [
        ("daily_rest_before", {"required": 14, "hours": 13.0, "end": "19:00"})
    ]
    assert check_entry(limits=CHILD, entry=entry(1, "09:00", "11:00"), others=others) == []


def test_rest_before_the_next_days_first_entry_counts_too():
    others = [entry(1, "07:00", "10:00")]
    # An entry until 20:00 the day before leaves 11 hours; an adolescent needs 12.
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "16:00", "20:00"), others=others) == [
        ("daily_rest_after", {"required": 12, "hours": 11.0, "start": "07:00"})
    ]


def test_adult_needs_twelve_hours_of_rest():
    others = [entry(0, "14:00", "22:00", 30)]
    assert codes(check_entry(limits=ADULT, entry=entry(1, "06:00", "10:00"), others=others)) == [
        "daily_rest_before"
    ]
    assert check_entry(limits=ADULT, entry=entry(1, "10:00", "14:00"), others=others) == []


def test_a_later_entry_in_the_day_does_not_shorten_the_rest():
    others = [entry(0, "16:00", "19:00"), entry(1, "09:00", "10:00")]
    assert check_entry(limits=CHILD, entry=entry(1, "10:30", "11:30"), others=others) == []


# --- The break ------------------------------------------------------------------------------------


def test_adolescent_needs_a_half_hour_break_after_four_and_a_half_hours():
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "08:00", "13:00", 15), others=[]) == [
        ("break_missing", {"after": 4.5, "minutes": 30, "hours": 4.75, "break": 15})
    ]
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "08:00", "13:00", 30), others=[]) == []
    # Exactly four and a half hours need no break.
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "08:00", "12:30"), others=[]) == []


def test_back_to_back_work_at_two_placements_needs_the_break_too():
    others = [entry(0, "08:00", "11:00")]
    assert codes(check_entry(limits=ADOLESCENT, entry=entry(0, "11:00", "14:00"), others=others)) == [
        "break_missing"
    ]
    # Half an hour between them is the break.
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "11:30", "14:30"), others=others) == []


def test_children_have_no_break_rule_in_the_data():
    assert check_entry(limits=CHILD, entry=entry(0, "09:00", "13:00"), others=[]) == []


# --- Several at once ------------------------------------------------------------------------------


def test_every_broken_rule_is_reported():
    violations = check_entry(limits=CHILD, entry=entry(0, "15:00", "21:00"), others=[])
    assert codes(violations) == ["day_hours", "night_work"]
    assert all(code in worktime.CODES for code in codes(violations))


# --- The defects: short pauses and weeks that run into each other ----------------------------------


def test_three_ten_minute_pauses_are_not_the_half_hour_break():
    # 08:00–14:00 in four pieces with three pauses of ten minutes: 5.5 hours of work, no break.
    others = [entry(0, "08:00", "09:30"), entry(0, "09:40", "11:10"), entry(0, "11:20", "12:50")]
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "13:00", "14:00"), others=others) == [
        ("break_missing", {"after": 4.5, "minutes": 30, "hours": 5.5, "break": 10})
    ]
    # One pause of half an hour in the same day is the break.
    others = [entry(0, "08:00", "10:30"), entry(0, "11:00", "13:00")]
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "13:05", "14:00"), others=others) == []


def test_an_entrys_own_break_counts_only_when_it_is_long_enough_at_once():
    # 08:00–13:20 with 20 minutes' break is five hours of work: the 20 minutes are not the break.
    assert codes(check_entry(limits=ADOLESCENT, entry=entry(0, "08:00", "13:20", 20), others=[])) == [
        "break_missing"
    ]


def test_the_break_must_come_within_four_and_a_half_hours_of_work():
    # Four hours, a half-hour break, then an entry of two hours with its own break of 30 minutes
    # after ten minutes' pause: every run of work is at most 4.5 hours, lawful.
    others = [entry(0, "07:00", "11:00"), entry(0, "11:30", "13:30")]
    assert check_entry(limits=ADOLESCENT, entry=entry(0, "13:40", "14:10"), others=others) == []
    # Five hours in a row before the first break: refused, although the day has a long break later.
    others = [entry(0, "07:00", "12:00"), entry(0, "13:00", "14:00")]
    assert codes(check_entry(limits=ADOLESCENT, entry=entry(0, "07:00", "12:00"), others=others[1:])) == [
        "break_missing"
    ]


def test_no_ten_days_in_a_row_across_a_week_boundary():
    # Wednesday to Sunday of one week, then Monday to Thursday of the next: five days in each calendar
    # week, but ten in a row.
    others = [entry(n, "09:00", "11:00") for n in [*range(2, 7), *range(7, 11)]]
    violations = check_entry(limits=CHILD, entry=entry(11, "09:00", "11:00"), others=others)
    assert violations == [("week_days", {"limit": 5, "days": 7, "first": "2027-06-12", "last": "2027-06-18"})]
    # Already the sixth day in a row (Monday after Wednesday–Sunday) is refused.
    others = [entry(n, "09:00", "11:00") for n in range(2, 7)]
    assert codes(check_entry(limits=ADOLESCENT, entry=entry(7, "09:00", "11:00"), others=others)) == [
        "week_days"
    ]
    # After two free days the next five are lawful again.
    others = [entry(n, "09:00", "11:00") for n in range(0, 5)]
    assert check_entry(limits=ADOLESCENT, entry=entry(7, "09:00", "11:00"), others=others) == []


def test_five_days_in_any_seven_also_with_the_free_days_apart():
    # Mon, Tue, Thu, Fri, Sat worked (Wed free): a Sunday would make six in seven.
    others = [entry(n, "09:00", "11:00") for n in (0, 1, 3, 4, 5)]
    assert codes(check_entry(limits=ADOLESCENT, entry=entry(6, "09:00", "11:00"), others=others)) == [
        "week_days"
    ]
    # The next Monday is fine: Tue–Mon holds Tue, Thu, Fri, Sat, Mon.
    assert check_entry(limits=ADOLESCENT, entry=entry(7, "09:00", "11:00"), others=others) == []
