"""Who may do what with grant calls and applications: pure predicates over the user's memberships.

The city's programme coordinators run the calls; grant evaluators of the city score what they are
assigned; an organisation's representatives (employer representatives of it) apply for it and see only
their organisations' applications."""

from __future__ import annotations

from typing import Any

from microcity.accounts import permissions
from microcity.accounts.models import Role
from microcity.grants.models import Application, ApplicationStatus, Call, Review

COORDINATOR_ROLES = frozenset({Role.PROGRAMME_COORDINATOR})
EVALUATOR_ROLES = frozenset({Role.GRANT_EVALUATOR})
APPLICANT_ROLES = frozenset({Role.EMPLOYER_REPRESENTATIVE})
EDITABLE = frozenset({ApplicationStatus.DRAFT})
WITHDRAWABLE = frozenset(
    {
        ApplicationStatus.DRAFT,
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.RETURNED,
        ApplicationStatus.ELIGIBLE,
    }
)


def is_coordinator(user: Any, city: Any) -> bool:
    return permissions.is_superuser(user) or permissions.has_any_role(user, COORDINATOR_ROLES, city)


def is_evaluator(user: Any, city: Any) -> bool:
    return permissions.has_any_role(user, EVALUATOR_ROLES, city)


def represented_organisation_ids(user: Any) -> set[int]:
    """The organisations the user represents (in any city: a company may apply where it is eligible)."""
    return {
        m.organisation_id
        for m in permissions.memberships(user)
        if m.role in APPLICANT_ROLES and m.organisation_id is not None
    }


def can_manage_calls(user: Any, city: Any) -> bool:
    return is_coordinator(user, city)


def can_apply(user: Any, call: Call, organisation_id: int | None = None) -> bool:
    ids = represented_organisation_ids(user)
    if organisation_id is not None:
        return organisation_id in ids
    return bool(ids)


def is_applicant_of(user: Any, application: Application) -> bool:
    """The person who made it, or anyone who represents the organisation."""
    if not getattr(user, "is_authenticated", False):
        return False
    return application.applicant_id == user.pk or application.organisation_id in represented_organisation_ids(
        user
    )


def can_view_application(user: Any, application: Application) -> bool:
    return is_applicant_of(user, application) or is_coordinator(user, application.call.city)


def can_edit_application(user: Any, application: Application) -> bool:
    return is_applicant_of(user, application) and application.status in EDITABLE


def can_withdraw_application(user: Any, application: Application) -> bool:
    return is_applicant_of(user, application) and application.status in WITHDRAWABLE


def can_review(user: Any, review: Review) -> bool:
    """The evaluator of the review, while it has no declared conflict."""
    return (
        getattr(user, "is_authenticated", False)
        and review.evaluator_id == user.pk
        and not review.conflict
        and is_evaluator(user, review.application.call.city)
    )
