"""Pages of the relocation contact point: the public inquiry, the person's own view, the staff board,
case pages with timeline and personal offer, the funnel and the exports. Every staff view of a case is
written to the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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

from microcity.accounts.http import acting_user
from microcity.core import exports, throttle
from microcity.core.decorators import with_city
from microcity.core.http import client_address, id_param
from microcity.core.models import AuditAction, City
from microcity.core.refusals import refusal_as_message
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


def _job_asked_about(city: City, raw: str) -> Any:
    """The open job of this city that the person came from (`?job=` on the job's page), if any."""
    if not raw.isdigit() or len(raw) > 18:
        return None
    return selectors.open_jobs(city=city).select_related("organisation").filter(pk=int(raw)).first()


@with_city
@require_http_methods(["GET", "POST"])
def inquiry(request: HttpRequest, city: City) -> HttpResponse:
    """The contact point's inquiry form, public; from a job's page it starts with that job named."""
    initial = {}
    if request.user.is_authenticated:
        initial = {
            "first_name": request.user.first_name,
            "last_name": request.user.last_name,
            "email": request.user.email,
        }
    job = _job_asked_about(city, request.GET.get("job", ""))
    if job is not None:
        initial["message"] = _("I am interested in the job “%(title)s” at %(employer)s.") % {
            "title": job.title,
            "employer": job.organisation.name,
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


# The actions of the case page: each may replace a form in `forms` (to show it again with its errors) and
# returns where to go next, or None to show the page again.
CaseAction = Callable[[HttpRequest, City, RelocationCase, dict[str, Any]], HttpResponse | None]


def _add_event(
    request: HttpRequest, city: City, case: RelocationCase, forms: dict[str, Any]
) -> HttpResponse | None:
    form = forms["event_form"] = CaseEventForm(request.POST)
    if not form.is_valid():
        return None
    relocation.case_event_add(case=case, by=acting_user(request), **form.cleaned_data)
    return redirect("talent:case", city=city.slug, pk=case.pk)


def _move_stage(
    request: HttpRequest, city: City, case: RelocationCase, forms: dict[str, Any]
) -> HttpResponse | None:
    form = forms["stage_form"] = CaseStageForm(request.POST, case=case)
    if not form.is_valid():
        return None
    data = form.cleaned_data
    relocation.case_transition(
        case=case,
        to=data["stage"],
        by=acting_user(request),
        close_reason=data.get("close_reason") or "",
        employer=data.get("employer"),
        moved_on=data.get("moved_on"),
        address=client_address(request),
    )
    messages.success(request, _("The case is moved on."))
    return redirect("talent:case", city=city.slug, pk=case.pk)


def _send_offer(
    request: HttpRequest, city: City, case: RelocationCase, forms: dict[str, Any]
) -> HttpResponse | None:
    jobs = selectors.open_jobs(city=city).select_related("organisation").order_by("title")
    form = forms["offer_form"] = OfferForm(request.POST, jobs=jobs)
    if not form.is_valid():
        return None
    data = form.cleaned_data
    relocation.offer_send(
        case=case,
        by=acting_user(request),
        jobs=list(data["jobs"]),
        partner_jobs=list(data["partner_jobs"]),
        housing=data["housing"],
        schools=data["schools"],
        message=data["message"],
        address=client_address(request),
    )
    messages.success(request, _("The personal offer is sent by e-mail with its PDF."))
    return redirect("talent:case", city=city.slug, pk=case.pk)


def _assign(
    request: HttpRequest, city: City, case: RelocationCase, forms: dict[str, Any]
) -> HttpResponse | None:
    if forms["assign_form"] is None:
        raise PermissionDenied
    form = forms["assign_form"] = CaseAssignForm(request.POST, city=city)
    if not form.is_valid():
        return None
    relocation.case_assign(
        case=case,
        consultant=form.cleaned_data["consultant"],
        by=acting_user(request),
        address=client_address(request),
    )
    messages.success(request, _("The case is reassigned."))
    return redirect("talent:case_board", city=city.slug)


def _task_done(
    request: HttpRequest, city: City, case: RelocationCase, forms: dict[str, Any]
) -> HttpResponse | None:
    event = get_object_or_404(CaseEvent, pk=id_param(request.POST.get("event")), case=case)
    relocation.task_done(event=event, by=acting_user(request))
    return redirect("talent:case", city=city.slug, pk=case.pk)


CASE_ACTIONS: dict[str, CaseAction] = {
    "event": _add_event,
    "stage": _move_stage,
    "offer": _send_offer,
    "assign": _assign,
    "task_done": _task_done,
}


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def case_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    if not permissions.can_work_cases(request.user, city):
        raise PermissionDenied
    case = _case(request, city, pk)
    address = client_address(request)
    jobs = selectors.open_jobs(city=city).select_related("organisation").order_by("title")
    forms: dict[str, Any] = {
        "event_form": CaseEventForm(),
        "stage_form": CaseStageForm(case=case),
        "offer_form": OfferForm(jobs=jobs),
        "assign_form": CaseAssignForm(city=city)
        if permissions.can_manage_cases(request.user, city)
        else None,
    }
    if request.method == "POST":
        act = CASE_ACTIONS.get(request.POST.get("action", ""))
        if act is None:
            raise PermissionDenied
        with refusal_as_message(request):
            response = act(request, city, case, forms)
            if response is not None:
                return response
    else:
        relocation.case_viewed(case=case, by=acting_user(request), address=address)
    context = {
        "city": city,
        "case": case,
        "events": list(case.events.select_related("author")),
        "offers": list(case.offers.prefetch_related("jobs__organisation", "partner_jobs__organisation")),
        **forms,
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
    content = exports.xlsx_bytes(title=_("Relocation cases"), header=rows[0], rows=rows[1:], filters=True)
    return exports.xlsx_response(content, filename=filename)
