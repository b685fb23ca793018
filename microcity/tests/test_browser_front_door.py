"""The front door in a real browser: the city's home page and the public counselling and activities pages
pass axe at desktop (1,280 px) and phone (390 px) width, with screenshots in var/screenshots/ for review;
on a phone, counselling is one tap from the city's home, and signing in there comes back to book."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
PAGES = {
    "city-home": "/valmiera/",
    "counselling": "/valmiera/counselling/",
    "activities": "/valmiera/activities/",
}


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_front_door_passes_axe_at_desktop_and_phone_width(page, live_server, demo, lang, width):
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    for name, path in PAGES.items():
        response = page.goto(f"{live_server.url}/{lang}{path}")
        assert response is not None and response.status == 200, path
        assert page.locator("h1").count() == 1
        assert page.locator("nav ol.breadcrumb").count() == 1
        assert_accessible(page, f"{path} at {width} width")
        shoot(page, f"{name}-{lang}-{width}")
    # The city home: a card per programme, each with its next step.
    page.goto(f"{live_server.url}/{lang}/valmiera/")
    assert page.locator("[data-section=programmes] article.programme-card").count() >= 6


def test_on_a_phone_counselling_is_one_tap_away_and_sign_in_comes_back(page, live_server, demo):
    page.goto(f"{live_server.url}/en/valmiera/")
    page.locator("[data-section=programmes] a[href='/en/valmiera/counselling/']").click()
    page.wait_for_url("**/en/valmiera/counselling/")
    assert page.get_by_role("heading", name="What it is").count() == 1
    page.locator("[data-action=sign-in-to-book]").click()
    page.wait_for_url("**/en/accounts/login/**")
    page.fill("input[name=login]", demo_email("jaunietis"))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/en/valmiera/counselling/")
    assert page.get_by_role("heading", name="Book a session").count() == 1
    assert_accessible(page, "counselling after sign-in")
