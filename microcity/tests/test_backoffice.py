"""The back office (Wagtail's admin) works fully under its content security policy, in the staff member's
language, while the public site keeps its strict policy (defects 12 and 14)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from wagtail.models import Locale, Page, Site

from microcity.accounts.models import Role
from microcity.talent.tests.test_living import guide  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def directives(response: Any) -> dict[str, set[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: set(values) for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


@pytest.fixture
def editor_client(user_with_role: Any) -> Client:
    client = Client()
    client.force_login(user_with_role(Role.CONTENT_EDITOR, preferred_language="lv"))
    return client


def test_admin_pages_get_the_policy_wagtail_needs_and_the_public_site_keeps_its_own(editor_client, valmiera):
    admin = directives(editor_client.get("/admin/"))
    # Date pickers and panels start with inline scripts; previews are shown in a frame of the admin.
    assert "'unsafe-inline'" in admin["script-src"] and "'unsafe-inline'" in admin["style-src"]
    assert {"data:", "blob:"} <= admin["img-src"]
    assert admin["frame-ancestors"] == {"'self'"} and admin["object-src"] == {"'none'"}

    public = directives(Client().get("/lv/valmiera/"))
    assert public["script-src"] == {"'self'"}
    assert public["frame-ancestors"] == {"'none'"}


def test_a_page_preview_can_be_shown_inside_the_admin(guide):  # noqa: F811
    # Wagtail renders a preview through a stand-in request for the public page's path (as the admin's
    # preview panel does); it is shown in a frame of the admin, so it gets the admin's policy.
    response = guide["lv"]["story"].make_preview_request()
    assert response.status_code == 200 and "No Dublinas" in response.content.decode()
    assert directives(response)["frame-ancestors"] == {"'self'"}


def test_admin_account_page_lists_only_time_zones_browsers_know_and_no_gravatar(editor_client):
    response = editor_client.get("/admin/account/")
    assert response.status_code == 200
    html = response.content.decode()
    # "localtime" made the browser stop the page's script: "Invalid time zone specified: localtime".
    assert 'value="localtime"' not in html and 'value="Factory"' not in html
    assert 'value="Europe/Riga"' in html
    assert "gravatar.com" not in html and "gravatar.com" not in editor_client.get("/admin/").content.decode()


@pytest.mark.parametrize(("preferred", "browser"), [("lv", "en"), ("en", "lv")])
def test_the_admin_speaks_the_staff_members_language_not_the_browsers(user_with_role, preferred, browser):
    client = Client()
    client.force_login(user_with_role(Role.CONTENT_EDITOR, preferred_language=preferred))
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE=browser).content.decode()
    assert f'<html lang="{preferred}"' in html
    account = client.get("/admin/account/", HTTP_ACCEPT_LANGUAGE=browser).content.decode()
    assert 'value="lv"' in account  # Latvian can be chosen in Wagtail's own language setting


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_admin_pages_raise_no_policy_violation_or_script_error_in_the_browser(
    page, live_server, user_with_role
):
    # A transactional test may start from an emptied database; a migrated one always has Wagtail's root
    # page and default site, without which Wagtail's own dashboard cannot draw its page summary.
    Locale.objects.get_or_create(language_code="lv")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    if not Site.objects.exists():
        Site.objects.create(hostname="localhost", port=80, root_page=root, is_default_site=True)
    client = Client()
    client.force_login(user_with_role(Role.CONTENT_EDITOR, is_superuser=True, is_staff=True))
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    for path in ("/admin/", "/admin/account/", "/admin/reports/site-history/", "/admin/users/"):
        response = page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status == 200, path
        page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/admin/reports/site-history/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".xdsoft_datetimepicker").count() >= 1  # the date pickers started
    assert problems == []
