"""In a real browser, on the demo cities: every README role signs in, sees its start page, and reaches each of
its tools and attention items by clicking (no address typed); the youth's and the coordinator's start pages
pass axe at desktop and phone width, and screenshots of them are written to var/screenshots/ for review."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from microcity.accounts.management.commands.seed_demo import DEMO_USERS, VENTSPILS_USERS, demo_email
from microcity.tests.browser import assert_accessible
from microcity.tests.test_browser import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
COMING: dict[str, str] = {}  # roles told their programme is coming: none, every programme is built
# What each role's start page must lead to (the address of a tool, as the start page links it).
MUST_LEAD_TO = {
    "youth": [
        "/summer-jobs/mine/",
        "/portfolio/",
        "/counselling/",
        "/activities/",
    ],
    "guardian": ["/summer-jobs/mine/", "/portfolio/youths/"],
    "counsellor": ["/counselling/sessions/", "/counselling/availability/", "/materials/"],
    "employer_rep": [
        "/jobs/mine/",
        "/summer-jobs/employer/",
        "/summer-jobs/jobs/",
        "/grants/mine/",
    ],
    "work_supervisor": ["/summer-jobs/jobs/"],
    "relocation_consultant": ["/relocation/cases/"],
    "coordinator": ["/summer-jobs/manage/", "/jobs/review/", "/relocation/cases/", "/grants/manage/"],
    "teacher": ["/materials/", "/materials/new/", "/materials/mine/", "/activities/"],
    "content_editor": ["/jobs/review/", "/materials/review/", "/admin/"],
    "city_admin": ["/people/", "/roles/", "/audit/"],
    "makerspace_instructor": ["/makerspace/desk/", "/makerspace/inductions/"],
    "grant_evaluator": ["/grants/reviews/"],
    "investment_manager": ["/invest/leads/"],
}
ROLES = [(local, role) for local, _f, _l, role, _o in DEMO_USERS] + [
    (local, role) for local, _f, _l, role, _o in VENTSPILS_USERS[:1]
]


def _targets(page: Any) -> list[str]:
    """The start page's tools and attention items, as their links' addresses."""
    hrefs = page.eval_on_selector_all(
        "main [data-tools] a[href], main [data-attention-item] a[href]",
        "els => els.map(e => e.getAttribute('href'))",
    )
    return list(dict.fromkeys(hrefs))


def _click_to(page: Any, start: str, href: str) -> None:
    """From the start page, click the link to `href` and check the page it opens."""
    link = page.locator(f'main a[href="{href}"]').first
    with page.expect_navigation() as navigation:
        link.click()
    response = navigation.value
    assert response is not None and response.status == 200, f"{href} answered {response and response.status}"
    assert page.locator("h1").count() >= 1, f"{href} has no heading"
    page.go_back()
    page.wait_for_url(start)


def test_every_role_reaches_each_of_its_tools_from_its_start_page(page, live_server, demo):
    base = live_server.url
    for local, role in ROLES:
        page.context.clear_cookies()
        sign_in(page, base, "en", demo_email(local))
        start = page.url
        assert page.locator(f'[data-role="{role}"]').count() >= 1, role
        # First what needs the person, or an honest "nothing"; then the tools.
        headings = [h.strip() for h in page.locator("main h2").all_inner_texts()]
        assert headings[0] in {"Needs your attention", "Nothing needs you today"}, (role, headings)
        if role in COMING:
            assert page.locator(f'[data-coming="{COMING[role]}"]').count() == 1, role
        targets = _targets(page)
        paths = [urlparse(href).path for href in targets]
        for wanted in MUST_LEAD_TO.get(role, []):
            assert any(path.endswith(wanted) for path in paths), (role, wanted, paths)
        for href in targets:
            _click_to(page, start, href)


def _screens(page: Any, base: str, local: str, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.context.clear_cookies()
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        for lang in ("lv", "en"):
            sign_in(page, base, lang, demo_email(local))
            assert_accessible(page, f"{name}'s start page at {width} px ({lang})")
            page.screenshot(path=str(SCREENSHOTS / f"start-{name}-{lang}-{width}.png"), full_page=True)
            page.context.clear_cookies()


def test_start_pages_of_the_youth_and_the_coordinator_are_accessible_at_both_widths(page, live_server, demo):
    _screens(page, live_server.url, "jaunietis", "youth")
    _screens(page, live_server.url, "koordinators", "coordinator")
    assert len(list(SCREENSHOTS.glob("start-*.png"))) >= 8
