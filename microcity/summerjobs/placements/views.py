"""Pages of employers' placements: the public list youths choose from, an employer's placements and the
youths placed with them, a placement's form and withdrawal, and the coordinator's review queue and fill
report. Views are thin: permission → form → service → render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from microcity.accounts.http import acting_user
from microcity.core.decorators import with_city
from microcity.core.models import City
from microcity.core.refusals import refusal_as_form_error, refusal_as_message
from microcity.summerjobs import permissions, workflows
from microcity.summerjobs.eligibility import age_on
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Placement,
    PlacementStatus,
)
from microcity.summerjobs.offers import selectors as offers_selectors
from microcity.summerjobs.placements import selectors, services
from microcity.summerjobs.placements.forms import PlacementForm, ReturnForm
from microcity.summerjobs.seasons.selectors import current_season
from microcity.summerjobs.seasons.views import current_season_or_404, require_managed_season

PER_PAGE = 30


@with_city
def placement_list(request: HttpRequest, city: City) -> HttpResponse:
    """The approved placements that youths choose from."""
    season = current_season_or_404(city)
    page = Paginator(selectors.placements_open(season=season), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "summerjobs/placements.html", {"city": city, "season": season, "page": page})


@login_required
@with_city
def employer_placements(request: HttpRequest, city: City) -> HttpResponse:
    if not permissions.employer_organisation_ids(request.user, city):
        raise PermissionDenied
    season = current_season(city)
    if season is None:
        return render(request, "summerjobs/employer_placements.html", {"city": city, "season": None})
    placements = list(selectors.placements_of_employer(user=request.user, season=season))
    return render(
        request,
        "summerjobs/employer_placements.html",
        {
            "city": city,
            "season": season,
            "placements": placements,
            "periods": list(season.periods.all()),
            "employer_open": season.employer_registration_open(),
        },
    )


def _placement_organisations(request: HttpRequest, city: City) -> Any:
    if permissions.is_coordinator(request.user, city):
        return selectors.placement_organisations(city=city, ids=None)
    return selectors.placement_organisations(
        city=city, ids=permissions.employer_organisation_ids(request.user, city)
    )


@login_required
@with_city
@require_http_methods(["GET", "POST"])
def placement_edit(request: HttpRequest, city: City, pk: int | None = None) -> HttpResponse:
    """A new placement, or one of the employer's: editable while it is a draft or returned."""
    season = current_season_or_404(city)
    is_coordinator = permissions.is_coordinator(request.user, city)
    placement: Placement | None = None
    if pk is not None:
        placement = get_object_or_404(
            selectors.placements_for_form(city=city),
            pk=pk,
        )
        if not (permissions.represents(request.user, placement.organisation_id) or is_coordinator):
            raise Http404
        season = placement.season
    elif not permissions.employer_organisation_ids(request.user, city) and not is_coordinator:
        raise PermissionDenied
    editable = placement is None or permissions.can_edit_placement(request.user, placement)
    form = PlacementForm(
        request.POST or None,
        season=season,
        organisations=_placement_organisations(request, city),
        placement=placement,
    )
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        if form.is_valid():
            with refusal_as_form_error(form):
                with transaction.atomic():
                    if placement is None:
                        saved = services.placement_create(
                            season=season,
                            organisation=form.cleaned_data["organisation"],
                            by=acting_user(request),
                            data=form.placement_data(),
                            capacities=form.capacities(),
                        )
                    else:
                        saved = services.placement_update(
                            placement=placement,
                            by=acting_user(request),
                            data=form.placement_data(),
                            capacities=form.capacities(),
                        )
                    if request.POST.get("submit_for_approval"):
                        services.placement_submit(placement=saved, by=acting_user(request))
                if request.POST.get("submit_for_approval"):
                    messages.success(
                        request, _("The placement is sent to the city's coordinator for approval.")
                    )
                else:
                    messages.success(request, _("The placement is saved as a draft."))
                if permissions.employer_organisation_ids(request.user, city):
                    return redirect("summerjobs:employer_placements", city=city.slug)
                return redirect("summerjobs:placement", city=city.slug, pk=saved.pk)
    fill = []
    if placement is not None and not editable:
        fill = list(selectors.placement_period_fill(placement=placement))
    return render(
        request,
        "summerjobs/placement_edit.html",
        {
            "city": city,
            "season": season,
            "placement": placement,
            "form": form,
            "editable": editable,
            "fill": fill,
            "can_withdraw": placement is not None
            and placement.status != PlacementStatus.WITHDRAWN
            and permissions.can_withdraw_placement(request.user, placement),
        },
    )


