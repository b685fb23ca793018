"""Contracts and the papers the Labour Law requires before a youth's first working day: drawing up and
signing the contract of an accepted assignment, recording the documents a minor needs, and saying what is
still missing before the job may start (timesheets refuse hours until nothing is).

The pure helpers at the top (age category, required documents, what is missing) take plain values, so
that a list page can work them out for many assignments from rows it has already read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_UP, Decimal
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.core.models import AuditAction
from microcity.summerjobs import eligibility, permissions
from microcity.summerjobs.models import (
    AgeCategory,
    Assignment,
    AssignmentStatus,
    Contract,
    HourLimit,
    Season,
    StartDocument,
    StartDocumentKind,
)
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError, audit, contract_may

# The rate is kept to four decimal places (Contract.hourly_rate); rounding up keeps it at or above the
# minimum wage pro rata.
RATE_PLACES = Decimal("0.0001")
NUMBER_DIGITS = 5
CONTRACT_FIELDS = frozenset({"starts_on", "ends_on", "hours_per_day", "hourly_rate"})

# Labour Law: before a minor's first working day. A child needs the parent's written consent as well.
DOCUMENTS_BY_CATEGORY: dict[str, tuple[StartDocumentKind, ...]] = {
    AgeCategory.CHILD: (
        StartDocumentKind.GUARDIAN_CONSENT,
        StartDocumentKind.RISK_ASSESSMENT,
        StartDocumentKind.MEDICAL_CERTIFICATE,
    ),
    AgeCategory.ADOLESCENT: (StartDocumentKind.RISK_ASSESSMENT, StartDocumentKind.MEDICAL_CERTIFICATE),
    AgeCategory.ADULT: (),
}

CONTRACT_MISSING = "contract_missing"
CONTRACT_UNSIGNED = "contract_unsigned"
DOCUMENT_MISSING = "document_missing"

MESSAGES: dict[str, Promise] = {
    CONTRACT_MISSING: gettext_lazy("The contract has not been drawn up yet."),
    CONTRACT_UNSIGNED: gettext_lazy("The youth has not signed the contract yet."),
    DOCUMENT_MISSING: gettext_lazy("Not received yet: %(document)s."),
}


@dataclass(frozen=True)
class Missing:
    """One thing that must be in order before the first working day; `message` is translated when read."""

    code: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        params = dict(self.params)
        if "document" in params:
            params["document"] = str(StartDocumentKind(params["document"]).label)
        return str(MESSAGES[self.code]) % params if params else str(MESSAGES[self.code])

    def __str__(self) -> str:
        return self.message


class ContractInvalid(SummerJobsError):
    """The contract's terms break the season's rules; `messages` lists every reason."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__(" ".join(messages))


class NotReadyToStart(SummerJobsError):
    """Hours were recorded before the contract and the documents were in order; `missing` says what."""

    def __init__(self, missing: list[Missing]) -> None:
        self.missing = missing
        self.messages = [item.message for item in missing]
        super().__init__(
            _("The job cannot start without them: %(missing)s") % {"missing": " ".join(self.messages)}
        )


# --- Pure helpers -----------------------------------------------------------------------------------


def minimum_hourly_rate(*, minimum_wage: Decimal, monthly_hours: Decimal) -> Decimal:
    """The monthly minimum wage pro rata per hour, rounded up to the contract's four decimal places."""
    return (Decimal(minimum_wage) / Decimal(monthly_hours)).quantize(RATE_PLACES, rounding=ROUND_UP)


def season_minimum_hourly_rate(season: Season) -> Decimal:
    return minimum_hourly_rate(minimum_wage=season.minimum_wage, monthly_hours=season.monthly_hours)


def category_on(*, born: dt.date | None, in_basic_education: bool, day: dt.date) -> AgeCategory | None:
    """The youth's Labour Law age category on `day`; None when the date of birth is unknown."""
    if born is None:
        return None
    return eligibility.age_category(age=eligibility.age_on(born, day), in_basic_education=in_basic_education)


