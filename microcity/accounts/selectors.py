"""Reads for accounts."""

from __future__ import annotations

from django.db.models import QuerySet

from microcity.accounts.models import GuardianLink, Membership
from microcity.core.models import City, Person


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
