"""Pages of youths' applications: the youth's (or guardian's) application form and their applications
with offers and explanations, withdrawing or reopening one, and the staff's list and view of an application
(every staff view is written to the audit log). Views are thin: permission → form → service → render."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.core.decorators import with_city
from microcity.core.http import client_address, safe_next
from microcity.core.models import AuditAction, City, Person
from microcity.core.refusals import refusal_as_form_error, refusal_as_message
from microcity.core.services import audit_log
from microcity.summerjobs import permissions, workflows
from microcity.summerjobs.applications import selectors, services
from microcity.summerjobs.applications.forms import ApplicationForm
from microcity.summerjobs.applications.services import LAST_BASIC_SCHOOL_GRADE
from microcity.summerjobs.eligibility import age_on
from microcity.summerjobs.explanations import explain
from microcity.summerjobs.lottery import selectors as lottery_selectors
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
)
from microcity.summerjobs.offers import selectors as offers_selectors
from microcity.summerjobs.placements import selectors as placements_selectors
from microcity.summerjobs.seasons.selectors import current_season
from microcity.summerjobs.seasons.views import current_season_or_404, require_managed_season

PER_PAGE = 30


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def application_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """A youth's application as the coordinator or an employer who made them an offer sees it."""
    is_coordinator = permissions.is_coordinator(request.user, city)
    if not is_coordinator and not permissions.employer_organisation_ids(request.user, city):
        raise PermissionDenied
    found = selectors.application_in_city(city=city, pk=pk)
    if found is None:
        raise Http404
    application = get_object_or_404(
        selectors.applications_visible_to(user=request.user, season=found.season), pk=pk
    )
    if request.method == "POST":
        if not permissions.can_verify_priority(request.user, application):
            raise PermissionDenied
        with refusal_as_message(request):
            services.application_priority_verify(
                application=application, by=acting_user(request), verified=request.POST.get("verified") == "1"
            )
            messages.success(request, _("The priority check is recorded."))
        return redirect(
            safe_next(request) or reverse("summerjobs:application", kwargs={"city": city.slug, "pk": pk})
        )
    audit_log(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=application,
        person=application.youth,
        city=city,
        address=client_address(request),
    )
    offers = list(
        offers_selectors.offers_visible_to(user=request.user, season=application.season).filter(
            application=application
        )
    )
    youth = application.youth
    first_day = min((p.starts_on for p in application.available_periods.all()), default=None)
    return render(
        request,
        "summerjobs/application_detail.html",
        {
            "city": city,
            "application": application,
            "youth": youth,
            "age": age_on(youth.date_of_birth, first_day) if youth.date_of_birth and first_day else None,
            "offers": offers,
            "is_coordinator": is_coordinator,
            "show_contact": is_coordinator or any(o.status == AssignmentStatus.ACCEPTED for o in offers),
            "explanation": lottery_selectors.explanation_for(application=application)
            if is_coordinator
            else [],
        },
    )


def _initial(application: Application | None, youth: Person, city: City) -> dict[str, Any]:
    if application is None:
        return {
            "school": youth.school_id,
            "residence_city": youth.city_id,
            "in_basic_education": youth.grade is not None and youth.grade <= LAST_BASIC_SCHOOL_GRADE,
        }
    initial: dict[str, Any] = {
        "periods": [p.pk for p in application.available_periods.all()],
        "priority_group": application.priority_group_id,
        "priority_evidence": application.priority_evidence,
        "school": application.school_id,
        "in_basic_education": application.in_basic_education,
        "residence_city": application.residence_city_id,
        "gender": application.gender,
    }
    for choice in application.choices.all():
        initial[f"choice_{choice.rank}"] = choice.placement_id
    return initial


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest, city: City) -> HttpResponse:
    season = current_season_or_404(city)
    youths = selectors.youths_for(user=request.user)
    context: dict[str, Any] = {"city": city, "season": season, "youths": youths}
    if not youths:
        return render(request, "summerjobs/apply.html", {**context, "no_person": True})
    wanted = request.POST.get("youth") or request.GET.get("youth")
    youth = next((p for p in youths if str(p.pk) == wanted), youths[0])
    application = selectors.open_application_of(season=season, youth=youth)
    context.update({"youth": youth, "application": application})
    if application is not None and application.status != ApplicationStatus.DRAFT:
        messages.info(request, _("The application is submitted. To change it, reopen it first."))
        return redirect("summerjobs:mine", city=city.slug)
    if not season.youth_registration_open():
        return render(request, "summerjobs/apply.html", {**context, "closed": True})
    form = ApplicationForm(
        request.POST or None,
        season=season,
        placements=placements_selectors.placements_open(season=season).select_related("organisation"),
        initial=_initial(application, youth, city),
    )
    if request.method == "POST" and form.is_valid():
        with refusal_as_form_error(form):
            application = services.application_save(
                season=season,
                youth=youth,
                by=acting_user(request),
                choices=form.choices(),
                periods=list(form.cleaned_data["periods"]),
                data=form.application_data(),
            )
            # Saved as a draft even if submitting it is refused below (NotEligible lists every problem).
            context["application"] = application
            if request.POST.get("submit_application"):
                services.application_submit(application=application, by=acting_user(request))
                messages.success(
                    request, _("The application is submitted. You will get an e-mail after the lottery.")
                )
                return redirect("summerjobs:mine", city=city.slug)
            messages.success(
                request, _("The application is saved as a draft. Submit it before registration closes.")
            )
            return redirect(f"{reverse('summerjobs:apply', kwargs={'city': city.slug})}?youth={youth.pk}")
    return render(request, "summerjobs/apply.html", {**context, "form": form})


