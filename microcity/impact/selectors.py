"""Reads: every figure of the results pages, the open data and the frozen reports, from the outcome ledger.

One rule everywhere (docs/decisions/0025-impact.md): an indicator counts **distinct subjects** (people or
organisations); each subject is counted once, under its **first occurrence** in the scope (the earliest
date, then the lowest ledger row): so a person supported by two programmes, or in two cities, is one
person in the total of all cities, and each breakdown (city, programme, age band) adds up to
the total. The database picks the first rows with a window function, in one query for all indicators;
Python folds them into breakdowns and the `disclosure` package hides small groups.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import connection
from django.db.models import F, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.core.models import City, Indicator, OutcomeRecord, Person, Programme
from microcity.core.selectors import cities_public
from microcity.disclosure import AGE_BANDS, SMALL_GROUP, UNKNOWN_AGE, Cell, age_band, cumulative_points
from microcity.disclosure import suppress_counts as _suppress
from microcity.impact.models import FrozenReport, ReportingPeriod, Target

# Indicators counted in organisations (companies, investors); the others in people.
ORGANISATION_INDICATORS = frozenset({Indicator.COMPANY_INNOVATION_SUPPORTED, Indicator.INVESTOR_ATTRACTED})


def age_band_label(key: str) -> str:
    labels = {
        "under-15": _("Under 15"),
        "15-19": _("15–19"),
        "20-24": _("20–24"),
        "25-34": _("25–34"),
        "35-54": _("35–54"),
        "55-plus": _("55 and over"),
        UNKNOWN_AGE: _("Age not recorded"),
        "organisation": _("Organisations (no age)"),
    }
    return labels.get(key, key)


@dataclass(frozen=True)
class Scope:
    """What a set of figures is about: one city or all (None), and a span of dates (None: open)."""

    city: City | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None

    @classmethod
    def for_period(cls, city: City | None, period: ReportingPeriod | None) -> Scope:
        if period is None:
            return cls(city=city)
        return cls(city=city, starts_on=period.starts_on, ends_on=period.ends_on)


def ledger_rows(scope: Scope, indicator: str | None = None) -> QuerySet[OutcomeRecord]:
    rows = OutcomeRecord.objects.all()
    if indicator is not None:
        rows = rows.filter(indicator=indicator)
    if scope.city is not None:
        rows = rows.filter(city=scope.city)
    if scope.starts_on is not None:
        rows = rows.filter(occurred_on__gte=scope.starts_on)
    if scope.ends_on is not None:
        rows = rows.filter(occurred_on__lte=scope.ends_on)
    return rows


@dataclass(frozen=True)
class FirstRow:
    """A subject's first ledger row for an indicator in the scope."""

    pk: int
    indicator: str
    subject: str  # "p<id>" or "o<id>"
    city_id: int
    programme: str
    occurred_on: dt.date
    age_band: str


def first_rows(scope: Scope) -> list[FirstRow]:
    """One query: per (indicator, subject) the earliest row (then the lowest id) in the scope."""
    ranked = (
        ledger_rows(scope)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("indicator"), F("person_id"), F("organisation_id")],
                order_by=[F("occurred_on").asc(), F("pk").asc()],
            )
        )
        .filter(rank=1)
        .values_list(
            "pk",
            "indicator",
            "person_id",
            "organisation_id",
            "city_id",
            "programme",
            "occurred_on",
            "person__date_of_birth",
        )
        .order_by()
    )
    found: list[FirstRow] = []
    for pk, indicator, person_id, organisation_id, city_id, programme, occurred_on, born in ranked:
        found.append(
            FirstRow(
                pk=pk,
                indicator=indicator,
                subject=f"p{person_id}" if person_id is not None else f"o{organisation_id}",
                city_id=city_id,
                programme=programme,
                occurred_on=occurred_on,
                age_band=age_band(born, occurred_on) if person_id is not None else "organisation",
            )
        )
    return found


@dataclass(frozen=True)
class Group:
    """How many subjects were first counted with these attributes (one row of `first_row_groups`)."""

    indicator: str
    programme: str
    city_id: int
    month: dt.date
    age_band: str
    count: int


def _age_band_sql(age: str) -> str:
    """disclosure.age_band as SQL over an expression of full years (the same bands, from AGE_BANDS)."""
    whens = [
        "WHEN t.person_id IS NULL THEN 'organisation'",
        f"WHEN t.born IS NULL OR t.born > t.occurred_on THEN '{UNKNOWN_AGE}'",
    ]
    for key, _low, high in AGE_BANDS:
        whens.append(f"WHEN {age} <= {high} THEN '{key}'" if high is not None else f"ELSE '{key}'")
    return "CASE " + " ".join(whens) + " END"


