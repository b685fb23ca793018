"""Offers: the youth's (or guardian's) answer to an offer, and the coordinator's export of the season's
offers (audited)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from microcity.accounts.http import acting_user
from microcity.core import exports
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.models import AuditAction, City
from microcity.core.refusals import refusal_as_message
from microcity.core.services import audit_log
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    Assignment,
)
from microcity.summerjobs.offers import selectors, services
from microcity.summerjobs.seasons.views import require_managed_season


def _accept_offer(request: HttpRequest, offer: Assignment) -> None:
    services.assignment_accept(assignment=offer, by=acting_user(request))
    messages.success(request, _("You accepted the place. The employer will contact you about the contract."))


def _decline_offer(request: HttpRequest, offer: Assignment) -> None:
    services.assignment_decline(assignment=offer, by=acting_user(request))
    messages.success(request, _("You declined the place. It goes to another youth."))


OFFER_ACTIONS: dict[str, Callable[[HttpRequest, Assignment], None]] = {
    "accept": _accept_offer,
    "decline": _decline_offer,
}


@login_required
@with_city
@require_POST
def offer_answer(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    offer = get_object_or_404(
        selectors.published_offers_in(city=city),
        pk=pk,
    )
    if not permissions.can_answer_offer(request.user, offer):
        raise Http404
    act = OFFER_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    with refusal_as_message(request):
        act(request, offer)
    if permissions.acts_for_youth(request.user, offer.application.youth):
        return redirect("summerjobs:mine", city=city.slug)
    return redirect("summerjobs:application", city=city.slug, pk=offer.application_id)


def _assignment_rows(offers: Any) -> Iterator[list[Any]]:
    yield [
        "run",
        "run_kind",
        "application",
        "first_name",
        "last_name",
        "employer",
        "placement",
        "period",
        "choice_rank",
        "lottery_number",
        "status",
        "offered_at",
        "deadline",
        "answered_at",
    ]
    for offer in offers:
        placement = offer.placement_period.placement
        youth = offer.application.youth
        yield [
            offer.run_id,
            offer.run.kind,
            offer.application_id,
            youth.first_name,
            youth.last_name,
            placement.organisation.name,
            placement.workplace,
            offer.period.name,
            offer.choice_rank,
            offer.lottery_number,
            offer.status,
            offer.offered_at,
            offer.deadline,
            offer.responded_at,
        ]


@login_required
@with_city
def assignments_export(request: HttpRequest, city: City) -> HttpResponse:
    season = require_managed_season(request, city)
    offers = selectors.offers_visible_to(user=request.user, season=season)
    audit_log(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=season,
        city=city,
        address=client_address(request),
        details={"format": "csv", "rows": offers.count()},
    )
    stamp = timezone.localdate().isoformat()
    return exports.csv_response(
        _assignment_rows(offers.iterator(chunk_size=2000)),
        filename=f"summer-jobs-{city.slug}-{season.year}-{stamp}.csv",
    )
