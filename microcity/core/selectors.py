"""Reads of the core domain; who may see which rows is decided here, once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from microcity.accounts import permissions
from microcity.accounts.models import Role
from microcity.core.models import AuditEvent, City, Indicator, Organisation, OutcomeRecord, Person


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def cities_public() -> QuerySet[City]:
    return City.objects.filter(is_active=True).order_by("name_lv")


def city_by_slug(slug: str) -> City:
    return City.objects.get(slug=slug, is_active=True)


def headline_count(
    *,
    indicator: Indicator | str,
    city: City | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> int:
    """Distinct persons plus distinct organisations with this result in the city (or all cities) and period.

    Counting distinct subjects is what keeps a youth who attended three activities, or a case that
    was reopened and moved twice, at one.
    """
    rows = OutcomeRecord.objects.filter(indicator=str(indicator))
    if city is not None:
        rows = rows.filter(city=city)
    if start is not None:
        rows = rows.filter(occurred_on__gte=start)
    if end is not None:
        rows = rows.filter(occurred_on__lte=end)
    people = rows.filter(person__isnull=False).values("person_id").distinct().count()
    organisations = rows.filter(organisation__isnull=False).values("organisation_id").distinct().count()
    return people + organisations


def headline_numbers(
    *, city: City | None = None, start: dt.date | None = None, end: dt.date | None = None
) -> list[dict[str, Any]]:
    return [
        {
            "indicator": indicator,
            "label": indicator.label,
            "count": headline_count(indicator=indicator, city=city, start=start, end=end),
        }
        for indicator in Indicator
    ]


def people_visible_to(*, user: Any, city: City) -> QuerySet[Person]:
    """People of a city whose records this user's role needs; counsellors see youths only."""
    base = Person.objects.filter(city=city).select_related("city", "school")
    if permissions.is_superuser(user) or permissions.has_any_role(user, permissions.PERSON_DATA_ROLES, city):
        return base
    if permissions.has_role(user, Role.COUNSELLOR, city):
        today = timezone.localdate()
        oldest = years_before(today, 26)
        youngest = years_before(today, 13)
        # Born after `oldest` (not yet 26) and on or before `youngest` (at least 13).
        return base.filter(date_of_birth__gt=oldest, date_of_birth__lte=youngest)
    return base.none()


def people_search(*, queryset: QuerySet[Person], query: str) -> QuerySet[Person]:
    for word in query.split():
        queryset = queryset.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(email__icontains=word)
        )
    return queryset


def organisations_in(*, city: City, kind: str | None = None) -> QuerySet[Organisation]:
    rows = Organisation.objects.filter(city=city)
    if kind:
        rows = rows.filter(kind=kind)
    return rows.select_related("city")


def audit_events_visible_to(*, user: Any, city: City) -> QuerySet[AuditEvent]:
    if not permissions.can_view_audit_log(user, city):
        return AuditEvent.objects.none()
    return AuditEvent.objects.filter(city=city).select_related("object_type", "actor", "person")
