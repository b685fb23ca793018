"""Reads of the core domain. Who may see a city's people and audit rows is decided in accounts.selectors,
which knows the roles."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from microcity.core.models import City, Indicator, Organisation, OutcomeRecord, Person


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def cities_public() -> QuerySet[City]:
    return City.objects.filter(is_active=True).order_by("name_lv")


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
