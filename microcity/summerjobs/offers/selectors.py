"""Reads of offers (assignments of published match runs): all for coordinators, an employer's active
ones, a youth's own. Who may see which rows is decided here, once, with the same predicates as permissions.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet

from microcity.core.models import City
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    Assignment,
    MatchRunStatus,
    Season,
)


def _assignment_rows() -> QuerySet[Assignment]:
    return Assignment.objects.select_related(
        "run",
        "application__youth",
        "application__season__city",
        "placement_period__placement__organisation",
        "period",
    )


def offers_visible_to(*, user: Any, season: Season) -> QuerySet[Assignment]:
    """Offers of published runs: all for coordinators, the employer's active ones, a youth's own."""
    rows = _assignment_rows().filter(run__season=season, run__status=MatchRunStatus.PUBLISHED).order_by("pk")
    if permissions.is_coordinator(user, season.city):
        return rows
    own = permissions.employer_organisation_ids(user, season.city)
    visible = Q(application__youth_id__in=permissions.youth_ids_in_care_of(user))
    if own:
        visible |= Q(
            status__in=ACTIVE_ASSIGNMENT_STATUSES, placement_period__placement__organisation_id__in=own
        )
    return rows.filter(visible)


def published_offers_in(*, city: City) -> QuerySet[Assignment]:
    """Offers of the city's published runs, with what answering one needs (the permission check decides)."""
    return Assignment.objects.select_related(
        "application__season__city", "application__youth", "placement_period"
    ).filter(run__season__city=city, run__status=MatchRunStatus.PUBLISHED)


def published_offers_of(*, applications: Iterable[Application]) -> QuerySet[Assignment]:
    """The offers of published runs made to these applications, oldest first."""
    return (
        Assignment.objects.filter(application__in=applications, run__status=MatchRunStatus.PUBLISHED)
        .select_related("placement_period__placement__organisation", "period")
        .order_by("offered_at", "pk")
    )
