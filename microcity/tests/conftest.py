"""Fixtures for the end-to-end browser tests (marked `browser`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from microcity.tests.browser import CHROMIUM_ARGS, chromium_or_skip

# Playwright's sync API runs an event loop in this thread; Django's ORM in the same thread is safe
# here because the test and the live server never share a connection concurrently.
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

    call_command("seed_demo", youths=6, quiet=True)
