"""Pages after the summer jobs: pay and subsidy overview with payroll and claim exports (coordinator and
employers), one job's page with feedback and the certificate of work (youth, guardian, employer,
coordinator), the feedback form, the certificate PDF, and the coordinator's feedback results.

Views are thin: permission → form → service → render. Rows are chosen in pay/payroll.py and the predicates in
permissions.py; a job somebody may not see is a 404, so that its existence does not leak.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.core.certificates import certificate_pdf
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.models import AuditAction, City
from microcity.core.refusals import refusal_as_message
from microcity.core.services import audit_log
from microcity.summerjobs import permissions
from microcity.summerjobs.after import selectors, services
from microcity.summerjobs.after.forms import FeedbackForm
from microcity.summerjobs.models import (
    Assignment,
    FeedbackRole,
    Season,
)
from microcity.summerjobs.pay import money, payroll
from microcity.summerjobs.seasons.views import requested_season

PER_PAGE = 50


def _season(request: HttpRequest, city: City) -> Season:
    """The season asked for (`?season=`), else the coordinator's chosen one, else the city's latest."""
    return requested_season(request, city)[0]


def _job(request: HttpRequest, city: City, pk: int) -> Assignment:
    job = get_object_or_404(
        selectors.published_jobs_in(city=city),
        pk=pk,
    )
    if not permissions.can_view_job_after(request.user, job):
        raise Http404
    return job


def _language(request: HttpRequest) -> str:
    language = (getattr(request, "LANGUAGE_CODE", None) or translation.get_language() or "lv")[:2]
    return language if language in {"lv", "en"} else "lv"


# --- Coordinator and employers ------------------------------------------------------------------------


@login_required
@with_city
def overview(request: HttpRequest, city: City) -> HttpResponse:
    """Every job with its hours and pay, feedback and certificate: all for the coordinator, the
    employer's own for an employer."""
    season, seasons = requested_season(request, city)
    if not permissions.can_view_payroll(request.user, season):
        raise PermissionDenied
    rows = payroll.payroll_rows(season=season, user=request.user)
    ids = [row.assignment.pk for row in rows]
    given = selectors.feedback_given(assignment_ids=ids)
    certificates = selectors.certificate_numbers(assignment_ids=ids)
    today = timezone.localdate()
    jobs = [
        {
            "row": row,
            "over": today > row.ends_on,
            "youth_feedback": (row.assignment.pk, FeedbackRole.YOUTH) in given,
            "employer_feedback": (row.assignment.pk, FeedbackRole.EMPLOYER) in given,
            "certificate": certificates.get(row.assignment.pk),
        }
        for row in rows
    ]
    is_coordinator = permissions.is_coordinator(request.user, city)
    return render(
        request,
        "summerjobs/after/overview.html",
        {
            "city": city,
            "season": season,
            "page": Paginator(jobs, PER_PAGE).get_page(request.GET.get("page")),
            "claims": payroll.employer_claims(rows),
            "totals": money.pay_totals(row.line for row in rows),
            "rules": payroll.pay_rules(season),
            "is_coordinator": is_coordinator,
            "to_issue": len(services.completed_without_certificate(season=season)) if is_coordinator else 0,
        },
    )


@login_required
@with_city
def export(request: HttpRequest, city: City, kind: str, fmt: str) -> HttpResponse:
    if kind not in payroll.KINDS or fmt not in payroll.FORMATS:
        raise Http404
    season = _season(request, city)
    exported = payroll.payroll_export(season=season, by=acting_user(request), kind=kind, fmt=fmt)
    response = HttpResponse(exported.content, content_type=exported.content_type)
    response["Content-Disposition"] = f'attachment; filename="{exported.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@with_city
