"""Pages of the summer jobs at work: the list of youths at their placements for the employer and the
coordinator, and one page per job with the contract, the documents needed before the first day and the
timesheet. The youth and their guardian see the same page; they change nothing but the youth's own hours.

Views are thin: permission → form → service → render. Adding and confirming hours answer htmx with the
timesheet fragment of the same template and work without JavaScript too. Every staff view of a job is
written to the audit log, as for an application.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from microcity.accounts.http import acting_user
from microcity.core.decorators import with_city
from microcity.core.http import client_address
from microcity.core.models import AuditAction, City
from microcity.core.refusals import refusal_as_form_error, refusal_as_message, refusal_caught
from microcity.core.services import audit_log
from microcity.labourlaw import worktime
from microcity.summerjobs import permissions
from microcity.summerjobs.contracts import services as contracts_services
from microcity.summerjobs.jobs import selectors
from microcity.summerjobs.jobs.forms import (
    ContractForm,
    DocumentForm,
    JobSearchForm,
    SignForm,
    TimesheetEntryForm,
)
from microcity.summerjobs.models import (
    AgeCategory,
    Assignment,
    Contract,
    StartDocument,
    StartDocumentKind,
    TimesheetEntry,
)
from microcity.summerjobs.seasons.views import requested_season
from microcity.summerjobs.timesheets import services as timesheets_services

PER_PAGE = 30
TIMESHEET_FRAGMENT = "summerjobs/work/job.html#timesheet"


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


def _worked_minutes(entry: TimesheetEntry) -> int:
    return worktime.Entry(
        day=entry.day, start=entry.start, end=entry.end, break_minutes=entry.break_minutes
    ).worked_minutes


@dataclass
class JobSummary:
    """What the list shows of one job, from rows read with it (no query per job)."""

    contract: Contract | None
    missing: list[contracts_services.Missing]
    missing_documents: list[str]
    confirmed_hours: Decimal
    pending_hours: Decimal

    @property
    def contract_status(self) -> str:
        if self.contract is None:
            return "none"
        return "signed" if self.contract.signed_on is not None else "draft"


def _summary(assignment: Assignment) -> JobSummary:
    contract = contracts_services.contract_of(assignment)
    received = [document.kind for document in assignment.start_documents.all()]
    required = contracts_services.documents_for(contracts_services.age_category_of(assignment, contract))
    missing = contracts_services.missing_items(required=required, contract=contract, received=received)
    confirmed = pending = 0
    for entry in assignment.timesheet_entries.all():
        if entry.is_confirmed:
            confirmed += _worked_minutes(entry)
        else:
            pending += _worked_minutes(entry)
    return JobSummary(
        contract=contract,
        missing=missing,
        missing_documents=[str(StartDocumentKind(kind).label) for kind in required if kind not in received],
        confirmed_hours=_hours(confirmed),
        pending_hours=_hours(pending),
    )


# --- The list -----------------------------------------------------------------------------------------


@login_required
@with_city
def job_list(request: HttpRequest, city: City) -> HttpResponse:
    """The season's youths at work: an employer's own, all of them for the coordinator."""
    season, seasons = requested_season(request, city)
    if not permissions.can_view_jobs(request.user, season):
        raise PermissionDenied
    visible = selectors.jobs_visible_to(user=request.user, season=season)
    placements = selectors.job_placements(jobs=visible)
    form = JobSearchForm(request.GET or None, placements=placements)
    rows = visible
    if form.is_valid():
        for word in form.cleaned_data["q"].split():
            rows = rows.filter(
                Q(application__youth__first_name__icontains=word)
                | Q(application__youth__last_name__icontains=word)
            )
        if form.cleaned_data["placement"] is not None:
            rows = rows.filter(placement_period__placement=form.cleaned_data["placement"])
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    jobs = [
        (assignment, _summary(assignment), permissions.sees_hours_only(request.user, assignment))
        for assignment in page.object_list
    ]
    return render(
        request,
        "summerjobs/work/jobs.html",
        {
            "city": city,
            "season": season,
            "seasons": seasons,
            "form": form,
            "page": page,
            "jobs": jobs,
            "is_coordinator": permissions.is_coordinator(request.user, city),
            # A work supervisor's list has no contract and documents columns; a user who is also an
            # employer's representative sees them blank on the rows of the jobs they only supervise.
            "hours_only": not (
                permissions.is_coordinator(request.user, city)
                or permissions.employer_organisation_ids(request.user, city)
            ),
        },
    )


# --- One job -----------------------------------------------------------------------------------------


def _job_or_404(request: HttpRequest, city: City, pk: int) -> Assignment:
    """The job if the user may see it; otherwise 404, so that nobody learns which jobs exist."""
    assignment = selectors.job_in_city(city=city, pk=pk)
    if assignment is None or not permissions.can_view_job(request.user, assignment):
        raise Http404
    return assignment


@dataclass
class Week:
    """One ISO week of the timesheet with its totals."""

    year: int
    number: int
    monday: dt.date
    entries: list[TimesheetEntry] = field(default_factory=list)
    confirmed_minutes: int = 0
    pending_minutes: int = 0

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    @property
    def confirmed_hours(self) -> Decimal:
        return _hours(self.confirmed_minutes)

    @property
    def pending_hours(self) -> Decimal:
        return _hours(self.pending_minutes)


def _weeks(entries: list[TimesheetEntry]) -> list[Week]:
    weeks: dict[tuple[int, int], Week] = {}
    for entry in entries:
        year, number, _weekday = entry.day.isocalendar()
        week = weeks.get((year, number))
        if week is None:
            monday = entry.day - dt.timedelta(days=entry.day.weekday())
            week = weeks[(year, number)] = Week(year=year, number=number, monday=monday)
        week.entries.append(entry)
        entry.hours = _hours(_worked_minutes(entry))  # type: ignore[attr-defined]
        if entry.is_confirmed:
            week.confirmed_minutes += _worked_minutes(entry)
        else:
            week.pending_minutes += _worked_minutes(entry)
    return sorted(weeks.values(), key=lambda w: (w.year, w.number))


def _document_rows(
    request: HttpRequest,
    assignment: Assignment,
    required: list[StartDocumentKind],
    bound: DocumentForm | None,
) -> list[dict[str, Any]]:
    recorded = {document.kind: document for document in selectors.start_documents_of(assignment=assignment)}
    kinds = [*required, *(StartDocumentKind(k) for k in recorded if k not in required)]
    rows = []
    for kind in kinds:
        document = recorded.get(kind)
        form = (
            bound
            if bound is not None and bound.kind == kind
            else DocumentForm(
                kind=kind,
                initial={"received_on": document.received_on, "note": document.note} if document else None,
            )
        )
        rows.append(
            {
                "kind": kind,
                "label": kind.label,
                "document": document,
                "required": kind in required,
                "form": form,
            }
        )
    return rows


def _context(
    request: HttpRequest,
    city: City,
    assignment: Assignment,
    *,
    contract_form: ContractForm | None = None,
    sign_form: SignForm | None = None,
    document_form: DocumentForm | None = None,
    entry_form: TimesheetEntryForm | None = None,
    notice: str = "",
    confirm_error: str = "",
) -> dict[str, Any]:
    user = request.user
    application = assignment.application
    season = application.season
    contract = contracts_services.contract_of(assignment)
    category = contracts_services.age_category_of(assignment, contract)
    required = contracts_services.documents_for(category)
    entries = selectors.timesheet_entries_of(assignment=assignment)
    weeks = _weeks(entries)
    can_manage = permissions.can_manage_contract(user, assignment)
    minimum_rate = contracts_services.season_minimum_hourly_rate(season)
    if can_manage and contract_form is None and (contract is None or contract.signed_on is None):
        initial = (
            contracts_services.contract_defaults(assignment)
            if contract is None
            else {name: getattr(contract, name) for name in contracts_services.CONTRACT_FIELDS}
        )
        contract_form = ContractForm(initial=initial, minimum_rate=minimum_rate)
    if can_manage and sign_form is None and contract is not None and contract.signed_on is None:
        sign_form = SignForm()
    can_add = timesheets_services.can_add_timesheet_entry(user, assignment)
    if can_add and entry_form is None:
        entry_form = TimesheetEntryForm(initial={"break_minutes": 0})
    received = [row.kind for row in selectors.start_documents_of(assignment=assignment).only("kind")]
    staff_view = not permissions.acts_for_youth(user, application.youth)
    return {
        "staff_view": staff_view,
        "category_label": AgeCategory(category).label if category else "",
        "city": city,
        "season": season,
        "assignment": assignment,
        "youth": application.youth,
        "placement": assignment.placement_period.placement,
        "period": assignment.period,
        "contract": contract,
        "category": category,
        "minimum_rate": minimum_rate,
        "missing": contracts_services.missing_items(required=required, contract=contract, received=received),
        "documents": _document_rows(request, assignment, required, document_form),
        "weeks": weeks,
        "total_confirmed": _hours(sum(w.confirmed_minutes for w in weeks)),
        "total_pending": _hours(sum(w.pending_minutes for w in weeks)),
        "can_manage": can_manage,
        "can_add": can_add,
        "can_confirm": permissions.can_confirm_hours(user, assignment),
        "hours_only": staff_view and permissions.sees_hours_only(user, assignment),
        "is_coordinator": permissions.is_coordinator(user, season.city),
        "contract_form": contract_form,
        "sign_form": sign_form,
        "entry_form": entry_form,
        "notice": notice,
        "confirm_error": confirm_error,
    }


def _job_url(city: City, assignment: Assignment, anchor: str = "") -> str:
    url = reverse("summerjobs:job", kwargs={"city": city.slug, "pk": assignment.pk})
    return f"{url}#{anchor}" if anchor else url


@login_required
@with_city
def job_detail(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    assignment = _job_or_404(request, city, pk)
    context = _context(request, city, assignment)
    if context["staff_view"]:
        # The employer's side or the coordinator looking at a youth's record.
        audit_log(
            actor=request.user,
            action=AuditAction.VIEW,
            obj=assignment,
            person=assignment.application.youth,
            city=city,
            address=client_address(request),
        )
    return render(request, "summerjobs/work/job.html", context)


def _manager_or_403(request: HttpRequest, assignment: Assignment) -> None:
    if not permissions.can_manage_contract(request.user, assignment):
        raise PermissionDenied


def _save_contract(request: HttpRequest, city: City, assignment: Assignment) -> HttpResponse:
    contract = contracts_services.contract_of(assignment)
    minimum_rate = contracts_services.season_minimum_hourly_rate(assignment.application.season)
    form = ContractForm(request.POST, minimum_rate=minimum_rate)
    if form.is_valid():
        with refusal_as_form_error(form):
            if contract is None:
                contracts_services.contract_create(
                    assignment=assignment, by=acting_user(request), data=form.terms()
                )
                messages.success(request, _("The contract is drawn up."))
            else:
                contracts_services.contract_update(
                    contract=contract, by=acting_user(request), data=form.terms()
                )
                messages.success(request, _("The contract is saved."))
            return redirect(_job_url(city, assignment, "contract"))
    return render(
        request, "summerjobs/work/job.html", _context(request, city, assignment, contract_form=form)
    )


def _sign_contract(request: HttpRequest, city: City, assignment: Assignment) -> HttpResponse:
    contract = contracts_services.contract_of(assignment)
    if contract is None:
        raise Http404
    sign_form = SignForm(request.POST)
    if sign_form.is_valid():
        with refusal_as_form_error(sign_form):
            contracts_services.contract_sign(
                contract=contract, signed_on=sign_form.cleaned_data["signed_on"], by=acting_user(request)
            )
            messages.success(request, _("The signing of the contract is recorded."))
            return redirect(_job_url(city, assignment, "contract"))
    return render(
        request, "summerjobs/work/job.html", _context(request, city, assignment, sign_form=sign_form)
    )


CONTRACT_ACTIONS: dict[str, Callable[[HttpRequest, City, Assignment], HttpResponse]] = {
    "save": _save_contract,
    "sign": _sign_contract,
}


@login_required
@with_city
@require_POST
def job_contract(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Draw up or change the contract (`action=save`), or record the youth's signature (`action=sign`)."""
    assignment = _job_or_404(request, city, pk)
    _manager_or_403(request, assignment)
    act = CONTRACT_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    return act(request, city, assignment)


