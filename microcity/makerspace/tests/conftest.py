"""Fixtures for the makerspace: DARE in Valmiera open Monday to Saturday, a laser cutter with prices and a
consumable, instructors and coordinators in two cities, youths with and without an induction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone, translation

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.core.selectors import years_before
from microcity.core.tests.factories import PersonFactory, YouthFactory
from microcity.makerspace.models import MemberType
from microcity.makerspace.tests.factories import (
    ConsumableFactory,
    EquipmentFactory,
    InductionFactory,
    OpeningHoursFactory,
    PriceFactory,
    SpaceFactory,
)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


@pytest.fixture
def space(valmiera: Any) -> Any:
    dare = SpaceFactory(city=valmiera, name_lv="DARE radošā darbnīca", name_en="DARE makerspace")
    for weekday in range(6):
        OpeningHoursFactory(space=dare, weekday=weekday, opens=dt.time(10), closes=dt.time(18))
    return dare


@pytest.fixture
def laser(space: Any) -> Any:
    machine = EquipmentFactory(space=space, name_lv="Lāzergriezējs", name_en="Laser cutter")
    for member_type, price in ((MemberType.PUPIL, "4.00"), (MemberType.RESIDENT, "12.50")):
        PriceFactory(equipment=machine, member_type=member_type, per_hour=Decimal(price))
    ConsumableFactory(equipment=machine)
    return machine


@pytest.fixture
def make_youth(valmiera: Any) -> Callable[..., Any]:
    def make(age: int = 17, city: Any = None, **extra: Any) -> Any:
        user = UserFactory()
        born = years_before(timezone.localdate(), age) - dt.timedelta(days=30)
        person = YouthFactory(user=user, city=city or valmiera, date_of_birth=born, **extra)
        MembershipFactory(user=user, city=city or valmiera, role=Role.YOUTH)
        return person

    return make


@pytest.fixture
def youth(make_youth: Callable[..., Any]) -> Any:
    return make_youth(first_name="Anna", email="anna@example.lv")


@pytest.fixture
def inducted(youth: Any) -> Any:
    InductionFactory(person=youth)
    return youth


@pytest.fixture
def other_youth(make_youth: Callable[..., Any]) -> Any:
    person = make_youth(first_name="Oskars", email="oskars@example.lv")
    InductionFactory(person=person)
    return person


@pytest.fixture
def instructor(user_with_role: Callable[..., Any]) -> Any:
    user = user_with_role(Role.MAKERSPACE_INSTRUCTOR, email="instruktors@valmiera.example.lv")
    PersonFactory(user=user, city=user.memberships.first().city)
    return user


@pytest.fixture
def coordinator(user_with_role: Callable[..., Any]) -> Any:
    return user_with_role(Role.PROGRAMME_COORDINATOR)


@pytest.fixture
def ventspils_instructor(user_with_role: Callable[..., Any], ventspils: Any) -> Any:
    return user_with_role(Role.MAKERSPACE_INSTRUCTOR, city=ventspils)


@pytest.fixture
def ventspils_coordinator(user_with_role: Callable[..., Any], ventspils: Any) -> Any:
    return user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils)


@pytest.fixture
def guardian_for() -> Callable[[Any], Any]:
    def link(youth: Any) -> Any:
        parent = PersonFactory(user=UserFactory(), city=youth.city)
        return GuardianLinkFactory(guardian=parent, youth=youth)

    return link


@pytest.fixture
def next_monday() -> dt.date:
    today = timezone.localdate()
    return today + dt.timedelta(days=7 + (7 - today.weekday()) % 7)
