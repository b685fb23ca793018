"""Every headline number counts distinct subjects, once each, under their first occurrence: checked on
examples, against core's independent headline_count, and against the pure reference of first occurrences."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import pytest

from microcity.core.models import Indicator, Programme
from microcity.core.selectors import headline_count
from microcity.core.services import outcome_withdraw
from microcity.core.tests.factories import OrganisationFactory, PersonFactory
from microcity.disclosure import first_occurrences
from microcity.impact import selectors
from microcity.impact.models import Target
from microcity.impact.selectors import Scope

pytestmark = pytest.mark.django_db
YOUTH = Indicator.YOUTH_SUPPORTED


def _result(scope: Scope, indicator: str = YOUTH, **kwargs: Any) -> selectors.IndicatorResult:
    found = selectors.results(scope=scope, today=dt.date(2026, 1, 1), **kwargs).get(indicator)
    assert found is not None
    return found


def test_a_person_counted_twice_is_one(record: Callable[..., Any], valmiera: Any) -> None:
    person = PersonFactory(city=valmiera)
    record(person=person, on=dt.date(2020, 1, 10))
    record(person=person, on=dt.date(2020, 5, 10))
    for _ in range(5):
        record()
    assert _result(Scope(city=valmiera)).total.count == 6


def test_two_programmes_count_once_under_the_first(record: Callable[..., Any], valmiera: Any) -> None:
    person = PersonFactory(city=valmiera)
    record(person=person, on=dt.date(2020, 5, 1), programme=Programme.SUMMER_JOBS)
    record(person=person, on=dt.date(2020, 2, 1), programme=Programme.CAREERS)
    result = _result(Scope(city=valmiera))
    assert result.total.count == 1
    programme = result.table("programme")
    assert programme is not None
    assert {row.key: row.cell.count for row in programme.rows} == {"careers": 1}


def test_two_cities_count_once_overall_and_once_in_each_city(
    record: Callable[..., Any], valmiera: Any, ventspils: Any
) -> None:
    person = PersonFactory(city=valmiera)
    record(person=person, on=dt.date(2020, 5, 1), city=ventspils)
    record(person=person, on=dt.date(2020, 2, 1), city=valmiera)
    overall = _result(Scope())
    assert overall.total.count == 1
    by_city = overall.table("city")
    assert by_city is not None
    assert {row.key: row.cell.count for row in by_city.rows} == {str(valmiera.pk): 1}
    assert _result(Scope(city=valmiera)).total.count == 1
    assert _result(Scope(city=ventspils)).total.count == 1


def test_period_bounds_are_inclusive(record: Callable[..., Any], valmiera: Any) -> None:
    record(on=dt.date(2018, 10, 31))
    record(on=dt.date(2018, 11, 1))
    record(on=dt.date(2021, 10, 31))
    record(on=dt.date(2021, 11, 1))
    scope = Scope(city=valmiera, starts_on=dt.date(2018, 11, 1), ends_on=dt.date(2021, 10, 31))
    assert _result(scope).total.count == 2


def test_organisations_and_people_are_distinct_subjects(record: Callable[..., Any], valmiera: Any) -> None:
    company = OrganisationFactory(city=valmiera)
    for _ in range(3):
        record(
            organisation=company, indicator=Indicator.COMPANY_INNOVATION_SUPPORTED, programme=Programme.GRANTS
        )
    result = _result(Scope(city=valmiera), Indicator.COMPANY_INNOVATION_SUPPORTED)
    assert result.total.count == 1 and result.unit == "organisations"
    assert result.table("age") is None


def test_every_indicator_is_listed_and_unrecorded_ones_say_so(valmiera: Any) -> None:
    found = selectors.results(scope=Scope(city=valmiera))
    assert [r.key for r in found.indicators] == list(Indicator.values)
    assert not any(r.recorded for r in found.indicators)


def test_a_withdrawn_row_is_no_longer_counted(record: Callable[..., Any], valmiera: Any) -> None:
    rows = [record() for _ in range(6)]
    assert _result(Scope(city=valmiera)).total.count == 6
    outcome_withdraw(indicator=YOUTH, source=rows[0].source)
    assert _result(Scope(city=valmiera)).total.count == 5


def test_age_band_is_on_the_date_counted(record: Callable[..., Any], valmiera: Any) -> None:
    for _ in range(5):
        record(person=PersonFactory(city=valmiera, date_of_birth=dt.date(2004, 6, 1)), on=dt.date(2020, 1, 1))
    for _ in range(6):
        record(person=PersonFactory(city=valmiera, date_of_birth=None), on=dt.date(2020, 1, 1))
    ages = _result(Scope(city=valmiera)).table("age")
    assert ages is not None
    assert {row.key: row.cell.count for row in ages.rows if row.cell.count} == {"15-19": 5, "unknown": 6}


def test_targets_and_progress(record: Callable[..., Any], valmiera: Any, uia: Any) -> None:
    Target.objects.create(period=uia, city=valmiera, indicator=YOUTH, value=20)
    Target.objects.create(period=uia, city=None, indicator=YOUTH, value=500)
    for _ in range(5):
        record(on=dt.date(2019, 1, 1))
    city_result = _result(Scope.for_period(valmiera, uia), period=uia)
    assert city_result.target == 20 and city_result.progress == 25
    overall = _result(Scope.for_period(None, uia), period=uia)
    assert overall.target == 500 and overall.progress == 1


def _random_ledger(record: Callable[..., Any], cities: list[Any], seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - test data
    people = [PersonFactory(city=cities[0]) for _ in range(25)]
    companies = [OrganisationFactory(city=cities[0]) for _ in range(6)]
    for _ in range(120):
        indicator = rng.choice(
            [YOUTH, Indicator.SPECIALIST_ATTRACTED, Indicator.COMPANY_INNOVATION_SUPPORTED]
        )
        on = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(0, 1800))
        subject: dict[str, Any] = (
            {"organisation": rng.choice(companies)}
            if indicator == Indicator.COMPANY_INNOVATION_SUPPORTED
            else {"person": rng.choice(people)}
        )
        record(
            **subject,
            indicator=indicator,
            on=on,
            city=rng.choice(cities),
            programme=rng.choice([Programme.CAREERS, Programme.TALENT, Programme.GRANTS]),
        )


@pytest.mark.parametrize("seed", [1, 2])
def test_totals_agree_with_core_headline_count_and_breakdowns_add_up(
    record: Callable[..., Any], valmiera: Any, ventspils: Any, seed: int
) -> None:
    _random_ledger(record, [valmiera, ventspils], seed)
    periods = [(None, None), (dt.date(2019, 1, 1), dt.date(2020, 6, 30))]
    for city in (None, valmiera, ventspils):
        for start, end in periods:
            found = selectors.results(
                scope=Scope(city=city, starts_on=start, ends_on=end), today=dt.date(2026, 1, 1)
            )
            for r in found.indicators:
                assert r.total.count == headline_count(indicator=r.key, city=city, start=start, end=end)
                for table in r.breakdowns:
                    assert sum(row.cell.count for row in table.rows) == r.total.count
                if r.series is not None:
                    assert r.series.points[-1] in (None, r.total.count)


def test_database_first_rows_match_the_pure_reference(
    record: Callable[..., Any], valmiera: Any, ventspils: Any
) -> None:
    from microcity.core.models import OutcomeRecord

    _random_ledger(record, [valmiera, ventspils], 7)
    reference = first_occurrences(
        (
            (r.indicator, f"p{r.person_id}" if r.person_id else f"o{r.organisation_id}"),
            r.occurred_on,
            r.pk,
            r.pk,
        )
        for r in OutcomeRecord.objects.all()
    )
    database = {(r.indicator, r.subject): r.pk for r in selectors.first_rows(Scope())}
    assert database == reference


def test_results_take_a_fixed_number_of_queries(
    record: Callable[..., Any], valmiera: Any, django_assert_max_num_queries: Any, uia: Any
) -> None:
    for _ in range(30):
        record(on=dt.date(2019, 4, 1))
    with django_assert_max_num_queries(3):
        selectors.results(scope=Scope.for_period(None, uia), period=uia)


@pytest.mark.parametrize("seed", [3, 4])
def test_grouped_counts_in_the_database_match_the_first_rows(
    record: Callable[..., Any], valmiera: Any, ventspils: Any, seed: int
) -> None:
    """The fast path (the database counts groups, ages in SQL) answers exactly as the reference path
    (every first row fetched, ages by disclosure.age_band)."""
    from collections import Counter

    _random_ledger(record, [valmiera, ventspils], seed)
    for person in PersonFactory._meta.model.objects.all()[:5]:
        person.date_of_birth = None  # some ages unknown
        person.save()
    for scope in (
        Scope(),
        Scope(city=ventspils, starts_on=dt.date(2019, 2, 28), ends_on=dt.date(2021, 2, 28)),
    ):
        reference = Counter(
            (r.indicator, r.programme, r.city_id, r.occurred_on.replace(day=1), r.age_band)
            for r in selectors.first_rows(scope)
        )
        fast = {
            (g.indicator, g.programme, g.city_id, g.month, g.age_band): g.count
            for g in selectors.first_row_groups(scope)
        }
        assert fast == dict(reference)


def test_age_in_sql_on_birthdays_and_leap_days(record: Callable[..., Any], valmiera: Any) -> None:
    cases = [
        (dt.date(2005, 3, 1), dt.date(2020, 2, 29)),  # 14 the day before turning 15
        (dt.date(2005, 3, 1), dt.date(2020, 3, 1)),  # 15 on the birthday
        (dt.date(2004, 2, 29), dt.date(2019, 2, 28)),  # born on a leap day: still 14 on 28 February
        (dt.date(2004, 2, 29), dt.date(2019, 3, 1)),  # 15 on 1 March
        (dt.date(2000, 12, 31), dt.date(2020, 12, 30)),  # 19
        (dt.date(2021, 1, 1), dt.date(2020, 1, 1)),  # born after: unknown
    ]
    for born, on in cases:
        record(person=PersonFactory(city=valmiera, date_of_birth=born), on=on)
    reference = Counter_of(selectors.first_rows(Scope()))
    fast: dict[str, int] = {}
    for g in selectors.first_row_groups(Scope()):
        fast[g.age_band] = fast.get(g.age_band, 0) + g.count
    assert fast == reference == {"under-15": 2, "15-19": 3, "unknown": 1}


def Counter_of(rows: list[Any]) -> dict[str, int]:  # noqa: N802
    found: dict[str, int] = {}
    for r in rows:
        found[r.age_band] = found.get(r.age_band, 0) + 1
    return found
