"""Timesheet services: hours are recorded only for an accepted job, by the employer or the youth, confirmed
by the employer only, and refused with every reason when they break the Labour Law, with the hours of all
of the youth's placements added up."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.models import AuditEvent
from microcity.core.tests.factories import OrganisationFactory
from microcity.labourlaw import worktime
from microcity.summerjobs.models import (
    AgeCategory,
    AssignmentStatus,
    HourLimit,
    PlacementPeriod,
    TimesheetEntry,
)
from microcity.summerjobs.tests.factories import (
    YEAR,
    ApplicationFactory,
    PlacementFactory,
    SeasonFactory,
    SeasonPeriodFactory,
    accepted_assignment,
    ready_to_work,
)
from microcity.summerjobs.timesheets import services as timesheets_services
from microcity.summerjobs.timesheets.services import (
    TimesheetRefused,
    timesheet_entry_add,
    timesheet_entry_confirm,
)
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError

pytestmark = pytest.mark.django_db

MONDAY = dt.date(YEAR, 6, 7)


def t(value):
    return dt.time.fromisoformat(value)


def on(offset):
    return MONDAY + dt.timedelta(days=offset)


# The factory's accepted place of a published run.
assign = accepted_assignment


@pytest.fixture
def job(june, employer, placement_with, applicant):
    """job(age=16) → an accepted assignment at the employer's placement in June; the youth has an account."""

    def make(age=16, status=AssignmentStatus.ACCEPTED, ready=True, **fields):
        placement = placement_with({june: 2}, organisation=employer)
        application = applicant([placement], [june], age=age, **fields)
        youth = application.youth
        youth.user = UserFactory()
        youth.save(update_fields=["user"])
        assignment = assign(
            application, PlacementPeriod.objects.get(placement=placement, period=june), status
        )
        if ready:
            # The signed contract and the papers a minor needs (the job cannot start without them).
            ready_to_work(assignment)
        return assignment

    return make


def add(assignment, by, day=0, start="09:00", end="13:00", break_minutes=0):
    return timesheet_entry_add(
        assignment=assignment, day=on(day), start=t(start), end=t(end), break_minutes=break_minutes, by=by
    )


def refused(assignment, by, **entry):
    with pytest.raises(TimesheetRefused) as caught:
        add(assignment, by, **entry)
    return caught.value


# --- Who records and who confirms -----------------------------------------------------------------


def test_employer_records_confirmed_hours_with_an_audit_row(job, rep):
    assignment = job()
    entry = add(assignment, rep)
    assert entry.confirmed_by == rep and entry.confirmed_at is not None and entry.entered_by == rep
    event = AuditEvent.objects.get(object_type__model="timesheetentry", object_id=str(entry.pk))
    assert event.action == "create" and event.person == assignment.application.youth
    assert event.details["confirmed"] is True


def test_youth_records_hours_and_the_employer_confirms_them(job, rep):
    assignment = job()
    youth_user = assignment.application.youth.user
    entry = add(assignment, youth_user)
    assert entry.confirmed_at is None and entry.entered_by == youth_user

    with pytest.raises(NotAllowed, match="Only the employer can confirm these hours."):
        timesheet_entry_confirm(entry=entry, by=youth_user)

    other_employer = OrganisationFactory(city=assignment.application.season.city)
    other_rep = UserFactory()
    MembershipFactory(
        user=other_rep,
        city=other_employer.city,
        role=Role.EMPLOYER_REPRESENTATIVE,
        organisation=other_employer,
    )
    with pytest.raises(NotAllowed):
        timesheet_entry_confirm(entry=entry, by=other_rep)

    confirmed = timesheet_entry_confirm(entry=entry, by=rep)
    assert confirmed.confirmed_by == rep and confirmed.confirmed_at is not None
    assert AuditEvent.objects.filter(object_id=str(entry.pk), details__confirmed=True).count() == 1
    with pytest.raises(SummerJobsError, match="already been confirmed"):
        timesheet_entry_confirm(entry=entry, by=rep)


def test_a_stranger_cannot_record_hours(job, user_with_role):
    assignment = job()
    with pytest.raises(NotAllowed, match="Only the employer or the youth can record hours"):
        add(assignment, UserFactory())
    with pytest.raises(NotAllowed):
        add(assignment, user_with_role(Role.EMPLOYER_REPRESENTATIVE))
    assert not TimesheetEntry.objects.exists()


