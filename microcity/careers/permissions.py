"""Who may see and do what in career support: pure predicates used by selectors, services and views.

The portfolio belongs to the youth: nobody else sees a section unless the owner shared it with their
kind of viewer (counsellor, guardian), and a superuser is no exception. Coordinators see counts, not
content. Private session notes are for the counsellor who held the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils import timezone

from microcity.accounts import permissions as accounts_permissions
from microcity.accounts.models import GuardianLink, Role
from microcity.careers.models import COUNSELLOR_VISIBLE, GUARDIAN_VISIBLE, Booking, Visibility

if TYPE_CHECKING:
    from microcity.careers.models import Activity, Portfolio, Registration, SessionRecord
    from microcity.core.models import City, Person

# Staff of a city who organise activities and record attendance.
ACTIVITY_STAFF_ROLES: frozenset[str] = frozenset({Role.COUNSELLOR, Role.PROGRAMME_COORDINATOR})
OVERVIEW_ROLES: frozenset[str] = frozenset({Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR})


def _authenticated(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


def is_self(user: Any, person: Person) -> bool:
    return _authenticated(user) and person.user_id is not None and person.user_id == user.pk


def is_owner(user: Any, portfolio: Portfolio) -> bool:
    return is_self(user, portfolio.person)


def is_linked_guardian(user: Any, youth: Person) -> bool:
    """An active guardian link whose consent has been given."""
    if not _authenticated(user):
        return False
    own = getattr(user, "person", None)
    if own is None:
        return False
    return GuardianLink.objects.filter(
        guardian=own, youth=youth, revoked_at__isnull=True, consent_given_at__lte=timezone.now()
    ).exists()


def is_counsellor_for(user: Any, youth: Person) -> bool:
    """A career counsellor of the youth's city, for a youth of youth-programme age (13–25)."""
    return (
        _authenticated(user)
        and youth.city_id is not None
        and youth.is_youth
        and accounts_permissions.has_role(user, Role.COUNSELLOR, youth.city)
    )


def viewer_kinds(user: Any, portfolio: Portfolio) -> set[str]:
    """What the user is to this portfolio's owner: "owner", "counsellor", "guardian" (may be several)."""
    kinds: set[str] = set()
    person = portfolio.person
    if is_owner(user, portfolio):
        kinds.add("owner")
    if is_counsellor_for(user, person):
        kinds.add("counsellor")
    if is_linked_guardian(user, person):
        kinds.add("guardian")
    return kinds


def visibility_allows(visibility: str, kinds: set[str]) -> bool:
    if "owner" in kinds:
        return True
    if "counsellor" in kinds and visibility in COUNSELLOR_VISIBLE:
        return True
    return "guardian" in kinds and visibility in GUARDIAN_VISIBLE


def can_view_section(user: Any, portfolio: Portfolio, section: str, visibility: str | None = None) -> bool:
    """`visibility` may be passed when the caller already read it, to save a query per section."""
    kinds = viewer_kinds(user, portfolio)
    if not kinds:
        return False
    if visibility is None:
        row = portfolio.sharing.filter(section=section).first()
        visibility = row.visibility if row else Visibility.PRIVATE
    return visibility_allows(visibility, kinds)


def can_edit_portfolio(user: Any, portfolio: Portfolio) -> bool:
    return is_owner(user, portfolio)


def can_create_portfolio(user: Any, person: Person) -> bool:
    from microcity.careers import conf

    age = person.age
    return is_self(user, person) and age is not None and age >= conf.portfolio_min_age()


# --- Counselling ----------------------------------------------------------------------------------


def is_counsellor_in(user: Any, city: City) -> bool:
    return _authenticated(user) and accounts_permissions.has_role(user, Role.COUNSELLOR, city)


def can_manage_city_availability(user: Any, city: City) -> bool:
    """A coordinator of the city keeps any of the city's counsellors' hours (cover, holidays, a new term)."""
    return _authenticated(user) and accounts_permissions.has_role(user, Role.PROGRAMME_COORDINATOR, city)


def can_manage_availability(user: Any, counsellor: Any, city: City) -> bool:
    """A counsellor keeps their own calendar; a coordinator of the city may keep it for them. Never a
    counsellor who does not work in `city`, so a coordinator cannot reach another city's counsellors."""
    if not is_counsellor_in(counsellor, city):
        return False
    if _authenticated(user) and user.pk == counsellor.pk:
        return True
    return can_manage_city_availability(user, city)