def documents_for(category: AgeCategory | None) -> list[StartDocumentKind]:
    """The documents of an age category; without a date of birth, all of them (the strictest case)."""
    if category is None:
        return list(DOCUMENTS_BY_CATEGORY[AgeCategory.CHILD])
    return list(DOCUMENTS_BY_CATEGORY[category])


def missing_items(
    *, required: Iterable[str], contract: Contract | None, received: Iterable[str]
) -> list[Missing]:
    """What is not yet in order, in the order of the checklist: the contract, its signature, each paper."""
    items: list[Missing] = []
    if contract is None:
        items.append(Missing(CONTRACT_MISSING))
    elif contract.signed_on is None:
        items.append(Missing(CONTRACT_UNSIGNED))
    have = set(received)
    items.extend(Missing(DOCUMENT_MISSING, {"document": str(kind)}) for kind in required if kind not in have)
    return items


def contract_number(*, city_slug: str, year: int, sequence: int) -> str:
    """E.g. VALMIERA-2027-00042."""
    return f"{city_slug.upper()[:24]}-{year}-{sequence:0{NUMBER_DIGITS}d}"


# --- Reads ------------------------------------------------------------------------------------------


def contract_of(assignment: Assignment) -> Contract | None:
    """The assignment's contract, or None (uses a select_related cache when there is one)."""
    try:
        return assignment.contract
    except ObjectDoesNotExist:
        return None


def first_day(assignment: Assignment, contract: Contract | None = None) -> dt.date:
    """The first working day: the contract's, or the period's before there is a contract."""
    contract = contract if contract is not None else contract_of(assignment)
    return contract.starts_on if contract is not None else assignment.period.starts_on


def age_category_of(assignment: Assignment, contract: Contract | None = None) -> AgeCategory | None:
    application = assignment.application
    return category_on(
        born=application.youth.date_of_birth,
        in_basic_education=application.in_basic_education,
        day=first_day(assignment, contract),
    )


def _current_contract(assignment: Assignment) -> Contract | None:
    # Read afresh: an instance's cached "no contract" goes stale as soon as one is drawn up.
    return Contract.objects.filter(assignment_id=assignment.pk).first()


def required_start_documents(assignment: Assignment) -> list[StartDocumentKind]:
    """By the youth's age category on the first working day: a child needs the parent's consent, the risk
    assessment and a doctor's certificate; an adolescent the last two; an adult none."""
    return documents_for(age_category_of(assignment, _current_contract(assignment)))


def start_readiness(assignment: Assignment) -> list[Missing]:
    """Everything still missing before the youth may work; empty when the job may start."""
    contract = _current_contract(assignment)
    return missing_items(
        required=documents_for(age_category_of(assignment, contract)),
        contract=contract,
        received=StartDocument.objects.filter(assignment=assignment).values_list("kind", flat=True),
    )


# --- Checks ------------------------------------------------------------------------------------------


def _job(assignment: Assignment) -> Assignment:
    return Assignment.objects.select_related(
        "application__season__city", "application__youth", "placement_period__placement", "period"
    ).get(pk=assignment.pk)


def _locked_job(assignment: Assignment) -> Assignment:
    """The assignment, its row locked, so that two people drawing up one contract do not both succeed."""
    Assignment.objects.select_for_update().filter(pk=assignment.pk).values_list("pk", flat=True).get()
    return _job(assignment)


def _require_manager(assignment: Assignment, by: User) -> None:
    if assignment.status != AssignmentStatus.ACCEPTED:
        raise SummerJobsError(_("A contract is made only for a place that the youth has accepted."))
    if not permissions.can_manage_contract(by, assignment):
        raise NotAllowed(_("Only the employer or the city's coordinator can do this."))


def _hour_limit(assignment: Assignment, day: dt.date) -> Decimal | None:
    application = assignment.application
    category = category_on(
        born=application.youth.date_of_birth, in_basic_education=application.in_basic_education, day=day
    )
    if category is None:
        raise SummerJobsError(str(eligibility.MESSAGES["no_date_of_birth"]))
    limit = HourLimit.objects.filter(season_id=application.season_id, category=category).first()
    return None if limit is None else limit.binding_limits().max_hours_per_day


