"""The counselling and activities landing pages and the city home's "open now" activities are shared
between anonymous visitors (core/pagecache.py, careers/home.py): a registration, a new activity or a new
counsellor is seen on the next request, an activity whose registration closes leaves "open now" at that
moment, and signed-in people never get a shared page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.careers.tests.factories import ActivityFactory, RegistrationFactory
from microcity.core.tests.clock import Clock
from microcity.core.tests.factories import YouthFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch: Any) -> Clock:
    return Clock(monkeypatch)


def get(path: str, client: Client | None = None) -> tuple[str, bool]:
    response = (client or Client()).get(path)
    assert response.status_code == 200
    return response.content.decode(), response.get("X-Page-Cache") == "hit"


def test_the_activities_page_is_shared_and_a_registration_shows_on_the_next_request(valmiera):
    activity = ActivityFactory(city=valmiera, title="Ēnu diena", capacity=3)
    html, hit = get("/en/valmiera/activities/")
    assert 'data-places-left="3"' in html and not hit
    assert get("/en/valmiera/activities/")[1]  # the second visitor gets the shared page
    RegistrationFactory(activity=activity, youth=YouthFactory(city=valmiera))
    html, hit = get("/en/valmiera/activities/")
    assert 'data-places-left="2"' in html and not hit
    ActivityFactory(city=valmiera, title="Vasaras skola")
    assert "Vasaras skola" in get("/en/valmiera/activities/")[0]


def test_an_activity_that_ends_leaves_the_shared_activities_page_at_that_moment(valmiera, clock):
    now = timezone.now()
    ActivityFactory(
        city=valmiera,
        title="Rīta nodarbība",
        starts_at=now - dt.timedelta(hours=1),
        registration_deadline=now - dt.timedelta(hours=2),
        ends_at=now + dt.timedelta(minutes=10),
    )
    assert "Rīta nodarbība" in get("/en/valmiera/activities/")[0]
    clock.move(9 * 60)
    assert get("/en/valmiera/activities/")[1]
    clock.move(61)
    html, hit = get("/en/valmiera/activities/")
    assert "Rīta nodarbība" not in html and not hit


def test_the_counselling_page_is_shared_and_a_new_counsellor_shows_on_the_next_request(valmiera):
    get("/en/valmiera/counselling/")
    assert get("/en/valmiera/counselling/")[1]
    user = UserFactory(first_name="Inese", last_name="Kalniņa")
    MembershipFactory(user=user, city=valmiera, role=Role.COUNSELLOR)
    html, hit = get("/en/valmiera/counselling/")
    assert "Inese Kalniņa" in html and not hit
    user.last_name = "Ozola"
    user.save()
    assert "Inese Ozola" in get("/en/valmiera/counselling/")[0]
    user.save(update_fields=["last_login"])  # a sign-in does not make the page stale
    assert get("/en/valmiera/counselling/")[1]


def test_the_city_home_shows_an_activity_until_it_fills_up(valmiera):
    activity = ActivityFactory(city=valmiera, title="Ēnu diena", capacity=1)
    assert "Ēnu diena" in get("/en/valmiera/")[0]
    assert get("/en/valmiera/")[1]
    RegistrationFactory(activity=activity, youth=YouthFactory(city=valmiera))
    html, hit = get("/en/valmiera/")
    assert "Ēnu diena" not in html and not hit


def test_the_city_home_drops_an_activity_the_minute_its_registration_closes(valmiera, clock):
    now = timezone.now()
    ActivityFactory(
        city=valmiera,
        title="Ēnu diena",
        starts_at=now + dt.timedelta(days=1),
        registration_deadline=now + dt.timedelta(minutes=1),
    )
    assert "Ēnu diena" in get("/en/valmiera/")[0]
    clock.move(50)
    assert get("/en/valmiera/")[1]
    clock.move(11)
    html, hit = get("/en/valmiera/")
    assert "Ēnu diena" not in html and not hit


@pytest.mark.parametrize("path", ["/en/valmiera/", "/en/valmiera/activities/", "/en/valmiera/counselling/"])
def test_signed_in_people_never_get_or_leave_a_shared_page(valmiera, path):
    activity = ActivityFactory(city=valmiera, title="Ēnu diena")
    user = UserFactory()
    youth = YouthFactory(city=valmiera, user=user)
    MembershipFactory(user=user, city=valmiera, role=Role.YOUTH)
    RegistrationFactory(activity=activity, youth=youth)
    signed_in = Client()
    signed_in.force_login(user)
    get(path)  # an anonymous visitor's page is now cached
    for _ in range(2):
        response = signed_in.get(path)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "Cookie" in response["Vary"]
    if path == "/en/valmiera/activities/":  # their own registration is on their page only
        assert "Registered" in response.content.decode()
        assert "Registered" not in get(path)[0]
    if path == "/en/valmiera/":
        assert "Create an account" not in response.content.decode()
        assert "Create an account" in get(path)[0]