def first_row_groups(scope: Scope) -> list[Group]:
    """The same first rows as `first_rows`, counted by the database per (indicator, programme, city, month,
    age band): one query whose answer grows with the number of groups, not of rows (a test compares the
    two). Raw SQL because Django cannot aggregate over a window it filtered."""
    records = OutcomeRecord._meta.db_table
    people = Person._meta.db_table
    if connection.vendor == "postgresql":
        age = "CAST(EXTRACT(YEAR FROM AGE(t.occurred_on, t.born)) AS INTEGER)"
        month = "CAST(DATE_TRUNC('month', t.occurred_on) AS DATE)"
    else:
        age = (
            "(CAST(strftime('%%Y', t.occurred_on) AS INTEGER) - CAST(strftime('%%Y', t.born) AS INTEGER)"
            " - (strftime('%%m-%%d', t.occurred_on) < strftime('%%m-%%d', t.born)))"
        )
        month = "strftime('%%Y-%%m-01', t.occurred_on)"
    where: list[str] = []
    params: list[Any] = []
    if scope.city is not None:
        where.append("r.city_id = %s")
        params.append(scope.city.pk)
    if scope.starts_on is not None:
        where.append("r.occurred_on >= %s")
        params.append(scope.starts_on)
    if scope.ends_on is not None:
        where.append("r.occurred_on <= %s")
        params.append(scope.ends_on)
    sql = f"""
        SELECT t.indicator, t.programme, t.city_id, {month} AS month, {_age_band_sql(age)} AS band, COUNT(*)
        FROM (
            SELECT r.indicator, r.programme, r.city_id, r.occurred_on, r.person_id, p.date_of_birth AS born,
                   ROW_NUMBER() OVER (
                       PARTITION BY r.indicator, r.person_id, r.organisation_id ORDER BY r.occurred_on, r.id
                   ) AS rank
            FROM {records} r LEFT JOIN {people} p ON p.id = r.person_id
            {"WHERE " + " AND ".join(where) if where else ""}
        ) t
        WHERE t.rank = 1
        GROUP BY 1, 2, 3, 4, 5
    """  # noqa: S608 - table names from the models, values as parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    return [
        Group(
            indicator=indicator,
            programme=programme,
            city_id=city_id,
            month=month_value
            if isinstance(month_value, dt.date)
            else dt.date.fromisoformat(str(month_value)),
            age_band=band,
            count=count,
        )
        for indicator, programme, city_id, month_value, band, count in found
    ]


# --- Breakdowns --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreakdownRow:
    key: str
    label: str
    cell: Cell


@dataclass(frozen=True)
class Breakdown:
    """One table: the cells of a partition of the indicator's subjects, with small groups hidden."""

    key: str
    title: str
    rows: list[BreakdownRow]
    total: Cell

    @property
    def has_suppressed(self) -> bool:
        return any(row.cell.suppressed for row in self.rows) or self.total.suppressed

    @property
    def chart(self) -> dict[str, Any]:
        shown = [row for row in self.rows if not row.cell.suppressed]
        return {
            "labels": [row.label for row in shown],
            "datasets": [{"label": _("Distinct subjects"), "data": [row.cell.count for row in shown]}],
        }


def breakdown(key: str, title: str, counts: dict[str, int], labels: dict[str, str]) -> Breakdown:
    cells, total = _suppress(counts, threshold=SMALL_GROUP)
    return Breakdown(
        key=key,
        title=title,
        rows=[BreakdownRow(key=c.key, label=labels.get(c.key, c.key), cell=c) for c in cells],
        total=total,
    )


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    months: list[dt.date] = []
    day = first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


@dataclass(frozen=True)
class Series:
    """The cumulative monthly count, with withheld points as None (see disclosure.cumulative_points)."""

    months: list[dt.date]
    points: list[int | None]

    @property
    def chart(self) -> dict[str, Any]:
        return {
            "type": "line",
            "labels": [m.strftime("%Y-%m") for m in self.months],
            "datasets": [{"label": _("Cumulative total"), "data": self.points}],
        }

    @property
    def months_points(self) -> list[tuple[dt.date, int | None]]:
        return list(zip(self.months, self.points, strict=True))


@dataclass(frozen=True)
class IndicatorResult:
    key: str
    label: str
    unit: str  # "people" or "organisations"
    total: Cell
    target: int | None
    breakdowns: list[Breakdown] = field(default_factory=list)
    series: Series | None = None

    @property
    def recorded(self) -> bool:
        return self.total.count > 0

    @property
    def progress(self) -> Decimal | None:
        if not self.target or self.total.value is None:
            return None
        return (Decimal(100) * self.total.count / self.target).quantize(Decimal("1"), rounding=ROUND_HALF_UP)

    @property
    def progress_bar(self) -> int:
        return min(int(self.progress or 0), 100)

    def table(self, key: str) -> Breakdown | None:
        return next((b for b in self.breakdowns if b.key == key), None)


