"""Shared pytest fixtures: demo-like cities, a user for every role, and clients signed in as them."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import caches
from django.test import Client

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import CityFactory
from microcity.tests.browser import AXE_ON_GOTO, CHROMIUM_ARGS, audit_every_goto, chromium_or_skip
from microcity.tests.snapshot import Snapshot, snapshot_of


def isolated_settings(media_root: Path) -> dict[str, Any]:
    """What every test runs with: its own media folder, e-mail kept in memory, per-process caches.
    Nothing is shared with another test process (pytest-xdist worker) or with a developer's var/."""
    return {
        "MEDIA_ROOT": media_root,
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "CACHES": {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"},
        },
        "MICROCITY_REQUIRE_STAFF_MFA": False,
    }


@pytest.fixture(autouse=True)
def _isolated_settings(settings: Any, tmp_path: Path) -> None:
    for name, value in isolated_settings(tmp_path / "media").items():
        setattr(settings, name, value)
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


@pytest.fixture
def many_connections() -> Iterator[None]:
    """For a test that opens dozens of database connections at once (a race with 50 threads): one such
    test at a time on this machine, whichever process runs it (pytest-xdist workers, parallel runs), so
    that together they stay under PostgreSQL's max_connections (100 by default)."""
    path = Path(tempfile.gettempdir()) / f"microcity-tests-many-connections-{os.getuid()}.lock"
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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
    if AXE_ON_GOTO:  # axe checks every page type a browser test opens, not only a chosen few
        audit_every_goto(page)
    yield page
    context.close()


@pytest.fixture(autouse=True)
def _site_url_is_the_live_server(request: pytest.FixtureRequest, settings: Any) -> None:
    """In a browser test, links built from the configured site address (share links, e-mails) lead to the
    live server the browser talks to, as they lead to the real site in production."""
    if request.node.get_closest_marker("browser") is None or "live_server" not in request.fixturenames:
        return
    settings.SITE_URL = request.getfixturevalue("live_server").url


@pytest.fixture(scope="session")
def demo_snapshot(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Snapshot, Path]]:
    """The demo cities, seeded once per test process (each xdist worker has its own test database) into
    a flushed test database, as a snapshot of the database and a copy of the media files it wrote."""
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings

    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock():
        with override_settings(**isolated_settings(media)):
            # The state every browser test used to start from: emptied by the previous transactional
            # test, then seeded (seed_demo loads again what the migrations had loaded).
            call_command("flush", interactive=False, verbosity=0)
            # Without last summer's completed season (about 13 s of checked timesheets); tests/test_seed.py
            # covers it.
            call_command("seed_demo", youths=6, materials=0, quiet=True, no_last_summer=True)
        snapshot = snapshot_of(connection, name="demo")
        snapshot.take()
    yield snapshot, media
    with django_db_blocker.unblock():
        snapshot.drop()


@pytest.fixture
def demo(transactional_db: None, settings: Any, demo_snapshot: tuple[Snapshot, Path]) -> None:
    """The demo cities, smaller: every role's sign-in exists. The database is laid back from the snapshot,
    so ask for `demo` before any fixture that writes to the database."""
    from microcity.search.backends.memory import forget_replicas

    snapshot, media = demo_snapshot
    snapshot.restore()
    shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    forget_replicas()  # as in a freshly started server: the search replica loads from this database
