"""Reads of employers' placements: what youths choose from, what an employer and the coordinator see,
the review queue and how full each placement period is. Who may see which rows is decided here, once, with the same predicates as permissions.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from microcity.core.models import City, Organisation, OrganisationKind
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    AssignmentStatus,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    Season,
)


def _placement_rows() -> QuerySet[Placement]:
    return Placement.objects.select_related("organisation", "occupation", "season").prefetch_related(
        Prefetch(
            "periods", queryset=PlacementPeriod.objects.select_related("period").order_by("period__starts_on")
        )
    )


def placements_open(*, season: Season) -> QuerySet[Placement]:
    """What youths choose from: the season's approved placements with their periods."""
    return (
        _placement_rows().filter(season=season, status=PlacementStatus.APPROVED).order_by("workplace", "pk")
    )


def placements_visible_to(*, user: Any, season: Season) -> QuerySet[Placement]:
    rows = _placement_rows().filter(season=season)
    if permissions.is_coordinator(user, season.city):
        return rows.order_by("organisation__name", "workplace", "pk")
    own = permissions.employer_organisation_ids(user, season.city)
    return rows.filter(Q(status=PlacementStatus.APPROVED) | Q(organisation_id__in=own)).order_by(
        "organisation__name", "workplace", "pk"
    )


def placements_of_employer(*, user: Any, season: Season) -> QuerySet[Placement]:
    own = permissions.employer_organisation_ids(user, season.city)
    return (
        _placement_rows()
        .filter(season=season, organisation_id__in=own)
        .annotate(
            accepted=Count(
                "periods__assignments", filter=Q(periods__assignments__status=AssignmentStatus.ACCEPTED)
            )
        )
        .order_by("-updated_at")
    )


def placement_review_queue(*, season: Season) -> QuerySet[Placement]:
    return (
        _placement_rows()
        .filter(season=season, status=PlacementStatus.SUBMITTED)
        .order_by("submitted_at", "pk")
    )


def placement_fill(*, season: Season) -> QuerySet[PlacementPeriod]:
    """Every approved placement period with its places and how many are offered and accepted now."""
    published = Q(assignments__run__status=MatchRunStatus.PUBLISHED)
    return (
        PlacementPeriod.objects.filter(placement__season=season, placement__status=PlacementStatus.APPROVED)
        .select_related("placement__organisation", "period")
        .annotate(
            offered=Count("assignments", filter=published & Q(assignments__status=AssignmentStatus.OFFERED)),
            accepted=Count(
                "assignments", filter=published & Q(assignments__status=AssignmentStatus.ACCEPTED)
            ),
        )
        .order_by("placement__workplace", "period__starts_on", "pk")
    )


# The kinds of organisation that may offer placements.
EMPLOYER_KINDS = [
    OrganisationKind.EMPLOYER,
    OrganisationKind.COMPANY,
    OrganisationKind.PUBLIC_BODY,
    OrganisationKind.NGO,
    OrganisationKind.SCHOOL,
    OrganisationKind.UNIVERSITY,
]


def placement_organisations(*, city: City, ids: Iterable[int] | None) -> QuerySet[Organisation]:
    """The organisations a placement may be offered by: the city's employers (ids None, the coordinator),
    else those among `ids` (the user's own)."""
    if ids is None:
        return Organisation.objects.filter(city=city, kind__in=EMPLOYER_KINDS).order_by("name")
    return Organisation.objects.filter(city=city, pk__in=ids).order_by("name")


def placements_in(*, city: City) -> QuerySet[Placement]:
    """The city's placements with their season, for a page that finds one by its number."""
    return Placement.objects.filter(season__city=city).select_related("season__city")


def placements_for_form(*, city: City) -> QuerySet[Placement]:
    """The city's placements with what the placement form shows."""
    return (
        Placement.objects.filter(season__city=city)
        .select_related("season__city", "organisation", "occupation")
        .prefetch_related("periods__period")
    )


def placement_period_fill(*, placement: Placement) -> QuerySet[PlacementPeriod]:
    """The placement's periods with how many places are offered and accepted."""
    return (
        PlacementPeriod.objects.filter(placement=placement)
        .select_related("period")
        .annotate(
            accepted=Count("assignments", filter=Q(assignments__status=AssignmentStatus.ACCEPTED)),
            offered=Count("assignments", filter=Q(assignments__status=AssignmentStatus.OFFERED)),
        )
        .order_by("period__starts_on")
    )
