"""Open data: a city's results as aggregated CSV files with small groups hidden, described by a
Frictionless Data package (a Table Schema per file) and a DCAT-AP catalogue entry in JSON-LD.

Nothing here reads a name, an e-mail or a date of birth: every file is built from the same suppressed
breakdowns as the results page (selectors.results), so a group of fewer than 5 is never published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from microcity.core import exports
from microcity.core.models import City
from microcity.disclosure import SMALL_GROUP
from microcity.impact import selectors

LICENCE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type: string, integer, boolean, date
    title: str
    description: str = ""


@dataclass(frozen=True)
class Dataset:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    rows: Callable[[selectors.Results], list[list[Any]]]


def _subject_columns() -> tuple[Column, ...]:
    return (
        Column("subjects", "integer", _("Distinct people or organisations"), _("Empty when suppressed.")),
        Column(
            "suppressed",
            "boolean",
            _("Suppressed"),
            _("True when the group is smaller than %(n)s or would reveal one that is.") % {"n": SMALL_GROUP},
        ),
    )


def _indicator_column() -> Column:
    return Column("indicator", "string", _("Indicator"), _("The indicator's code (see the methodology)."))


def _breakdown_rows(key: str) -> Callable[[selectors.Results], list[list[Any]]]:
    def rows(found: selectors.Results) -> list[list[Any]]:
        out: list[list[Any]] = []
        for result in found.indicators:
            table = result.table(key)
            if table is None:
                continue
            for row in table.rows:
                out.append([result.key, row.key, row.cell.value, row.cell.suppressed])
        return out

    return rows


def _monthly_rows(found: selectors.Results) -> list[list[Any]]:
    """The cumulative monthly totals exactly as the chart shows them: a withheld point stays empty, so that
    no two published points differ by a small group (disclosure.cumulative_points)."""
    out: list[list[Any]] = []
    for result in found.indicators:
        if result.series is None:
            continue
        for month, point in zip(result.series.months, result.series.points, strict=True):
            out.append([result.key, month.strftime("%Y-%m"), point, point is None])
    return out


def _totals_rows(found: selectors.Results) -> list[list[Any]]:
    return [[r.key, r.total.value, r.total.suppressed] for r in found.indicators]


def datasets() -> list[Dataset]:
    subjects = _subject_columns()
    return [
        Dataset(
            name="indicator-totals",
            title=_("Results: totals per indicator"),
            description=_("Distinct people or organisations per indicator, all dates."),
            columns=(_indicator_column(), *subjects),
            rows=_totals_rows,
        ),
        Dataset(
            name="indicators-by-month",
            title=_("Results by month (cumulative)"),
            description=_(
                "Distinct people or organisations per indicator counted up to the end of each month."
            ),
            columns=(
                _indicator_column(),
                Column("month", "yearmonth", _("Month")),
                Column("cumulative_subjects", "integer", _("Cumulative total"), _("Empty when withheld.")),
                subjects[1],
            ),
            rows=_monthly_rows,
        ),
        Dataset(
            name="indicators-by-programme",
            title=_("Results by programme"),
            description=_(
                "Distinct people or organisations per indicator and programme of first occurrence."
            ),
            columns=(_indicator_column(), Column("programme", "string", _("Programme")), *subjects),
            rows=_breakdown_rows("programme"),
        ),
        Dataset(
            name="indicators-by-age-band",
            title=_("Results by age band"),
            description=_("Distinct people per indicator and age band on the date they were first counted."),
            columns=(_indicator_column(), Column("age_band", "string", _("Age band")), *subjects),
            rows=_breakdown_rows("age"),
        ),
    ]


def dataset(name: str) -> Dataset | None:
    return next((d for d in datasets() if d.name == name), None)


def city_results(city: City, *, today: dt.date | None = None) -> selectors.Results:
    return selectors.results(scope=selectors.Scope(city=city), today=today)


def csv_content(ds: Dataset, found: selectors.Results) -> bytes:
    """The file as published: UTF-8 without a byte-order mark (a data file, not a spreadsheet export)."""
    content = exports.csv_bytes([[c.name for c in ds.columns], *ds.rows(found)])
    return content.removeprefix("\ufeff".encode())


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": column.type,
        "title": column.title,
        "description": column.description,
    }
    if column.type == "boolean":
        field.update(trueValues=["1"], falseValues=["0"])
    if column.type == "integer":
        field["constraints"] = {"minimum": 0}
    return field


def package_descriptor(city: City, *, base_url: str, language: str) -> dict[str, Any]:
    """A Frictionless Data package (v1) of the city's files; `base_url` ends with a slash."""
    return {
        "profile": "tabular-data-package",
        "name": f"microcity-{city.slug}-results",
        "title": _("Results of %(city)s's programmes") % {"city": city.name},
        "description": _(
            "Aggregated results counted from the outcome ledger: distinct people or organisations, each "
            "counted once under their first occurrence. Groups of fewer than %(n)s are suppressed."
        )
        % {"n": SMALL_GROUP},
        "homepage": base_url,
        "language": language,
        "licenses": [LICENCE],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": ds.name,
                "path": f"{ds.name}.csv",
                "title": ds.title,
                "description": ds.description,
                "format": "csv",
                "mediatype": exports.CSV_CONTENT_TYPE.split(";")[0],
                # As every CSV of the platform (core/exports.py): ";" between fields (what a spreadsheet with
                # Latvian settings splits on), CRLF line ends; here without the byte-order mark.
                "encoding": "utf-8",
                "dialect": {"delimiter": exports.CSV_DELIMITER, "lineTerminator": "\r\n"},
                "schema": {
                    "fields": [_field(c) for c in ds.columns],
                    "missingValues": [""],
                },
            }
            for ds in datasets()
        ],
    }


def dcat_catalogue(city: City, *, base_url: str, language: str, modified: dt.date) -> dict[str, Any]:
    """A DCAT-AP dataset entry (JSON-LD) for the national open data portal, one distribution per file."""
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
        },
        "@id": base_url,
        "@type": "dcat:Dataset",
        "dct:title": {
            "@language": language,
            "@value": _("Results of %(city)s's programmes") % {"city": city.name},
        },
        "dct:description": {
            "@language": language,
            "@value": _(
                "Aggregated, anonymised results counted from the programmes' records; small groups suppressed."
            ),
        },
        "dct:publisher": {"@type": "foaf:Organization", "foaf:name": city.name},
        "dct:license": {"@id": LICENCE["path"]},
        "dct:language": {
            "@id": f"http://publications.europa.eu/resource/authority/language/{'LAV' if language == 'lv' else 'ENG'}"
        },
        "dct:modified": modified.isoformat(),
        "dcat:landingPage": {"@id": base_url},
        "dcat:distribution": [
            {
                "@type": "dcat:Distribution",
                "dct:title": ds.title,
                "dcat:accessURL": {"@id": base_url},
                "dcat:downloadURL": {"@id": f"{base_url}{ds.name}.csv"},
                "dct:format": {"@id": "http://publications.europa.eu/resource/authority/file-type/CSV"},
                "dcat:mediaType": exports.CSV_CONTENT_TYPE.split(";")[0],
                "dct:license": {"@id": LICENCE["path"]},
                "dct:conformsTo": {"@id": f"{base_url}datapackage.json"},
            }
            for ds in datasets()
        ],
    }
