"""State changes of the core domain: the outcome ledger and the audit log, used by every programme."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.core import birth_dates
from microcity.core.models import (
    AuditAction,
    AuditEvent,
    City,
    Indicator,
    Organisation,
    OutcomeRecord,
    Person,
    Programme,
)


class LedgerError(ValueError):
    """An outcome could not be recorded as asked."""


class PersonError(ValueError):
    """A change to a person's record that cannot be made; the message is translated and shown."""


class PersonNotAllowed(PersonError):
    pass


BIRTH_DATE_REASON_MAX_LENGTH = 500


def outcome_record(
    *,
    indicator: Indicator | str,
    programme: Programme | str,
    city: City,
    occurred_on: dt.date,
    source: models.Model,
    person: Person | None = None,
    organisation: Organisation | None = None,
    details: dict[str, Any] | None = None,
) -> OutcomeRecord:
    """Record a counted result once per (indicator, subject, source record); calling again changes nothing.

    The first date stands: reopening a case or editing an attendance must not move a result between
    reporting periods behind the funder's back.
    """
    if (person is None) == (organisation is None):
        raise LedgerError("An outcome names exactly one person or one organisation.")
    if indicator not in Indicator.values:
        raise LedgerError(f"Unknown indicator: {indicator!r}")
    if programme not in Programme.values:
        raise LedgerError(f"Unknown programme: {programme!r}")
    if source.pk is None:
        raise LedgerError("The source record must be saved before its outcome is recorded.")
    source_type = ContentType.objects.get_for_model(source, for_concrete_model=False)
    lookup: dict[str, Any] = {
        "indicator": str(indicator),
        "source_type": source_type,
        "source_id": str(source.pk),
        "person": person,
        "organisation": organisation,
    }
    defaults = {
        "programme": str(programme),
        "city": city,
        "occurred_on": occurred_on,
        "details": details or {},
    }
    try:
        with transaction.atomic():
            record, _created = OutcomeRecord.objects.get_or_create(**lookup, defaults=defaults)
    except IntegrityError:
        # A concurrent call inserted the same row between our read and write: it is the same result.
        record = OutcomeRecord.objects.get(**lookup)
    return record


def outcome_withdraw(*, indicator: Indicator | str, source: models.Model) -> int:
    """Remove results recorded from a source that was entered by mistake; returns how many went."""
    source_type = ContentType.objects.get_for_model(source, for_concrete_model=False)
    deleted, _ = OutcomeRecord.objects.filter(
        indicator=str(indicator), source_type=source_type, source_id=str(source.pk)
    ).delete()
    return deleted


def audit_log(
    *,
    actor: Any,
    action: AuditAction | str,
    obj: models.Model,
    person: Person | None = None,
    city: City | None = None,
    address: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Write one audit event. Views pass the client address; services never see the request."""
    if action not in AuditAction.values:
        raise ValueError(f"Unknown audit action: {action!r}")
    if person is None and isinstance(obj, Person):
        person = obj
    if city is None and person is not None and person.city_id is not None:
        city = person.city
    authenticated = getattr(actor, "is_authenticated", False)
    return AuditEvent.objects.create(
        actor=actor if authenticated else None,
        actor_label=(actor.email if authenticated else "anonymous")[:254],
        action=str(action),
        object_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        object_label=str(obj)[:250],
        person=person,
        city=city,
        address=address or None,
        details=details or {},
    )


@transaction.atomic
def person_update(*, person: Person, by: Any, data: dict[str, Any], address: str | None = None) -> Person:
    """Change a person's record and audit which fields changed (not their values: the log holds no data).

    A locked date of birth (core.birth_dates) is not changed here, whoever asks: a coordinator corrects it
    with person_birth_date_correct, which records the reason. An empty date may still be filled in."""
    changed = [field for field, value in data.items() if getattr(person, field) != value]
    if (
        "date_of_birth" in changed
        and person.date_of_birth is not None
        and birth_dates.birth_date_locked(person)
    ):
        raise PersonError(
            _(
                "The date of birth is already used by a programme and can be corrected only by a "
                "programme coordinator."
            )
        )
    for field in changed:
        setattr(person, field, data[field])
    if changed:
        person.full_clean()
        person.save()
        audit_log(
            actor=by, action=AuditAction.CHANGE, obj=person, address=address, details={"fields": changed}
        )
    return person


def audit_events_purge(*, now: Any = None) -> int:
    """Delete audit events older than the retention period; returns how many went."""
    import datetime as _dt

    from django.conf import settings

    cutoff = (now or timezone.now()) - _dt.timedelta(days=settings.MICROCITY_AUDIT_RETENTION_DAYS)
    deleted, _ = AuditEvent.objects.filter(at__lt=cutoff).delete()
    return deleted