def _remove_document(request: HttpRequest, city: City, assignment: Assignment, kind: str) -> HttpResponse:
    document = get_object_or_404(StartDocument, assignment=assignment, kind=kind)
    with refusal_as_message(request):
        contracts_services.start_document_remove(document=document, by=acting_user(request))
        messages.success(request, _("The document is removed from the checklist."))
    return redirect(_job_url(city, assignment, "documents"))


def _record_document(request: HttpRequest, city: City, assignment: Assignment, kind: str) -> HttpResponse:
    form = DocumentForm(request.POST, kind=StartDocumentKind(kind))
    if form.is_valid():
        with refusal_as_form_error(form):
            contracts_services.start_document_record(
                assignment=assignment,
                kind=kind,
                received_on=form.cleaned_data["received_on"],
                note=form.cleaned_data["note"],
                by=acting_user(request),
            )
            messages.success(request, _("The document is recorded."))
            return redirect(_job_url(city, assignment, "documents"))
    return render(
        request, "summerjobs/work/job.html", _context(request, city, assignment, document_form=form)
    )


DOCUMENT_ACTIONS: dict[str, Callable[[HttpRequest, City, Assignment, str], HttpResponse]] = {
    "remove": _remove_document,
    "record": _record_document,
}


@login_required
@with_city
@require_POST
def job_documents(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Record the date a document was received (`action=record`) or remove it (`action=remove`)."""
    assignment = _job_or_404(request, city, pk)
    _manager_or_403(request, assignment)
    kind = request.POST.get("kind", "")
    if kind not in StartDocumentKind.values:
        raise Http404
    act = DOCUMENT_ACTIONS.get(request.POST.get("action", ""))
    if act is None:
        raise PermissionDenied
    return act(request, city, assignment, kind)


def _timesheet_response(
    request: HttpRequest, city: City, assignment: Assignment, **extra: Any
) -> HttpResponse:
    template = TIMESHEET_FRAGMENT if request.htmx else "summerjobs/work/job.html"  # type: ignore[attr-defined]
    return render(request, template, _context(request, city, assignment, **extra))


@login_required
@with_city
@require_POST
def job_hours(request: HttpRequest, city: City, pk: int) -> HttpResponse:
    """Add a timesheet entry. A refused entry comes back with every reason and the values as typed."""
    assignment = _job_or_404(request, city, pk)
    if not timesheets_services.can_add_timesheet_entry(request.user, assignment):
        raise PermissionDenied
    form = TimesheetEntryForm(request.POST)
    if form.is_valid():
        with refusal_caught() as refusal:
            timesheets_services.timesheet_entry_add(
                assignment=assignment, by=acting_user(request), **form.cleaned_data
            )
            notice = _("The hours are recorded.")
            if not request.htmx:  # type: ignore[attr-defined]
                messages.success(request, notice)
                return redirect(_job_url(city, assignment, "timesheet"))
            return _timesheet_response(request, city, assignment, notice=notice)
        if isinstance(refusal.error, contracts_services.NotReadyToStart):
            form.add_error(None, _("The job cannot start without them:"))
        for message in refusal.messages:
            form.add_error(None, message)
    return _timesheet_response(request, city, assignment, entry_form=form)


@login_required
@with_city
@require_POST
def job_hours_confirm(request: HttpRequest, city: City, pk: int, entry: int) -> HttpResponse:
    """The employer's side confirms hours that the youth entered."""
    assignment = _job_or_404(request, city, pk)
    row = get_object_or_404(TimesheetEntry, pk=entry, assignment=assignment)
    row.assignment = assignment
    if not timesheets_services.can_confirm_timesheet_entry(request.user, row):
        raise PermissionDenied
    with refusal_caught() as refusal:
        timesheets_services.timesheet_entry_confirm(entry=row, by=acting_user(request))
    if refusal.error is not None:
        # The limits or the youth's other hours changed since the entry: it cannot be confirmed as it is.
        if not request.htmx:  # type: ignore[attr-defined]
            messages.error(request, str(refusal.error))
            return redirect(_job_url(city, assignment, "timesheet"))
        return _timesheet_response(request, city, assignment, confirm_error=str(refusal.error))
    notice = _("The hours are confirmed.")
    if not request.htmx:  # type: ignore[attr-defined]
        messages.success(request, notice)
        return redirect(_job_url(city, assignment, "timesheet"))
    return _timesheet_response(request, city, assignment, notice=notice)
