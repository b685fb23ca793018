"""Latvian dates (defect 12): the year first, and the month declined after a preposition; English unchanged.
Guard: a date written in words inside a translated sentence always goes through long_date/day_month."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.formats import date_format

from microcity.core.dates import long_date

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
NUMERIC_FORMATS = {"SHORT_DATE_FORMAT", "SHORT_DATETIME_FORMAT", "TIME_FORMAT"}


def test_latvian_dates_put_the_year_first():
    with translation.override("lv"):
        assert date_format(dt.date(2026, 12, 26), "DATE_FORMAT") == "2026. gada 26. decembris"
        assert long_date(dt.date(2026, 12, 26)) == "2026. gada 26. decembris"
    with translation.override("en"):
        assert date_format(dt.date(2026, 12, 26), "DATE_FORMAT") == "26 December 2026"


@pytest.mark.parametrize(
    ("day", "case", "year", "latvian"),
    [
        (dt.date(2026, 12, 7), "genitive", False, "7. decembra"),  # no 7. decembra
        (dt.date(2026, 12, 7), "genitive", True, "2026. gada 7. decembra"),
        (dt.date(2027, 1, 15), "dative", True, "2027. gada 15. janvārim"),  # līdz 2027. gada 15. janvārim
        (dt.date(2026, 7, 1), "accusative", True, "2026. gada 1. jūliju"),  # uz 2026. gada 1. jūliju
        (dt.date(2026, 5, 5), "locative", True, "2026. gada 5. maijā"),  # izsniegts 2026. gada 5. maijā
    ],
)
def test_latvian_months_are_declined_and_english_stays_the_same(day, case, year, latvian):
    with translation.override("lv"):
        assert long_date(day, case, year=year) == latvian
    with translation.override("en"):
        assert long_date(day, case, year=year) == date_format(
            day, "DATE_FORMAT" if year else "MONTH_DAY_FORMAT"
        )


def test_a_sentence_with_a_preposition_declines_the_month_in_latvian():
    template = Template(
        '{% load i18n microcity_dates %}{% blocktranslate with d=w|day_month:"genitive" %}from {{ d }}'
        '{% endblocktranslate %} | {% blocktranslate with d=due|long_date:"dative" %}by {{ d }}{% endblocktranslate %}'
    )
    context = Context({"w": dt.date(2026, 12, 7), "due": dt.date(2027, 1, 15)})
    with translation.override("lv"):
        assert template.render(context) == "no 7. decembra | līdz 2027. gada 15. janvārim"
    with translation.override("en"):
        assert template.render(context) == "from 7 December | by 15 January 2027"


def words_date_formats(tag: str) -> list[str]:
    """The date formats in a {% blocktranslate with … %} tag that write a month or a day in words."""
    found = []
    for match in re.finditer(r'\|date(?::"([^"]*)")?(?!\w)', tag):  # not |date_range
        fmt = match.group(1) or "DATE_FORMAT"
        if fmt in NUMERIC_FORMATS:
            continue
        if fmt.endswith("_FORMAT") or re.search(r"(?<!\\)[FENMbDlPaA]", fmt):
            found.append(fmt)
    return found


def test_no_template_writes_a_date_in_words_into_a_sentence_without_choosing_its_case():
    offenders = []
    for path in sorted(TEMPLATES.rglob("*.*")):
        text = path.read_text(encoding="utf-8")
        for tag in re.findall(r"\{% blocktrans(?:late)? [^%]*%\}", text):
            if words_date_formats(tag):
                offenders.append(f"{path.relative_to(TEMPLATES)}: {tag}")
    assert offenders == [], 'use |long_date:"<case>" or |day_month:"<case>" (core/dates.py)'


def test_the_guard_sees_dates_in_words():
    assert words_date_formats('{% blocktranslate with d=x|date:"j. F" %}') == ["j. F"]
    assert words_date_formats("{% blocktranslate with d=x|date %}") == ["DATE_FORMAT"]
    assert words_date_formats('{% blocktranslate with d=x|date:"SHORT_DATE_FORMAT" %}') == []
