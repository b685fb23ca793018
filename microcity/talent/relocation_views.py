"""Pages of the relocation contact point: the public inquiry, the person's own view, the staff board,
case pages with timeline and personal offer, the funnel and the exports. Every staff view of a case is
written to the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from microcity.core import exports, throttle
from microcity.core.decorators import with_city
from microcity.core.http import client_address, id_param
from microcity.core.models import AuditAction, City
from microcity.core.services import audit_log
from microcity.talent import permissions, relocation, selectors
from microcity.talent.forms import (
    CaseAssignForm,
    CaseEventForm,
    CaseStageForm,
    FunnelForm,
    InquiryForm,
    OfferForm,
)
from microcity.talent.models import CaseEvent, CaseStage, RelocationCase

RETENTION_YEARS = relocation.RETENTION_DAYS // 365


@with_city
@require_http_methods(["GET", "POST"])
def inquiry(request: HttpRequest, city: City) -> HttpResponse:
    initial = {}
    if request.user.is_authenticated:
        initial = {
            "first_name": request.user.first_name,
            "last_name": request.user.last_name,
            "email": request.user.email,
        }
    form = InquiryForm(request.POST or None, initial=initial, retention_years=RETENTION_YEARS)
    if request.method == "POST" and form.is_valid():
        if not throttle.allow(f"inquiry:{client_address(request)}", limit=10, seconds=3600):
            messages.error(request, _("Too many requests from your address. Please try again later."))
            return redirect("talent:relocate", city=city.slug)
        relocation.inquiry_submit(
            city=city,
            data=form.cleaned_data,
            language=(translation.get_language() or "lv")[:2],
            user=request.user,
        )
        return redirect("talent:relocate_thanks", city=city.slug)
    return render(
        request, "talent/relocate.html", {"city": city, "form": form, "retention_years": RETENTION_YEARS}
    )


@with_city
def inquiry_thanks(request: HttpRequest, city: City) -> HttpResponse:
    return render(request, "talent/relocate_thanks.html", {"city": city})


@login_required
def my_relocation(request: HttpRequest) -> HttpResponse:
    return render(
        request, "talent/my_relocation.html", {"cases": list(selectors.cases_of_person(user=request.user))}
    )


@login_required
@with_city
def case_board(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_work_cases(request.user, city):
        raise PermissionDenied
    # Case links are the board's address plus the case number (one reverse() instead of one per card).
    context: dict[str, Any] = {
        "city": city,
        "can_manage": permissions.can_manage_cases(request.user, city),
        "case_prefix": reverse("talent:case_board", kwargs={"city": city.slug}),
    }
    stage = request.GET.get("stage", "")
    if stage:
        if stage not in CaseStage.values:
            raise Http404
        try:
            page = int(request.GET.get("page", "1"))
        except ValueError:
            page = 1
        context["stage"] = CaseStage(stage)
        context["page_obj"] = selectors.cases_in_stage(user=request.user, city=city, stage=stage, page=page)
        return render(request, "talent/case_stage.html", context)
    context.update(selectors.case_board(user=request.user, city=city))
    return render(request, "talent/case_board.html", context)


def _case(request: HttpRequest, city: City, pk: int) -> RelocationCase:
    case = get_object_or_404(selectors.cases_visible_to(user=request.user, city=city), pk=pk)
    if not permissions.can_view_case(request.user, case):
        raise PermissionDenied
    return case


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def case_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    if not permissions.can_work_cases(request.user, city):
        raise PermissionDenied
    case = _case(request, city, pk)
    address = client_address(request)
    event_form = CaseEventForm()
    stage_form = CaseStageForm(case=case)
    jobs = selectors.open_jobs(city=city).select_related("organisation").order_by("title")
    offer_form = OfferForm(jobs=jobs)
    assign_form = CaseAssignForm(city=city) if permissions.can_manage_cases(request.user, city) else None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "event":
                event_form = CaseEventForm(request.POST)
                if event_form.is_valid():
                    relocation.case_event_add(case=case, by=request.user, **event_form.cleaned_data)
                    return redirect("talent:case", city=city.slug, pk=case.pk)
            elif action == "stage":
                stage_form = CaseStageForm(request.POST, case=case)
                if stage_form.is_valid():
                    data = stage_form.cleaned_data
                    relocation.case_transition(
                        case=case,
                        to=data["stage"],
                        by=request.user,
                        close_reason=data.get("close_reason") or "",
                        employer=data.get("employer"),
                        moved_on=data.get("moved_on"),
                        address=address,
                    )
                    messages.success(request, _("The case is moved on."))
                    return redirect("talent:case", city=city.slug, pk=case.pk)
            elif action == "offer":
                offer_form = OfferForm(request.POST, jobs=jobs)
                if offer_form.is_valid():
                    data = offer_form.cleaned_data
                    relocation.offer_send(
                        case=case,
                        by=request.user,
                        jobs=list(data["jobs"]),
                        partner_jobs=list(data["partner_jobs"]),
                        housing=data["housing"],
                        schools=data["schools"],
                        message=data["message"],
                        address=address,
                    )
                    messages.success(request, _("The personal offer is sent by e-mail with its PDF."))
                    return redirect("talent:case", city=city.slug, pk=case.pk)
            elif action == "assign" and assign_form is not None:
                assign_form = CaseAssignForm(request.POST, city=city)
                if assign_form.is_valid():
                    relocation.case_assign(
                        case=case,
                        consultant=assign_form.cleaned_data["consultant"],
                        by=request.user,
                        address=address,
                    )
                    messages.success(request, _("The case is reassigned."))
                    return redirect("talent:case_board", city=city.slug)
            elif action == "task_done":
                event = get_object_or_404(CaseEvent, pk=id_param(request.POST.get("event")), case=case)
                relocation.task_done(event=event, by=request.user)
                return redirect("talent:case", city=city.slug, pk=case.pk)
            else:
                raise PermissionDenied
        except relocation.NotAllowed as exc:
            raise PermissionDenied from exc
        except relocation.CaseError as exc:
            messages.error(request, str(exc))
    else:
        relocation.case_viewed(case=case, by=request.user, address=address)
    context = {
        "city": city,
        "case": case,
        "events": list(case.events.select_related("author")),
        "offers": list(case.offers.prefetch_related("jobs__organisation", "partner_jobs__organisation")),
        "event_form": event_form,
        "stage_form": stage_form,
        "offer_form": offer_form,
        "assign_form": assign_form,
        "can_offer": case.stage in {CaseStage.NEW, CaseStage.IN_CONSULTATION, CaseStage.OFFER_SENT},
    }
    return render(request, "talent/case_detail.html", context)


@login_required
@with_city
def case_offer_pdf(request: HttpRequest, city: City, pk: int, offer_pk: int) -> HttpResponse:
    case = _case(request, city, pk)
    offer = get_object_or_404(case.offers, pk=offer_pk)
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=case,
        person=case.person,
        city=city,
        address=client_address(request),
        details={"offer": offer.pk},
    )
    response = HttpResponse(relocation.offer_pdf(offer=offer), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="offer-{case.pk}.pdf"'
    return response


@login_required
@with_city
def funnel(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.can_manage_cases(request.user, city):
        raise PermissionDenied
    today = timezone.localdate()
    form = FunnelForm(request.GET or {"start": today.replace(month=1, day=1), "end": today})
    data = None
    if form.is_valid():
        data = selectors.case_funnel(
            city=city, start=form.cleaned_data["start"], end=form.cleaned_data["end"]
        )[0]
    return render(request, "talent/funnel.html", {"city": city, "form": form, "data": data})


@login_required
@with_city
def export(request: HttpRequest, city: City, fmt: str) -> HttpResponse:
    if not permissions.can_manage_cases(request.user, city):
        raise PermissionDenied
    if fmt not in ("csv", "xlsx"):
        raise Http404
    cases = selectors.cases_visible_to(user=request.user, city=city).select_related("employer").order_by("pk")
    rows = relocation.case_export_rows(cases=cases.iterator(chunk_size=1000))
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=city,
        city=city,
        address=client_address(request),
        details={"format": fmt, "rows": len(rows) - 1},
    )
    filename = f"relocation-cases-{city.slug}-{dt.date.today().isoformat()}.{fmt}"
    if fmt == "csv":
        return exports.csv_response(rows, filename=filename)
    content = exports.xlsx_bytes(title="cases", header=rows[0], rows=rows[1:], filters=True)
    return exports.xlsx_response(content, filename=filename)
