"""Reads of the summer programme. Who may see which rows is decided here, once, with the same predicates as
permissions.py: coordinators see their city's seasons, employers their own placements and the youths placed
with them, a youth and their guardian the youth's own application and offers."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from microcity.accounts.permissions import city_ids_with_roles, is_superuser
from microcity.core.models import City
from microcity.summerjobs import permissions
from microcity.summerjobs.explanations import explain
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    Assignment,
    AssignmentStatus,
    Choice,
    MatchExplanation,
    MatchRun,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    Season,
    StartDocument,
    TimesheetEntry,
)


def seasons_in(*, city: City) -> QuerySet[Season]:
    return Season.objects.filter(city=city).order_by("-year", "name")


def _coordinated_city_ids(user: Any) -> set[int] | None:
    """None means every city (a superuser)."""
    if is_superuser(user):
        return None
    return city_ids_with_roles(user, permissions.COORDINATOR_ROLES)


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


def match_runs_of(*, season: Season) -> QuerySet[MatchRun]:
    return (
        MatchRun.objects.filter(season=season)
        .select_related("created_by", "published_by")
        .order_by("-created_at")
    )


def explanation_for(*, application: Application, run: MatchRun | None = None) -> list[str]:
    """The youth's explanation from `run`, or from the latest published run that included them."""
    rows = MatchExplanation.objects.filter(application=application)
    if run is not None:
        rows = rows.filter(run=run)
    else:
        rows = rows.filter(run__status=MatchRunStatus.PUBLISHED).order_by("-run__published_at", "-pk")
    found = rows.first()
    return explain(found) if found is not None else []


def seasons_coordinated_by(*, user: Any) -> QuerySet[Season]:
    cities = _coordinated_city_ids(user)
    rows = Season.objects.select_related("city").order_by("-year", "name")
    return rows if cities is None else rows.filter(city_id__in=cities)


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
