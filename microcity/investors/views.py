"""Pages of investor attraction: the public offer and inquiry; for the city's investment managers the
pipeline board, the lead list with filters, lead pages with their timeline, info packs, the hiring plan,
the report and the exports. Every opening of a lead is written to the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from microcity.accounts.http import acting_user
from microcity.core import exports, throttle
from microcity.core.decorators import with_city
from microcity.core.http import client_address, id_param
from microcity.core.models import AuditAction, City
from microcity.core.refusals import refusal_as_form_error, refusal_as_message
from microcity.core.services import audit_log
from microcity.investors import permissions, selectors, services
from microcity.investors.forms import (
    ActivityForm,
    FilterForm,
    HiringLineForm,
    IncentiveForm,
    InfoPackForm,
    InquiryForm,
    LeadForm,
    SiteForm,
    StageForm,
)
from microcity.investors.models import Activity, Incentive, Lead, Site, Stage

RETENTION_YEARS = services.RETENTION_DAYS // 365
PER_PAGE = 50


def _manager_only(request: HttpRequest, city: City) -> None:
    if not permissions.can_work_leads(request.user, city):
        raise PermissionDenied


# --- Public -------------------------------------------------------------------------------------------


@with_city
@require_http_methods(["GET"])
def offer(request: HttpRequest, city: City) -> HttpResponse:
    """The city's investment offer: sites and premises, incentives and live "why here" figures."""
    return render(
        request,
        "investors/offer.html",
        {
            "city": city,
            "sites": list(selectors.published_sites(city=city)),
            "incentives": list(selectors.published_incentives(city=city)),
            "figures": selectors.city_figures(city=city),
            "can_manage": permissions.can_manage_offer(request.user, city),
        },
    )


@with_city
@require_http_methods(["GET", "POST"])
def inquiry(request: HttpRequest, city: City) -> HttpResponse:
    form = InquiryForm(request.POST or None, retention_years=RETENTION_YEARS)
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            # Told nothing a robot could learn from: the same thanks page, and nothing is kept.
            return redirect("investors:inquiry_thanks", city=city.slug)
        if not throttle.allow(f"investors-inquiry:{client_address(request)}", limit=5, seconds=3600):
            messages.error(request, _("Too many requests from your address. Please try again later."))
            return redirect("investors:inquiry", city=city.slug)
        data = {
            key: value
            for key, value in form.cleaned_data.items()
            if key not in {"consent", "website", "started"}
        }
        services.inquiry_submit(city=city, data=data, language=(translation.get_language() or "lv")[:2])
        return redirect("investors:inquiry_thanks", city=city.slug)
    return render(
        request, "investors/inquiry.html", {"city": city, "form": form, "retention_years": RETENTION_YEARS}
    )


@with_city
@require_http_methods(["GET"])
def inquiry_thanks(request: HttpRequest, city: City) -> HttpResponse:
    return render(request, "investors/inquiry_thanks.html", {"city": city})


# --- The pipeline ---------------------------------------------------------------------------------------


@login_required
@with_city
@require_http_methods(["GET"])
def board(request: HttpRequest, city: City) -> HttpResponse:
    _manager_only(request, city)
    return render(
        request,
        "investors/board.html",
        {
            "city": city,
            "columns": selectors.board(user=request.user, city=city),
            "lead_prefix": _lead_prefix(city),
        },
    )


def _lead_prefix(city: City) -> str:
    """Lead links are the board's address plus the lead's number: one reverse() instead of one per row."""
    return reverse("investors:board", kwargs={"city": city.slug})


def _filters(form: FilterForm) -> selectors.LeadFilters:
    if not form.is_valid():
        return selectors.LeadFilters()
    data = form.cleaned_data
    return selectors.LeadFilters(
        stage=data.get("stage") or "",
        sector=data.get("sector") or "",
        country=data.get("country") or "",
        manager=data["manager"].pk if data.get("manager") else None,
        query=data.get("q") or "",
        overdue=bool(data.get("overdue")),
    )


