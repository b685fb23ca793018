"""Fixtures for results: ledger rows written through core.services.outcome_record, each from its own
source record (an organisation row stands in for the programme's record), and the staff of a city."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from microcity.accounts.models import Role
from microcity.core.models import Indicator, Programme
from microcity.core.services import outcome_record
from microcity.core.tests.factories import OrganisationFactory, PersonFactory


@pytest.fixture
def record(valmiera: Any) -> Callable[..., Any]:
    """record(person=..., on=date, indicator=..., programme=..., city=...) -> the ledger row."""

    def make(
        *,
        person: Any = None,
        organisation: Any = None,
        on: dt.date = dt.date(2020, 3, 15),
        indicator: str = Indicator.YOUTH_SUPPORTED,
        programme: str = Programme.CAREERS,
        city: Any = None,
    ) -> Any:
        city = city or valmiera
        if person is None and organisation is None:
            person = PersonFactory(city=city, date_of_birth=dt.date(2004, 1, 1))
        return outcome_record(
            indicator=indicator,
            programme=programme,
            city=city,
            occurred_on=on,
            source=OrganisationFactory.create(city=city),
            person=person,
            organisation=organisation,
        )

    return make


@pytest.fixture
def coordinator(user_with_role: Callable[..., Any], valmiera: Any) -> Any:
    return user_with_role(Role.PROGRAMME_COORDINATOR, valmiera, email="koord@example.lv")


@pytest.fixture
def uia(db: None) -> Any:
    from microcity.impact.models import ReportingPeriod

    return ReportingPeriod.objects.create(
        slug="uia",
        name_lv="UIA projekts",
        name_en="UIA project",
        starts_on=dt.date(2018, 11, 1),
        ends_on=dt.date(2021, 10, 31),
    )
