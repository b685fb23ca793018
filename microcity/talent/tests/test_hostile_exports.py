"""Records typed by hostile or careless people still export: the jobs feed, the job page's JSON-LD and the
relocation CSV/XLSX hold no live formula and no character that breaks XML (they answered 500 before)."""

from __future__ import annotations

import csv
import io
from xml.dom import minidom

import pytest
from django.test import Client
from openpyxl import load_workbook

from microcity.accounts.models import Role
from microcity.core.exports import FORMULA_STARTS
from microcity.talent.tests.test_relocation import consultants, submit  # noqa: F401

pytestmark = pytest.mark.django_db
# PostgreSQL cannot store NUL at all (forms strip it on input), so stored hostile records carry every other control.
CONTROLS = "".join(chr(code) for code in range(1, 32) if chr(code) not in "\t\n\r")


def test_the_jobs_feed_survives_control_characters_in_a_title(post_job, employer):
    employer.name = "SIA =Kontrole\x0b"
    employer.save()
    post_job(title="Metinātājs\x02\x1f", description="@Apraksts" + CONTROLS + "x" * 100_000)
    response = Client().get("/lv/valmiera/jobs/feed/")
    assert response.status_code == 200
    document = minidom.parseString(response.content)  # noqa: S318 - our own output
    titles = [node.firstChild.data for node in document.getElementsByTagName("title")]
    assert "Metinātājs — SIA =Kontrole" in titles


def test_the_job_page_survives_control_characters(post_job):
    job = post_job(title="Metinātājs\x02\x1f", description="</script><script>alert(1)</script>\x02")
    response = Client().get(f"/lv/valmiera/jobs/{job.pk}-{job.slug}/")
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


HOSTILE_CASE = {
    "first_name": '=HYPERLINK("http://evil.example","Anna")',
    "last_name": "Bērziņa\x02\x01\x1f",
    "profession": "+1+cmd|' /C calc'!A0",
    "moving_from": "@SUM(1+1)",
    "partner_profession": "\t=1+1",
    "children": "\r-2+3",
    "housing_needs": "x" * 100_000,
}


def test_relocation_exports_hold_no_formula_and_no_control_character(
    valmiera,
    consultants,  # noqa: F811 - the fixture imported above
    client_for,
    user_with_role,
):
    submit(valmiera, **HOSTILE_CASE)
    c = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    response = c.get("/lv/valmiera/relocation/export.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    cells = [cell for cell in rows[1] if cell]
    assert cells and not any(cell.startswith(FORMULA_STARTS) for cell in cells)
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not any(ch in cell for cell in cells for ch in CONTROLS)

    response = c.get("/lv/valmiera/relocation/export.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    row = list(sheet.iter_rows(min_row=2, max_row=2))[0]
    assert all(cell.data_type != "f" for cell in row)
    texts = [cell.value for cell in row if isinstance(cell.value, str)]
    assert any(text.startswith("=HYPERLINK") for text in texts)
    assert not any(ch in text for text in texts for ch in CONTROLS)
    assert row[1].is_date  # the date a case was opened stays a date


def test_relocation_exports_follow_the_platform_format(
    valmiera,
    consultants,  # noqa: F811 - the fixture imported above
    client_for,
    user_with_role,
):
    """Issue 22: `;` and ISO dates in the CSV; typed date cells and a Latvian sheet name in the XLSX."""
    import datetime as dt

    from microcity.talent.models import RelocationCase

    submit(valmiera, **HOSTILE_CASE)
    RelocationCase.objects.update(planned_move=dt.date(2027, 8, 1))
    c = client_for(user_with_role(Role.PROGRAMME_COORDINATOR))
    text = c.get("/lv/valmiera/relocation/export.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows[0]) == 15 and len(rows[1]) == 15 and "2027-08-01" in rows[1]
    assert text.count("\r\n") == 2
    book = load_workbook(io.BytesIO(c.get("/lv/valmiera/relocation/export.xlsx").content))
    sheet = book.active
    assert sheet.title == "Pārcelšanās lietas"
    header = [cell.value for cell in sheet[1]]
    created = sheet.cell(row=2, column=header.index("Izveidota") + 1)
    planned = sheet.cell(row=2, column=header.index("Plānotā pārcelšanās") + 1)
    assert created.is_date and planned.is_date and planned.value.date() == dt.date(2027, 8, 1)
    assert sheet.auto_filter.ref == f"A1:O{sheet.max_row}"
    english = load_workbook(io.BytesIO(c.get("/en/valmiera/relocation/export.xlsx").content))
    assert english.active.title == "Relocation cases"
