"""Who may post, approve and see jobs: employer representatives for their organisation, editors per city."""

from __future__ import annotations

from typing import Any

from microcity.accounts import permissions
from microcity.accounts.models import Role
from microcity.core.models import City, Organisation
from microcity.talent.models import Job, JobStatus

REVIEWER_ROLES = frozenset({Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR})
EDITABLE = {JobStatus.DRAFT, JobStatus.RETURNED}


def employer_organisation_ids(user: Any) -> set[int]:
    return {
        m.organisation_id
        for m in permissions.memberships(user)
        if m.role == Role.EMPLOYER_REPRESENTATIVE and m.organisation_id is not None
    }


def can_post_job(user: Any, organisation: Organisation | None = None) -> bool:
    if permissions.is_superuser(user):
        return True
    ids = employer_organisation_ids(user)
    return bool(ids) if organisation is None else organisation.pk in ids


def can_review_jobs(user: Any, city: City) -> bool:
    return permissions.is_superuser(user) or permissions.has_any_role(user, REVIEWER_ROLES, city)


def can_edit_job(user: Any, job: Job) -> bool:
    return job.status in EDITABLE and can_post_job(user, job.organisation)


def can_view_job(user: Any, job: Job) -> bool:
    if job.is_open:
        return True
    return can_post_job(user, job.organisation) or can_review_jobs(user, job.city)


# Relocation cases: their consultant, and the city's coordinators and administrators, and no one else.
CASE_MANAGER_ROLES = frozenset({Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR})


def can_view_case(user: Any, case: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if permissions.is_superuser(user) or permissions.has_any_role(user, CASE_MANAGER_ROLES, case.city):
        return True
    return case.consultant_id == user.pk and permissions.has_role(user, Role.RELOCATION_CONSULTANT, case.city)


def can_work_cases(user: Any, city: City) -> bool:
    """May open the contact point's case board of the city."""
    return permissions.is_superuser(user) or permissions.has_any_role(
        user, CASE_MANAGER_ROLES | {Role.RELOCATION_CONSULTANT}, city
    )


def can_manage_cases(user: Any, city: City) -> bool:
    """Reassign cases, see the funnel and export personal data: coordinators and administrators."""
    return permissions.is_superuser(user) or permissions.has_any_role(user, CASE_MANAGER_ROLES, city)