def is_city_counselling_staff(user: Any, city: City) -> bool:
    return _authenticated(user) and accounts_permissions.has_any_role(user, ACTIVITY_STAFF_ROLES, city)


def can_book_for(user: Any, youth: Person) -> bool:
    """The youth, their linked guardian, or counselling staff of the youth's city."""
    if is_self(user, youth) or is_linked_guardian(user, youth):
        return True
    return youth.city is not None and is_city_counselling_staff(user, youth.city)


def can_book_as_guardian(user: Any, youth: Person, city: City) -> bool:
    """A guardian books for a linked youth (active link, consent given) of counselling age in `city`."""
    return youth.city_id == city.pk and youth.is_youth and is_linked_guardian(user, youth)


def can_book_as_staff(user: Any, youth: Person, city: City) -> bool:
    """A counsellor or the coordinator of `city` books for a youth of counselling age who lives there."""
    return youth.city_id == city.pk and youth.is_youth and is_city_counselling_staff(user, city)


def is_booking_staff(user: Any, booking: Booking) -> bool:
    """The booking's counsellor, or a coordinator of its city: not bound by the youths' change deadline."""
    if not _authenticated(user):
        return False
    if booking.counsellor_id == user.pk:
        return True
    return accounts_permissions.has_role(user, Role.PROGRAMME_COORDINATOR, booking.city)


def can_change_booking(user: Any, booking: Booking) -> bool:
    """Move or cancel: the youth, their guardian, the booking's counsellor or a coordinator; other
    counsellors do not move a colleague's sessions."""
    return (
        is_booking_staff(user, booking)
        or is_self(user, booking.youth)
        or is_linked_guardian(user, booking.youth)
    )


def can_mark_booking(user: Any, booking: Booking) -> bool:
    return is_booking_staff(user, booking)


def can_view_booking(user: Any, booking: Booking) -> bool:
    """Its counsellor, the city's coordinator, the youth, their guardian, and the member of the city's
    counselling staff who booked it (a counsellor booking a colleague's time for a youth)."""
    return (
        is_booking_staff(user, booking)
        or is_self(user, booking.youth)
        or is_linked_guardian(user, booking.youth)
        or (
            _authenticated(user)
            and booking.booked_by_id == user.pk
            and is_city_counselling_staff(user, booking.city)
        )
    )


def can_view_session_record(user: Any, record: SessionRecord) -> bool:
    """Topics and next steps: the youth and the counsellor who held the session."""
    booking = record.booking
    return is_self(user, booking.youth) or (
        _authenticated(user) and booking.counsellor_id == user.pk and is_counsellor_in(user, booking.city)
    )


def can_view_private_notes(user: Any, record: SessionRecord) -> bool:
    booking = record.booking
    return _authenticated(user) and booking.counsellor_id == user.pk and is_counsellor_in(user, booking.city)


def can_write_session_record(user: Any, booking: Booking) -> bool:
    return _authenticated(user) and booking.counsellor_id == user.pk and is_counsellor_in(user, booking.city)


def can_tick_next_step(user: Any, booking: Booking) -> bool:
    """The youth or the counsellor who held the session ticks off a next step agreed in it."""
    return is_self(user, booking.youth) or can_write_session_record(user, booking)


def can_view_caseload(user: Any, counsellor: Any, city: City) -> bool:
    if not _authenticated(user):
        return False
    if user.pk == counsellor.pk:
        return is_counsellor_in(user, city)
    return accounts_permissions.has_any_role(user, OVERVIEW_ROLES, city)


def can_view_overview(user: Any, city: City) -> bool:
    return _authenticated(user) and accounts_permissions.has_any_role(user, OVERVIEW_ROLES, city)


# --- Activities -----------------------------------------------------------------------------------


def can_manage_activities(user: Any, city: City) -> bool:
    return is_city_counselling_staff(user, city)


def can_register_for(user: Any, youth: Person, activity: Activity) -> bool:
    if is_self(user, youth) or is_linked_guardian(user, youth):
        return True
    return can_manage_activities(user, activity.city)


def can_change_registration(user: Any, registration: Registration) -> bool:
    return can_register_for(user, registration.youth, registration.activity)


def can_mark_attendance(user: Any, activity: Activity) -> bool:
    return can_manage_activities(user, activity.city)


def can_download_activity_certificate(user: Any, registration: Registration) -> bool:
    """The certificate of participation: for the youth who attended, or their consented guardian."""
    from microcity.careers.models import RegistrationStatus

    if registration.status != RegistrationStatus.ATTENDED:
        return False
    return is_self(user, registration.youth) or is_linked_guardian(user, registration.youth)
