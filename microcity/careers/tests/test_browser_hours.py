"""End-to-end in Chromium: the coordinator keeps a counsellor's hours without a page reload (htmx), and
the demo mother books a session for her daughter, choosing the counsellor's week in the slot grid."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from microcity.accounts.management.commands.seed_demo import demo_email
from microcity.careers.models import AvailabilityException, Booking, BookingStatus
from microcity.careers.tests.test_browser import sign_in
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_keeps_hours_and_guardian_books(page, live_server, demo):
    base, lang = live_server.url, "en"
    sign_in(page, base, lang, "koordinators")
    page.goto(f"{base}/{lang}/valmiera/counselling/availability/")
    assert_accessible(page, "counsellors' hours, no counsellor chosen")
    page.select_option("#pick-counsellor", label="Māris Ozols")
    page.locator("form:has(#pick-counsellor) button[type=submit]").click()
    page.wait_for_selector("#availability-editor")
    assert_accessible(page, "counsellor's hours (coordinator)")

    # htmx: the row appears and the page is not reloaded (the marker survives).
    page.evaluate("window.__stayed = true")
    day = timezone.localdate() + dt.timedelta(days=40)
    page.fill("#exception_date", day.isoformat())
    page.fill("#exception_reason", "Kursi Rīgā")
    page.locator("form:has(#exception_date) button[type=submit]").click()
    page.wait_for_selector("[data-status]")
    exception = AvailabilityException.objects.get(reason="Kursi Rīgā")
    assert page.locator(f"[data-exception='{exception.pk}']").count() == 1
    assert page.evaluate("window.__stayed") is True
    assert page.evaluate("document.activeElement.hasAttribute('data-status')")

    page.locator(f"[data-exception='{exception.pk}'] a").click()
    page.wait_for_selector("[data-confirm]")
    assert_accessible(page, "inline confirmation")
    page.locator("[data-confirm] button[type=submit]").click()
    page.wait_for_selector(f"[data-exception='{exception.pk}']", state="detached")
    assert not AvailabilityException.objects.filter(pk=exception.pk).exists()
    assert page.evaluate("window.__stayed") is True

    sign_in(page, base, lang, "vecaks")
    page.goto(f"{base}/{lang}/valmiera/counselling/")
    assert_accessible(page, "guardian booking")
    assert "Elīza" in page.locator("h1").inner_text()
    page.evaluate("window.__stayed = true")
    options = page.locator("#pick-week option")
    target_week = options.nth(options.count() - 1).get_attribute("value")
    page.select_option("#pick-week", target_week)
    page.wait_for_url(f"**week={target_week}**")
    page.wait_for_selector(f"#grid-title[data-week='{target_week}']")
    assert page.evaluate("window.__stayed") is True
    page.locator("button[data-slot]").first.click()
    page.wait_for_url("**/counselling/bookings/*/")
    assert_accessible(page, "guardian's booking")
    booking = Booking.objects.get(youth__user__email=demo_email("jaunietis"), status=BookingStatus.BOOKED)
    assert booking.booked_by.email == demo_email("vecaks")
    assert timezone.localdate(booking.starts_at) >= dt.date.fromisoformat(target_week)


def test_counsellor_finds_a_youth_and_books_for_her_in_latvian(page, live_server, demo):
    base, lang = live_server.url, "lv"
    sign_in(page, base, lang, "konsultants")
    page.goto(f"{base}/{lang}/valmiera/counselling/")
    page.fill("#find-youth", "Elīza")
    page.locator("form:has(#find-youth) button[type=submit]").click()
    page.wait_for_selector("[data-staff-matches]")
    assert_accessible(page, "counsellor's youth finder")
    page.locator("[data-staff-matches] a", has_text="Elīza").first.click()
    page.wait_for_selector("button[data-slot]")
    assert "Elīza" in page.locator("h1").inner_text()
    assert_accessible(page, "counsellor booking for a youth")
    page.locator("button[data-slot]").first.click()
    page.wait_for_url("**/counselling/bookings/*/")
    booking = Booking.objects.get(youth__user__email=demo_email("jaunietis"), status=BookingStatus.BOOKED)
    assert booking.booked_by.email == demo_email("konsultants")
