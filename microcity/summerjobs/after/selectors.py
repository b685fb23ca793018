"""Reads after a summer job: one job with what its page and certificate need, and the feedback and
certificates given for jobs."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from microcity.core.models import City
from microcity.summerjobs.models import Assignment, Feedback, MatchRunStatus, WorkCertificate


def jobs_in_city() -> QuerySet[Assignment]:
    """Places of published runs with what the after-work pages show (filter by pk and city)."""
    return Assignment.objects.select_related(
        "run",
        "application__youth",
        "application__season__city",
        "application__priority_group",
        "placement_period__placement__organisation",
        "placement_period__placement__occupation",
        "period",
        "contract",
    )


def published_jobs_in(*, city: City) -> QuerySet[Assignment]:
    return jobs_in_city().filter(run__season__city=city, run__status=MatchRunStatus.PUBLISHED)


def feedback_given(*, assignment_ids: Iterable[int]) -> set[tuple[int, str]]:
    """(assignment id, role) of every feedback given for these jobs."""
    return set(Feedback.objects.filter(assignment_id__in=assignment_ids).values_list("assignment_id", "role"))


def certificate_numbers(*, assignment_ids: Iterable[int]) -> dict[int, str]:
    """Assignment id → the number of its certificate of work, for the jobs that have one."""
    return dict(
        WorkCertificate.objects.filter(assignment_id__in=assignment_ids).values_list(
            "assignment_id", "number"
        )
    )


def feedback_of(*, assignment: Assignment, role: str | None = None) -> QuerySet[Feedback]:
    rows = Feedback.objects.filter(assignment=assignment)
    return rows if role is None else rows.filter(role=role)


def certificates_of(*, assignment: Assignment) -> QuerySet[WorkCertificate]:
    return WorkCertificate.objects.filter(assignment=assignment).select_related("issued_by")
