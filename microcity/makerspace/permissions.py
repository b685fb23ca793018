"""Who may book, instruct, change machines and read the usage report: pure predicates for views, templates
and services alike. Staff act only in the cities where they hold a role."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from microcity.accounts import permissions as accounts
from microcity.accounts.models import Role

if TYPE_CHECKING:
    from microcity.core.models import City, Person
    from microcity.makerspace.models import Booking

# Instructors run the floor (inductions, usage, no-shows, machine status); coordinators may do the same.
INSTRUCTOR_ROLES: frozenset[str] = frozenset({Role.MAKERSPACE_INSTRUCTOR, Role.PROGRAMME_COORDINATOR})
# The usage report and the accounting export: the city's coordinators and administrators.
REPORT_ROLES: frozenset[str] = frozenset({Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR})
# Below this age a booking needs a parent's or guardian's consent on record.
CONSENT_AGE = 16


def _signed_in(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


def can_instruct(user: Any, city: City) -> bool:
    return accounts.is_superuser(user) or accounts.has_any_role(user, INSTRUCTOR_ROLES, city)


def can_view_report(user: Any, city: City) -> bool:
    return accounts.is_superuser(user) or accounts.has_any_role(user, REPORT_ROLES, city)


def can_set_opening_hours(user: Any, city: City) -> bool:
    return can_instruct(user, city)


def person_of(user: Any) -> Person | None:
    return getattr(user, "person", None) if _signed_in(user) else None


def can_book(user: Any) -> bool:
    """Anyone signed in with their own person record books for themselves."""
    return person_of(user) is not None


def can_view_booking(user: Any, booking: Booking) -> bool:
    if not _signed_in(user):
        return False
    own = person_of(user)
    return (own is not None and booking.person_id == own.pk) or can_instruct(user, booking.city)


def can_cancel_booking(user: Any, booking: Booking) -> bool:
    return can_view_booking(user, booking)
