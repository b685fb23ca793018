"""Payroll and subsidy claims of a season: one row per job from its confirmed hours (money.py does the sums),
totals per employer for the programme's subsidy claim, and their CSV and XLSX exports.

Who sees which rows is decided here, once: the city's coordinator every job of the season, an employer's
representative only the jobs at their own organisations. The rows carry personal data (names and pay),
so every export goes through `payroll_export`, which writes an audit row.

CSV for Latvian Excel: UTF-8 with a byte-order mark (so that Excel reads ā, š, ž), `;` between fields
and a decimal comma (Excel in the Latvian locale reads 12,50 as a number and 12.50 as text), no thousands
separator, dates as ISO 8601 (yyyy-mm-dd, which Excel recognises in every locale). XLSX keeps numbers as
numbers with number formats, so it needs none of this.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from microcity.accounts.models import User
from microcity.core import exports
from microcity.core.models import AuditAction
from microcity.labourlaw.worktime import Entry
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    Application,
    Assignment,
    AssignmentStatus,
    Contract,
    MatchRunStatus,
    PriorityKind,
    Season,
    TimesheetEntry,
)
from microcity.summerjobs.pay import money
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError, audit

KINDS = ("payroll", "claims")
FORMATS = ("csv", "xlsx")
CSV_DELIMITER = ";"


# --- Reading ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkedTime:
    confirmed_minutes: int = 0
    unconfirmed_minutes: int = 0
    days_worked: int = 0  # distinct days with confirmed hours

    @property
    def confirmed_hours(self) -> Decimal:
        return money.hours_of(self.confirmed_minutes)

    @property
    def unconfirmed_hours(self) -> Decimal:
        return money.hours_of(self.unconfirmed_minutes)


def worked_time(assignment_ids: Iterable[int]) -> dict[int, WorkedTime]:
    """Confirmed and unconfirmed minutes and days per assignment, in one query."""
    ids = list(assignment_ids)
    confirmed: dict[int, int] = {}
    unconfirmed: dict[int, int] = {}
    days: dict[int, set[dt.date]] = {}
    rows = TimesheetEntry.objects.filter(assignment_id__in=ids).values_list(
        "assignment_id", "day", "start", "end", "break_minutes", "confirmed_at"
    )
    for assignment_id, day, start, end, break_minutes, confirmed_at in rows:
        minutes = max(0, Entry(day=day, start=start, end=end, break_minutes=break_minutes).worked_minutes)
        if confirmed_at is not None:
            confirmed[assignment_id] = confirmed.get(assignment_id, 0) + minutes
            days.setdefault(assignment_id, set()).add(day)
        else:
            unconfirmed[assignment_id] = unconfirmed.get(assignment_id, 0) + minutes
    return {
        pk: WorkedTime(
            confirmed_minutes=confirmed.get(pk, 0),
            unconfirmed_minutes=unconfirmed.get(pk, 0),
            days_worked=len(days.get(pk, ())),
        )
        for pk in ids
    }


def pay_rules(season: Season) -> money.PayRules:
    return money.PayRules(
        minimum_wage=season.minimum_wage,
        monthly_hours=season.monthly_hours,
        employer_subsidy_share=season.employer_subsidy_share,
        disability_subsidy_share=season.disability_subsidy_share,
        supervisor_share=season.supervisor_share,
        city_cofunding_share=season.city_cofunding_share,
    )


def has_disability(application: Application) -> bool:
    """The higher subsidy needs the disability priority group *checked* by the coordinator: it is money,
    so a claim alone is not enough (the same rule as for the lottery)."""
    group = application.counted_priority_group
    return group is not None and group.kind == PriorityKind.DISABILITY


def contract_of(assignment: Assignment) -> Contract | None:
    try:
        return assignment.contract
    except Contract.DoesNotExist:
        return None


def job_dates(assignment: Assignment) -> tuple[dt.date, dt.date]:
    """The contract's first and last working day, or the period's when there is no contract yet."""
    contract = contract_of(assignment)
    if contract is not None:
        return contract.starts_on, contract.ends_on
    return assignment.period.starts_on, assignment.period.ends_on


def _job_rows() -> QuerySet[Assignment]:
    return Assignment.objects.select_related(
        "application__youth",
        "application__priority_group",
        "application__season__city",
        "placement_period__placement__organisation",
        "placement_period__placement__occupation",
        "period",
        "contract",
    )


def jobs_visible_to(*, user: Any, season: Season) -> QuerySet[Assignment]:
    """Jobs of the season's published runs that are accepted or have hours recorded (a youth who gave up
    the place after working is still paid for the confirmed hours)."""
    worked = Exists(TimesheetEntry.objects.filter(assignment=OuterRef("pk"), confirmed_at__isnull=False))
    rows = (
        _job_rows()
        .filter(run__season=season, run__status=MatchRunStatus.PUBLISHED)
        .filter(Q(status=AssignmentStatus.ACCEPTED) | Q(worked))
        .order_by(
            "placement_period__placement__organisation__name",
            "application__youth__last_name",
            "application__youth__first_name",
            "period__starts_on",
            "pk",
        )
    )
    if permissions.is_coordinator(user, season.city):
        return rows
    own = permissions.employer_organisation_ids(user, season.city)
    return rows.filter(placement_period__placement__organisation_id__in=own)


@dataclass(frozen=True)
class PayrollRow:
    assignment: Assignment
    worked: WorkedTime
    line: money.PayLine
    starts_on: dt.date
    ends_on: dt.date
    contract_number: str

    @property
    def youth(self) -> Any:
        return self.assignment.application.youth

    @property
    def placement(self) -> Any:
        return self.assignment.placement_period.placement

    @property
    def organisation(self) -> Any:
        return self.placement.organisation

    @property
    def subsidy_share(self) -> Decimal:
        season = self.assignment.application.season
        return season.disability_subsidy_share if self.line.disability else season.employer_subsidy_share


def payroll_rows_for(assignments: Sequence[Assignment], season: Season) -> list[PayrollRow]:
    rules = pay_rules(season)
    times = worked_time(a.pk for a in assignments)
    rows = []
    for assignment in assignments:
        worked = times[assignment.pk]
        contract = contract_of(assignment)
        starts_on, ends_on = job_dates(assignment)
        rows.append(
            PayrollRow(
                assignment=assignment,
                worked=worked,
                line=money.pay_line(
                    rules=rules,
                    minutes=worked.confirmed_minutes,
                    contract_rate=contract.hourly_rate if contract is not None else None,
                    disability=has_disability(assignment.application),
                ),
                starts_on=starts_on,
                ends_on=ends_on,
                contract_number=contract.number if contract is not None else "",
            )
        )
    return rows


def payroll_rows(*, season: Season, user: Any) -> list[PayrollRow]:
    """Every job the user may see, with pay, in two queries (jobs, hours) whatever their number."""
    return payroll_rows_for(list(jobs_visible_to(user=user, season=season)), season)


@dataclass
class EmployerClaim:
    organisation: Any
    rows: list[PayrollRow] = field(default_factory=list)

    @property
    def totals(self) -> money.PayTotals:
        return money.pay_totals(row.line for row in self.rows)

    @property
    def youths(self) -> int:
        return len({row.youth.pk for row in self.rows})


def employer_claims(rows: Iterable[PayrollRow]) -> list[EmployerClaim]:
    """Rows grouped by employer, in the rows' order (by name)."""
    claims: dict[int, EmployerClaim] = {}
    for row in rows:
        claim = claims.setdefault(row.organisation.pk, EmployerClaim(organisation=row.organisation))
        claim.rows.append(row)
    return list(claims.values())


