"""The status workflows of grants, as data (core.workflow): calls, applications and final reports."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core import workflow
from microcity.grants.models import ApplicationStatus, CallStatus, ReportStatus


class GrantsError(workflow.DomainError):
    """A grants action that cannot be done; the message is translated and shown."""


class NotAllowed(GrantsError, workflow.NotAllowed):
    pass


class NotFound(GrantsError, workflow.NotFound):
    pass


class RulesBroken(GrantsError):
    """An application breaks one or more rules; `messages` lists each."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = list(messages)
        super().__init__("; ".join(messages))


S = ApplicationStatus
APPLICATIONS = workflow.Workflow(
    labels=ApplicationStatus,
    allowed=workflow.allowed(
        {
            S.SUBMITTED: {S.DRAFT, S.RETURNED},
            S.RETURNED: {S.SUBMITTED},
            S.WITHDRAWN: {S.DRAFT, S.SUBMITTED, S.RETURNED, S.ELIGIBLE},
            S.ELIGIBLE: {S.SUBMITTED},
            S.INELIGIBLE: {S.SUBMITTED},
            S.FUNDED: {S.ELIGIBLE},
            S.NOT_FUNDED: {S.ELIGIBLE},
            S.CONTRACTED: {S.FUNDED},
            S.COMPLETED: {S.CONTRACTED},
        }
    ),
    refusal=_("An application that is “%(from)s” cannot become “%(to)s”."),
    error=GrantsError,
)

CALLS = workflow.Workflow(
    labels=CallStatus,
    allowed=workflow.allowed(
        {
            CallStatus.PUBLISHED: {CallStatus.DRAFT},
            CallStatus.DECIDED: {CallStatus.PUBLISHED},
            CallStatus.CLOSED: {CallStatus.DECIDED},
        }
    ),
    refusal=_("A call that is “%(from)s” cannot become “%(to)s”."),
    error=GrantsError,
)

REPORTS = workflow.Workflow(
    labels=ReportStatus,
    allowed=workflow.allowed(
        {
            ReportStatus.SUBMITTED: {ReportStatus.DRAFT, ReportStatus.RETURNED},
            ReportStatus.RETURNED: {ReportStatus.SUBMITTED},
            ReportStatus.ACCEPTED: {ReportStatus.SUBMITTED},
        }
    ),
    refusal=pgettext_lazy("grant report", "A report that is “%(from)s” cannot become “%(to)s”."),
    error=GrantsError,
)