@login_required
@with_city
def mine(request: HttpRequest, city: City) -> HttpResponse:
    """The user's applications in this city (theirs and their youths'), with offers and explanations."""
    applications = list(selectors.applications_in_care_of(user=request.user).filter(season__city=city))
    offers_by_application: dict[int, list[Assignment]] = defaultdict(list)
    for offer in offers_selectors.published_offers_of(applications=applications):
        offers_by_application[offer.application_id].append(offer)
    # The explanation of the latest published run that included each youth (one query for all).
    explanations = lottery_selectors.published_explanations_of(applications=applications)
    # Finished work is history: a season that has ended and a settled place offer no change (workflows.py,
    # the same rule that the services apply).
    today = timezone.localdate()
    last_days = workflows.season_last_days(application.season_id for application in applications)
    held = [
        o
        for offers in offers_by_application.values()
        for o in offers
        if o.status in ACTIVE_ASSIGNMENT_STATUSES
    ]
    settled = workflows.settled_places(held, today, last_days=last_days)
    rows = []
    for application in applications:
        explanation = explanations.get(application.pk)
        offers = offers_by_application.get(application.pk, [])
        for offer in offers:
            offer.settled = settled.get(offer.pk)  # type: ignore[attr-defined]
        last_day = last_days.get(application.season_id)
        history = last_day is not None and last_day < today
        rows.append(
            {
                "application": application,
                "offers": offers,
                "explanation": explain(explanation) if explanation is not None else [],
                "history": history,
                # The rows are the user's own or their youths' (applications_in_care_of), so what is left of
                # can_reopen_application / can_withdraw_application is the status; the services check again.
                "can_reopen": application.status == ApplicationStatus.SUBMITTED
                and application.season.youth_registration_open()
                and not history,
                "can_withdraw": application.status != ApplicationStatus.WITHDRAWN
                and not history
                and not any(settled.get(offer.pk) for offer in offers),
            }
        )
    season = current_season(city)
    return render(
        request,
        "summerjobs/mine.html",
        {
            "city": city,
            "season": season,
            "rows": rows,
            "can_apply": season is not None and season.youth_registration_open(),
        },
    )


def _withdraw_application(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    services.application_withdraw(application=application, by=acting_user(request))
    messages.success(request, _("The application is withdrawn."))
    return None


def _reopen_application(request: HttpRequest, city: City, application: Application) -> HttpResponse | None:
    services.application_reopen(application=application, by=acting_user(request))
    messages.info(request, _("Change the application and submit it again before registration closes."))
    return redirect(f"{reverse('summerjobs:apply', kwargs={'city': city.slug})}?youth={application.youth_id}")


APPLICATION_ACTIONS: dict[str, Callable[[HttpRequest, City, Application], HttpResponse | None]] = {
    "withdraw": _withdraw_application,
    "reopen": _reopen_application,
}


@login_required
@with_city
@require_POST
def application_action(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Withdraw or reopen one's own (or one's youth's) application."""
    application = get_object_or_404(
        selectors.applications_in_care_of(user=request.user).filter(season__city=city), pk=pk
    )
    act = APPLICATION_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        response = act(request, city, application)
        if response is not None:
            return response
    return redirect("summerjobs:mine", city=city.slug)


@login_required
@with_city
def application_list(request: HttpRequest, city: City) -> HttpResponse:
    """The season's applications for the coordinator; `?check=priority` lists the priorities to check."""
    season = require_managed_season(request, city)
    rows = selectors.applications_visible_to(user=request.user, season=season)
    check = request.GET.get("check") == "priority"
    if check:
        rows = rows.filter(
            status=ApplicationStatus.SUBMITTED,
            priority_group__isnull=False,
            priority_verified_at__isnull=True,
        )
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "summerjobs/applications.html",
        {"city": city, "season": season, "page": page, "check": check},
    )
