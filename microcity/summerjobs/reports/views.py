"""The coordinator's reports on the managed season: the dashboard and the equity report, as pages (tables,
with bar charts drawn from the same figures when JavaScript runs) and as one CSV file per table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from microcity.core import exports
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.models import AuditAction, City
from microcity.core.services import audit_log
from microcity.summerjobs import permissions
from microcity.summerjobs.models import Season
from microcity.summerjobs.reports import selectors
from microcity.summerjobs.reports.selectors import SMALL_GROUP, RateTable
from microcity.summerjobs.seasons.views import require_managed_season


def _season(request: HttpRequest, city: City) -> Season:
    season = require_managed_season(request, city)
    if not permissions.can_view_season_reports(request.user, season):
        raise PermissionDenied
    return season


def _number(value: Decimal | None) -> Decimal | None:
    """A rate with one decimal, as a number: the CSV writer gives it the decimal comma."""
    return None if value is None else Decimal(value).quantize(Decimal("0.1"))


def _csv(rows: Iterable[Sequence[Any]], filename: str) -> HttpResponse:
    return exports.csv_response(rows, filename=filename)


def _audit_export(request: HttpRequest, season: Season, report: str, table: str) -> None:
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=season,
        city=season.city,
        address=client_address(request),
        details={"format": "csv", "report": report, "table": table},
    )


def _rate_rows(table: RateTable) -> list[list[Any]]:
    """A rate table as CSV rows, with small groups hidden exactly as on the page."""
    hidden = _("fewer than %(n)s") % {"n": SMALL_GROUP}
    head = [
        _("Group"),
        _("Submitted applicants"),
        _("With any offer"),
        _("With any offer (%)"),
        _("With an accepted place"),
        _("With an accepted place (%)"),
    ]
    body: list[list[Any]] = []
    for row in [*table.rows, table.total]:
        if row.suppressed:
            body.append([row.label, hidden, "", "", "", ""])
        else:
            body.append(
                [
                    row.label,
                    row.applicants,
                    row.offered,
                    _number(row.offered_rate),
                    row.accepted,
                    _number(row.accepted_rate),
                ]
            )
    return [head, *body]


# --- The dashboard --------------------------------------------------------------------------------


@login_required
@with_city
def dashboard(request: HttpRequest, city: City) -> HttpResponse:
    season = _season(request, city)
    return render(
        request,
        "summerjobs/reports/dashboard.html",
        {
            "city": city,
            "season": season,
            "data": selectors.season_dashboard(season=season),
            "small": SMALL_GROUP,
        },
    )


DASHBOARD_TABLES = ("applications", "placements", "offers", "professions", "priority-group")


@login_required
@with_city
def dashboard_csv(request: HttpRequest, city: City, table: str) -> HttpResponse:
    season = _season(request, city)
    if table not in DASHBOARD_TABLES:
        raise Http404
    data = selectors.season_dashboard(season=season)
    rows: list[list[Any]]
    if table in {"applications", "placements", "offers"}:
        rows = [[_("Status"), _("Count")], *[[r.label, r.count] for r in getattr(data, table)]]
    elif table == "professions":
        rows = [
            [
                _("Profession group (ISCO-08)"),
                _("Placements"),
                _("Places"),
                _("Offers"),
                _("Accepted"),
                _("Declined"),
                _("Expired"),
                _("Fill rate (%)"),
            ],
            *[
                [
                    r.label,
                    r.placements,
                    r.places,
                    r.offered,
                    r.accepted,
                    r.declined,
                    r.expired,
                    _number(r.fill_rate),
                ]
                for r in data.professions
            ],
            [_("Total"), "", data.places, data.offers_total, data.accepted, "", "", _number(data.fill_rate)],
        ]
    else:
        rows = _rate_rows(data.priority_groups)
    _audit_export(request, season, "dashboard", table)
    return _csv(rows, f"summer-jobs-{city.slug}-{season.year}-dashboard-{table}.csv")


# --- The equity report --------------------------------------------------------------------------------


@login_required
@with_city
def equity(request: HttpRequest, city: City) -> HttpResponse:
    season = _season(request, city)
    return render(
        request,
        "summerjobs/reports/equity.html",
        {
            "city": city,
            "season": season,
            "tables": selectors.equity_report(season=season),
            "small": SMALL_GROUP,
        },
    )


@login_required
@with_city
def equity_csv(request: HttpRequest, city: City, table: str) -> HttpResponse:
    season = _season(request, city)
    found = {t.key: t for t in selectors.equity_report(season=season)}.get(table)
    if found is None:
        raise Http404
    _audit_export(request, season, "equity", table)
    return _csv(_rate_rows(found), f"summer-jobs-{city.slug}-{season.year}-equity-{table}.csv")
