"""End-to-end: every demo role signs in and every page it reaches passes axe, in Latvian and English."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import pytest
from django.core import mail

from microcity.accounts.management.commands.seed_demo import (
    DEMO_PASSWORD,
    DEMO_USERS,
    VENTSPILS_USERS,
    demo_email,
)
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROLE_SIGN_INS = [(local, role) for local, _f, _l, role, _o in DEMO_USERS] + [
    (local, role) for local, _f, _l, role, _o in VENTSPILS_USERS[:1]
]
# Links that download a file or end the session are followed elsewhere, not by the crawler.
NOT_CRAWLED = ("/my-data/", "/accounts/logout/", "mailto:", "/admin/", "/django-admin/")


def sign_in(page: Any, base: str, lang: str, email: str) -> None:
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


def internal_links(page: Any, base: str, lang: str) -> list[str]:
    hrefs = page.eval_on_selector_all("main a[href]", "els => els.map(e => e.getAttribute('href'))")
    found = []
    for href in hrefs:
        if not href or any(part in href for part in NOT_CRAWLED) or href.startswith("#"):
            continue
        parsed = urlparse(href)
        if parsed.netloc and parsed.netloc not in base:
            continue
        if parsed.path.startswith(f"/{lang}/"):
            found.append(parsed.path)
    return sorted(set(found))


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_public_pages_are_accessible(page, live_server, demo, lang):
    for path in (
        "/",
        "/valmiera/",
        "/ventspils/",
        "/about/",
        "/accounts/login/",
        "/accounts/signup/",
        "/valmiera/jobs/",
        "/ventspils/employers/",
        "/valmiera/living/",
        "/valmiera/living/housing/",
        "/ventspils/living/faq/",
        "/valmiera/search/?q=dzivoklis",
        "/materials/",
        "/materials/collections/",
    ):
        page.goto(f"{live_server.url}/{lang}{path}")
        assert page.locator("h1").count() == 1
        assert page.locator("html").get_attribute("lang") == lang
        assert_accessible(page)


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize(("local", "role"), ROLE_SIGN_INS)
def test_every_role_signs_in_and_every_page_it_reaches_is_accessible(
    page, live_server, demo, lang, local, role
):
    sign_in(page, live_server.url, lang, demo_email(local))
    assert page.locator(f'[data-role="{role}"]').count() >= 1
    assert_accessible(page, f"start page of {role}")
    visited = {urlparse(page.url).path}
    queue = internal_links(page, live_server.url, lang)
    while queue and len(visited) < 20:
        path = queue.pop(0)
        if path in visited:
            continue
        visited.add(path)
        response = page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status < 400, (
            f"{path} answered {response and response.status}"
        )
        assert_accessible(page, path)
        if "/staff/" in path:  # one level deeper into staff lists (a person record, say)
            queue.extend(p for p in internal_links(page, live_server.url, lang) if p not in visited)


def test_language_switcher_keeps_the_page_in_the_browser(page, live_server, demo):
    page.goto(f"{live_server.url}/lv/valmiera/")
    page.get_by_role("link", name="English").first.click()
    page.wait_for_url("**/en/valmiera/")
    assert page.locator("h1").inner_text().strip() == "Valmiera"


def test_sign_up_verify_and_reach_the_start_page(page, live_server, demo, settings):
    page.goto(f"{live_server.url}/en/accounts/signup/")
    page.fill("input[name=email]", "new.person@example.lv")
    page.fill("input[name=password1]", "A-long-pass-2026!")
    page.fill("input[name=password2]", "A-long-pass-2026!")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/confirm-email/")
    assert_accessible(page, "verification sent")
    body = mail.outbox[-1].body
    link = next(word for word in body.split() if "/accounts/confirm-email/" in word)
    assert link.startswith(settings.SITE_URL + "/")
    page.goto(link.replace(settings.SITE_URL, live_server.url))
    assert_accessible(page, "confirm e-mail")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/en/account/")
    assert "new.person@example.lv" in page.content()


def test_coordinator_opens_a_youth_record_and_records_consent_keyboard_only(page, live_server, demo):
    sign_in(page, live_server.url, "en", demo_email("koordinators"))
    page.goto(f"{live_server.url}/en/staff/valmiera/people/?q=Kalni")
    page.get_by_role("link", name="Kalniņa, Elīza").click()
    assert page.locator("h1").inner_text().strip() == "Elīza Kalniņa"
    page.locator("main form button[type=submit]").last.click()  # empty form: errors, nothing lost
    assert page.locator("#error-summary").is_visible()
    assert_accessible(page, "consent form with errors")
