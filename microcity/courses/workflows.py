"""The errors of retraining courses and the status workflows of a course and of an application."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from microcity.core import workflow
from microcity.courses.models import ApplicationStatus, CourseStatus


class CoursesError(workflow.DomainError):
    """A course action that cannot be done as asked; the message is shown."""


class NotAllowed(CoursesError, workflow.NotAllowed):
    pass


class NotFound(CoursesError, workflow.NotFound):
    pass


COURSES = workflow.Workflow(
    labels=CourseStatus,
    allowed=workflow.allowed(
        {
            CourseStatus.OPEN: {CourseStatus.DRAFT},
            CourseStatus.SELECTED: {CourseStatus.OPEN},
            CourseStatus.FINISHED: {CourseStatus.SELECTED},
            CourseStatus.CANCELLED: {CourseStatus.DRAFT, CourseStatus.OPEN, CourseStatus.SELECTED},
        }
    ),
    refusal=_("A course that is “%(from)s” cannot become “%(to)s”."),
    error=CoursesError,
)

S = ApplicationStatus
APPLICATIONS = workflow.Workflow(
    labels=ApplicationStatus,
    allowed=workflow.allowed(
        {
            S.WAITLISTED: {S.SUBMITTED},
            S.OFFERED: {S.SUBMITTED, S.WAITLISTED},
            S.ACCEPTED: {S.OFFERED},
            S.DECLINED: {S.OFFERED},
            S.EXPIRED: {S.OFFERED},
            S.WITHDRAWN: {S.SUBMITTED, S.WAITLISTED},
            S.DROPPED_OUT: {S.ACCEPTED},
            S.COMPLETED: {S.ACCEPTED},
            S.NOT_COMPLETED: {S.ACCEPTED},
        }
    ),
    refusal=_("An application that is “%(from)s” cannot become “%(to)s”."),
    error=CoursesError,
)
