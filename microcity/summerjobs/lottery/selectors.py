"""Reads of the lottery: a season's match runs and a youth's explanation from a run."""

from __future__ import annotations

from django.db.models import QuerySet

from microcity.summerjobs.explanations import explain
from microcity.summerjobs.models import (
    Application,
    MatchExplanation,
    MatchRun,
    MatchRunStatus,
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