# --- Tables -----------------------------------------------------------------------------------------

# Column kinds decide the CSV formatting and the XLSX number format.
TEXT, DATE, HOURS, RATE, MONEY, SHARE, COUNT = "text", "date", "hours", "rate", "money", "share", "count"
XLSX_FORMATS = {
    DATE: "DD.MM.YYYY",
    HOURS: "0.00",
    RATE: "0.0000",
    MONEY: "#,##0.00",
    SHARE: "0%",
    COUNT: "0",
}
XLSX_WIDTHS = {TEXT: 24, DATE: 12, HOURS: 11, RATE: 11, MONEY: 13, SHARE: 10, COUNT: 9}


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[tuple[str, str]]  # (heading, kind)
    rows: list[list[Any]]
    footer: list[Any] | None = None  # a totals row, if any


def payroll_table(rows: Sequence[PayrollRow], season: Season) -> Table:
    columns = [
        (_("First name"), TEXT),
        (_("Last name"), TEXT),
        (_("Employer"), TEXT),
        (_("Registration number"), TEXT),
        (_("Workplace"), TEXT),
        (_("Period"), TEXT),
        (_("First day"), DATE),
        (_("Last day"), DATE),
        (_("Contract number"), TEXT),
        (_("Confirmed hours"), HOURS),
        (_("Unconfirmed hours (not paid)"), HOURS),
        (_("Hourly rate"), RATE),
        (_("Gross pay"), MONEY),
        (_("Subsidy share"), SHARE),
        (_("Employer subsidy"), MONEY),
        (_("Supervisor's pay"), MONEY),
        (_("City co-funding"), MONEY),
        (_("Employer's own cost"), MONEY),
        (_("Currency"), TEXT),
    ]
    body = [
        [
            row.youth.first_name,
            row.youth.last_name,
            row.organisation.name,
            row.organisation.registration_number,
            row.placement.workplace,
            row.assignment.period.name,
            row.starts_on,
            row.ends_on,
            row.contract_number,
            row.worked.confirmed_hours,
            row.worked.unconfirmed_hours,
            row.line.rate,
            row.line.gross,
            row.subsidy_share,
            row.line.subsidy,
            row.line.supervisor,
            row.line.cofunding,
            row.line.employer_cost,
            season.currency,
        ]
        for row in rows
    ]
    return Table(title=_("Payroll"), columns=columns, rows=body)


