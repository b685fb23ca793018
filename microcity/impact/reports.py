"""A frozen report as a funder reads it: a table of figures (small groups hidden as on the public page), and
the same as PDF (WeasyPrint, A4) and XLSX, in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from microcity.core import exports, pdf
from microcity.core.models import Indicator, Programme
from microcity.disclosure import SMALL_GROUP, suppress_counts
from microcity.impact.models import FrozenReport
from microcity.impact.selectors import age_band_label


@dataclass(frozen=True)
class FigureRow:
    indicator: str
    label: str
    total: int | None  # None: fewer than SMALL_GROUP
    target: int | None
    programmes: list[tuple[str, int | None]]
    ages: list[tuple[str, int | None]]


def figure_rows(figures: dict[str, Any]) -> list[FigureRow]:
    """The frozen figures, in the ledger's order of indicators, with small groups hidden."""
    programmes = {str(v): str(label) for v, label in Programme.choices}
    rows: list[FigureRow] = []
    for value, label in Indicator.choices:
        data = figures.get(value)
        if data is None:
            continue
        total = data.get("total", 0)
        by_programme, _ptotal = suppress_counts(data.get("programme", {}), threshold=SMALL_GROUP)
        by_age, _atotal = suppress_counts(data.get("age", {}), threshold=SMALL_GROUP)
        rows.append(
            FigureRow(
                indicator=value,
                label=str(label),
                total=None if 0 < total < SMALL_GROUP else total,
                target=data.get("target"),
                programmes=[(programmes.get(c.key, c.key), c.value) for c in by_programme],
                ages=[(age_band_label(c.key), c.value) for c in by_age],
            )
        )
    return rows


def report_html(report: FrozenReport, *, language: str) -> str:
    with translation.override(language):
        return render_to_string(
            "impact/report_pdf.html",
            {
                "report": report,
                "rows": figure_rows(report.figures),
                "small": SMALL_GROUP,
                "language": language,
            },
        )


def report_pdf(report: FrozenReport, *, language: str) -> bytes:
    return pdf.html_to_pdf(report_html(report, language=language), archival=True)


def report_xlsx(report: FrozenReport) -> bytes:
    hidden = _("fewer than %(n)s") % {"n": SMALL_GROUP}
    body: list[list[Any]] = []
    for row in figure_rows(report.figures):
        body.append([row.label, "", hidden if row.total is None else row.total, row.target])
        for name, count in row.programmes:
            body.append(["", name, hidden if count is None else count, None])
        for name, count in row.ages:
            body.append(["", name, hidden if count is None else count, None])
    body.append([])
    body.append([_("City"), report.city.name, None, None])
    body.append([_("Period"), f"{report.starts_on.isoformat()} – {report.ends_on.isoformat()}", None, None])
    body.append([_("Content hash (SHA-256)"), report.content_hash, None, None])
    body.append([_("Ledger rows"), len(report.rows), None, None])
    return exports.xlsx_bytes(
        title=report.title,
        header=[_("Indicator"), _("Group"), _("Distinct subjects"), _("Target")],
        rows=body,
        widths=[40, 40, 18, 12],
    )
