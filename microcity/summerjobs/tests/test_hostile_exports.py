"""Names typed by hostile or careless people still export: the payroll CSV/XLSX and the assignments CSV hold
no live formula and no character that breaks a spreadsheet (the payroll XLSX answered 500 and the
assignments CSV carried live formulas before)."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from microcity.core.exports import FORMULA_STARTS
from microcity.summerjobs.pay import payroll as pay_payroll
from microcity.summerjobs.tests.test_after import june, make_job, season, work  # noqa: F401

pytestmark = pytest.mark.django_db
# PostgreSQL cannot store NUL at all (forms strip it on input), so stored hostile records carry every other control.
CONTROLS = "".join(chr(code) for code in range(1, 32) if chr(code) not in "\t\n\r")
HOSTILE_YOUTH = {"first_name": '=HYPERLINK("http://evil.example")\x02', "last_name": "\tBērziņa" + CONTROLS}


def csv_rows(content: bytes) -> list[list[str]]:
    text = content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";" if text.count(";") > text.count(",") else ","))


def assert_safe(cells: list[str]) -> None:
    texts = [cell for cell in cells if cell]
    assert not any(cell.startswith(FORMULA_STARTS) for cell in texts), texts
    assert not any(ch in cell for cell in texts for ch in CONTROLS), texts


@pytest.fixture
def hostile_job(make_job, employer):  # noqa: F811
    employer.name = "@SIA Kontrole\x0b"
    employer.save()
    job = make_job(employer, youth=HOSTILE_YOUTH)
    work(job, 2)
    return job


def test_payroll_exports_survive_control_characters(hostile_job, season, coordinator):  # noqa: F811
    table = csv_rows(
        pay_payroll.payroll_export(season=season, by=coordinator, kind="payroll", fmt="csv").content
    )
    assert_safe(table[1])
    xlsx = pay_payroll.payroll_export(season=season, by=coordinator, kind="payroll", fmt="xlsx").content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    first, last = sheet["A2"], sheet["B2"]
    assert first.value == '=HYPERLINK("http://evil.example")' and first.data_type == "s"
    assert last.value == "\tBērziņa"
    claims = pay_payroll.payroll_export(season=season, by=coordinator, kind="claims", fmt="xlsx").content
    assert load_workbook(io.BytesIO(claims)).active["A2"].value == "@SIA Kontrole"


def test_the_assignments_csv_holds_no_formula(hostile_job, season, coordinator, client_for):  # noqa: F811
    response = client_for(coordinator).get(
        f"/lv/valmiera/summer-jobs/manage/assignments.csv?season={season.pk}"
    )
    assert response.status_code == 200
    rows = csv_rows(response.content)
    assert len(rows) == 2
    assert_safe(rows[1])
    assert rows[1][3] == '\'=HYPERLINK("http://evil.example")' and rows[1][5] == "'@SIA Kontrole"
