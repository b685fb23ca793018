"""Frozen reports reproduce: recomputed on an unchanged ledger they agree; after a change they say exactly
which rows were added, corrected, withdrawn or anonymised, and which figures moved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command

from microcity.accounts.services import person_anonymise
from microcity.core.models import Indicator, OutcomeRecord
from microcity.core.services import outcome_withdraw
from microcity.core.tests.factories import PersonFactory
from microcity.impact import reports, selectors, services
from microcity.impact.models import FrozenReport, ReportingPeriod, Target

pytestmark = pytest.mark.django_db
YOUTH = Indicator.YOUTH_SUPPORTED


@pytest.fixture
def frozen(record: Callable[..., Any], coordinator: Any, valmiera: Any, uia: Any) -> dict[str, Any]:
    people = [PersonFactory(city=valmiera, date_of_birth=dt.date(2003, 2, 2)) for _ in range(8)]
    rows = [record(person=p, on=dt.date(2019, 3, 3)) for p in people]
    report = services.report_freeze(
        city=valmiera, title="UIA", starts_on=uia.starts_on, ends_on=uia.ends_on, by=coordinator
    )
    return {"report": report, "rows": rows, "people": people}


def test_an_unchanged_ledger_agrees(frozen: dict[str, Any]) -> None:
    report = FrozenReport.objects.get(pk=frozen["report"].pk)
    comparison = selectors.report_compare(report)
    assert comparison.agrees and comparison.rows == [] and comparison.changed_figures == []
    assert comparison.hash_now == report.content_hash
    assert report.figures[YOUTH]["total"] == 8
    assert len(report.rows) == 8


def test_a_row_outside_the_period_or_city_changes_nothing(
    frozen: dict[str, Any], record: Callable[..., Any], ventspils: Any
) -> None:
    record(on=dt.date(2022, 1, 1))
    record(on=dt.date(2019, 3, 3), city=ventspils)
    assert selectors.report_compare(frozen["report"]).agrees


def test_added_corrected_withdrawn_and_anonymised_rows_are_named(
    frozen: dict[str, Any], record: Callable[..., Any]
) -> None:
    added = record(on=dt.date(2020, 1, 1))
    rows = frozen["rows"]
    OutcomeRecord.objects.filter(pk=rows[1].pk).update(occurred_on=dt.date(2020, 2, 2))
    outcome_withdraw(indicator=YOUTH, source=rows[2].source)
    person_anonymise(person=frozen["people"][3])
    comparison = selectors.report_compare(frozen["report"])
    assert not comparison.agrees
    kinds = {(c.pk, c.kind, c.fields) for c in comparison.rows}
    assert kinds == {
        (str(added.pk), "added", ()),
        (str(rows[1].pk), "changed", ("date",)),
        (str(rows[2].pk), "removed", ()),
        (str(rows[3].pk), "anonymised", ("age band",)),
    }
    # 8 counted, one withdrawn, one added: the total is 8 again, but the age bands moved.
    changed = {(i, name): (a, b) for i, name, a, b in comparison.changed_figures}
    assert (YOUTH, "total") not in changed
    then, now = changed[(YOUTH, "age")]
    assert {k: v for k, v in then.items() if v} == {"15-19": 8}
    assert {k: v for k, v in now.items() if v} == {"15-19": 7, "unknown": 1}


def test_a_row_corrected_out_of_the_period_is_named_so(frozen: dict[str, Any]) -> None:
    row = frozen["rows"][0]
    OutcomeRecord.objects.filter(pk=row.pk).update(occurred_on=dt.date(2022, 1, 1))
    comparison = selectors.report_compare(frozen["report"])
    assert [(c.pk, c.kind) for c in comparison.rows] == [(str(row.pk), "moved-out")]
    assert (YOUTH, "total", 8, 7) in comparison.changed_figures


def test_a_target_changed_later_does_not_break_agreement(
    frozen: dict[str, Any], valmiera: Any, uia: Any
) -> None:
    Target.objects.create(period=uia, city=valmiera, indicator=YOUTH, value=99)
    assert selectors.report_compare(frozen["report"]).agrees


def test_exports_hide_small_groups(
    frozen: dict[str, Any], record: Callable[..., Any], coordinator: Any, valmiera: Any, uia: Any
) -> None:
    record(on=dt.date(2019, 5, 5), indicator=Indicator.SPECIALIST_ATTRACTED)
    report = services.report_freeze(
        city=valmiera, title="Two", starts_on=uia.starts_on, ends_on=uia.ends_on, by=coordinator
    )
    table = {row.indicator: row for row in reports.figure_rows(report.figures)}
    assert table[Indicator.SPECIALIST_ATTRACTED].total is None
    assert table[YOUTH].total == 8
    html = reports.report_html(report, language="lv")
    assert "mazāk nekā 5" in html or "fewer than 5" in html
    assert reports.report_pdf(report, language="en").startswith(b"%PDF")


def test_seed_is_safe_to_rerun(valmiera: Any, coordinator: Any) -> None:
    call_command("seed_impact")
    counts = (ReportingPeriod.objects.count(), Target.objects.count(), FrozenReport.objects.count())
    call_command("seed_impact")
    assert (ReportingPeriod.objects.count(), Target.objects.count(), FrozenReport.objects.count()) == counts
    assert counts[0] == 2 and counts[2] == 1
    assert Target.objects.get(period__slug="uia", city=valmiera, indicator=YOUTH).value == 250


def test_seed_data_codes_are_the_ledgers() -> None:
    from microcity.impact.management.commands.seed_impact import demo_periods

    for period in demo_periods():
        assert set(period["overall"]) <= set(Indicator.values)
        for values in period["cities"].values():
            assert set(values) <= set(Indicator.values)
