"""End-to-end in Chromium at phone width, in both languages: an investor's inquiry opens a lead; the
investment manager makes a tailored info pack (PDF with the city's live figures), records the visit, marks
the lead won and turns the investor's hiring plan into draft job posts; the ledger counts the investor."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.core.models import Indicator, Occupation, OutcomeRecord
from microcity.investors import forms as investor_forms
from microcity.investors.models import Lead
from microcity.talent.models import Job
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base, lang, local):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", demo_email(local))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_inquiry_to_won_and_draft_jobs(page, live_server, demo, lang, monkeypatch):
    # A person fills the form faster than a robot check would allow in a test run.
    monkeypatch.setattr(investor_forms, "MIN_SECONDS", 0)
    base = live_server.url
    page.goto(f"{base}/{lang}/valmiera/invest/")
    assert_accessible(page, "investment offer")
    assert page.locator("main table").count() == 1  # the live figures by occupation group
    page.goto(f"{base}/{lang}/valmiera/invest/inquiry/")
    page.locator("main form button[type=submit]").click()
    assert page.locator("#error-summary").is_visible()
    assert_accessible(page, "inquiry with errors")
    company = f"Baltic Robotics {lang.upper()} GmbH"
    page.fill("#id_company", company)
    page.select_option("#id_country", "DE")
    page.select_option("#id_sector", "C")
    page.fill("#id_contact_name", "Jonas Becker")
    page.fill("#id_contact_email", f"jonas.{lang}@robotics.example.com")
    page.fill("#id_project", "Assembly of warehouse robots, 5,000 m² with 1 MW.")
    page.fill("#id_planned_jobs", "40")
    page.fill("#id_planned_capital_eur", "6500000")
    page.check("#id_consent")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/invest/inquiry/thanks/")
    lead = Lead.objects.get(company=company)
    assert lead.source == "inquiry" and lead.manager is not None

    sign_in(page, base, lang, "investiciju-vaditajs")
    page.goto(f"{base}/{lang}/valmiera/invest/leads/")
    assert_accessible(page, "pipeline board")
    page.get_by_role("link", name=company).first.click()
    page.wait_for_url(f"**/invest/leads/{lead.pk}/")
    assert_accessible(page, "lead page")
    page.locator("form:has(input[value=info_pack]) input[name=sites]").first.check()
    page.select_option("#id_language", lang)
    page.locator("form:has(input[value=info_pack]) button").click()
    page.wait_for_load_state()
    pack = lead.info_packs.get()
    assert pack.figures["rows"], "the pack carries the live figures by occupation group"
    pdf = page.request.get(f"{base}/{lang}/valmiera/invest/leads/{lead.pk}/packs/{pack.pk}.pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")

    visit_day = (timezone.localdate() + dt.timedelta(days=5)).isoformat()
    page.select_option("#id_kind", "visit")
    page.fill("#id_text", "Visit to the Rubene industrial area with the board.")
    page.fill("#id_due_on", visit_day)
    page.locator("form:has(input[value=activity]) button").click()
    page.wait_for_load_state()
    for stage in ("visit", "negotiation", "won"):
        page.select_option("#id_stage", stage)
        page.locator("form:has(input[value=stage]) button").click()
        page.wait_for_load_state()
    lead.refresh_from_db()
    assert lead.stage == "won" and lead.organisation is not None
    assert (
        OutcomeRecord.objects.filter(
            indicator=Indicator.INVESTOR_ATTRACTED, organisation=lead.organisation
        ).count()
        == 1
    )
    assert_accessible(page, "won lead")

    page.select_option("#id_occupation", str(Occupation.objects.get(code="8211").pk))
    page.fill("#id_count", "25")
    page.fill("#id_needed_by", (timezone.localdate() + dt.timedelta(days=120)).isoformat())
    page.fill("#id_salary_min", "1300")
    page.fill("#id_salary_max", "1800")
    page.locator("form:has(input[value=hiring_line]) button").click()
    page.wait_for_load_state()
    page.locator("form:has(input[value=hand_over]) button").click()
    page.wait_for_load_state()
    drafts = Job.objects.filter(organisation=lead.organisation, status="draft")
    assert drafts.count() == 1 and drafts.get().occupation.code == "8211"
    page.goto(f"{base}/{lang}/valmiera/invest/report/")
    assert_accessible(page, "report")
