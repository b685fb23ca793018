"""The outcome ledger counts each person or organisation once per indicator, city and period."""

from __future__ import annotations

import datetime as dt

import pytest

from microcity.core.models import Indicator, OutcomeRecord, Programme
from microcity.core.selectors import headline_count
from microcity.core.services import LedgerError, outcome_record, outcome_withdraw
from microcity.core.tests.factories import CityFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 6, 15)


def record(
    person=None, organisation=None, city=None, source=None, day=DAY, indicator=Indicator.YOUTH_SUPPORTED
):
    subject = person or organisation
    return outcome_record(
        indicator=indicator,
        programme=Programme.CAREERS,
        city=city or subject.city,
        occurred_on=day,
        source=source or subject,
        person=person,
        organisation=organisation,
    )


def test_recording_the_same_source_twice_keeps_one_row_and_the_first_date():
    person = PersonFactory()
    first = record(person=person)
    again = record(person=person, day=DAY + dt.timedelta(days=40))
    assert first.pk == again.pk
    assert OutcomeRecord.objects.count() == 1
    assert again.occurred_on == DAY


def test_a_person_supported_by_two_sources_counts_once():
    person = PersonFactory()
    other_source = PersonFactory()
    record(person=person)
    record(person=person, source=other_source)
    assert OutcomeRecord.objects.count() == 2
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=person.city) == 1


def test_counts_are_per_city_and_deduplicated_across_cities():
    city_a, city_b = CityFactory(), CityFactory()
    person = PersonFactory(city=city_a)
    record(person=person, city=city_a)
    record(person=person, city=city_b, source=PersonFactory())
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=city_a) == 1
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=city_b) == 1
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED) == 1


def test_counts_respect_the_period_and_the_indicator():
    city = CityFactory()
    early, late = PersonFactory(city=city), PersonFactory(city=city)
    record(person=early, day=dt.date(2026, 1, 10))
    record(person=late, day=dt.date(2026, 9, 10))
    record(person=late, indicator=Indicator.SPECIALIST_ATTRACTED)
    count = headline_count(
        indicator=Indicator.YOUTH_SUPPORTED, city=city, start=dt.date(2026, 6, 1), end=dt.date(2026, 12, 31)
    )
    assert count == 1
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=city) == 2
    assert headline_count(indicator=Indicator.SPECIALIST_ATTRACTED, city=city) == 1


def test_organisations_are_counted_apart_from_people():
    org = OrganisationFactory()
    record(organisation=org, indicator=Indicator.COMPANY_INNOVATION_SUPPORTED)
    record(organisation=org, indicator=Indicator.COMPANY_INNOVATION_SUPPORTED, source=PersonFactory())
    assert headline_count(indicator=Indicator.COMPANY_INNOVATION_SUPPORTED, city=org.city) == 1


@pytest.mark.parametrize("kwargs", [{}, {"both": True}])
def test_exactly_one_subject_is_required(kwargs):
    person = PersonFactory()
    org = OrganisationFactory(city=person.city)
    with pytest.raises(LedgerError):
        outcome_record(
            indicator=Indicator.YOUTH_SUPPORTED,
            programme=Programme.CAREERS,
            city=person.city,
            occurred_on=DAY,
            source=person,
            person=person if kwargs else None,
            organisation=org if kwargs else None,
        )


def test_unknown_indicator_and_unsaved_source_are_refused():
    person = PersonFactory()
    with pytest.raises(LedgerError, match="indicator"):
        outcome_record(
            indicator="made_up",
            programme=Programme.CAREERS,
            city=person.city,
            occurred_on=DAY,
            source=person,
            person=person,
        )
    unsaved = PersonFactory.build(city=person.city)
    with pytest.raises(LedgerError, match="saved"):
        outcome_record(
            indicator=Indicator.YOUTH_SUPPORTED,
            programme=Programme.CAREERS,
            city=person.city,
            occurred_on=DAY,
            source=unsaved,
            person=person,
        )


def test_withdraw_removes_a_mistaken_result():
    person = PersonFactory()
    record(person=person)
    assert outcome_withdraw(indicator=Indicator.YOUTH_SUPPORTED, source=person) == 1
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED) == 0
