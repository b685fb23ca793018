"""Reads of summer seasons: a city's seasons, those a coordinator manages, and one season's
public facts. Who may see which rows is decided here, once, with the same predicates as permissions.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import QuerySet

from microcity.accounts.permissions import city_ids_with_roles, is_superuser
from microcity.core.models import City
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    MatchRun,
    MatchRunStatus,
    Placement,
    PlacementStatus,
    Season,
)


def seasons_in(*, city: City) -> QuerySet[Season]:
    return Season.objects.filter(city=city).order_by("-year", "name")


def _coordinated_city_ids(user: Any) -> set[int] | None:
    """None means every city (a superuser)."""
    if is_superuser(user):
        return None
    return city_ids_with_roles(user, permissions.COORDINATOR_ROLES)


def seasons_coordinated_by(*, user: Any) -> QuerySet[Season]:
    cities = _coordinated_city_ids(user)
    rows = Season.objects.select_related("city").order_by("-year", "name")
    return rows if cities is None else rows.filter(city_id__in=cities)


def current_season(city: City) -> Season | None:
    """The city's current season: the latest one."""
    return seasons_in(city=city).select_related("city").first()


def open_placement_count(*, season: Season) -> int:
    """How many placements youths can choose from (the approved ones)."""
    return Placement.objects.filter(season=season, status=PlacementStatus.APPROVED).count()


def first_publication(*, season: Season) -> dt.datetime | None:
    """When the season's first match run was published (offers went out), if one was."""
    return (
        MatchRun.objects.filter(season=season, status=MatchRunStatus.PUBLISHED)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


def season_rows() -> QuerySet[Season]:
    """Seasons with their city, for a page that finds one by its number."""
    return Season.objects.select_related("city")