@dataclass(frozen=True)
class Results:
    scope: Scope
    indicators: list[IndicatorResult]
    computed_on: dt.date
    cities: list[City] = field(default_factory=list)

    def get(self, key: str) -> IndicatorResult | None:
        return next((r for r in self.indicators if r.key == key), None)


def _series(groups: list[Group], scope: Scope, today: dt.date) -> Series | None:
    if not groups:
        return None
    first = scope.starts_on or min(g.month for g in groups)
    last = min(scope.ends_on or today, today)
    last = max(last, max(g.month for g in groups))
    months = months_between(first, last)
    per_month: Counter[dt.date] = Counter()
    for g in groups:
        per_month[g.month] += g.count
    return Series(months=months, points=cumulative_points([per_month.get(m, 0) for m in months]))


def _targets(scope: Scope, period: ReportingPeriod | None) -> dict[str, int]:
    if period is None:
        return {}
    rows = Target.objects.filter(period=period)
    rows = rows.filter(city=scope.city) if scope.city is not None else rows.filter(city__isnull=True)
    return {t.indicator: t.value for t in rows}


def results(
    *,
    scope: Scope,
    period: ReportingPeriod | None = None,
    today: dt.date | None = None,
    with_series: bool = True,
) -> Results:
    """Every indicator of the ledger's list (those with no rows yet too), in three queries."""
    today = today or timezone.localdate()
    by_indicator: dict[str, list[Group]] = defaultdict(list)
    for group in first_row_groups(scope):
        by_indicator[group.indicator].append(group)
    targets = _targets(scope, period)
    cities = list(cities_public()) if scope.city is None else []
    city_names = {c.pk: c.name for c in cities}
    programme_labels = {str(value): str(label) for value, label in Programme.choices}
    age_keys = [key for key, _low, _high in AGE_BANDS] + [UNKNOWN_AGE]
    found: list[IndicatorResult] = []
    for value, label in Indicator.choices:
        rows = by_indicator.get(value, [])
        unit = "organisations" if value in ORGANISATION_INDICATORS else "people"
        programmes: Counter[str] = Counter()
        by_city: Counter[int] = Counter()
        ages: Counter[str] = Counter()
        for g in rows:
            programmes[g.programme] += g.count
            by_city[g.city_id] += g.count
            ages[g.age_band] += g.count
        subjects = sum(g.count for g in rows)
        tables = [
            breakdown(
                "programme",
                _("By programme"),
                {p: programmes[p] for p in sorted(programmes)},
                programme_labels,
            ),
        ]
        if scope.city is None:
            tables.append(
                breakdown(
                    "city",
                    _("By city"),
                    {str(pk): by_city[pk] for pk in sorted(by_city, key=lambda pk: city_names.get(pk, ""))},
                    {str(pk): name for pk, name in city_names.items()},
                )
            )
        if unit == "people" and rows:
            tables.append(
                breakdown(
                    "age",
                    _("By age band (on the date counted)"),
                    {k: ages[k] for k in age_keys if ages[k] or k != UNKNOWN_AGE},
                    {k: age_band_label(k) for k in age_keys},
                )
            )
        _cells, total = _suppress({"all": subjects}, threshold=SMALL_GROUP)
        found.append(
            IndicatorResult(
                key=value,
                label=str(label),
                unit=unit,
                total=total,
                target=targets.get(value),
                breakdowns=tables,
                series=_series(rows, scope, today) if with_series else None,
            )
        )
    return Results(scope=scope, indicators=found, computed_on=today, cities=cities)


# --- Periods -----------------------------------------------------------------------------------------


def periods() -> list[ReportingPeriod]:
    return list(ReportingPeriod.objects.order_by("starts_on", "slug"))


def default_period(found: Iterable[ReportingPeriod], today: dt.date | None = None) -> ReportingPeriod | None:
    """The period that holds today, else the latest one that has started, else the first."""
    today = today or timezone.localdate()
    found = list(found)
    for period in found:
        if period.starts_on <= today <= period.ends_on:
            return period
    started = [p for p in found if p.starts_on <= today]
    return (started[-1] if started else None) or (found[0] if found else None)


# --- Drill-down (staff) ------------------------------------------------------------------------------


def drill_rows(*, scope: Scope, indicator: str, limit: int = 500) -> tuple[list[OutcomeRecord], set[int]]:
    """The ledger rows behind one indicator in the scope, and which of them are first occurrences (the
    ones counted); people and source types are joined so that the page's queries stay fixed."""
    counted = {r.pk for r in first_rows(scope) if r.indicator == indicator}
    rows = list(
        ledger_rows(scope, indicator)
        .select_related("person", "organisation", "city", "source_type")
        .order_by("occurred_on", "pk")[:limit]
    )
    return rows, counted


