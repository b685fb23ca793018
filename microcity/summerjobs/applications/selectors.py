"""Reads of youths' applications: the coordinator sees all of the season's, an employer the youths with
an offer or a prior agreement from them, a youth and their guardian the youth's own. Who may see which rows is decided here, once, with the same predicates as permissions.py.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from microcity.core.models import City, Person
from microcity.summerjobs import permissions
from microcity.summerjobs.eligibility import age_on
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    Application,
    ApplicationStatus,
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


def application_in_city(*, city: City, pk: int) -> Application | None:
    """An application of one of the city's seasons by its number (who may see it is decided after)."""
    return Application.objects.filter(pk=pk, season__city=city).select_related("season__city").first()


def open_application_of(*, season: Season, youth: Person) -> Application | None:
    """The youth's application in the season that is not withdrawn, with its periods and choices."""
    return (
        Application.objects.filter(season=season, youth=youth)
        .exclude(status=ApplicationStatus.WITHDRAWN)
        .prefetch_related("available_periods", "choices")
        .first()
    )


def youths_for(*, user: Any) -> list[Person]:
    """The people the user may apply for: themselves and the youths in their care (not an adult guardian)."""
    ids = permissions.youth_ids_in_care_of(user)
    people = list(Person.objects.filter(pk__in=ids).select_related("school", "city").order_by("pk"))
    if len(people) > 1:
        today = timezone.localdate()
        people = [
            p
            for p in people
            if p.user_id != user.pk or (p.date_of_birth is not None and age_on(p.date_of_birth, today) <= 25)
        ]
    return people
