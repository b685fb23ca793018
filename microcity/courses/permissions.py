"""Who may see and do what with retraining courses: pure predicates used by selectors, services and views.

Coordinators of the course's city run the course from call to outcome and alone see applicants' entry data
(what funders ask for); a trainer named on a course sees its participants and marks their attendance; an
applicant sees and answers their own application.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from microcity.accounts import permissions as accounts_permissions
from microcity.accounts.models import Role

if TYPE_CHECKING:
    from microcity.core.models import City, Person
    from microcity.courses.models import Application, Course

COORDINATOR_ROLES: frozenset[str] = frozenset({Role.PROGRAMME_COORDINATOR})


def _authenticated(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


def can_manage_courses(user: Any, city: City) -> bool:
    return accounts_permissions.is_superuser(user) or accounts_permissions.has_any_role(
        user, COORDINATOR_ROLES, city
    )


def can_manage_course(user: Any, course: Course) -> bool:
    return can_manage_courses(user, course.city)


def is_trainer(user: Any, course: Course) -> bool:
    """The trainer list is read once per course object and request."""
    if not _authenticated(user):
        return False
    cached = getattr(course, "_trainer_ids", None)
    if cached is None:
        cached = set(course.trainers.values_list("pk", flat=True))
        course._trainer_ids = cached  # type: ignore[attr-defined]
    return user.pk in cached


def can_view_participants(user: Any, course: Course) -> bool:
    """The participants' names and attendance: the coordinators and the course's own trainers."""
    return can_manage_course(user, course) or is_trainer(user, course)


def can_mark_attendance(user: Any, course: Course) -> bool:
    return can_view_participants(user, course)


def can_view_entry_data(user: Any, course: Course) -> bool:
    """Gender, labour-market status, education, disadvantage and disability: coordinators only."""
    return can_manage_course(user, course)


def can_apply_as(user: Any, person: Person) -> bool:
    """A signed-in adult applies for themselves."""
    return _authenticated(user) and person.user_id == user.pk


def is_applicant(user: Any, application: Application) -> bool:
    return _authenticated(user) and application.person.user_id == user.pk


def can_view_application(user: Any, application: Application) -> bool:
    return is_applicant(user, application) or can_manage_course(user, application.course)