@login_required
@with_city
@require_POST
def placement_withdraw(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    placement = get_object_or_404(selectors.placements_in(city=city), pk=pk)
    if not permissions.can_withdraw_placement(request.user, placement):
        raise Http404
    with refusal_as_message(request):
        services.placement_withdraw(placement=placement, by=acting_user(request))
        messages.success(request, _("The placement is withdrawn."))
    return redirect("summerjobs:placement", city=city.slug, pk=placement.pk)


@login_required
@with_city
def employer_youths(request: HttpRequest, city: City) -> HttpResponse:
    """Youths who hold an offer or a place at the employer's placements."""
    season = current_season_or_404(city)
    own = permissions.employer_organisation_ids(request.user, city)
    if not own:
        raise PermissionDenied
    offers = list(
        offers_selectors.offers_visible_to(user=request.user, season=season)
        .filter(
            status__in=ACTIVE_ASSIGNMENT_STATUSES,
            placement_period__placement__organisation_id__in=own,
        )
        .order_by(
            "placement_period__placement__workplace", "period__starts_on", "application__youth__last_name"
        )
    )
    for offer in offers:
        born = offer.application.youth.date_of_birth
        offer.age = age_on(born, offer.period.starts_on) if born else None  # type: ignore[attr-defined]
    return render(
        request, "summerjobs/employer_youths.html", {"city": city, "season": season, "offers": offers}
    )


@login_required
@with_city
def review_queue(request: HttpRequest, city: City) -> HttpResponse:
    season = require_managed_season(request, city)
    placements = list(selectors.placement_review_queue(season=season))
    return render(
        request,
        "summerjobs/review_queue.html",
        {"city": city, "season": season, "placements": placements, "return_form": ReturnForm()},
    )


def _approve_placement(request: HttpRequest, placement: Placement) -> None:
    services.placement_approve(placement=placement, by=acting_user(request))
    messages.success(request, _("The placement is approved: youths can choose it."))


def _return_placement(request: HttpRequest, placement: Placement) -> None:
    form = ReturnForm(request.POST)
    if not form.is_valid():
        raise workflows.SummerJobsError(_("Say what the employer should change."))
    services.placement_return(
        placement=placement, by=acting_user(request), reason=form.cleaned_data["reason"]
    )
    messages.success(request, _("The placement is returned to the employer."))


REVIEW_ACTIONS: dict[str, Callable[[HttpRequest, Placement], None]] = {
    "approve": _approve_placement,
    "return": _return_placement,
}


@login_required
@with_city
@require_POST
def placement_review(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    placement = get_object_or_404(selectors.placements_in(city=city), pk=pk)
    if not permissions.can_review_placement(request.user, placement):
        raise PermissionDenied
    act = REVIEW_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        act(request, placement)
    return redirect("summerjobs:review_queue", city=city.slug)


@login_required
@with_city
def fill_report(request: HttpRequest, city: City) -> HttpResponse:
    season = require_managed_season(request, city)
    rows = list(selectors.placement_fill(season=season))
    totals = {
        "places": sum(r.capacity for r in rows),
        "offered": sum(r.offered for r in rows),  # type: ignore[attr-defined]
        "accepted": sum(r.accepted for r in rows),  # type: ignore[attr-defined]
    }
    return render(
        request, "summerjobs/fill.html", {"city": city, "season": season, "rows": rows, "totals": totals}
    )
