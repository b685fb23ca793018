"""Reads of youths at work (accepted places of published runs) with their contracts, start documents
and timesheets. Who may see which rows is decided here, once, with the same predicates as permissions.py.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from microcity.core.models import City
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    Assignment,
    AssignmentStatus,
    MatchRunStatus,
    Placement,
    Season,
    StartDocument,
    TimesheetEntry,
)


def jobs_visible_to(*, user: Any, season: Season) -> QuerySet[Assignment]:
    """Youths at work: the season's accepted places of published runs, with the contract, the documents
    before the first day and the timesheet read in a fixed number of queries. The coordinator sees all of
    them, an employer those at its own placements, a work supervisor those at the placements they supervise
    (permissions.supervises), anyone else none."""
    rows = (
        Assignment.objects.filter(
            run__season=season, run__status=MatchRunStatus.PUBLISHED, status=AssignmentStatus.ACCEPTED
        )
        .select_related(
            "application__youth",
            "application__season__city",
            "placement_period__placement__organisation",
            "period",
            "contract",
        )
        .prefetch_related(
            Prefetch("start_documents", queryset=StartDocument.objects.order_by("kind")),
            Prefetch(
                "timesheet_entries",
                queryset=TimesheetEntry.objects.only(
                    "assignment", "day", "start", "end", "break_minutes", "confirmed_at"
                ).order_by("day", "start", "pk"),
            ),
        )
        .order_by("application__youth__last_name", "application__youth__first_name", "pk")
    )
    if permissions.is_coordinator(user, season.city):
        return rows
    own = permissions.employer_organisation_ids(user, season.city)
    visible = Q(placement_period__placement__organisation_id__in=own)
    supervised = permissions.supervisor_organisation_ids(user, season.city)
    if supervised and getattr(user, "is_authenticated", False):
        visible |= Q(
            placement_period__placement__organisation_id__in=supervised,
            placement_period__placement__supervisor__user=user,
        )
    return rows.filter(visible)


def job_placements(*, jobs: QuerySet[Assignment]) -> QuerySet[Placement]:
    """The placements of these jobs, for the job list's filter."""
    return (
        Placement.objects.filter(pk__in=jobs.values("placement_period__placement_id"))
        .select_related("organisation")
        .order_by("workplace", "pk")
    )


def job_in_city(*, city: City, pk: int) -> Assignment | None:
    """An accepted or offered place of the city's published runs by its number, with what its page shows
    (who may see it is decided after)."""
    return (
        Assignment.objects.select_related(
            "application__youth",
            "application__season__city",
            "placement_period__placement__organisation",
            "period",
            "contract",
        )
        .filter(pk=pk, run__season__city=city, run__status=MatchRunStatus.PUBLISHED)
        .first()
    )


def start_documents_of(*, assignment: Assignment) -> QuerySet[StartDocument]:
    return StartDocument.objects.filter(assignment=assignment)


def timesheet_entries_of(*, assignment: Assignment) -> list[TimesheetEntry]:
    return list(TimesheetEntry.objects.filter(assignment=assignment).order_by("day", "start", "pk"))
