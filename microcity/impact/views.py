"""Pages of the results app: the public results (all cities and per city), the methodology, the CSV of every
table and the open data; for a city's coordinators and administrators the targets, the drill-down from a
number to its ledger rows, and frozen reports with their comparison, PDF and XLSX."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from microcity.core import exports
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.links import absolute_url
from microcity.core.models import AuditAction, City, Indicator
from microcity.core.pagecache import cache_public_page
from microcity.core.services import audit_log
from microcity.disclosure import SMALL_GROUP
from microcity.impact import opendata, permissions, reports, selectors, services
from microcity.impact.apps import LEDGER_GENERATION
from microcity.impact.forms import FreezeForm, TargetsForm
from microcity.impact.models import FrozenReport, ReportingPeriod

PUBLIC_GENERATIONS = ("site", LEDGER_GENERATION)


def _period(request: HttpRequest) -> tuple[list[ReportingPeriod], ReportingPeriod | None]:
    """The period asked for (`?period=<slug>`, or "all" for every date), else the default one."""
    found = selectors.periods()
    asked = request.GET.get("period", "")[:40]
    if asked == "all":
        return found, None
    chosen = next((p for p in found if p.slug == asked), None)
    return found, chosen or selectors.default_period(found)


def _results_page(request: HttpRequest, city: City | None) -> HttpResponse:
    found_periods, period = _period(request)
    found = selectors.results(scope=selectors.Scope.for_period(city, period), period=period)
    return render(
        request,
        "impact/results.html",
        {
            "city": city,
            "periods": found_periods,
            "period": period,
            "results": found,
            "small": SMALL_GROUP,
            "can_manage": city is not None and permissions.can_manage_results(request.user, city),
        },
    )


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
def results(request: HttpRequest) -> HttpResponse:
    return _results_page(request, None)


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
@with_city
def city_results(request: HttpRequest, city: City) -> HttpResponse:
    return _results_page(request, city)


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
def methodology(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "impact/methodology.html",
        {
            "indicators": Indicator.choices,
            "organisations": selectors.ORGANISATION_INDICATORS,
            "small": SMALL_GROUP,
        },
    )


TABLES = ("programme", "city", "age", "month")


def _table_csv(request: HttpRequest, city: City | None, indicator: str, table: str) -> HttpResponse:
    if indicator not in Indicator.values or table not in TABLES:
        raise Http404
    _periods, period = _period(request)
    found = selectors.results(scope=selectors.Scope.for_period(city, period), period=period)
    result = found.get(indicator)
    assert result is not None
    hidden = _("fewer than %(n)s") % {"n": SMALL_GROUP}
    rows: list[list[Any]]
    if table == "month":
        if result.series is None:
            rows = [[_("Month"), _("Cumulative total")]]
        else:
            rows = [
                [_("Month"), _("Cumulative total")],
                *[
                    [m.strftime("%Y-%m"), _("withheld") if p is None else p]
                    for m, p in zip(result.series.months, result.series.points, strict=True)
                ],
            ]
    else:
        breakdown = result.table(table)
        if breakdown is None:
            raise Http404
        rows = [
            [breakdown.title, _("Distinct subjects")],
            *[[row.label, hidden if row.cell.suppressed else row.cell.count] for row in breakdown.rows],
            [_("Total"), hidden if breakdown.total.suppressed else breakdown.total.count],
        ]
    scope = city.slug if city is not None else "all-cities"
    period_slug = period.slug if period is not None else "all"
    return exports.csv_response(rows, filename=f"results-{scope}-{period_slug}-{indicator}-{table}.csv")


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
def results_csv(request: HttpRequest, indicator: str, table: str) -> HttpResponse:
    return _table_csv(request, None, indicator, table)


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
@with_city
def city_results_csv(request: HttpRequest, city: City, indicator: str, table: str) -> HttpResponse:
    return _table_csv(request, city, indicator, table)


# --- Open data -------------------------------------------------------------------------------------


def _open_data_base(request: HttpRequest, city: City) -> str:
    return absolute_url("impact:open_data", city=city.slug)


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
@with_city
def open_data(request: HttpRequest, city: City) -> HttpResponse:
    return render(
        request,
        "impact/open_data.html",
        {"city": city, "datasets": opendata.datasets(), "licence": opendata.LICENCE, "small": SMALL_GROUP},
    )


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
@with_city
def open_data_csv(request: HttpRequest, city: City, dataset: str) -> HttpResponse:
    ds = opendata.dataset(dataset)
    if ds is None:
        raise Http404
    content = opendata.csv_content(ds, opendata.city_results(city))
    return exports.download(
        content, filename=f"{city.slug}-{ds.name}.csv", content_type=exports.CSV_CONTENT_TYPE
    )


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
@with_city
def open_data_package(request: HttpRequest, city: City) -> HttpResponse:
    descriptor = opendata.package_descriptor(
        city, base_url=_open_data_base(request, city), language=translation.get_language() or "lv"
    )
    return HttpResponse(exports.json_bytes(descriptor), content_type=exports.JSON_CONTENT_TYPE)


@cache_public_page(depends_on=PUBLIC_GENERATIONS)
@with_city
def open_data_catalogue(request: HttpRequest, city: City) -> HttpResponse:
    entry = opendata.dcat_catalogue(
        city,
        base_url=_open_data_base(request, city),
        language=translation.get_language() or "lv",
        modified=timezone.localdate(),
    )
    return HttpResponse(exports.json_bytes(entry), content_type="application/ld+json")


# --- Staff: targets, drill-down, frozen reports -------------------------------------------------------


def _require_manager(request: HttpRequest, city: City) -> None:
    if not permissions.can_manage_results(request.user, city):
        raise PermissionDenied


@login_required
@with_city
def manage(request: HttpRequest, city: City) -> HttpResponse:
    _require_manager(request, city)
    found_periods, period = _period(request)
    found = selectors.results(
        scope=selectors.Scope.for_period(city, period), period=period, with_series=False
    )
    return render(
        request,
        "impact/manage.html",
        {
            "city": city,
            "periods": found_periods,
            "period": period,
            "results": found,
            "reports": list(selectors.frozen_reports_for(city)[:50]),
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def targets(request: HttpRequest, city: City, period: str) -> HttpResponse:
    _require_manager(request, city)
    chosen = get_object_or_404(ReportingPeriod, slug=period)
    current = {t.indicator: t.value for t in chosen.targets.filter(city=city)}
    form = TargetsForm(request.POST or None, initial_values=current)
    if request.method == "POST" and form.is_valid():
        for indicator, value in form.values().items():
            services.target_set(period=chosen, city=city, indicator=indicator, value=value, by=request.user)
        messages.success(request, _("The targets are saved."))
        return redirect(f"{_manage_url(city)}?period={chosen.slug}")
    return render(request, "impact/targets.html", {"city": city, "period": chosen, "form": form})


def _manage_url(city: City) -> str:
    from django.urls import reverse

    return reverse("impact:manage", kwargs={"city": city.slug})


@login_required
@with_city
def drill(request: HttpRequest, city: City, indicator: str) -> HttpResponse:
    _require_manager(request, city)
    if indicator not in Indicator.values:
        raise Http404
    _periods, period = _period(request)
    scope = selectors.Scope.for_period(city, period)
    rows, counted = selectors.drill_rows(scope=scope, indicator=indicator)
    audit_log(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=city,
        city=city,
        address=client_address(request),
        details={"page": "results-rows", "indicator": indicator, "rows": len(rows)},
    )
    return render(
        request,
        "impact/drill.html",
        {
            "city": city,
            "period": period,
            "indicator": indicator,
            "indicator_label": Indicator(indicator).label,
            "rows": rows,
            "counted": counted,
            "counted_total": len(counted),
        },
    )


@login_required
@with_city
def row_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """One ledger row and the record it came from, as far as the ledger names it."""
    _require_manager(request, city)
    row = get_object_or_404(
        selectors.ledger_rows(selectors.Scope(city=city)).select_related(
            "person", "organisation", "source_type"
        ),
        pk=pk,
    )
    audit_log(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=row,
        person=row.person,
        city=city,
        address=client_address(request),
        details={"page": "results-row"},
    )
    source = row.source  # None when the source record no longer exists
    model = row.source_type.model_class()
    return render(
        request,
        "impact/row.html",
        {
            "city": city,
            "row": row,
            "source": source,
            "source_kind": model._meta.verbose_name if model is not None else "",
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def freeze(request: HttpRequest, city: City) -> HttpResponse:
    _require_manager(request, city)
    found_periods, period = _period(request)
    initial = {}
    if period is not None:
        initial = {"title": period.name, "starts_on": period.starts_on, "ends_on": period.ends_on}
    form = FreezeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        report = services.report_freeze(
            city=city,
            title=form.cleaned_data["title"],
            starts_on=form.cleaned_data["starts_on"],
            ends_on=form.cleaned_data["ends_on"],
            by=request.user,
        )
        messages.success(request, _("The report is frozen."))
        return redirect("impact:report", city=city.slug, pk=report.pk)
    return render(request, "impact/freeze.html", {"city": city, "form": form, "periods": found_periods})


def _report(request: HttpRequest, city: City, pk: int) -> FrozenReport:
    _require_manager(request, city)
    return get_object_or_404(selectors.frozen_reports_for(city), pk=pk)


@login_required
@with_city
def report(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    frozen = _report(request, city, pk)
    comparison = selectors.report_compare(frozen)
    return render(
        request,
        "impact/report.html",
        {
            "city": city,
            "report": frozen,
            "comparison": comparison,
            "table": reports.figure_rows(frozen.figures),
            "small": SMALL_GROUP,
        },
    )


@login_required
@with_city
def report_pdf(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    frozen = _report(request, city, pk)
    language = translation.get_language() or "lv"
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=frozen,
        city=city,
        address=client_address(request),
        details={"format": "pdf"},
    )
    return exports.download(
        reports.report_pdf(frozen, language=language),
        filename=f"results-{city.slug}-report-{frozen.pk}-{language}.pdf",
        content_type="application/pdf",
    )


@login_required
@with_city
def report_xlsx(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    frozen = _report(request, city, pk)
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=frozen,
        city=city,
        address=client_address(request),
        details={"format": "xlsx"},
    )
    language = translation.get_language() or "lv"
    return exports.xlsx_response(
        reports.report_xlsx(frozen), filename=f"results-{city.slug}-report-{frozen.pk}-{language}.xlsx"
    )
