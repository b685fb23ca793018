"""Reads of offers (assignments of published match runs): all for coordinators, an employer's active
ones, a youth's own. Who may see which rows is decided here, once, with the same predicates as permissions.py.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
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
