"""Reads of the lottery: a season's match runs and a youth's explanation from a run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Min, QuerySet, Sum

from microcity.core.models import City
from microcity.summerjobs.explanations import explain
from microcity.summerjobs.models import (
    Application,
    ApplicationStatus,
    Assignment,
    MatchExplanation,
    MatchRun,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    Season,
)


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


def match_runs_in(*, city: City) -> QuerySet[MatchRun]:
    """The city's match runs with who made and published them, for a page that finds one by its number."""
    return MatchRun.objects.filter(season__city=city).select_related(
        "season__city", "created_by", "published_by"
    )


def first_application_at(*, season: Season) -> dt.datetime | None:
    """When the season's first application was made (the lottery page says the secret was committed before)."""
    return Application.objects.filter(season=season).aggregate(first=Min("created_at"))["first"]


def _counts(rows: QuerySet[Any]) -> dict[str, int]:
    return {row["status"]: row["n"] for row in rows.values("status").annotate(n=Count("pk")).order_by()}


@dataclass(frozen=True)
class SeasonOverview:
    """The coordinator's counts of a season: rows per status, approved places, priorities left to check."""

    placements: dict[str, int]
    applications: dict[str, int]
    offers: dict[str, int]
    places: int
    to_check: int


def season_overview(*, season: Season) -> SeasonOverview:
    places = PlacementPeriod.objects.filter(
        placement__season=season, placement__status=PlacementStatus.APPROVED
    ).aggregate(total=Sum("capacity"))["total"]
    return SeasonOverview(
        placements=_counts(Placement.objects.filter(season=season)),
        applications=_counts(Application.objects.filter(season=season)),
        offers=_counts(Assignment.objects.filter(run__season=season, run__status=MatchRunStatus.PUBLISHED)),
        places=places or 0,
        to_check=Application.objects.filter(
            season=season,
            status=ApplicationStatus.SUBMITTED,
            priority_group__isnull=False,
            priority_verified_at__isnull=True,
        ).count(),
    )


def published_explanations_of(*, applications: Iterable[Application]) -> dict[int, MatchExplanation]:
    """Application id → the explanation of the latest published run that included it (one query for all)."""
    explanations: dict[int, MatchExplanation] = {}
    for row in MatchExplanation.objects.filter(
        application__in=applications, run__status=MatchRunStatus.PUBLISHED
    ).order_by("-run__published_at", "-pk"):
        explanations.setdefault(row.application_id, row)
    return explanations