# --- Frozen reports: fingerprints and comparison -----------------------------------------------------


def row_fingerprints(scope: Scope) -> dict[str, list[Any]]:
    """Every ledger row in the scope with what the figures depend on (no names: nothing personal)."""
    found: dict[str, list[Any]] = {}
    for pk, indicator, programme, city_id, occurred_on, person_id, organisation_id, born in (
        ledger_rows(scope)
        .values_list(
            "pk",
            "indicator",
            "programme",
            "city_id",
            "occurred_on",
            "person_id",
            "organisation_id",
            "person__date_of_birth",
        )
        .order_by("pk")
    ):
        subject = f"p{person_id}" if person_id is not None else f"o{organisation_id}"
        band = age_band(born, occurred_on) if person_id is not None else "organisation"
        found[str(pk)] = [indicator, programme, city_id, occurred_on.isoformat(), subject, band]
    return found


def content_hash(rows: dict[str, list[Any]]) -> str:
    canonical = json.dumps(rows, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def figures_of(found: Results) -> dict[str, Any]:
    """The unsuppressed counts of a computation, as JSON, for a frozen report (staff only)."""
    return {
        r.key: {
            "total": r.total.count,
            "target": r.target,
            **{b.key: {row.key: row.cell.count for row in b.rows} for b in r.breakdowns},
        }
        for r in found.indicators
    }


FIELD_NAMES = ("indicator", "programme", "city", "date", "subject", "age band")


@dataclass(frozen=True)
class RowChange:
    pk: str
    kind: str  # "added", "removed" (withdrawn), "moved-out" (now outside the scope), "changed", "anonymised"
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    agrees: bool
    hash_now: str
    figures_now: dict[str, Any]
    changed_figures: list[tuple[str, str, Any, Any]]  # (indicator, figure, then, now)
    rows: list[RowChange]


def _figure_changes(then: dict[str, Any], now: dict[str, Any]) -> list[tuple[str, str, Any, Any]]:
    changes: list[tuple[str, str, Any, Any]] = []
    for indicator in sorted(set(then) | set(now)):
        a, b = then.get(indicator, {}), now.get(indicator, {})
        for name in sorted(set(a) | set(b)):
            if name == "target":
                continue
            if a.get(name) != b.get(name):
                changes.append((indicator, name, a.get(name), b.get(name)))
    return changes


def report_scope(report: FrozenReport) -> Scope:
    return Scope(city=report.city, starts_on=report.starts_on, ends_on=report.ends_on)


def report_compare(report: FrozenReport, *, today: dt.date | None = None) -> Comparison:
    """Recompute a frozen report from today's ledger and say exactly what moved since it was frozen."""
    scope = report_scope(report)
    rows_now = row_fingerprints(scope)
    hash_now = content_hash(rows_now)
    figures_now = figures_of(results(scope=scope, today=today, with_series=False))
    then_rows: dict[str, list[Any]] = report.rows
    changes: list[RowChange] = []
    for pk in sorted(set(then_rows) | set(rows_now), key=int):
        before, after = then_rows.get(pk), rows_now.get(pk)
        if before is None:
            changes.append(RowChange(pk=pk, kind="added"))
        elif after is None:
            changes.append(RowChange(pk=pk, kind="removed"))
        elif list(before) != list(after):
            fields = tuple(n for n, x, y in zip(FIELD_NAMES, before, after, strict=True) if x != y)
            kind = "anonymised" if fields == ("age band",) and after[5] == UNKNOWN_AGE else "changed"
            changes.append(RowChange(pk=pk, kind=kind, fields=fields))
    gone = [int(c.pk) for c in changes if c.kind == "removed"]
    if gone:
        # A row that still exists was corrected out of the report's dates or city, not withdrawn.
        still = {str(pk) for pk in OutcomeRecord.objects.filter(pk__in=gone).values_list("pk", flat=True)}
        changes = [RowChange(pk=c.pk, kind="moved-out") if c.pk in still else c for c in changes]
    then_figures = {k: {n: v for n, v in f.items() if n != "target"} for k, f in report.figures.items()}
    now_figures = {k: {n: v for n, v in f.items() if n != "target"} for k, f in figures_now.items()}
    return Comparison(
        agrees=hash_now == report.content_hash and then_figures == now_figures,
        hash_now=hash_now,
        figures_now=figures_now,
        changed_figures=_figure_changes(then_figures, now_figures),
        rows=changes,
    )


def frozen_reports_for(city: City) -> QuerySet[FrozenReport]:
    return FrozenReport.objects.filter(city=city).select_related("created_by", "city")