def _terms_problems(assignment: Assignment, terms: Mapping[str, Any]) -> list[str]:
    season = assignment.application.season
    period = assignment.period
    starts_on, ends_on = terms["starts_on"], terms["ends_on"]
    hours, rate = terms["hours_per_day"], terms["hourly_rate"]
    problems: list[str] = []
    if starts_on < period.starts_on or ends_on > period.ends_on:
        problems.append(
            _("The contract's dates must be within the period of the job (%(first)s to %(last)s).")
            % {"first": period.starts_on.isoformat(), "last": period.ends_on.isoformat()}
        )
    if ends_on < starts_on:
        problems.append(_("The last working day cannot be before the first."))
    if hours is None or hours <= 0:
        problems.append(_("Enter the hours of work a day."))
    else:
        limit = _hour_limit(assignment, starts_on)
        if limit is not None and hours > limit:
            problems.append(
                _("%(hours)s hours a day is more than the limit at the youth's age (%(limit)s hours a day).")
                % {"hours": f"{hours.normalize():f}", "limit": f"{limit.normalize():f}"}
            )
    minimum = season_minimum_hourly_rate(season)
    if rate is None or rate < minimum:
        problems.append(
            _(
                "The pay per hour cannot be below the minimum wage pro rata: %(minimum)s %(currency)s "
                "(%(wage)s a month over %(hours)s hours)."
            )
            % {
                "minimum": minimum,
                "currency": season.currency,
                "wage": season.minimum_wage,
                "hours": f"{season.monthly_hours.normalize():f}",
            }
        )
    return problems


def contract_defaults(assignment: Assignment) -> dict[str, Any]:
    """What a new contract says unless told otherwise: the period's dates, the placement's hours a day and
    the season's minimum hourly rate."""
    return {
        "starts_on": assignment.period.starts_on,
        "ends_on": assignment.period.ends_on,
        "hours_per_day": assignment.placement_period.placement.hours_per_day,
        "hourly_rate": season_minimum_hourly_rate(assignment.application.season),
    }


def _next_number(season: Season) -> str:
    """The next free number of the city and year. The caller holds the lock of every season of that city
    and year (they share the numbers), so two contracts cannot take the same one."""
    prefix = contract_number(city_slug=season.city.slug, year=season.year, sequence=0)[:-NUMBER_DIGITS]
    last = (
        Contract.objects.filter(number__startswith=prefix)
        .order_by(Length("number").desc(), "-number")
        .values_list("number", flat=True)
        .first()
    )
    sequence = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
    return contract_number(city_slug=season.city.slug, year=season.year, sequence=sequence)


