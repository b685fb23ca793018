"""Fixtures for the summer programme: a Valmiera season with a June and a July period, its coordinator, an
employer with its representative, and helpers that build placements and applications in one line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.utils import timezone, translation

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import OrganisationFactory
from microcity.summerjobs.lottery import commitment as lottery_commitment
from microcity.summerjobs.lottery import draw
from microcity.summerjobs.models import Season
from microcity.summerjobs.tests.factories import (
    YEAR,
    ApplicationFactory,
    PlacementFactory,
    PlacementPeriodFactory,
    SeasonFactory,
    SeasonPeriodFactory,
)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Service messages are matched in English, the source language, so that Latvian translations in the
    .po files cannot break these tests (pages set their language from the address as usual)."""
    with translation.override("en"):
        yield


def born_aged(age: int, on: dt.date, days_after: int = 0) -> dt.date:
    """A date of birth that makes someone exactly `age` on `on` (their birthday), moved `days_after` later."""
    return on.replace(year=on.year - age) + dt.timedelta(days=days_after)


@pytest.fixture
def coordinator(valmiera: Any) -> Any:
    user = UserFactory(email="koordinators@valmiera.example.lv")
    MembershipFactory(user=user, city=valmiera, role=Role.PROGRAMME_COORDINATOR)
    return user


@pytest.fixture
def season(valmiera: Any) -> Any:
    return SeasonFactory(city=valmiera, name="Valmieras vasaras darbi")


@pytest.fixture
def june(season: Season) -> Any:
    return SeasonPeriodFactory(
        season=season, name="Jūnijs", starts_on=dt.date(YEAR, 6, 7), ends_on=dt.date(YEAR, 6, 25)
    )


@pytest.fixture
def july(season: Season) -> Any:
    return SeasonPeriodFactory(
        season=season, name="Jūlijs", starts_on=dt.date(YEAR, 7, 5), ends_on=dt.date(YEAR, 7, 23)
    )


@pytest.fixture
def employer(valmiera: Any) -> Any:
    return OrganisationFactory(city=valmiera, name="SIA Valmieras Dārzi")


@pytest.fixture
def rep(employer: Any) -> Any:
    user = UserFactory(email="hr@darzi.example.lv")
    MembershipFactory(user=user, city=employer.city, role=Role.EMPLOYER_REPRESENTATIVE, organisation=employer)
    return user


@pytest.fixture
def placement_with(season: Season) -> Callable[..., Any]:
    """placement_with({june: 2, july: 1}, min_age=15, ...) → an approved placement with those places."""

    def make(places: dict[Any, int], **fields: Any) -> Any:
        placement = PlacementFactory(season=season, **fields)
        for period, capacity in places.items():
            PlacementPeriodFactory(placement=placement, period=period, capacity=capacity)
        return placement

    return make


@pytest.fixture
def applicant(season: Season) -> Callable[..., Any]:
    """applicant([p1, p2], periods=[june], age=16, ...) → a submitted application (age on 7 June)."""

    def make(
        choices: list[Any],
        periods: list[Any],
        age: int = 16,
        youth: dict[str, Any] | None = None,
        **fields: Any,
    ) -> Any:
        person = {"date_of_birth": born_aged(age, dt.date(YEAR, 6, 7), days_after=-30), **(youth or {})}
        return ApplicationFactory(
            season=season,
            periods=periods,
            choices=choices,
            **{f"youth__{k}": v for k, v in person.items()},
            **fields,
        )

    return make


@pytest.fixture
def close_registration() -> Callable[[Season], Season]:
    """Registration for youths ended a minute ago (as if the calendar had moved on)."""

    def close(season: Season) -> Season:
        Season.objects.filter(pk=season.pk).update(
            youth_registration_closes=timezone.now() - dt.timedelta(minutes=1)
        )
        season.refresh_from_db()
        return season

    return close


@pytest.fixture
def lottery_ready(coordinator: Any, close_registration: Callable[[Season], Season]) -> Callable[..., Season]:
    """Close registration and reveal the lottery secret (which freezes the list and derives the seed).
    `secret`: a world in which the system had drawn this secret instead of the factory's."""

    def ready(season: Season, secret: str | None = None) -> Season:
        close_registration(season)
        if secret is not None:
            Season.objects.filter(pk=season.pk).update(
                lottery_secret=secret, lottery_commitment=draw.commitment_of(secret)
            )
        lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
        season.refresh_from_db()
        return season

    return ready
