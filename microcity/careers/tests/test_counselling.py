"""Counselling: slots from weekly hours and exceptions, booking with its deadline, moving, cancelling,
attendance and no-shows, session records, e-mails with calendar files, reminders, caseload, overview."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from icalendar import Calendar

from microcity.careers import counselling, selectors
from microcity.careers.counselling import SlotTaken, TooLate
from microcity.careers.models import AvailabilityException, Booking, BookingStatus, NextStep, SessionRecord
from microcity.careers.services import CareersError, NotAllowed
from microcity.careers.tests.factories import AvailabilityFactory, BookingFactory, at
from microcity.core.models import AuditEvent, OutcomeRecord

pytestmark = pytest.mark.django_db


def starts(slots):
    return [timezone.localtime(s.starts_at).strftime("%H:%M") for s in slots]


# --- Slots ----------------------------------------------------------------------------------------


def test_weekly_hours_make_slots(hours, counsellor, next_monday):
    slots = selectors.slots_for(
        counsellor=counsellor, start=next_monday, end=next_monday + dt.timedelta(days=6)
    )
    assert starts(slots) == ["09:00", "09:45", "10:30", "11:15"]
    assert slots[0].ends_at - slots[0].starts_at == dt.timedelta(minutes=45)
    assert slots[0].location == hours.location and slots[0].city_id == hours.city_id
    two_weeks = selectors.slots_for(
        counsellor=counsellor, start=next_monday, end=next_monday + dt.timedelta(days=7)
    )
    assert len(two_weeks) == 8


def test_slots_respect_validity_and_exceptions(hours, counsellor, next_monday):
    hours.valid_to = next_monday + dt.timedelta(days=7)
    hours.save()
    AvailabilityException.objects.create(
        counsellor=counsellor, date=next_monday, starts_at=dt.time(9, 30), ends_at=dt.time(10, 0)
    )
    AvailabilityException.objects.create(
        counsellor=counsellor, date=next_monday + dt.timedelta(days=7), reason="Atvaļinājums"
    )
    slots = selectors.slots_for(
        counsellor=counsellor, start=next_monday, end=next_monday + dt.timedelta(days=21)
    )
    # 9:00 and 9:45 overlap 9:30–10:00; the second Monday is off; after valid_to nothing.
    assert starts(slots) == ["10:30", "11:15"]


def test_booked_slots_are_taken(hours, counsellor, youth, next_monday):
    BookingFactory(youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 45))
    BookingFactory(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 10, 30), status=BookingStatus.CANCELLED
    )
    assert starts(selectors.slots_for(counsellor=counsellor, start=next_monday, end=next_monday)) == [
        "09:00",
        "10:30",
        "11:15",
    ]
    every = selectors.slots_for(counsellor=counsellor, start=next_monday, end=next_monday, include_taken=True)
    assert [s.taken for s in every] == [False, True, False, False]


def test_slots_cost_three_queries_for_any_span(hours, counsellor, next_monday, django_assert_num_queries):
    with django_assert_num_queries(3):
        selectors.slots_for(counsellor=counsellor, start=next_monday, end=next_monday + dt.timedelta(days=90))


def test_availability_services(counsellor, colleague, coordinator, valmiera, next_monday):
    pattern = counselling.availability_add(
        counsellor=counsellor,
        city=valmiera,
        by=counsellor,
        weekday=2,
        starts_at=dt.time(14, 0),
        ends_at=dt.time(16, 0),
        valid_from=next_monday,
        slot_minutes=60,
    )
    with pytest.raises(CareersError):
        counselling.availability_add(
            counsellor=counsellor,
            city=valmiera,
            by=coordinator,
            weekday=2,
            starts_at=dt.time(15, 0),
            ends_at=dt.time(17, 0),
            valid_from=next_monday,
        )
    with pytest.raises(NotAllowed):
        counselling.availability_add(
            counsellor=counsellor,
            city=valmiera,
            by=colleague,
            weekday=3,
            starts_at=dt.time(9, 0),
            ends_at=dt.time(10, 0),
            valid_from=next_monday,
        )
    with pytest.raises(CareersError):
        counselling.availability_add(
            counsellor=counsellor,
            city=valmiera,
            by=counsellor,
            weekday=3,
            starts_at=dt.time(10, 0),
            ends_at=dt.time(9, 0),
            valid_from=next_monday,
        )
    wednesday = next_monday + dt.timedelta(days=2)
    assert starts(selectors.slots_for(counsellor=counsellor, start=wednesday, end=wednesday)) == [
        "14:00",
        "15:00",
    ]
    counselling.availability_exception_add(
        counsellor=counsellor, city=valmiera, by=coordinator, date=wednesday, reason="Skolas pasākums"
    )
    assert selectors.slots_for(counsellor=counsellor, start=wednesday, end=wednesday) == []
    counselling.availability_end(availability=pattern, by=counsellor, last_day=wednesday)
    later = wednesday + dt.timedelta(days=7)
    assert selectors.slots_for(counsellor=counsellor, start=later, end=later) == []


# --- Booking --------------------------------------------------------------------------------------


def test_youth_books_a_free_slot_and_both_get_a_calendar_file(
    hours, counsellor, youth, next_monday, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = counselling.booking_create(
            youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 45), by=youth.user
        )
    assert (booking.status, booking.city, booking.school, booking.location) == (
        BookingStatus.BOOKED,
        youth.city,
        youth.school,
        hours.location,
    )
    assert booking.ends_at == at(next_monday, 10, 30)
    assert sorted(m.to[0] for m in mailoutbox) == sorted([youth.email, counsellor.email])
    name, content, mimetype = mailoutbox[0].attachments[0]
    assert name == "session.ics" and mimetype.startswith("text/calendar")
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == booking.starts_at
    assert str(event["uid"]).startswith(f"careers-booking-{booking.pk}@")
    assert AuditEvent.objects.filter(action="create", person=youth, object_id=str(booking.pk)).exists()


def test_booking_deadline_binds_youths_not_counsellors(hours, counsellor, youth, next_monday, settings):
    monday_nine = at(next_monday, 9)
    late = monday_nine - dt.timedelta(hours=23)
    with pytest.raises(TooLate):
        counselling.booking_create(
            youth=youth, counsellor=counsellor, starts_at=monday_nine, by=youth.user, now=late
        )
    settings.CAREERS_BOOKING_CHANGE_DEADLINE_HOURS = 12
    counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=monday_nine, by=youth.user, now=late
    )
    settings.CAREERS_BOOKING_CHANGE_DEADLINE_HOURS = 24
    booked_by_staff = counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 45), by=counsellor, now=late
    )
    assert booked_by_staff.booked_by == counsellor
    with pytest.raises(TooLate):
        counselling.booking_create(
            youth=youth,
            counsellor=counsellor,
            starts_at=at(next_monday, 10, 30),
            by=counsellor,
            now=at(next_monday, 10, 31),
        )


def test_booking_needs_an_offered_free_slot(hours, counsellor, youth, make_youth, next_monday):
    with pytest.raises(CareersError, match="does not offer"):
        counselling.booking_create(
            youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 10), by=youth.user
        )
    with pytest.raises(CareersError, match="does not offer"):
        counselling.booking_create(
            youth=youth, counsellor=counsellor, starts_at=at(next_monday, 14), by=youth.user
        )
    counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=youth.user
    )
    other = make_youth()
    with pytest.raises(SlotTaken):
        counselling.booking_create(
            youth=other, counsellor=counsellor, starts_at=at(next_monday, 9), by=other.user
        )


def test_who_may_book(
    hours, counsellor, youth, guardian, other_guardian, employer_rep, ventspils_counsellor, next_monday
):
    for stranger in (other_guardian, employer_rep, ventspils_counsellor):
        with pytest.raises(NotAllowed):
            counselling.booking_create(
                youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=stranger
            )
    booking = counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=guardian
    )
    assert booking.booked_by == guardian


def test_counsellor_of_another_city_and_age_limits(
    hours, counsellor, ventspils_counsellor, make_youth, next_monday, ventspils
):
    AvailabilityFactory(counsellor=ventspils_counsellor, city=ventspils, weekday=0)
    youth = make_youth()
    with pytest.raises(CareersError, match="city"):
        counselling.booking_create(
            youth=youth, counsellor=ventspils_counsellor, starts_at=at(next_monday, 9), by=youth.user
        )
    child = make_youth(age=12)
    with pytest.raises(CareersError, match="13"):
        counselling.booking_create(
            youth=child, counsellor=counsellor, starts_at=at(next_monday, 9), by=child.user
        )
    adult = make_youth(age=26)
    with pytest.raises(CareersError, match="25"):
        counselling.booking_create(
            youth=adult, counsellor=counsellor, starts_at=at(next_monday, 9), by=adult.user
        )


def test_database_refuses_two_held_bookings_of_one_slot(counsellor, youth, make_youth, next_monday):
    moment = at(next_monday, 9)
    BookingFactory(youth=youth, counsellor=counsellor, starts_at=moment, status=BookingStatus.CANCELLED)
    BookingFactory(youth=youth, counsellor=counsellor, starts_at=moment)
    for status in (BookingStatus.BOOKED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW):
        with pytest.raises(IntegrityError), transaction.atomic():
            BookingFactory(youth=make_youth(), counsellor=counsellor, starts_at=moment, status=status)


# --- Moving and cancelling ------------------------------------------------------------------------


@pytest.fixture
def booking(hours, counsellor, youth, next_monday):
    return counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=youth.user
    )


def test_youth_moves_a_session_before_the_deadline(
    booking, youth, next_monday, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moved = counselling.booking_move(booking=booking, starts_at=at(next_monday, 11, 15), by=youth.user)
    assert moved.starts_at == at(next_monday, 11, 15) and moved.sequence == 1
    assert "09:00" in starts(
        selectors.slots_for(counsellor=booking.counsellor, start=next_monday, end=next_monday)
    )
    event = Calendar.from_ical(mailoutbox[0].attachments[0][1]).walk("VEVENT")[0]
    assert event["sequence"] == 1 and event.decoded("dtstart") == moved.starts_at
    assert AuditEvent.objects.filter(action="change", object_id=str(booking.pk)).exists()


def test_move_rules(booking, youth, counsellor, colleague, make_youth, next_monday):
    late = booking.starts_at - dt.timedelta(hours=5)
    with pytest.raises(TooLate):
        counselling.booking_move(booking=booking, starts_at=at(next_monday, 11, 15), by=youth.user, now=late)
    with pytest.raises(NotAllowed):
        counselling.booking_move(booking=booking, starts_at=at(next_monday, 11, 15), by=colleague)
    other = make_youth()
    counselling.booking_create(
        youth=other, counsellor=counsellor, starts_at=at(next_monday, 10, 30), by=other.user
    )
    with pytest.raises(SlotTaken):
        counselling.booking_move(booking=booking, starts_at=at(next_monday, 10, 30), by=youth.user)
    moved = counselling.booking_move(
        booking=booking, starts_at=at(next_monday, 11, 15), by=counsellor, now=late
    )
    assert moved.starts_at == at(next_monday, 11, 15)


def test_cancel_deadline_and_freed_slot(
    booking, youth, counsellor, make_youth, mailoutbox, django_capture_on_commit_callbacks
):
    with pytest.raises(TooLate):
        counselling.booking_cancel(
            booking=booking, by=youth.user, now=booking.starts_at - dt.timedelta(hours=2)
        )
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = counselling.booking_cancel(booking=booking, by=youth.user, reason="Slimība")
    assert (cancelled.status, cancelled.cancel_reason) == (BookingStatus.CANCELLED, "Slimība")
    calendar = Calendar.from_ical(mailoutbox[0].attachments[0][1])
    assert calendar["method"] == "CANCEL" and calendar.walk("VEVENT")[0]["status"] == "CANCELLED"
    other = make_youth()
    again = counselling.booking_create(
        youth=other, counsellor=counsellor, starts_at=booking.starts_at, by=other.user
    )
    assert again.status == BookingStatus.BOOKED
    with pytest.raises(CareersError):
        counselling.booking_cancel(booking=cancelled, by=youth.user)


def test_counsellor_cancels_at_any_time_before_the_start(booking, counsellor):
    cancelled = counselling.booking_cancel(
        booking=booking, by=counsellor, now=booking.starts_at - dt.timedelta(minutes=10)
    )
    assert cancelled.status == BookingStatus.CANCELLED


# --- Attendance -----------------------------------------------------------------------------------


def test_attendance_is_recorded_after_the_start_and_counted(booking, counsellor, colleague, coordinator):
    with pytest.raises(CareersError):
        counselling.booking_mark_attended(booking=booking, by=counsellor)
    after = booking.starts_at + dt.timedelta(minutes=50)
    with pytest.raises(NotAllowed):
        counselling.booking_mark_attended(booking=booking, by=colleague, now=after)
    counselling.booking_mark_attended(booking=booking, by=counsellor, now=after)
    record = OutcomeRecord.objects.get()
    assert (record.indicator, record.programme, record.person, record.city) == (
        "youth_supported",
        "careers",
        booking.youth,
        booking.city,
    )
    assert record.occurred_on == timezone.localdate(booking.starts_at)
    with pytest.raises(CareersError):
        counselling.booking_mark_no_show(booking=booking, by=coordinator, now=after)


def test_no_show_then_corrected_to_attended(booking, counsellor):
    after = booking.starts_at + dt.timedelta(hours=1)
    counselling.booking_mark_no_show(booking=booking, by=counsellor, now=after)
    assert Booking.objects.get().status == BookingStatus.NO_SHOW and not OutcomeRecord.objects.exists()
    counselling.booking_mark_attended(booking=booking, by=counsellor, now=after)
    assert OutcomeRecord.objects.count() == 1
    statuses = [
        e.details["status"]
        for e in AuditEvent.objects.filter(object_id=str(booking.pk), action="change").order_by("pk")
    ]
    assert statuses == [["booked", "no_show"], ["no_show", "attended"]]


def test_cancelled_session_cannot_be_attended(booking, counsellor):
    counselling.booking_cancel(booking=booking, by=counsellor)
    with pytest.raises(CareersError):
        counselling.booking_mark_attended(
            booking=booking, by=counsellor, now=booking.starts_at + dt.timedelta(hours=1)
        )


# --- Session records ------------------------------------------------------------------------------


def test_session_record_with_next_steps(booking, counsellor, colleague, youth):
    with pytest.raises(CareersError):
        counselling.session_record_save(booking=booking, by=counsellor, topics="x")
    counselling.booking_mark_attended(
        booking=booking, by=counsellor, now=booking.starts_at + dt.timedelta(hours=1)
    )
    with pytest.raises(NotAllowed):
        counselling.session_record_save(booking=booking, by=colleague, topics="x")
    with pytest.raises(NotAllowed):
        counselling.session_record_save(booking=booking, by=youth.user, topics="x")
    due = timezone.localdate() + dt.timedelta(days=14)
    record = counselling.session_record_save(
        booking=booking,
        by=counsellor,
        topics="Studiju izvēle",
        private_notes="Vecāki spiež izvēlēties medicīnu.",
        next_steps=[("Apmeklēt atvērto durvju dienu", due), ("  ", None)],
    )
    counselling.session_record_save(
        booking=booking,
        by=counsellor,
        topics="Studiju izvēle, vasaras darbs",
        next_steps=[("Pieteikties vasaras darbam", None)],
    )
    record.refresh_from_db()
    assert record.topics == "Studiju izvēle, vasaras darbs" and record.private_notes == ""
    assert [(s.text, s.due_on) for s in record.next_steps.all()] == [
        ("Apmeklēt atvērto durvju dienu", due),
        ("Pieteikties vasaras darbam", None),
    ]
    step = NextStep.objects.first()
    counselling.next_step_set_done(step=step, by=youth.user)
    with pytest.raises(NotAllowed):
        counselling.next_step_set_done(step=step, by=colleague)
    assert NextStep.objects.filter(done_at__isnull=False).count() == 1
    assert SessionRecord.objects.count() == 1


# --- Reminders ------------------------------------------------------------------------------------


def test_reminder_goes_once_a_day_before(booking, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert counselling.bookings_remind(now=booking.starts_at - dt.timedelta(hours=30)) == 0
        assert counselling.bookings_remind(now=booking.starts_at - dt.timedelta(hours=20)) == 1
        assert counselling.bookings_remind(now=booking.starts_at - dt.timedelta(hours=19)) == 0
    reminders = [m for m in mailoutbox if m.attachments]
    assert [m.to for m in reminders] == [[booking.youth.email]]
    assert Calendar.from_ical(reminders[0].attachments[0][1]).walk("VEVENT")


# --- Caseload and overview ------------------------------------------------------------------------


def test_caseload_and_coordinator_overview(
    hours,
    counsellor,
    colleague,
    coordinator,
    make_youth,
    school,
    valmiera,
    next_monday,
    django_assert_max_num_queries,
):
    from microcity.core.tests.factories import SchoolFactory

    other_school = SchoolFactory(city=valmiera, name="Valmieras tehnikums")
    anna, bruno, cits = make_youth(), make_youth(school=other_school), make_youth()
    past = timezone.now() - dt.timedelta(days=3)
    a1 = BookingFactory(
        youth=anna, counsellor=counsellor, school=school, starts_at=past, status=BookingStatus.ATTENDED
    )
    BookingFactory(
        youth=anna,
        counsellor=counsellor,
        school=school,
        starts_at=past + dt.timedelta(hours=1),
        status=BookingStatus.ATTENDED,
    )
    BookingFactory(
        youth=bruno,
        counsellor=counsellor,
        school=other_school,
        starts_at=past + dt.timedelta(hours=2),
        status=BookingStatus.NO_SHOW,
    )
    BookingFactory(
        youth=cits, counsellor=colleague, school=school, starts_at=past, status=BookingStatus.ATTENDED
    )
    upcoming = counselling.booking_create(
        youth=anna, counsellor=counsellor, starts_at=at(next_monday, 9), by=anna.user
    )
    record = SessionRecord.objects.create(booking=a1, topics="t")
    NextStep.objects.create(record=record, text="open")
    NextStep.objects.create(record=record, text="done", done_at=timezone.now())

    period = (timezone.localdate() - dt.timedelta(days=30), next_monday)
    with django_assert_max_num_queries(3):
        rows = selectors.caseload(counsellor=counsellor, city=valmiera, start=period[0], end=period[1])
    by_youth = {r.youth: r for r in rows}
    assert set(by_youth) == {anna, bruno}
    assert (by_youth[anna].sessions, by_youth[anna].attended, by_youth[anna].open_steps) == (3, 2, 1)
    assert by_youth[anna].next_session == upcoming.starts_at
    assert (by_youth[bruno].no_shows, by_youth[bruno].next_session) == (1, None)
    assert (
        selectors.caseload(
            counsellor=counsellor, city=valmiera, start=period[0], end=period[1], viewer=colleague
        )
        == []
    )
    assert (
        len(
            selectors.caseload(
                counsellor=counsellor, city=valmiera, start=period[0], end=period[1], viewer=coordinator
            )
        )
        == 2
    )

    overview = {
        r.school.name: r
        for r in selectors.coordinator_overview(
            city=valmiera, start=period[0], end=period[1], viewer=coordinator
        )
    }
    first = overview["Valmieras 2. vidusskola"]
    assert (first.sessions_booked, first.sessions_attended, first.youths_supported) == (4, 3, 2)
    assert (overview["Valmieras tehnikums"].no_shows, overview["Valmieras tehnikums"].youths_supported) == (
        1,
        0,
    )
    assert (
        selectors.coordinator_overview(city=valmiera, start=period[0], end=period[1], viewer=counsellor) == []
    )
