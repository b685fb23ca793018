"""The design system in a real browser: the styleguide at desktop and phone width in both languages passes
axe and never scrolls sideways; on a phone the first job and the first material are on the first screen,
the section menu and the filters are folded and open with one tap. Screenshots go to var/screenshots/ for
people to look at (they are not compared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from microcity.accounts.management.commands.seed_demo import demo_email
from microcity.tests.browser import assert_accessible
from microcity.tests.test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def no_sideways_scroll(page, label):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{label} scrolls sideways by {overflow}px"


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_styleguide_at_desktop_and_phone_width(page, live_server, demo, lang):
    sign_in(page, live_server.url, lang, demo_email("superuser"))
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{live_server.url}/{lang}/styleguide/")
        assert page.locator("h1").count() == 1
        for sample in (
            "page-header",
            "card",
            "data-table",
            "empty-state",
            "confirm",
            "filters",
            "section-nav",
        ):
            assert page.locator(f'[data-sample="{sample}"]').count() == 1, sample
        menu = page.locator(".mc-section-nav__menu")
        filters = page.locator("#sample-filters")
        if width_name == "desktop":  # open beside the page
            assert menu.evaluate("d => d.open") and filters.evaluate("d => d.open")
            assert page.locator(".mc-section-nav__link").first.is_visible()
        else:  # folded into one line; one tap opens it
            assert not menu.evaluate("d => d.open") and not filters.evaluate("d => d.open")
            assert not page.locator(".mc-section-nav__link").first.is_visible()
        assert_accessible(page, f"styleguide {lang} {width_name}")
        no_sideways_scroll(page, f"styleguide {lang} {width_name}")
        screenshot(page, f"styleguide-{lang}-{width_name}")
        if width_name == "phone":
            page.locator(".mc-section-nav__toggle").click()
            assert page.locator(".mc-section-nav__link").first.is_visible()
            # The confirmation step: the question first, the final button only after opening it.
            assert not page.get_by_role("button", name=CONFIRM[lang]).is_visible()
            page.locator('[data-component="confirm"] > summary').click()
            page.get_by_role("button", name=CONFIRM[lang]).click()
            page.wait_for_url("**/styleguide/#confirm")
            assert page.locator(".messages").count() == 1
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/{lang}/styleguide/")
    no_sideways_scroll(page, f"styleguide {lang} at 320px")


CONFIRM = {"lv": "Jā, atcelt konsultāciju", "en": "Yes, cancel the session"}


@pytest.mark.parametrize("path", ["/lv/valmiera/jobs/", "/en/materials/"])
def test_on_a_phone_the_first_result_is_on_the_first_screen(page, live_server, demo, path):
    page.goto(f"{live_server.url}{path}")
    # The browser tests' demo has jobs but no materials: there, the count of results must be on screen.
    first = page.locator("#results article").first if "/jobs/" in path else page.locator("#results h2")
    box = first.bounding_box()
    assert box is not None and box["y"] + min(box["height"], 80) < 844, f"the first result is at {box}"
    filters = page.locator("details.mc-filters")
    assert not filters.evaluate("d => d.open")
    page.locator(".mc-results-layout__jump a").click()
    assert filters.evaluate("d => d.open"), "the jump link opens the filters"
    assert_accessible(page, f"{path} on a phone")
    no_sideways_scroll(page, path)
    screenshot(page, "phone-" + path.strip("/").replace("/", "-"))


def test_header_fits_one_line_at_1280(page, live_server, demo):
    sign_in(page, live_server.url, "lv", demo_email("koordinators"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/lv/valmiera/summer-jobs/manage/")
    navbar = page.locator(".site-header .navbar").bounding_box()
    assert navbar is not None and navbar["height"] < 90, f"the header is {navbar and navbar['height']}px high"
    assert page.locator(".mc-section-nav__link").first.is_visible()
    assert page.locator(".nav-pills").count() == 0
    screenshot(page, "summer-jobs-manage-lv-desktop")
