"""Reads of youths' applications: the coordinator sees all of the season's, an employer the youths with
an offer or a prior agreement from them, a youth and their guardian the youth's own. Who may see which rows is decided here, once, with the same predicates as permissions.py.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    Assignment,
    Choice,
    Season,
)


def _application_rows() -> QuerySet[Application]:
    return Application.objects.select_related(
        "season__city", "youth", "school", "priority_group", "pre_agreement__organisation"
    ).prefetch_related(
        "available_periods",
        Prefetch(
            "choices", queryset=Choice.objects.select_related("placement__organisation").order_by("rank")
        ),
    )


def applications_visible_to(*, user: Any, season: Season) -> QuerySet[Application]:
    """Coordinators: all of the season's; employers: youths with an offer or a prior agreement from them;
    youths and guardians: their own."""
    rows = _application_rows().filter(season=season).order_by("pk")
    if permissions.is_coordinator(user, season.city):
        return rows
    own = permissions.employer_organisation_ids(user, season.city)
    youths = permissions.youth_ids_in_care_of(user)
    visible = Q(youth_id__in=youths)
    if own:
        visible |= Q(pre_agreement__organisation_id__in=own) | Q(
            pk__in=Assignment.objects.filter(
                status__in=ACTIVE_ASSIGNMENT_STATUSES,
                placement_period__placement__organisation_id__in=own,
            ).values("application_id")
        )
    return rows.filter(visible)


def applications_in_care_of(*, user: Any) -> QuerySet[Application]:
    """The user's own applications and those of youths in their care, in every season."""
    return (
        _application_rows()
        .filter(youth_id__in=permissions.youth_ids_in_care_of(user))
        .order_by("-season__year", "youth__last_name", "pk")
    )