@login_required
@with_city
@require_http_methods(["GET"])
def leads(request: HttpRequest, city: City) -> HttpResponse:
    _manager_only(request, city)
    form = FilterForm(request.GET or None, city=city)
    filters = _filters(form)
    page = Paginator(selectors.lead_list(user=request.user, city=city, filters=filters), PER_PAGE).get_page(
        request.GET.get("page")
    )
    params = request.GET.copy()
    params.pop("page", None)
    selected = sum(
        1
        for value in (
            filters.stage,
            filters.sector,
            filters.country,
            filters.manager,
            filters.query,
            filters.overdue,
        )
        if value
    )
    return render(
        request,
        "investors/leads.html",
        {
            "city": city,
            "form": form,
            "page": page,
            "querystring": params.urlencode(),
            "selected": selected,
            "lead_prefix": _lead_prefix(city),
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def lead_new(request: HttpRequest, city: City) -> HttpResponse:
    _manager_only(request, city)
    form = LeadForm(request.POST or None, city=city)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in LeadForm.Meta.fields}
        with refusal_as_form_error(form):
            lead = services.lead_create(
                city=city, data=data, by=acting_user(request), address=client_address(request)
            )
            messages.success(request, _("The lead is saved."))
            return redirect("investors:lead", city=city.slug, pk=lead.pk)
    return render(request, "investors/lead_edit.html", {"city": city, "form": form, "lead": None})


def _lead(request: HttpRequest, city: City, pk: int) -> Lead:
    try:
        return selectors.lead_detail(user=request.user, city=city, pk=pk)
    except Lead.DoesNotExist as exc:
        raise Http404 from exc


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def lead_edit(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _manager_only(request, city)
    lead = _lead(request, city, pk)
    form = LeadForm(request.POST or None, instance=lead, city=city)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in LeadForm.Meta.fields}
        with refusal_as_form_error(form):
            services.lead_update(
                lead=Lead.objects.get(pk=lead.pk),
                data=data,
                by=acting_user(request),
                address=client_address(request),
            )
            messages.success(request, _("The lead is saved."))
            return redirect("investors:lead", city=city.slug, pk=lead.pk)
    return render(request, "investors/lead_edit.html", {"city": city, "form": form, "lead": lead})


# The actions of the lead page: each may replace a form in `forms` (to show it again with its errors) and
# returns where to go next, or None to show the page again.
LeadAction = Callable[[HttpRequest, City, Lead, dict[str, Any]], HttpResponse | None]


def _back_to(lead: Lead) -> HttpResponse:
    return redirect("investors:lead", city=lead.city.slug, pk=lead.pk)


def _add_activity(request: HttpRequest, city: City, lead: Lead, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["activity_form"] = ActivityForm(request.POST)
    if not form.is_valid():
        return None
    services.activity_add(lead=lead, by=acting_user(request), **form.cleaned_data)
    return _back_to(lead)


def _activity_done(
    request: HttpRequest, city: City, lead: Lead, forms: dict[str, Any]
) -> HttpResponse | None:
    activity = get_object_or_404(Activity, pk=id_param(request.POST.get("activity")), lead=lead)
    services.activity_done(activity=activity, by=acting_user(request))
    return _back_to(lead)


def _move(request: HttpRequest, city: City, lead: Lead, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["stage_form"] = StageForm(request.POST, targets=services.LEADS.targets(lead.stage))
    if not form.is_valid():
        return None
    data = form.cleaned_data
    services.lead_transition(
        lead=lead,
        to=data["stage"],
        by=acting_user(request),
        lost_reason=data.get("lost_reason") or "",
        note=data.get("note") or "",
        on=data.get("decided_on"),
        address=client_address(request),
    )
    messages.success(request, _("The lead is moved on."))
    return _back_to(lead)


def _info_pack(request: HttpRequest, city: City, lead: Lead, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["pack_form"] = InfoPackForm(request.POST, lead=lead)
    if not form.is_valid():
        return None
    data = form.cleaned_data
    pack = services.info_pack_make(
        lead=lead,
        by=acting_user(request),
        language=data["language"],
        sites=list(data["sites"]),
        incentives=list(data["incentives"]),
        message=data["message"],
        send=data["send"],
        address=client_address(request),
    )
    messages.success(
        request,
        _("The info pack is sent by e-mail with its PDF.") if data["send"] else _("The info pack is made."),
    )
    return redirect("investors:lead", city=city.slug, pk=pack.lead_id)


def _hiring_line(request: HttpRequest, city: City, lead: Lead, forms: dict[str, Any]) -> HttpResponse | None:
    form = forms["hiring_form"] = HiringLineForm(request.POST)
    if not form.is_valid():
        return None
    services.hiring_line_add(lead=lead, by=acting_user(request), **form.cleaned_data)
    return _back_to(lead)


def _hand_over(request: HttpRequest, city: City, lead: Lead, forms: dict[str, Any]) -> HttpResponse | None:
    made = services.hiring_plan_hand_over(lead=lead, by=acting_user(request), address=client_address(request))
    messages.success(request, _("Draft job posts made: %(n)s.") % {"n": made})
    return _back_to(lead)


LEAD_ACTIONS: dict[str, LeadAction] = {
    "activity": _add_activity,
    "activity_done": _activity_done,
    "stage": _move,
    "info_pack": _info_pack,
    "hiring_line": _hiring_line,
    "hand_over": _hand_over,
}


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def lead_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    _manager_only(request, city)
    lead = _lead(request, city, pk)
    forms: dict[str, Any] = {
        "activity_form": ActivityForm(),
        "stage_form": StageForm(targets=services.LEADS.targets(lead.stage)),
        "pack_form": InfoPackForm(lead=lead),
        "hiring_form": HiringLineForm(),
    }
    if request.method == "POST":
        act = LEAD_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise PermissionDenied
        with refusal_as_message(request):
            response = act(request, city, lead, forms)
            if response is not None:
                return response
    else:
        services.lead_viewed(lead=lead, by=acting_user(request), address=client_address(request))
    today = timezone.localdate()
    context = {
        "city": city,
        "lead": lead,
        "timeline": selectors.timeline(lead=lead),
        "packs": list(lead.info_packs.all()),
        "hiring_plan": list(lead.hiring_plan.select_related("occupation")),
        "today": today,
        "can_hire": lead.stage in (Stage.WON, Stage.AFTERCARE, Stage.NEGOTIATION),
        "is_won": lead.stage in (Stage.WON, Stage.AFTERCARE),
        **forms,
    }
    return render(request, "investors/lead.html", context)


@login_required
@with_city
@require_http_methods(["GET"])
def info_pack_pdf(request: HttpRequest, city: City, pk: int, pack_pk: int) -> HttpResponse:
    _manager_only(request, city)
    lead = _lead(request, city, pk)
    pack = get_object_or_404(lead.info_packs.select_related("lead__city"), pk=pack_pk)
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=lead,
        city=city,
        address=client_address(request),
        details={"info_pack": pack.pk},
    )
    return exports.download(
        services.info_pack_pdf(pack=pack),
        filename=f"invest-{city.slug}-{pack.pk}-{pack.language}.pdf",
        content_type="application/pdf",
    )


# --- Report and exports ---------------------------------------------------------------------------------


@login_required
@with_city
@require_http_methods(["GET"])
def report(request: HttpRequest, city: City) -> HttpResponse:
    _manager_only(request, city)
    data = selectors.report(user=request.user, city=city)
    top = max((row["count"] for row in data["funnel"]), default=0) or 1
    for row in data["funnel"]:
        row["width"] = round(100 * row["count"] / top)
    return render(
        request,
        "investors/report.html",
        {"city": city, "data": data, "needs": selectors.open_hiring_needs(city)},
    )


def export_rows(leads: Any) -> list[list[Any]]:
    header = [
        _("Lead"),
        _("Created"),
        _("Company"),
        _("Country"),
        _("Sector"),
        _("Company size"),
        _("Source"),
        _("Stage"),
        _("Reason lost"),
        _("Investment manager"),
        _("Contact person"),
        _("E-mail"),
        _("Phone"),
        _("Planned jobs"),
        _("Planned capital (EUR)"),
        _("Actual jobs"),
        _("Actual capital (EUR)"),
        _("Decided on"),
    ]
    rows: list[list[Any]] = [[str(h) for h in header]]
    for lead in leads:
        rows.append(
            [
                lead.pk,
                timezone.localdate(lead.created_at),
                lead.company,
                lead.get_country_display(),
                lead.get_sector_display(),
                lead.get_size_display() if lead.size else "",
                lead.get_source_display(),
                lead.get_stage_display(),
                lead.get_lost_reason_display() if lead.lost_reason else "",
                lead.manager.email if lead.manager else "",
                lead.contact_name,
                lead.contact_email,
                lead.contact_phone,
                lead.planned_jobs,
                lead.planned_capital_eur,
                lead.actual_jobs,
                lead.actual_capital_eur,
                lead.decided_on,
            ]
        )
    return rows


@login_required
@with_city
@require_http_methods(["GET"])
def export(request: HttpRequest, city: City, fmt: str) -> HttpResponse:
    _manager_only(request, city)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    form = FilterForm(request.GET or None, city=city)
    leads = selectors.lead_list(user=request.user, city=city, filters=_filters(form))
    rows = export_rows(leads.iterator(chunk_size=1000))
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=city,
        city=city,
        address=client_address(request),
        details={"format": fmt, "rows": len(rows) - 1, "what": "investor leads"},
    )
    filename = f"investor-leads-{city.slug}-{dt.date.today().isoformat()}.{fmt}"
    if fmt == "csv":
        return exports.csv_response(rows, filename=filename)
    content = exports.xlsx_bytes(
        title="leads",
        header=rows[0],
        rows=rows[1:],
        filters=True,
        number_formats=[None] * 13 + ["0", "#,##0.00", "0", "#,##0.00"],
    )
    return exports.xlsx_response(content, filename=filename)


# --- The offer --------------------------------------------------------------------------------------------


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def site_edit(request: HttpRequest, city: City, pk: int | None = None) -> HttpResponse:
    _manager_only(request, city)
    site = get_object_or_404(Site, pk=pk, city=city) if pk else None
    form = SiteForm(request.POST or None, instance=site)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in SiteForm.Meta.fields}
        with refusal_as_form_error(form):
            services.site_save(
                city=city,
                by=acting_user(request),
                data=data,
                site=Site.objects.get(pk=site.pk) if site else None,
            )
            messages.success(request, _("The site is saved."))
            return redirect("investors:offer", city=city.slug)
    return render(
        request, "investors/offer_edit.html", {"city": city, "form": form, "thing": site, "kind": "site"}
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def incentive_edit(request: HttpRequest, city: City, pk: int | None = None) -> HttpResponse:
    _manager_only(request, city)
    incentive = get_object_or_404(Incentive, pk=pk, city=city) if pk else None
    form = IncentiveForm(request.POST or None, instance=incentive)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in IncentiveForm.Meta.fields}
        with refusal_as_form_error(form):
            services.incentive_save(
                city=city,
                by=acting_user(request),
                data=data,
                incentive=Incentive.objects.get(pk=incentive.pk) if incentive else None,
            )
            messages.success(request, _("The incentive is saved."))
            return redirect("investors:offer", city=city.slug)
    return render(
        request,
        "investors/offer_edit.html",
        {"city": city, "form": form, "thing": incentive, "kind": "incentive"},
    )
