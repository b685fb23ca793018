"""Timesheets of the summer programme: entering and confirming the hours a youth worked, each entry checked
against the Labour Law for the youth's age category with the hours of all their placements added up.

The rules themselves are pure (microcity.labourlaw); here they get the season's limits, the youth's other entries
and the wording in the reader's language. The youth's person row is locked while an entry is checked, so
that two entries made at the same moment (say, by two employers) cannot together break a limit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.core.models import AuditAction, Person
from microcity.labourlaw import worktime
from microcity.labourlaw.worktime import Violation
from microcity.summerjobs import eligibility, permissions
from microcity.summerjobs.contracts import services as contracts_services
from microcity.summerjobs.models import (
    Assignment,
    AssignmentStatus,
    Contract,
    HourLimit,
    TimesheetEntry,
)
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError, audit

MESSAGES: dict[str, Promise] = {
    worktime.END_NOT_AFTER_START: gettext_lazy("Work must end after it starts (%(start)s–%(end)s)."),
    worktime.BREAK_NEGATIVE: gettext_lazy("The break cannot be negative."),
    worktime.BREAK_TOO_LONG: gettext_lazy(
        "The break of %(minutes)s minutes is as long as the whole entry (%(span)s hours) or longer."
    ),
    worktime.OUTSIDE_PERIOD: gettext_lazy(
        "%(day)s is outside the period of this job (%(first_day)s to %(last_day)s)."
    ),
    worktime.OVERLAP: gettext_lazy("The youth already has work recorded from %(start)s to %(end)s that day."),
    worktime.DAY_HOURS: gettext_lazy(
        "That makes %(hours)s hours of work that day at all placements; at the youth's age the limit is "
        "%(limit)s hours a day."
    ),
    worktime.WEEK_HOURS: gettext_lazy(
        "That makes %(hours)s hours of work that week at all placements; at the youth's age the limit is "
        "%(limit)s hours a week."
    ),
    worktime.WEEK_DAYS: gettext_lazy(
        "That makes %(days)s working days in the seven days from %(first)s to %(last)s; youths under 18 "
        "may work at most %(limit)s days in any seven days in a row."
    ),
    worktime.NIGHT_WORK: gettext_lazy(
        "The hours %(start)s–%(end)s reach into the night (%(night_start)s–%(night_end)s), when youths of "
        "this age may not work."
    ),
    worktime.DAILY_REST_BEFORE: gettext_lazy(
        "Work the day before ended at %(end)s, which leaves only %(hours)s hours of rest; at the youth's "
        "age at least %(required)s hours of daily rest are required."
    ),
    worktime.DAILY_REST_AFTER: gettext_lazy(
        "Work the next day starts at %(start)s, which leaves only %(hours)s hours of rest; at the youth's "
        "age at least %(required)s hours of daily rest are required."
    ),
    worktime.BREAK_MISSING: gettext_lazy(
        "%(hours)s hours of work need a break of at least %(minutes)s minutes taken at once, after at most "
        "%(after)s hours of work; the longest pause recorded is %(break)s minutes."
    ),
}


def violation_message(violation: Violation) -> str:
    """The wording of a violation in the active language; the one place where codes become text."""
    code, params = violation
    return str(MESSAGES[code]) % params if params else str(MESSAGES[code])


class TimesheetRefused(SummerJobsError):
    """The entry breaks the law; `violations` says how (stable codes), `messages` in the user's language."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        self.messages = [violation_message(violation) for violation in violations]
        super().__init__(" ".join(self.messages))


# --- Who may do what --------------------------------------------------------------------------------


def _organisation_id(assignment: Assignment) -> int:
    return assignment.placement_period.placement.organisation_id


def _is_youth(user: Any, assignment: Assignment) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return Person.objects.filter(user=user, pk=assignment.application.youth_id).exists()


def can_add_timesheet_entry(user: Any, assignment: Assignment) -> bool:
    """The employer's representatives (the supervisor's side) or the youth themself."""
    if assignment.status != AssignmentStatus.ACCEPTED:
        return False
    return permissions.represents(user, _organisation_id(assignment)) or _is_youth(user, assignment)


def can_confirm_timesheet_entry(user: Any, entry: TimesheetEntry) -> bool:
    """Only the employer's side (its representatives and the placement's work supervisor) confirms hours;
    a youth cannot confirm their own."""
    return permissions.can_confirm_hours(user, entry.assignment)


# --- The check ------------------------------------------------------------------------------------


def _limits(assignment: Assignment, youth: Person, day: dt.date) -> worktime.Limits:
    """The binding limits of the youth's age category on `day` (a birthday during the summer changes
    them): the season's, never looser than the Labour Law's."""
    application = assignment.application
    if youth.date_of_birth is None:
        raise SummerJobsError(str(eligibility.MESSAGES["no_date_of_birth"]))
    category = eligibility.age_category(
        age=eligibility.age_on(youth.date_of_birth, day), in_basic_education=application.in_basic_education
    )
    limit = HourLimit.objects.filter(season_id=application.season_id, category=category).first()
    if limit is None:
        raise SummerJobsError(_("The season has no working-time limits for this youth's age category."))
    return limit.binding_limits()


