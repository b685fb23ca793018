"""Fixtures for career support: a youth with a portfolio and a guardian, another youth, counsellors and
coordinators in two cities, an employer's representative, and a counsellor's weekly hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.utils import timezone, translation

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.careers.tests.factories import AvailabilityFactory, PortfolioFactory
from microcity.core.selectors import years_before
from microcity.core.tests.factories import OrganisationFactory, PersonFactory, SchoolFactory, YouthFactory


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Messages are matched in English, the source language, so that new Latvian translations in the
    .po files cannot break these tests."""
    with translation.override("en"):
        yield


@pytest.fixture
def school(valmiera: Any) -> Any:
    return SchoolFactory(city=valmiera, name="Valmieras 2. vidusskola")


@pytest.fixture
def make_youth(valmiera: Any, school: Any) -> Callable[..., Any]:
    """A youth (person with their own account) of Valmiera; `age` in whole years."""

    def make(age: int = 15, city: Any = None, **extra: Any) -> Any:
        user = UserFactory()
        born = years_before(timezone.localdate(), age) - dt.timedelta(days=30)
        extra.setdefault("school", school)
        person = YouthFactory(user=user, city=city or valmiera, date_of_birth=born, **extra)
        MembershipFactory(user=user, city=city or valmiera, role=Role.YOUTH)
        return person

    return make


@pytest.fixture
def youth(make_youth: Callable[..., Any]) -> Any:
    return make_youth(first_name="Anna", email="anna@example.lv")


@pytest.fixture
def owner(youth: Any) -> Any:
    return youth.user


@pytest.fixture
def portfolio(youth: Any) -> Any:
    return PortfolioFactory(person=youth)


@pytest.fixture
def guardian(youth: Any, valmiera: Any) -> Any:
    """A parent with an active, consented link to the youth."""
    user = UserFactory()
    parent = PersonFactory(user=user, city=valmiera)
    MembershipFactory(user=user, city=valmiera, role=Role.GUARDIAN)
    GuardianLinkFactory(guardian=parent, youth=youth)
    return user


@pytest.fixture
def other_guardian(make_youth: Callable[..., Any], valmiera: Any) -> Any:
    """A parent linked to another youth, and one whose link to our youth was revoked, in one user."""
    user = UserFactory()
    parent = PersonFactory(user=user, city=valmiera)
    MembershipFactory(user=user, city=valmiera, role=Role.GUARDIAN)
    GuardianLinkFactory(guardian=parent, youth=make_youth())
    return user


@pytest.fixture
def counsellor(user_with_role: Callable[..., Any]) -> Any:
    return user_with_role(Role.COUNSELLOR, email="konsultante@valmiera.example.lv")


@pytest.fixture
def colleague(user_with_role: Callable[..., Any]) -> Any:
    """Another counsellor of the same city."""
    return user_with_role(Role.COUNSELLOR)


@pytest.fixture
def ventspils_counsellor(user_with_role: Callable[..., Any], ventspils: Any) -> Any:
    return user_with_role(Role.COUNSELLOR, city=ventspils)


@pytest.fixture
def coordinator(user_with_role: Callable[..., Any]) -> Any:
    return user_with_role(Role.PROGRAMME_COORDINATOR)


@pytest.fixture
def ventspils_coordinator(user_with_role: Callable[..., Any], ventspils: Any) -> Any:
    return user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils)


@pytest.fixture
def other_youth(make_youth: Callable[..., Any]) -> Any:
    """Another youth of the same city, with no link to `youth`."""
    return make_youth(first_name="Oskars", email="oskars@example.lv")


@pytest.fixture
def employer_rep(valmiera: Any) -> Any:
    employer = OrganisationFactory(city=valmiera)
    user = UserFactory()
    MembershipFactory(user=user, city=valmiera, role=Role.EMPLOYER_REPRESENTATIVE, organisation=employer)
    return user


@pytest.fixture
def next_monday() -> dt.date:
    """A Monday at least a week ahead, so that deadlines never interfere unless a test wants them to."""
    today = timezone.localdate()
    return today + dt.timedelta(days=7 + (7 - today.weekday()) % 7)


@pytest.fixture
def hours(counsellor: Any, valmiera: Any) -> Any:
    """Mondays 9:00–12:00 in 45-minute slots: 9:00, 9:45, 10:30, 11:15."""
    return AvailabilityFactory(counsellor=counsellor, city=valmiera, weekday=0)
