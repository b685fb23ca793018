"""End-to-end in Chromium, in Latvian and English: the demo youth builds her portfolio, takes the interest
self-assessment, shares a link that an employer opens without an account and exports a PDF; then she
books a counsellor, the counsellor records the session, and she sees the agreed next steps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import Booking, BookingStatus, Entry, InterestAssessment, ShareLinkOpening
from microcity.core.models import City, Indicator
from microcity.core.selectors import headline_count
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base, lang, local):
    page.context.clear_cookies()
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", demo_email(local))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_build_share_and_export(page, live_server, demo, lang, tmp_path: Path):
    base = live_server.url
    sign_in(page, base, lang, "jaunietis")
    page.locator(f"a[href='/{lang}/portfolio/']").first.click()
    page.wait_for_url(f"**/{lang}/portfolio/")
    assert_accessible(page, "portfolio overview")

    page.goto(f"{base}/{lang}/portfolio/achievements/new/")
    assert_accessible(page, "new achievement")
    page.fill("#id_title", f"Matemātikas olimpiāde ({lang})")
    page.fill("#id_organisation_name", "Valmieras novada pašvaldība")
    page.fill("#id_starts_on", "2026-03-14")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/portfolio/entries/*/")
    assert Entry.objects.filter(title=f"Matemātikas olimpiāde ({lang})").exists()

    page.goto(f"{base}/{lang}/portfolio/skills/")
    assert_accessible(page, "skills")
    page.select_option("#id_skill", index=5)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()

    page.goto(f"{base}/{lang}/portfolio/interests/take/")
    page.locator("main form button[type=submit]").click()
    page.locator("#error-summary").wait_for(state="visible")  # the refused form comes back, not at once
    assert page.locator("#error-summary").is_visible()
    assert_accessible(page, "questionnaire with errors")
    before = InterestAssessment.objects.count()
    for index, statement in enumerate(STATEMENTS):
        page.check(f"#id_{statement.key}_{index % 5}")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/portfolio/interests/")
    assert InterestAssessment.objects.count() == before + 1
    assert_accessible(page, "interest profile")
    page.goto(f"{base}/{lang}/portfolio/professions/")
    assert_accessible(page, "future professions")
    assert page.locator("a[href*='/jobs/?group=']").count() >= 1

    page.goto(f"{base}/{lang}/portfolio/visibility/")
    assert_accessible(page, "visibility")
    page.goto(f"{base}/{lang}/portfolio/share/")
    page.fill("#id_label", "SIA Valmieras Programmatūra")
    page.locator("form:has(#id_label) button[type=submit]").click()
    page.wait_for_selector("#new-link-url")
    assert_accessible(page, "share links")
    shared_url = page.input_value("#new-link-url")

    page.context.clear_cookies()
    page.goto(shared_url)
    assert_accessible(page, "shared portfolio (anonymous)")
    assert page.locator("h1").inner_text().endswith("Elīza Kalniņa")
    assert page.get_by_text(f"Matemātikas olimpiāde ({lang})").count() == 1
    assert ShareLinkOpening.objects.count() == 1

    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{base}/{lang}/portfolio/export/")
    assert_accessible(page, "export")
    page.select_option("#id_language", lang)
    with page.expect_download() as download:
        page.locator("button[value=pdf]").click()
    target = tmp_path / f"portfolio-{lang}.pdf"
    download.value.save_as(target)
    content = target.read_bytes()
    assert content.startswith(b"%PDF")
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Elīza Kalniņa" in text and f"Matemātikas olimpiāde ({lang})" in text


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_book_session_record_next_steps(page, live_server, demo, lang):
    base = live_server.url
    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{base}/{lang}/valmiera/counselling/")
    assert_accessible(page, "counselling booking")
    page.locator("button[data-slot]").first.click()
    page.wait_for_url("**/counselling/bookings/*/")
    assert_accessible(page, "my booking")
    booking = Booking.objects.get(youth__user__email=demo_email("jaunietis"), status=BookingStatus.BOOKED)
    # The session takes place: move it into the past so that the counsellor may record attendance.
    start = timezone.now() - dt.timedelta(hours=1)
    Booking.objects.filter(pk=booking.pk).update(starts_at=start, ends_at=start + dt.timedelta(minutes=45))

    sign_in(page, base, lang, "konsultants")
    page.goto(f"{base}/{lang}/valmiera/counselling/sessions/")
    assert_accessible(page, "sessions and caseload")
    page.goto(f"{base}/{lang}/valmiera/counselling/availability/")
    assert_accessible(page, "availability")
    page.goto(f"{base}/{lang}/valmiera/counselling/bookings/{booking.pk}/")
    page.locator("button[value=attended]").click()
    page.wait_for_url("**/record/")
    assert_accessible(page, "session record form")
    page.fill("#id_topics", "Tehnikuma programmas un IT profesijas")
    page.fill("#id_private_notes", "Konfidenciāla piezīme")
    page.fill("#id_step_1", "Apmeklēt tehnikuma atvērto durvju dienu")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/counselling/bookings/{booking.pk}/")
    assert page.locator("[data-private-notes]").count() == 1

    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{base}/{lang}/valmiera/counselling/bookings/{booking.pk}/")
    assert_accessible(page, "session with next steps")
    assert page.locator("[data-next-step]").inner_text().startswith("Apmeklēt tehnikuma atvērto durvju dienu")
    assert "Konfidenciāla piezīme" not in page.content()
    page.goto(f"{base}/{lang}/valmiera/activities/")
    assert_accessible(page, "activities")
    city = City.objects.get(slug="valmiera")
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=city) == 1

    sign_in(page, base, lang, "koordinators")
    page.goto(f"{base}/{lang}/valmiera/counselling/overview/")
    assert_accessible(page, "coordinator overview")
