"""The accessibility statement (public), the barrier report form (anyone) and the editors' task list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from microcity.accessibility import selectors, services
from microcity.accessibility.forms import ReplyForm, ReportForm
from microcity.accessibility.models import BarrierReport, ReportStatus
from microcity.accessibility.permissions import can_handle_reports
from microcity.accessibility.statement import current_statement
from microcity.accounts.http import acting_user
from microcity.core import throttle
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.models import City
from microcity.core.refusals import refusal_as_form_error, refusal_as_message

PER_PAGE = 25


@require_http_methods(["GET"])
def statement(request: HttpRequest) -> HttpResponse:
    cities = City.objects.filter(is_active=True).order_by("slug")
    return render(
        request, "accessibility/statement.html", {"statement": current_statement(), "cities": cities}
    )


@require_http_methods(["GET", "POST"])
def report_new(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = ReportForm(request.POST)
        if form.is_valid():
            if not throttle.allow(f"barrier:{client_address(request)}", limit=10, seconds=3600):
                form.add_error(None, _("Too many requests from your address. Please try again later."))
            else:
                report = services.report_submit(
                    city=form.cleaned_data["city"],
                    data=form.cleaned_data,
                    language=(get_language() or "lv")[:2],
                    user=request.user,
                )
                messages.success(
                    request,
                    _("Thank you. Your report reached the city's content editors; they answer by %(date)s")
                    % {"date": report.reply_by.strftime("%d.%m.%Y.")},
                )
                return redirect("accessibility:statement")
    else:
        initial: dict[str, object] = {"page_url": request.GET.get("from", "")[:500]}
        city = City.objects.filter(slug=request.GET.get("city", ""), is_active=True).first()
        if city is not None:
            initial["city"] = city
        if request.user.is_authenticated:
            initial["email"] = request.user.email
        form = ReportForm(initial=initial)
    return render(request, "accessibility/report_new.html", {"form": form, "statement": current_statement()})


@login_required
@with_city
@require_http_methods(["GET"])
def reports(request: HttpRequest, city: City) -> HttpResponse:
    if not can_handle_reports(request.user, city):
        raise PermissionDenied
    page = Paginator(selectors.reports_of(city=city), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "accessibility/reports.html", {"city": city, "page": page})


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    if not can_handle_reports(request.user, city):
        raise PermissionDenied
    item = get_object_or_404(BarrierReport.objects.select_related("handler", "city"), city=city, pk=pk)
    form = ReplyForm()
    address = client_address(request)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "take":
            with refusal_as_message(request):
                services.report_take(report=item, by=acting_user(request), address=address)
                messages.success(request, _("The report is yours now."))
            return redirect("accessibility:report", city=city.slug, pk=item.pk)
        if action == "answer":
            form = ReplyForm(request.POST)
            if form.is_valid():
                with refusal_as_form_error(form):
                    services.report_answer(
                        report=item,
                        reply=form.cleaned_data["reply"],
                        by=acting_user(request),
                        address=address,
                    )
                    messages.success(request, _("The answer is sent."))
                    return redirect("accessibility:reports", city=city.slug)
        else:
            return redirect("accessibility:report", city=city.slug, pk=item.pk)
    else:
        services.report_viewed(report=item, by=request.user, address=address)
    return render(
        request,
        "accessibility/report.html",
        {"city": city, "report": item, "form": form, "answered": item.status == ReportStatus.ANSWERED},
    )
