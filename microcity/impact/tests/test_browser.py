"""End-to-end in Chromium at phone width, in both languages: the results page → a chart and its table →
the methodology → a coordinator's drill-down to a ledger row → freeze a report → a source record is
corrected → the report shows what changed. axe checks every page."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.core.models import City, Indicator, OutcomeRecord, Person, Programme
from microcity.core.services import outcome_record
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _ledger() -> list[OutcomeRecord]:
    """Eight youths of the demo's Valmiera counted by career support in the current period."""
    city = City.objects.get(slug="valmiera")
    people = list(Person.objects.filter(city=city).order_by("pk")[:8])
    assert len(people) == 8
    return [
        outcome_record(
            indicator=Indicator.YOUTH_SUPPORTED,
            programme=Programme.CAREERS,
            city=city,
            occurred_on=dt.date(2024, 3, 1) + dt.timedelta(days=40 * index),
            source=person,
            person=person,
        )
        for index, person in enumerate(people)
    ]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_results_to_frozen_report_and_what_changed(
    page: Any, live_server: Any, demo: None, lang: str
) -> None:
    rows = _ledger()
    base = live_server.url
    page.goto(f"{base}/{lang}/valmiera/results/?period=current")
    youth = page.locator("[data-indicator=youth_supported]")
    assert youth.locator("[data-total]").inner_text().strip().startswith("8")
    page.wait_for_selector("[data-indicator=youth_supported] .report-chart:not([hidden]) canvas")
    youth.locator("details summary").first.click()
    assert youth.locator("details table tbody tr").count() > 0
    assert_accessible(page, "results")
    youth.locator("a[href*='methodology']").click()
    page.wait_for_url("**/results/methodology/**")
    assert page.locator("#method-youth_supported").is_visible()
    assert_accessible(page, "methodology")

    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", demo_email("koordinators"))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")
    page.goto(f"{base}/{lang}/valmiera/results/?period=current")
    page.locator("[data-indicator=youth_supported] a[data-drill]").click()
    page.wait_for_url("**/results/manage/rows/youth_supported/**")
    assert page.locator("[data-counted]").count() == 8
    assert_accessible(page, "drill-down")
    page.locator(f"[data-row='{rows[0].pk}'] a").click()
    page.wait_for_url(f"**/results/manage/row/{rows[0].pk}/")
    assert page.locator("[data-source]").is_visible()
    assert_accessible(page, "ledger row")

    page.goto(f"{base}/{lang}/valmiera/results/manage/?period=current")
    assert_accessible(page, "targets and reports")
    page.locator("main a[href*='/results/manage/freeze/']").first.click()
    page.wait_for_url("**/results/manage/freeze/**")
    assert_accessible(page, "freeze")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/results/manage/reports/*/")
    assert page.locator("[data-comparison=agrees]").is_visible()
    assert_accessible(page, "frozen report")

    # The programme corrects a source record's date (out of the period) and a new youth is counted.
    OutcomeRecord.objects.filter(pk=rows[1].pk).update(occurred_on=dt.date(2021, 1, 1))
    extra = Person.objects.filter(city__slug="valmiera").order_by("pk")[8]
    added = outcome_record(
        indicator=Indicator.YOUTH_SUPPORTED,
        programme=Programme.CAREERS,
        city=City.objects.get(slug="valmiera"),
        occurred_on=dt.date(2025, 5, 5),
        source=extra,
        person=extra,
    )
    page.reload()
    assert page.locator("[data-comparison=differs]").is_visible()
    assert page.locator(f"[data-changed-row='{rows[1].pk}'][data-kind=moved-out]").count() == 1
    assert page.locator(f"[data-changed-row='{added.pk}'][data-kind=added]").count() == 1
    assert_accessible(page, "frozen report that differs")
