"""Pure predicates `can_<verb>_<thing>(user, obj) -> bool`: the one place that says who may do what.

Views, templates, selectors and services all ask these; none of them re-implements a rule.
A superuser may do everything. Staff act only within the cities where they hold a role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from microcity.accounts.models import STAFF_ROLES, Membership, Role

if TYPE_CHECKING:
    from microcity.core.models import City, Person

# Roles whose work needs people's personal data in their city (the people directory).
PERSON_DATA_ROLES: frozenset[str] = frozenset({Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR})
# Counsellors see youths only (13–25), never adults' records.
YOUTH_DATA_ROLES: frozenset[str] = PERSON_DATA_ROLES | {Role.COUNSELLOR}


def memberships(user: Any) -> list[Membership]:
    """The user's memberships, read once per request and kept on the user object."""
    if not getattr(user, "is_authenticated", False):
        return []
    cached = getattr(user, "_microcity_memberships", None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).select_related("city", "organisation"))
        user._microcity_memberships = cached
    return cached


def forget_memberships(user: Any) -> None:
    if hasattr(user, "_microcity_memberships"):
        del user._microcity_memberships


def is_superuser(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser)


def roles_of(user: Any, city: City | None = None) -> set[str]:
    return {m.role for m in memberships(user) if city is None or m.city_id == city.pk}


def has_role(user: Any, role: str, city: City | None = None) -> bool:
    return role in roles_of(user, city)


def has_any_role(user: Any, roles: frozenset[str] | set[str], city: City | None = None) -> bool:
    return bool(roles_of(user, city) & set(roles))


def city_ids_with_roles(user: Any, roles: frozenset[str] | set[str]) -> set[int]:
    return {m.city_id for m in memberships(user) if m.role in roles}


def is_city_staff(user: Any) -> bool:
    return is_superuser(user) or any(m.role in STAFF_ROLES for m in memberships(user))


def can_access_back_office(user: Any) -> bool:
    """Wagtail's admin at /admin/ is for staff roles only."""
    return is_city_staff(user)


def can_access_django_admin(user: Any) -> bool:
    return is_superuser(user)


def _is_guardian_of(user: Any, person: Person) -> bool:
    own = getattr(user, "person", None)
    if own is None:
        return False
    return person.guardian_links.filter(guardian=own, revoked_at__isnull=True).exists()


def can_view_person(user: Any, person: Person) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if is_superuser(user) or person.user_id == user.pk:
        return True
    if person.city_id is not None:
        if has_any_role(user, PERSON_DATA_ROLES, person.city):
            return True
        if person.is_youth and has_role(user, Role.COUNSELLOR, person.city):
            return True
    return _is_guardian_of(user, person)


def can_change_person(user: Any, person: Person) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if is_superuser(user) or person.user_id == user.pk:
        return True
    return person.city_id is not None and has_any_role(user, PERSON_DATA_ROLES, person.city)


def can_view_people_directory(user: Any, city: City) -> bool:
    return is_superuser(user) or has_any_role(user, YOUTH_DATA_ROLES, city)


def can_manage_memberships(user: Any, city: City) -> bool:
    return is_superuser(user) or has_role(user, Role.CITY_ADMINISTRATOR, city)


def can_change_city_settings(user: Any, city: City) -> bool:
    """Which programmes the city runs: its administrators decide."""
    return is_superuser(user) or has_role(user, Role.CITY_ADMINISTRATOR, city)


def can_view_audit_log(user: Any, city: City) -> bool:
    return is_superuser(user) or has_role(user, Role.CITY_ADMINISTRATOR, city)


def can_record_guardian_consent(user: Any, youth: Person) -> bool:
    """Coordinators and administrators of the youth's city record a guardian's written consent."""
    return can_change_person(user, youth) and youth.user_id != getattr(user, "pk", None)


def can_correct_birth_date(user: Any, person: Person) -> bool:
    """A date of birth that programmes rely on (core.birth_dates) is corrected by a programme coordinator
    of the person's city only, never by the person or a guardian."""
    if is_superuser(user):
        return True
    return (
        person.city_id is not None
        and person.user_id != getattr(user, "pk", None)
        and has_role(user, Role.PROGRAMME_COORDINATOR, person.city)
    )
