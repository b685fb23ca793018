"""Client addresses come from X-Forwarded-For only through our own proxies; rate limits count in fixed
windows that survive increments on every cache backend (decisions/0015)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from unittest import mock

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client, RequestFactory

from microcity.accounts.models import Role
from microcity.core import throttle
from microcity.core.http import client_address
from microcity.core.models import AuditEvent
from microcity.core.tests.factories import YouthFactory
from microcity.talent.models import JobAlert

PRODUCTION_PROXY = ("HTTP_X_FORWARDED_PROTO", "https")


def address(remote: str, forwarded: str | None = None) -> str | None:
    request = RequestFactory().get("/", REMOTE_ADDR=remote)
    if forwarded is not None:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(request)


def test_forwarded_for_from_anyone_is_ignored(settings):
    settings.SECURE_PROXY_SSL_HEADER = PRODUCTION_PROXY  # as in production
    settings.MICROCITY_TRUSTED_PROXIES = []
    assert address("198.51.100.7", "203.0.113.1") == "198.51.100.7"
    settings.MICROCITY_TRUSTED_PROXIES = ["10.0.0.1"]
    assert address("198.51.100.7", "203.0.113.1") == "198.51.100.7"


def test_forwarded_for_from_our_proxies_is_read_from_the_right(settings):
    settings.MICROCITY_TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8::1"]
    assert address("10.0.0.2", "198.51.100.7") == "198.51.100.7"
    # A client that writes its own header: the forged entries lie left of what our proxy appended.
    assert address("10.0.0.2", "203.0.113.66, 198.51.100.7") == "198.51.100.7"
    # Two proxies of ours in a row.
    assert address("2001:db8::1", "203.0.113.66, 198.51.100.7, 10.1.2.3") == "198.51.100.7"
    # Garbage stops the walk at the last address a proxy of ours vouched for.
    assert address("10.0.0.2", "198.51.100.7, not-an-address") == "10.0.0.2"
    assert address("10.0.0.2") == "10.0.0.2"
    assert address("") is None


def test_audit_log_keeps_the_real_address_not_a_forged_one(settings, user_with_role, client_for, valmiera):
    settings.SECURE_PROXY_SSL_HEADER = PRODUCTION_PROXY
    coordinator = user_with_role(Role.PROGRAMME_COORDINATOR)
    youth = YouthFactory(city=valmiera)
    response = client_for(coordinator).get(
        f"/en/staff/valmiera/people/{youth.pk}/", REMOTE_ADDR="192.0.2.4", HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert response.status_code == 200
    assert AuditEvent.objects.get(person=youth).address == "192.0.2.4"


@pytest.mark.django_db
def test_a_forged_address_per_request_does_not_escape_the_per_address_limit(settings, valmiera):
    settings.SECURE_PROXY_SSL_HEADER = PRODUCTION_PROXY
    client = Client()
    for n in range(12):
        client.post(
            "/en/valmiera/jobs/alerts/new/",
            {"email": f"a{n}@example.lv", "consent": "on"},
            REMOTE_ADDR="203.0.113.5",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
    assert JobAlert.objects.count() == 10


@pytest.mark.django_db
def test_sign_in_limits_per_address_count_the_same_address(settings, valmiera):
    """allauth's own per-address limit (10 a minute) asks core.http too: a forged header does not reset it."""
    settings.SECURE_PROXY_SSL_HEADER = PRODUCTION_PROXY
    client = Client()
    pages = [
        client.post(
            "/en/accounts/login/",
            {"login": f"nobody{n}@example.lv", "password": "wrong"},
            REMOTE_ADDR="203.0.113.5",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        ).content.decode()
        for n in range(12)
    ]
    assert "Too many failed login attempts" in pages[-1]


class Clock:
    def __init__(self) -> None:
        # Early in an hour, so that the test's minutes stay inside one hourly window.
        self.now = dt.datetime(2026, 6, 1, 9, 0, 30, tzinfo=dt.UTC).timestamp()

    def time(self) -> float:
        return self.now

    def tz_now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.now, tz=dt.UTC)


@pytest.fixture(params=["database", "locmem"])
def cache_backend(request: pytest.FixtureRequest, settings) -> Iterator[Clock]:
    if request.param == "database":
        request.getfixturevalue("db")
        settings.CACHES = {
            **settings.CACHES,
            "default": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": "test_throttle",
            },
        }
        call_command("createcachetable", "test_throttle")
    caches["default"].clear()
    clock = Clock()
    with (
        mock.patch("time.time", clock.time),
        mock.patch("django.core.cache.backends.db.tz_now", clock.tz_now),
    ):
        yield clock


def test_hourly_limit_holds_however_slowly_the_requests_come(cache_backend):
    clock = cache_backend
    answers = []
    for _ in range(7):
        answers.append(throttle.allow("inquiry:203.0.113.5", limit=5, seconds=3600))
        clock.now += 360  # six minutes apart: longer than the database cache's default timeout (300 s)
    assert answers == [True] * 5 + [False] * 2
    clock.now += 3600  # the next hour's window starts afresh
    assert throttle.allow("inquiry:203.0.113.5", limit=5, seconds=3600)
    assert throttle.allow("inquiry:198.51.100.1", limit=5, seconds=3600)