@require_POST
def issue_all(request: HttpRequest, city: City) -> HttpResponse:
    season = _season(request, city)
    result = services.certificates_issue_all(season=season, by=acting_user(request))
    messages.success(
        request,
        _("Certificates issued: %(issued)s. Not issued: %(refused)s.")
        % {"issued": len(result.issued), "refused": len(result.refused)},
    )
    for assignment, reason in result.refused[:10]:
        messages.warning(request, f"{assignment.application.youth.full_name}: {reason}")
    return redirect(f"{_overview_url(city)}?season={season.pk}")


def _overview_url(city: City) -> str:
    return reverse("summerjobs:after", kwargs={"city": city.slug})


@login_required
@with_city
def feedback_results(request: HttpRequest, city: City) -> HttpResponse:
    season = _season(request, city)
    if not permissions.can_view_feedback_results(request.user, season):
        raise PermissionDenied
    return render(
        request,
        "summerjobs/after/feedback_results.html",
        {"city": city, "season": season, "results": services.feedback_results(season=season)},
    )


# --- One job ------------------------------------------------------------------------------------------


@login_required
@with_city
def job(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    assignment = _job(request, city, pk)
    user = request.user
    row = payroll.payroll_rows_for([assignment], assignment.application.season)[0]
    feedback = {item.role: item for item in selectors.feedback_of(assignment=assignment)}
    certificate = selectors.certificates_of(assignment=assignment).first()
    is_open = services.feedback_open(assignment)
    sides = [
        {
            "role": role.value,
            "label": role.label,
            "can_give": permissions.can_give_feedback(user, assignment, role.value),
            "given": feedback.get(role.value),
        }
        for role in FeedbackRole
    ]
    staff = permissions.represents(
        user, assignment.placement_period.placement.organisation_id
    ) or permissions.is_coordinator(user, city)
    return render(
        request,
        "summerjobs/after/job.html",
        {
            "city": city,
            "job": assignment,
            "row": row,
            "sides": sides,
            "feedback_open": is_open,
            "certificate": certificate,
            "can_issue": certificate is None
            and permissions.can_issue_certificate(user, assignment)
            and services.job_is_over(assignment)
            and row.worked.confirmed_minutes > 0,
            "staff": staff,
        },
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest, city: City, pk: int, role: str) -> HttpResponse:
    assignment = _job(request, city, pk)
    if role not in FeedbackRole.values or not permissions.can_give_feedback(request.user, assignment, role):
        raise Http404
    given = selectors.feedback_of(assignment=assignment, role=role).first()
    form = FeedbackForm(request.POST or None, role=role)
    if request.method == "POST" and form.is_valid():
        with refusal_as_message(request):
            services.feedback_submit(
                assignment=assignment, role=role, by=acting_user(request), **form.cleaned_data
            )
            messages.success(request, _("Thank you for your feedback."))
        return redirect("summerjobs:after_job", city=city.slug, pk=assignment.pk)
    return render(
        request,
        "summerjobs/after/feedback.html",
        {
            "city": city,
            "job": assignment,
            "role": role,
            "form": form,
            "given": given,
            "open": services.feedback_open(assignment),
        },
    )


@login_required
@with_city
@require_POST
def certificate_issue(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    assignment = _job(request, city, pk)
    with refusal_as_message(request):
        certificate = services.certificate_issue(assignment=assignment, by=acting_user(request))
        messages.success(request, _("Certificate %(number)s issued.") % {"number": certificate.number})
    return redirect("summerjobs:after_job", city=city.slug, pk=assignment.pk)


@login_required
@with_city
def certificate_download(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    assignment = _job(request, city, pk)
    if not permissions.can_view_certificate(request.user, assignment):
        raise Http404
    certificate = get_object_or_404(selectors.certificates_of(assignment=assignment))
    language = _language(request)
    content = certificate_pdf(
        services.certificate_data(certificate=certificate, language=language), language=language
    )
    youth = assignment.application.youth
    if youth.user_id != request.user.pk:
        audit_log(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=certificate,
            person=youth,
            city=city,
            address=client_address(request),
            details={"document": "certificate_pdf"},
        )
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.number}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
