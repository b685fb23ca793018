"""Reads for accounts: who may see which people and audit rows of a city is decided here, once."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from microcity.accounts import permissions
from microcity.accounts.models import GuardianLink, Membership, Role
from microcity.core.models import AuditEvent, City, Person
from microcity.core.selectors import years_before


def memberships_in(*, city: City) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(city=city)
        .select_related("user", "organisation", "city")
        .order_by("user__email", "role")
    )


def youth_links_of(*, person: Person) -> list[GuardianLink]:
    """Active links where this person is the guardian."""
    return list(
        GuardianLink.objects.filter(guardian=person, revoked_at__isnull=True).select_related(
            "youth", "youth__school"
        )
    )


def guardian_links_of(*, person: Person) -> list[GuardianLink]:
    """Active links where this person is the youth."""
    return list(GuardianLink.objects.filter(youth=person, revoked_at__isnull=True).select_related("guardian"))


def links_of(*, person: Person) -> tuple[list[GuardianLink], list[GuardianLink]]:
    """Active links where this person is the guardian (with the youth and their school) and where they are
    the youth (with the guardian), in one query: what the start page shows."""
    as_guardian: list[GuardianLink] = []
    as_youth: list[GuardianLink] = []
    for link in GuardianLink.objects.filter(
        Q(guardian=person) | Q(youth=person), revoked_at__isnull=True
    ).select_related("youth", "youth__school", "guardian"):
        if link.guardian_id == person.pk:
            as_guardian.append(link)
        if link.youth_id == person.pk:
            as_youth.append(link)
    return as_guardian, as_youth


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


def audit_events_visible_to(*, user: Any, city: City) -> QuerySet[AuditEvent]:
    if not permissions.can_view_audit_log(user, city):
        return AuditEvent.objects.none()
    return AuditEvent.objects.filter(city=city).select_related("object_type", "actor", "person")