def _lock_numbers(season: Season) -> None:
    list(
        Season.objects.select_for_update()
        .filter(city_id=season.city_id, year=season.year)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


# --- Services ------------------------------------------------------------------------------------


@transaction.atomic
def contract_create(*, assignment: Assignment, by: User, data: Mapping[str, Any] | None = None) -> Contract:
    """Draw up the contract of an accepted place; terms not given come from contract_defaults()."""
    assignment = _locked_job(assignment)
    _require_manager(assignment, by)
    if contract_of(assignment) is not None:
        raise SummerJobsError(_("This job already has a contract."))
    unknown = set(data or {}) - CONTRACT_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown contract fields: {sorted(unknown)}")
    terms = {**contract_defaults(assignment), **{k: v for k, v in (data or {}).items() if v is not None}}
    problems = _terms_problems(assignment, terms)
    if problems:
        raise ContractInvalid(problems)
    season = assignment.application.season
    _lock_numbers(season)
    contract = Contract.objects.create(
        assignment=assignment, number=_next_number(season), created_by=by, **terms
    )
    audit(
        by=by,
        obj=contract,
        city=season.city,
        person=assignment.application.youth,
        action=AuditAction.CREATE,
        number=contract.number,
        starts_on=contract.starts_on.isoformat(),
        ends_on=contract.ends_on.isoformat(),
        hours_per_day=str(contract.hours_per_day),
        hourly_rate=str(contract.hourly_rate),
    )
    return contract


@transaction.atomic
def contract_update(*, contract: Contract, by: User, data: Mapping[str, Any]) -> Contract:
    """Change the terms until the youth has signed; a signed contract is what payroll pays by."""
    assignment = _locked_job(contract.assignment)
    _require_manager(assignment, by)
    contract = Contract.objects.select_for_update().get(pk=contract.pk)
    if not contract_may(contract, "change_terms"):
        raise SummerJobsError(_("The youth has signed the contract; it can no longer change."))
    unknown = set(data) - CONTRACT_FIELDS
    if unknown:
        raise SummerJobsError(f"Unknown contract fields: {sorted(unknown)}")
    terms = {name: getattr(contract, name) for name in CONTRACT_FIELDS}
    terms.update({k: v for k, v in data.items() if v is not None})
    problems = _terms_problems(assignment, terms)
    if problems:
        raise ContractInvalid(problems)
    changed = sorted(name for name in CONTRACT_FIELDS if getattr(contract, name) != terms[name])
    for name in changed:
        setattr(contract, name, terms[name])
    if changed:
        contract.save(update_fields=[*changed, "updated_at"])
        audit(
            by=by,
            obj=contract,
            city=assignment.application.season.city,
            person=assignment.application.youth,
            fields=changed,
        )
    return contract


@transaction.atomic
def contract_sign(*, contract: Contract, signed_on: dt.date, by: User) -> Contract:
    """Record the day the youth signed the contract (on paper, or in person with the employer)."""
    assignment = _locked_job(contract.assignment)
    _require_manager(assignment, by)
    contract = Contract.objects.select_for_update().get(pk=contract.pk)
    if not contract_may(contract, "sign"):
        raise SummerJobsError(_("The contract is already signed."))
    if signed_on > timezone.localdate():
        raise SummerJobsError(_("The date of signing cannot be in the future."))
    contract.signed_on = signed_on
    contract.save(update_fields=["signed_on", "updated_at"])
    audit(
        by=by,
        obj=contract,
        city=assignment.application.season.city,
        person=assignment.application.youth,
        signed_on=signed_on.isoformat(),
    )
    return contract


@transaction.atomic
def start_document_record(
    *, assignment: Assignment, kind: str, received_on: dt.date, note: str = "", by: User
) -> StartDocument:
    """Record that a paper was received; recording the same kind again changes its date and note."""
    assignment = _locked_job(assignment)
    _require_manager(assignment, by)
    if kind not in StartDocumentKind.values:
        raise SummerJobsError(_("Unknown document."))
    if kind not in required_start_documents(assignment):
        # Collect only what the law asks for at the youth's age.
        raise SummerJobsError(
            _("At the youth's age this document is not required: %(document)s.")
            % {"document": StartDocumentKind(kind).label}
        )
    if received_on > timezone.localdate():
        raise SummerJobsError(_("The date of receipt cannot be in the future."))
    document, created = StartDocument.objects.update_or_create(
        assignment=assignment,
        kind=kind,
        defaults={"received_on": received_on, "note": note, "recorded_by": by, "recorded_at": timezone.now()},
    )
    audit(
        by=by,
        obj=document,
        city=assignment.application.season.city,
        person=assignment.application.youth,
        action=AuditAction.CREATE if created else AuditAction.CHANGE,
        kind=kind,
        received_on=received_on.isoformat(),
    )
    return document


@transaction.atomic
def start_document_remove(*, document: StartDocument, by: User) -> None:
    """Remove a paper recorded by mistake (the job cannot start until it is recorded again)."""
    assignment = _locked_job(document.assignment)
    _require_manager(assignment, by)
    document = StartDocument.objects.select_for_update().get(pk=document.pk)
    audit(
        by=by,
        obj=document,
        city=assignment.application.season.city,
        person=assignment.application.youth,
        action=AuditAction.DELETE,
        kind=document.kind,
        received_on=document.received_on.isoformat(),
    )
    document.delete()
