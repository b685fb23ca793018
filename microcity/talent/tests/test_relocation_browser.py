"""End-to-end in Chromium: a person abroad sends an inquiry; the consultant sends a personal offer and
takes the case to "moved"; the coordinator's funnel and the ledger show one specialist attracted."""

from __future__ import annotations

import pytest
from django.core import mail

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.core.models import Indicator
from microcity.core.selectors import headline_count
from microcity.talent.models import RelocationCase
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base, lang, local):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", demo_email(local))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_inquiry_to_moved(page, live_server, demo, lang):
    base = live_server.url
    page.goto(f"{base}/{lang}/ventspils/relocate/")
    assert_accessible(page, "inquiry form")
    page.locator("main form button[type=submit]").click()
    assert page.locator("#error-summary").is_visible()
    assert_accessible(page, "inquiry form with errors")
    page.fill("#id_first_name", "Markus")
    page.fill("#id_last_name", "Weber")
    page.fill("#id_email", f"markus.{lang}@example.de")
    page.fill("#id_profession", "Automation engineer")
    page.fill("#id_moving_from", "Leipzig")
    page.fill("#id_partner_profession", "Nurse")
    page.fill("#id_children", "6 (school)")
    page.check("#id_consent")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/relocate/thanks/")
    assert_accessible(page, "thanks")
    case = RelocationCase.objects.get(person__email=f"markus.{lang}@example.de")
    assert case.language == lang and case.consultant is not None

    sign_in(page, base, lang, "parcelsanas-konsultants.ventspils")
    page.goto(f"{base}/{lang}/ventspils/relocation/cases/")
    assert_accessible(page, "case board")
    page.get_by_role("link", name="Markus Weber").first.click()
    assert_accessible(page, "case page")
    page.fill("#id_text", "First call: wants to start in spring.")
    page.locator("form:has(input[value=event]) button").click()
    page.wait_for_load_state()
    page.select_option("#id_stage", "in_consultation")
    page.locator("form:has(input[value=stage]) button").click()
    page.wait_for_load_state()
    page.select_option("#id_jobs", index=0)
    page.select_option("#id_partner_jobs", index=1)
    page.fill("#id_housing", "Municipal specialist flat, 2 rooms, about 250 € a month.")
    page.locator("form:has(input[value=offer]) button").click()
    page.wait_for_load_state()
    assert page.locator("[data-stage=offer_sent]").count() == 1
    offer_mail = mail.outbox[-1]
    assert offer_mail.to == [f"markus.{lang}@example.de"]
    assert offer_mail.attachments[0][2] == "application/pdf"
    page.select_option("#id_stage", "decided")
    page.locator("form:has(input[value=stage]) button").click()
    page.wait_for_load_state()
    page.select_option("#id_stage", "moved")
    page.select_option("#id_employer", index=1)
    page.locator("form:has(input[value=stage]) button").click()
    page.wait_for_load_state()
    assert page.locator("[data-stage=moved]").count() == 1
    assert_accessible(page, "moved case")
    page.context.clear_cookies()

    sign_in(page, base, lang, "koordinators.ventspils")
    page.goto(f"{base}/{lang}/ventspils/relocation/funnel/")
    assert_accessible(page, "funnel")
    assert page.locator("td[data-stage=moved]").inner_text() == "1"
    assert headline_count(indicator=Indicator.SPECIALIST_ATTRACTED, city=case.city) == 1
