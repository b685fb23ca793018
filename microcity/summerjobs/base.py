"""What the summer programme's service modules share: its errors, the status-transition check and the audit
call. It sits below services.py and matching.py, so that neither needs to import the other for them."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from microcity.core.models import AuditAction, City, Person
from microcity.core.services import audit_log


class SummerJobsError(Exception):
    """A summer-programme action that cannot be done; the message is translated and shown to the user."""


class NotAllowed(SummerJobsError):
    pass


def _transition(obj: Any, to: str, transitions: dict[str, set[str]], labels: type[models.TextChoices]) -> str:
    """Move obj.status along the map; returns the previous status."""
    previous = str(obj.status)
    if to not in transitions.get(previous, set()):
        raise SummerJobsError(
            _("Something that is “%(from)s” cannot become “%(to)s”.")
            % {"from": labels(previous).label, "to": labels(to).label}
        )
    obj.status = to
    return previous


def _audit(
    *,
    by: Any,
    obj: models.Model,
    city: City,
    person: Person | None = None,
    action: str = AuditAction.CHANGE,
    **details: Any,
) -> None:
    audit_log(actor=by, action=action, obj=obj, person=person, city=city, details=details)