def _other_entries(youth: Person, day: dt.date, exclude_pk: int | None = None) -> list[worktime.Entry]:
    """The youth's entries at every placement in the ISO week of `day` and in the six days either side
    (the working days are counted in any seven days in a row)."""
    rows = TimesheetEntry.objects.filter(
        assignment__application__youth=youth,
        day__gte=day - dt.timedelta(days=6),
        day__lte=day + dt.timedelta(days=6),
    )
    if exclude_pk is not None:
        rows = rows.exclude(pk=exclude_pk)
    return [
        worktime.Entry(day=row.day, start=row.start, end=row.end, break_minutes=row.break_minutes)
        for row in rows.only("day", "start", "end", "break_minutes")
    ]


def timesheet_entry_check(
    *,
    assignment: Assignment,
    youth: Person,
    day: dt.date,
    start: dt.time,
    end: dt.time,
    break_minutes: int,
    exclude_pk: int | None = None,
) -> list[Violation]:
    """Every rule that the entry would break; the caller holds the youth's lock. The job's days are the
    contract's once there is one (it may be shorter than the period)."""
    period = assignment.period
    first_day, last_day = Contract.objects.filter(assignment=assignment).values_list(
        "starts_on", "ends_on"
    ).first() or (period.starts_on, period.ends_on)
    return worktime.check_entry(
        limits=_limits(assignment, youth, day),
        entry=worktime.Entry(day=day, start=start, end=end, break_minutes=break_minutes),
        others=_other_entries(youth, day, exclude_pk),
        first_day=first_day,
        last_day=last_day,
    )


def _locked_assignment(pk: int) -> Assignment:
    return Assignment.objects.select_related(
        "application__season__city", "placement_period__placement", "period"
    ).get(pk=pk)


def _lock_youth(assignment: Assignment) -> Person:
    # Every entry of this youth, at any employer, is written under this row lock.
    return Person.objects.select_for_update().get(pk=assignment.application.youth_id)


# --- Services -------------------------------------------------------------------------------------


@transaction.atomic
def timesheet_entry_add(
    *, assignment: Assignment, day: dt.date, start: dt.time, end: dt.time, break_minutes: int, by: User
) -> TimesheetEntry:
    """Record hours worked. The employer's side records confirmed hours; a youth's own entry waits for
    the employer's confirmation. Refused until the signed contract and the papers the youth's age requires
    are recorded (contracts_services.start_readiness), and with every broken rule at once."""
    assignment = _locked_assignment(assignment.pk)
    if assignment.status != AssignmentStatus.ACCEPTED:
        raise SummerJobsError(_("Hours can be recorded only for a job that the youth has accepted."))
    if not can_add_timesheet_entry(by, assignment):
        raise NotAllowed(_("Only the employer or the youth can record hours for this job."))
    youth = _lock_youth(assignment)
    # The status is read again under the lock: a job given up meanwhile takes no more hours.
    if Assignment.objects.filter(pk=assignment.pk).values_list("status", flat=True).get() != (
        AssignmentStatus.ACCEPTED
    ):
        raise SummerJobsError(_("Hours can be recorded only for a job that the youth has accepted."))
    # Labour Law: no work before the contract is signed and the papers a minor needs are in.
    missing = contracts_services.start_readiness(assignment)
    if missing:
        raise contracts_services.NotReadyToStart(missing)
    violations = timesheet_entry_check(
        assignment=assignment, youth=youth, day=day, start=start, end=end, break_minutes=break_minutes
    )
    if violations:
        raise TimesheetRefused(violations)
    employer_side = permissions.represents(by, _organisation_id(assignment))
    entry = TimesheetEntry.objects.create(
        assignment=assignment,
        day=day,
        start=start,
        end=end,
        break_minutes=break_minutes,
        entered_by=by,
        confirmed_by=by if employer_side else None,
        confirmed_at=timezone.now() if employer_side else None,
    )
    audit(
        by=by,
        obj=entry,
        city=assignment.application.season.city,
        person=youth,
        action=AuditAction.CREATE,
        day=day.isoformat(),
        start=f"{start:%H:%M}",
        end=f"{end:%H:%M}",
        break_minutes=break_minutes,
        confirmed=employer_side,
    )
    return entry


@transaction.atomic
def timesheet_entry_confirm(*, entry: TimesheetEntry, by: User) -> TimesheetEntry:
    """The employer's side confirms hours that the youth entered. The entry is checked again, since the
    limits or the youth's other hours may have changed since it was entered."""
    assignment = _locked_assignment(entry.assignment_id)
    entry = TimesheetEntry.objects.get(pk=entry.pk)
    entry.assignment = assignment
    if not can_confirm_timesheet_entry(by, entry):
        raise NotAllowed(_("Only the employer can confirm these hours."))
    youth = _lock_youth(assignment)
    entry = TimesheetEntry.objects.select_for_update().get(pk=entry.pk)
    entry.assignment = assignment
    if entry.is_confirmed:
        raise SummerJobsError(_("These hours have already been confirmed."))
    violations = timesheet_entry_check(
        assignment=assignment,
        youth=youth,
        day=entry.day,
        start=entry.start,
        end=entry.end,
        break_minutes=entry.break_minutes,
        exclude_pk=entry.pk,
    )
    if violations:
        raise TimesheetRefused(violations)
    entry.confirmed_by = by
    entry.confirmed_at = timezone.now()
    entry.save(update_fields=["confirmed_by", "confirmed_at"])
    audit(
        by=by,
        obj=entry,
        city=assignment.application.season.city,
        person=youth,
        confirmed=True,
        day=entry.day.isoformat(),
    )
    return entry