@pytest.mark.parametrize("status", [AssignmentStatus.OFFERED, AssignmentStatus.DECLINED])
def test_hours_only_for_an_accepted_job(job, rep, status):
    assignment = job(status=status)
    with pytest.raises(SummerJobsError, match="only for a job that the youth has accepted"):
        add(assignment, rep)
    assert not TimesheetEntry.objects.exists()


# --- Each rule refused with its reason --------------------------------------------------------------


def test_child_of_13_more_than_four_hours_a_day(job, rep):
    error = refused(job(age=13), rep, start="08:00", end="13:00")
    assert [v.code for v in error.violations] == ["day_hours"]
    assert error.messages == [
        "That makes 5.0 hours of work that day at all placements; at the youth's age the limit is 4 hours a day."
    ]


def test_basic_school_pupil_of_16_has_a_childs_limits(job, rep):
    assignment = job(age=16, in_basic_education=True)
    error = refused(assignment, rep, start="08:00", end="13:00")
    assert "the limit is 4 hours a day" in str(error)


def test_week_hours(job, rep):
    # Under 18 five full days make the weekly limit exactly; an adult may work a sixth day, within 40 hours.
    assignment = job(age=18)
    for day in range(5):
        add(assignment, rep, day=day, start="08:00", end="16:30", break_minutes=30)
    error = refused(assignment, rep, day=5, start="09:00", end="10:00")
    assert error.messages == [
        "That makes 41.0 hours of work that week at all placements; at the youth's age the limit is 40 hours "
        "a week."
    ]


def test_night_work_of_a_child(job, rep):
    error = refused(job(age=13), rep, start="17:00", end="20:30")
    assert error.messages == [
        "The hours 17:00–20:30 reach into the night (20:00–06:00), when youths of this age may not work."
    ]


def test_night_work_of_an_adolescent(job, rep):
    error = refused(job(age=16), rep, start="19:00", end="22:30")
    assert "(22:00–06:00)" in str(error)


def test_daily_rest(job, rep):
    assignment = job(age=16)
    add(assignment, rep, day=0, start="15:00", end="21:00", break_minutes=30)
    error = refused(assignment, rep, day=1, start="08:00", end="12:00")
    assert error.messages == [
        "Work the day before ended at 21:00, which leaves only 11.0 hours of rest; at the youth's age at least "
        "12 hours of daily rest are required."
    ]


def test_break_after_four_and_a_half_hours(job, rep):
    error = refused(job(age=16), rep, start="08:00", end="13:00", break_minutes=10)
    assert error.messages == [
        "4.83 hours of work need a break of at least 30 minutes taken at once, after at most 4.5 hours of "
        "work; the longest pause recorded is 10 minutes."
    ]


def test_five_day_week(job, rep):
    assignment = job(age=16)
    for day in range(5):
        add(assignment, rep, day=day, start="09:00", end="10:00")
    error = refused(assignment, rep, day=5, start="09:00", end="10:00")
    assert error.messages == [
        "That makes 6 working days in the seven days from 2027-06-07 to 2027-06-13; youths under 18 may "
        "work at most 5 days in any seven days in a row."
    ]


def test_no_ten_days_in_a_row_across_the_week_boundary(job, rep):
    """Wednesday to Sunday is five days in one calendar week; the Monday after would be the sixth day in
    a row (and Monday to Friday would make ten)."""
    assignment = job(age=16)
    for day in range(2, 7):
        add(assignment, rep, day=day, start="09:00", end="10:00")
    error = refused(assignment, rep, day=7, start="09:00", end="10:00")
    assert [v.code for v in error.violations] == ["week_days"]
    # After two free days in a row the youth works again.
    add(assignment, rep, day=9, start="09:00", end="10:00")


def test_a_season_row_looser_than_the_law_does_not_loosen_the_check(job, rep):
    """A row stored before the season service refused looser limits (or written past it) still cannot
    let a minor work at night or without the break: the checks apply the binding limits."""
    assignment = job(age=16)
    HourLimit.objects.filter(season=assignment.application.season, category=AgeCategory.ADOLESCENT).update(
        night_starts=None, night_ends=None, break_after_hours=Decimal("6"), max_hours_per_day=Decimal("9")
    )
    error = refused(assignment, rep, start="18:00", end="23:00", break_minutes=30)
    assert [v.code for v in error.violations] == ["night_work"]
    error = refused(assignment, rep, day=1, start="08:00", end="13:30")
    assert [v.code for v in error.violations] == ["break_missing"]
    error = refused(assignment, rep, day=2, start="07:00", end="15:30", break_minutes=30)
    assert [v.code for v in error.violations] == ["day_hours"]


