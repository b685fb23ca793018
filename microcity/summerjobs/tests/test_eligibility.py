"""Eligibility: ages on the period's first day, age categories, light work, hazardous work and working time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.functional import Promise

from microcity.summerjobs import eligibility
from microcity.summerjobs.eligibility import HourRule, PlacementTerms, Problem
from microcity.summerjobs.models import AgeCategory
from microcity.summerjobs.seasons.services import DEFAULT_HOUR_LIMITS
from microcity.summerjobs.tests.conftest import born_aged

FIRST_DAY = dt.date(2027, 6, 7)
RULES = {category: HourRule(**limits) for category, limits in DEFAULT_HOUR_LIMITS.items()}


def terms(**changes):
    values = {
        "min_age": 13,
        "is_light_work": True,
        "is_hazardous": False,
        "takes_youths_with_disability": False,
        "hours_per_day": Decimal("4"),
        "days_per_week": 5,
        "starts_at": dt.time(9, 0),
        "ends_at": dt.time(13, 0),
    }
    values.update(changes)
    return PlacementTerms(**values)


def problems_for(age, *, placement=None, basic=False, disability=False):
    placement = placement or terms()
    category = eligibility.age_category(age=age, in_basic_education=basic)
    return eligibility.placement_problems(
        age=age,
        has_disability=disability,
        period_name="Jūnijs",
        terms=placement,
        working_time=eligibility.working_time_problems(terms=placement, rule=RULES[category]),
    )


def codes(problems):
    return [p.code for p in problems]


def season_check(born, min_age=13, max_age=19):
    return eligibility.season_age_problems(
        born=born, period_name="Jūnijs", period_starts_on=FIRST_DAY, min_age=min_age, max_age=max_age
    )


def test_thirteenth_birthday_on_the_periods_first_day_is_old_enough():
    assert season_check(born_aged(13, FIRST_DAY)) == []
    one_day_short = season_check(born_aged(13, FIRST_DAY, days_after=1))
    assert codes(one_day_short) == ["too_young_for_season"]
    assert one_day_short[0].params == {"min_age": 13, "age": 12, "period": "Jūnijs"}


def test_twenty_is_too_old_for_a_13_to_19_season_but_nineteen_and_364_days_is_not():
    assert codes(season_check(born_aged(20, FIRST_DAY))) == ["too_old_for_season"]
    assert season_check(born_aged(20, FIRST_DAY, days_after=1)) == []


def test_season_minimum_is_never_below_the_legal_13():
    assert codes(season_check(born_aged(12, FIRST_DAY), min_age=10)) == ["too_young_for_season"]


def test_born_on_29_february_turns_a_year_older_on_1_march():
    born = dt.date(2012, 2, 29)
    assert eligibility.age_on(born, dt.date(2025, 2, 28)) == 12
    assert eligibility.age_on(born, dt.date(2025, 3, 1)) == 13


def test_missing_date_of_birth_is_a_problem():
    assert codes(season_check(None)) == ["no_date_of_birth"]


@pytest.mark.parametrize(
    ("age", "basic", "category"),
    [
        (13, False, AgeCategory.CHILD),
        (14, True, AgeCategory.CHILD),
        (15, False, AgeCategory.ADOLESCENT),
        (15, True, AgeCategory.CHILD),
        (17, True, AgeCategory.CHILD),
        (17, False, AgeCategory.ADOLESCENT),
        (18, True, AgeCategory.ADULT),
        (19, False, AgeCategory.ADULT),
    ],
)
def test_age_category(age, basic, category):
    assert eligibility.age_category(age=age, in_basic_education=basic) == category


def test_fourteen_needs_light_work_fifteen_does_not():
    heavy = terms(is_light_work=False)
    assert codes(problems_for(14, placement=heavy)) == ["light_work_required"]
    assert problems_for(15, placement=heavy) == []
    assert problems_for(13, placement=terms()) == []


def test_placement_minimum_age_and_hazardous_work():
    assert codes(problems_for(15, placement=terms(min_age=16))) == ["too_young_for_placement"]
    hazardous = terms(min_age=13, is_light_work=False, is_hazardous=True)
    assert "hazardous_work" in codes(problems_for(17, placement=hazardous))
    assert problems_for(18, placement=hazardous) == []


def test_a_youth_with_a_disability_needs_a_placement_with_supervision_for_it():
    assert codes(problems_for(16, disability=True)) == ["disability_support_missing"]
    assert problems_for(16, disability=True, placement=terms(takes_youths_with_disability=True)) == []


def test_hours_per_day_and_week_follow_the_category():
    six_hours = terms(hours_per_day=Decimal("6"), starts_at=dt.time(8, 0), ends_at=dt.time(14, 30))
    assert codes(problems_for(14, placement=six_hours)) == ["hours_per_day", "hours_per_week"]
    # A 16-year-old still in basic school is a child under the law: the child's limits apply.
    assert codes(problems_for(16, placement=six_hours, basic=True)) == ["hours_per_day", "hours_per_week"]
    assert problems_for(16, placement=six_hours) == []
    limit = problems_for(14, placement=six_hours)[0]
    assert limit.params == {"hours": "6", "limit": "4"}


def test_night_window_is_20_to_6_for_children_and_22_to_6_for_adolescents():
    evening = terms(starts_at=dt.time(17, 0), ends_at=dt.time(21, 0))
    assert codes(problems_for(14, placement=evening)) == ["night_work"]
    assert problems_for(16, placement=evening) == []
    early = terms(starts_at=dt.time(5, 30), ends_at=dt.time(9, 30))
    assert codes(problems_for(16, placement=early)) == ["night_work"]
    assert problems_for(18, placement=early) == []


def test_adolescents_need_room_for_a_break_after_four_and_a_half_hours():
    tight = terms(hours_per_day=Decimal("6"), starts_at=dt.time(8, 0), ends_at=dt.time(14, 0))
    assert codes(problems_for(16, placement=tight)) == ["break_missing"]
    roomy = terms(hours_per_day=Decimal("6"), starts_at=dt.time(8, 0), ends_at=dt.time(14, 30))
    assert problems_for(16, placement=roomy) == []


def test_daily_rest_is_checked_against_the_span_of_the_working_day():
    rule = HourRule(**{**DEFAULT_HOUR_LIMITS[AgeCategory.CHILD], "night_starts": None, "night_ends": None})
    long_day = terms(starts_at=dt.time(6, 0), ends_at=dt.time(16, 30))
    assert codes(eligibility.working_time_problems(terms=long_day, rule=rule)) == ["daily_rest"]


def test_residence_or_school_in_the_city():
    check = eligibility.residence_problems
    assert check(city_id=1, city_name="Valmiera", residence_city_id=1, school_city_id=None) == []
    assert check(city_id=1, city_name="Valmiera", residence_city_id=2, school_city_id=1) == []
    problems = check(city_id=1, city_name="Valmiera", residence_city_id=2, school_city_id=None)
    assert codes(problems) == ["not_in_city"]
    assert "Valmiera" in problems[0].message


def test_messages_are_translatable_and_rendered_when_read():
    assert all(isinstance(message, Promise) for message in eligibility.MESSAGES.values())
    problem = Problem("too_old_for_season", {"max_age": 19, "age": 20, "period": "Jūnijs"})
    with translation.override("en"):
        assert problem.message.startswith("The programme takes youths up to the age of 19")
    nested = Problem(
        "choice_not_eligible",
        {"rank": 2, "placement": "Parks", "reason": Problem("light_work_required").as_dict()},
    )
    with translation.override("en"):
        assert nested.message.startswith("Choice 2 (Parks): At 13 or 14")
