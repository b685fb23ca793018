"""The summer-jobs landing page and the city home's summer-jobs "open now" items are shared between
anonymous visitors (core/pagecache.py, summerjobs/home.py): a placement or a change to the season is seen
on the next request, a registration window closes on the page at its moment, and signed-in people never
get a shared page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from microcity.accounts.tests.factories import UserFactory
from microcity.core.tests.clock import Clock
from microcity.summerjobs.models import PlacementStatus
from microcity.summerjobs.tests.factories import PlacementFactory, SeasonFactory

pytestmark = pytest.mark.django_db
LANDING = "/en/valmiera/summer-jobs/"


@pytest.fixture
def clock(monkeypatch: Any) -> Clock:
    return Clock(monkeypatch)


def get(path: str, client: Client | None = None) -> tuple[str, bool]:
    response = (client or Client()).get(path)
    assert response.status_code == 200
    return response.content.decode(), response.get("X-Page-Cache") == "hit"


def test_the_landing_is_shared_and_an_approved_placement_shows_on_the_next_request(valmiera):
    season = SeasonFactory(city=valmiera, name="Vasara")
    PlacementFactory(season=season)
    html, hit = get(LANDING)
    assert "See 1 placement" in html and not hit
    assert get(LANDING)[1]
    placement = PlacementFactory(season=season, status=PlacementStatus.SUBMITTED)
    html, hit = get(LANDING)  # any saved placement moves the generation; a submitted one is not counted
    assert "See 1 placement" in html and not hit
    placement.status = PlacementStatus.APPROVED
    placement.save()
    html, hit = get(LANDING)
    assert "See 2 placements" in html and not hit
    season.name = "Jauniešu vasara"
    season.save()
    assert "Jauniešu vasara" in get(LANDING)[0]


def test_a_registration_window_closes_on_the_shared_pages_at_its_moment(valmiera, clock):
    SeasonFactory(city=valmiera, youth_registration_closes=timezone.now() + dt.timedelta(minutes=1))
    assert 'data-state="youth-open"' in get(LANDING)[0]
    assert "Summer jobs: youths apply now" in get("/en/valmiera/")[0]
    clock.move(50)
    assert get(LANDING)[1] and get("/en/valmiera/")[1]
    clock.move(11)
    html, hit = get(LANDING)
    assert 'data-state="youth-closed"' in html and not hit
    html, hit = get("/en/valmiera/")
    assert "Summer jobs: youths apply now" not in html and not hit


def test_a_window_that_opens_later_opens_on_the_shared_page_at_its_moment(valmiera, clock):
    now = timezone.now()
    SeasonFactory(
        city=valmiera,
        employer_registration_opens=now + dt.timedelta(minutes=2),
        employer_registration_closes=now + dt.timedelta(days=5),
    )
    assert 'data-state="employer-not-yet"' in get(LANDING)[0]
    clock.move(121)
    assert 'data-state="employer-open"' in get(LANDING)[0]


def test_signed_in_people_never_get_or_leave_the_shared_landing(valmiera):
    SeasonFactory(city=valmiera)
    signed_in = Client()
    signed_in.force_login(UserFactory())
    get(LANDING)
    response = signed_in.get(LANDING)
    assert "X-Page-Cache" not in response and "My application" in response.content.decode()
    html, hit = get(LANDING)
    assert hit and "My application" not in html
