"""Shared pytest fixtures: demo-like cities, a user for every role, and clients signed in as them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.cache import caches
from django.test import Client

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import CityFactory
from microcity.tests.browser import CHROMIUM_ARGS, chromium_or_skip


@pytest.fixture(autouse=True)
def _isolated_settings(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"},
    }
    settings.MICROCITY_REQUIRE_STAFF_MFA = False
    # Local-memory caches share one store per process: start every test empty, as the database is.
    for alias in ("default", "local"):
        caches[alias].clear()


@pytest.fixture
def valmiera(db: None) -> Any:
    return CityFactory(slug="valmiera", name_lv="Valmiera", name_en="Valmiera", brand_colour="#8a1538")


@pytest.fixture
def ventspils(db: None) -> Any:
    return CityFactory(slug="ventspils", name_lv="Ventspils", name_en="Ventspils", brand_colour="#004b87")


@pytest.fixture
def user_with_role(valmiera: Any) -> Callable[..., Any]:
    def make(role: str, city: Any = None, **kwargs: Any) -> Any:
        user = UserFactory(**kwargs)
        MembershipFactory(user=user, city=city or valmiera, role=role)
        return user

    return make


@pytest.fixture
def client_for(client: Client) -> Callable[[Any], Client]:
    def sign_in(user: Any) -> Client:
        c = Client()
        c.force_login(user)
        return c

    return sign_in


ALL_ROLES = [role.value for role in Role]


def pytest_report_header(config: Any) -> str:
    engine = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    return f"microcity: database {engine}"


# Browser tests (marked `browser`): Playwright's sync API runs an event loop in this thread; Django's
# ORM in the same thread is safe here because the test and the live server never share a connection
# at the same time.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="lv-LV")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def demo(transactional_db: None, settings: Any) -> None:
    """The demo cities, smaller: every role's sign-in exists."""
    from django.core.management import call_command

    # Without last summer's completed season (about 13 s of checked timesheets); tests/test_seed.py covers it.
    call_command("seed_demo", youths=6, materials=0, quiet=True, no_last_summer=True)
