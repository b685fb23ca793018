"""The one workflow core of every programme: the family of errors that services raise when an action cannot
be done, status workflows written as data (which states each state may be entered from), and the one helper
that moves a row along a workflow (lock, check, change, save, audit). See docs/decisions/0016.

Services raise `NotAllowed` (the user may not: an HTTP 403), `NotFound` (an HTTP 404) or another
`DomainError` (the action cannot be done now: the message is shown); `microcity.core.refusals` turns them
into the answer, in one place. Each app's own errors derive from these, so `except CareersError` still
catches everything that careers refuses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models
from django.utils import timezone
from django.utils.functional import Promise

from microcity.core.models import AuditAction, City, Person
from microcity.core.services import audit_log

# The acting user is typed by Django's base class: core sits below accounts (docs/decisions/0019).
M = TypeVar("M", bound=models.Model)


class DomainError(Exception):
    """An action that cannot be done as asked; the message is translated and shown to the user.
    `messages` lists each reason (one, unless a subclass says more)."""

    messages: list[str]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        # A subclass that lists its reasons sets `messages` before calling this.
        if not getattr(self, "messages", None):
            self.messages = [str(args[0])] if args else []


class NotAllowed(DomainError):
    """The user may not do this at all (answered with 403 Forbidden)."""


class NotFound(DomainError):
    """There is nothing of that kind for this user (answered with 404 Not Found)."""


# A guard says why an otherwise allowed change must not happen now (a translated message), or None.
Guard = Callable[[Any, str, dt.datetime], "str | None"]


@dataclass(frozen=True, eq=False)
class Workflow:
    """A status workflow as data. `allowed` maps each state to the states it may be entered from; a change
    that is not listed is refused with `refusal` (which names "%(from)s" and "%(to)s") as `error`, the app's
    own error class. A `guard` may refuse a listed change because of facts beyond the status."""

    labels: type[models.TextChoices]
    allowed: Mapping[str, frozenset[str]]
    refusal: str | Promise
    error: type[DomainError] = DomainError
    field: str = "status"
    guard: Guard | None = None
    _targets: dict[str, list[str]] = dataclasses.field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        states = set(self.labels.values)
        for to, sources in self.allowed.items():
            unknown = ({to} | set(sources)) - states
            if unknown:
                raise ValueError(f"{self.labels.__name__}: unknown states {sorted(unknown)}")
        for state in self.labels.values:
            self._targets[state] = [to for to in self.labels.values if state in self.allowed.get(to, ())]

    def sources(self, to: str) -> frozenset[str]:
        """The states from which `to` may be entered."""
        return frozenset(self.allowed.get(to, ()))

    def targets(self, state: str) -> list[str]:
        """The states that may follow `state`, in the order of the choices."""
        return list(self._targets.get(str(state), []))

    def allows(self, state: str, to: str) -> bool:
        return str(state) in self.allowed.get(str(to), ())

    def check(self, obj: models.Model, to: str, *, now: dt.datetime | None = None) -> str:
        """Refuse the change of `obj` to `to` unless the map lists it and the guard lets it; returns the
        state it leaves."""
        state = str(getattr(obj, self.field))
        if not self.allows(state, to):
            raise self.error(
                str(self.refusal) % {"from": self.labels(state).label, "to": self.labels(to).label}
            )
        if self.guard is not None:
            reason = self.guard(obj, str(to), now or timezone.now())
            if reason:
                raise self.error(reason)
        return state


def allowed(mapping: Mapping[Any, Iterable[Any]]) -> dict[str, frozenset[str]]:
    """Write a map with the choices themselves (`{Status.DONE: {Status.OPEN}}`); stored as plain strings."""
    return {str(to): frozenset(str(state) for state in sources) for to, sources in mapping.items()}


def lock(obj: M, *related: str) -> M:
    """`obj` read again with its row locked until the transaction ends, joined with `related`."""
    manager = type(obj)._default_manager
    return manager.select_for_update(of=("self",)).select_related(*related).get(pk=obj.pk)


def transition(
    obj: M,
    to: str,
    *,
    workflow: Workflow,
    by: AbstractBaseUser | None,
    city: City | None,
    person: Person | None = None,
    fields: Iterable[str] = (),
    details: Mapping[str, Any] | None = None,
    address: str | None = None,
    now: dt.datetime | None = None,
    locked: bool = False,
) -> str:
    """Move `obj` to `to`: lock its row (unless the caller holds the lock: `locked`), check the state it is
    in now against the workflow, set the new state, save it with `fields` (set by the caller), and write
    the audit event. Returns the state it left. Call it inside the service's transaction."""
    current = obj if locked else lock(obj)
    previous = workflow.check(current, to, now=now)
    setattr(obj, workflow.field, to)
    update = [workflow.field, *fields]
    if any(f.name == "updated_at" for f in obj._meta.concrete_fields) and "updated_at" not in update:
        update.append("updated_at")
    obj.save(update_fields=update)
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=obj,
        person=person,
        city=city,
        address=address,
        details={workflow.field: [previous, str(to)], **(details or {})},
    )
    return previous