def test_adult_may_work_a_sixth_day(job, rep):
    assignment = job(age=18)
    for day in range(6):
        add(assignment, rep, day=day, start="09:00", end="10:00")
    assert TimesheetEntry.objects.count() == 6


def test_overlap(job, rep):
    assignment = job()
    add(assignment, rep, start="09:00", end="11:00")
    error = refused(assignment, rep, start="10:00", end="12:00")
    assert error.messages == ["The youth already has work recorded from 09:00 to 11:00 that day."]


def test_end_before_start(job, rep):
    error = refused(job(), rep, start="13:00", end="09:00")
    assert error.messages == ["Work must end after it starts (13:00–09:00)."]


def test_outside_the_period(job, rep):
    error = refused(job(), rep, day=-1)
    assert error.messages == [
        f"{YEAR}-06-06 is outside the period of this job ({YEAR}-06-07 to {YEAR}-06-25)."
    ]


def test_all_reasons_at_once(job, rep):
    error = refused(job(age=13), rep, start="15:00", end="21:00")
    assert [v.code for v in error.violations] == ["day_hours", "night_work"]
    assert len(error.messages) == 2 and all(message in str(error) for message in error.messages)


# --- Hours at several employers add up -------------------------------------------------------------


def test_day_hours_add_up_over_two_placements(job, rep, valmiera):
    first = job(age=16)
    youth = first.application.youth
    # The same youth in the state programme with another employer, in an overlapping period.
    state = SeasonFactory(city=valmiera, name="Valsts programma")
    period = SeasonPeriodFactory(season=state, starts_on=on(0), ends_on=on(18))
    placement = PlacementFactory(season=state)
    place = PlacementPeriod.objects.create(placement=placement, period=period, capacity=1)
    second = assign(
        ApplicationFactory(season=state, youth=youth, periods=[period], choices=[placement]), place
    )
    ready_to_work(second)
    other_rep = UserFactory()
    MembershipFactory(
        user=other_rep, city=valmiera, role=Role.EMPLOYER_REPRESENTATIVE, organisation=placement.organisation
    )

    add(first, rep, start="08:00", end="12:00")
    error = refused(second, other_rep, start="13:00", end="17:00")
    assert error.messages == [
        "That makes 8.0 hours of work that day at all placements; at the youth's age the limit is 7 hours a day."
    ]
    # Three hours fit.
    add(second, other_rep, start="13:00", end="16:00")
    assert TimesheetEntry.objects.filter(assignment__application__youth=youth).count() == 2


# --- The database's own guard -------------------------------------------------------------------------


def test_database_refuses_an_entry_ending_before_it_starts(job, rep):
    assignment = job()
    with pytest.raises(IntegrityError), transaction.atomic():
        TimesheetEntry.objects.create(assignment=assignment, day=on(0), start=t("13:00"), end=t("09:00"))


def test_messages_exist_for_every_code():
    assert set(timesheets_services.MESSAGES) == set(worktime.CODES)


# --- True concurrency (PostgreSQL only: SQLite serialises every writer anyway) -----------------------------


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_concurrent_entries_cannot_together_break_a_limit(job, rep):
    import threading

    from django.db import close_old_connections

    from microcity.core.models import Occupation, Person
    from microcity.core.occupations import load_occupations

    # An earlier transactional test (the browser tests) may have flushed what the migration loaded.
    load_occupations(Occupation)
    assignment = job(age=13)
    outcome = {}

    def add_in_thread():
        try:
            add(assignment, rep, start="13:00", end="15:00")
            outcome["second"] = "added"
        except TimesheetRefused as error:
            outcome["second"] = [v.code for v in error.violations]
        finally:
            close_old_connections()
            connection.close()

    with transaction.atomic():
        # Hold the youth's row lock, as a first entry in progress would ...
        Person.objects.select_for_update().get(pk=assignment.application.youth_id)
        worker = threading.Thread(target=add_in_thread)
        worker.start()
        worker.join(timeout=1.5)
        # ... the other entry must wait for it (without the lock it would count no hours that day).
        assert worker.is_alive(), "timesheet_entry_add did not wait for the youth's lock"
        TimesheetEntry.objects.create(assignment=assignment, day=on(0), start=t("09:00"), end=t("12:00"))
    worker.join(timeout=10)
    assert outcome == {"second": ["day_hours"]}
    assert TimesheetEntry.objects.filter(assignment=assignment).count() == 1