def claims_table(claims: Sequence[EmployerClaim], season: Season) -> Table:
    columns = [
        (_("Employer"), TEXT),
        (_("Registration number"), TEXT),
        (_("Youths"), COUNT),
        (pgettext("summer jobs, the work done", "Jobs"), COUNT),
        (_("Confirmed hours"), HOURS),
        (_("Gross pay"), MONEY),
        (_("Employer subsidy"), MONEY),
        (_("Supervisor's pay"), MONEY),
        (_("City co-funding"), MONEY),
        (_("Employer's own cost"), MONEY),
        (_("Currency"), TEXT),
    ]

    def cells(name: str, number: str, youths: int | str, totals: money.PayTotals) -> list[Any]:
        return [
            name,
            number,
            youths,
            totals.jobs,
            totals.hours,
            totals.gross,
            totals.subsidy,
            totals.supervisor,
            totals.cofunding,
            totals.employer_cost,
            season.currency,
        ]

    body = [
        cells(claim.organisation.name, claim.organisation.registration_number, claim.youths, claim.totals)
        for claim in claims
    ]
    everything = money.pay_totals(row.line for claim in claims for row in claim.rows)
    youths = len({row.youth.pk for claim in claims for row in claim.rows})
    return Table(
        title=_("Subsidy claim"), columns=columns, rows=body, footer=cells(_("Total"), "", youths, everything)
    )


# --- Files ------------------------------------------------------------------------------------------


def _typed(row: Sequence[Any], kinds: list[str]) -> list[Any]:
    # A text column stays text even where a value looks like a number (registration numbers).
    return [
        ("" if value is None else str(value)) if kind == TEXT else value
        for value, kind in zip(row, kinds, strict=True)
    ]


def _body(table: Table) -> list[list[Any]]:
    kinds = [kind for _heading, kind in table.columns]
    return [_typed(row, kinds) for row in [*table.rows, *([table.footer] if table.footer else [])]]


def table_csv(table: Table) -> bytes:
    header = [heading for heading, _kind in table.columns]
    return exports.csv_bytes([header, *_body(table)])


def table_xlsx(table: Table) -> bytes:
    return exports.xlsx_bytes(
        title=table.title,
        header=[heading for heading, _kind in table.columns],
        rows=_body(table),
        number_formats=[XLSX_FORMATS.get(kind) for _heading, kind in table.columns],
        widths=[max(XLSX_WIDTHS[kind], len(heading) + 2) for heading, kind in table.columns],
        bold_last_row=table.footer is not None,
        filters=True,
    )


CONTENT_TYPES = {"csv": exports.CSV_CONTENT_TYPE, "xlsx": exports.XLSX_CONTENT_TYPE}


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content_type: str
    content: bytes
    rows: int


@transaction.atomic
def payroll_export(*, season: Season, by: User, kind: str, fmt: str) -> ExportFile:
    """The payroll per youth (`kind="payroll"`) or the subsidy claim per employer (`"claims"`) as CSV or
    XLSX, with the rows `by` may see; audited, since it carries names and pay."""
    if kind not in KINDS or fmt not in FORMATS:
        raise SummerJobsError(_("Unknown export."))
    if not permissions.can_view_payroll(by, season):
        raise NotAllowed(_("Only the city's coordinator and the employers can export the payroll."))
    rows = payroll_rows(season=season, user=by)
    table = payroll_table(rows, season) if kind == "payroll" else claims_table(employer_claims(rows), season)
    content = table_csv(table) if fmt == "csv" else table_xlsx(table)
    everything = permissions.is_coordinator(by, season.city)
    audit(
        by=by,
        obj=season,
        city=season.city,
        action=AuditAction.EXPORT,
        export=kind,
        format=fmt,
        rows=len(rows),
        scope="all" if everything else "own organisations",
        organisations=sorted({row.organisation.pk for row in rows}),
    )
    stamp = timezone.localdate().isoformat()
    name = "payroll" if kind == "payroll" else "subsidy-claim"
    return ExportFile(
        filename=f"summer-jobs-{name}-{season.city.slug}-{season.year}-{stamp}.{fmt}",
        content_type=CONTENT_TYPES[fmt],
        content=content,
        rows=len(rows),
    )
