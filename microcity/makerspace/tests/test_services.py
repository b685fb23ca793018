"""Booking, cancelling, inductions, machine status, usage with its charge, payment and the ledger."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from microcity.core import outbox
from microcity.core.models import AuditEvent, Indicator, OutboxMessage, OutcomeRecord
from microcity.makerspace import services
from microcity.makerspace.models import Booking, BookingStatus, EquipmentStatus, MachineKind, MemberType
from microcity.makerspace.services import MakerspaceError, NotAllowed, SlotTaken
from microcity.makerspace.tests.factories import BookingFactory, ClosedDayFactory, InductionFactory, at

pytestmark = pytest.mark.django_db


def deliver_all() -> None:
    """Send what the outbox holds, as the queue would after commit."""
    for message in OutboxMessage.objects.filter(done_at__isnull=True).order_by("pk"):
        outbox.message_deliver(message.pk)


def book(person, equipment, start, minutes=60, **extra):
    extra.setdefault("member_type", MemberType.PUPIL)
    return services.booking_create(
        equipment=equipment, person=person, by=person.user, starts_at=start, minutes=minutes, **extra
    )


def test_a_youth_with_an_induction_books_and_gets_an_email_with_a_calendar_file(
    inducted, laser, next_monday, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(inducted, laser, at(next_monday, 10), 90, purpose="Koka kaste")
    assert booking.status == BookingStatus.BOOKED
    assert booking.ends_at == at(next_monday, 11, 30)
    assert booking.member_type == MemberType.PUPIL
    assert AuditEvent.objects.filter(object_id=str(booking.pk), action="create").exists()
    (message,) = mail.outbox
    assert message.to == ["anna@example.lv"]
    assert message.attachments[0][0] == "booking.ics"
    assert "BEGIN:VEVENT" in str(message.attachments[0][1])


def test_without_an_induction_the_machine_cannot_be_booked(youth, laser, next_monday):
    with pytest.raises(MakerspaceError, match="induction"):
        book(youth, laser, at(next_monday, 10))
    assert not Booking.objects.exists()


def test_an_expired_induction_or_one_for_another_kind_does_not_count(youth, laser, next_monday):
    InductionFactory(person=youth, kind=MachineKind.PRINTER_3D)
    InductionFactory(
        person=youth,
        passed_on=timezone.localdate() - dt.timedelta(days=800),
        valid_until=timezone.localdate() - dt.timedelta(days=1),
    )
    with pytest.raises(MakerspaceError, match="induction"):
        book(youth, laser, at(next_monday, 10))


def test_a_machine_without_an_induction_rule_is_booked_by_anyone(youth, laser, next_monday):
    laser.needs_induction = False
    laser.save()
    assert book(youth, laser, at(next_monday, 10)).pk


def test_the_same_or_an_overlapping_time_is_refused(inducted, other_youth, laser, next_monday):
    book(inducted, laser, at(next_monday, 10), 90)
    for start in (at(next_monday, 10), at(next_monday, 11), at(next_monday, 10, 30)):
        with pytest.raises(SlotTaken):
            book(other_youth, laser, start, 60)
    assert book(other_youth, laser, at(next_monday, 11, 30)).pk  # touching is fine


def test_a_cancelled_booking_frees_its_time(inducted, other_youth, laser, next_monday):
    first = book(inducted, laser, at(next_monday, 10))
    services.booking_cancel(booking=first, by=inducted.user)
    assert book(other_youth, laser, at(next_monday, 10)).pk


@pytest.mark.parametrize(
    ("hour", "minute", "minutes", "reason"),
    [
        (9, 0, 60, "not open"),  # before opening
        (17, 30, 60, "not open"),  # past closing
        (10, 10, 60, "not open"),  # not on the step
        (10, 0, 45, "steps of 30"),
        (10, 0, 300, "at most 240"),
        (10, 0, 0, "steps of 30"),
    ],
)
def test_times_outside_hours_or_steps_are_refused(
    inducted, laser, next_monday, hour, minute, minutes, reason
):
    with pytest.raises(MakerspaceError, match=reason):
        book(inducted, laser, at(next_monday, hour, minute), minutes)


def test_sunday_a_holiday_the_past_and_far_ahead_are_refused(inducted, laser, space, next_monday):
    with pytest.raises(MakerspaceError, match="not open"):
        book(inducted, laser, at(next_monday + dt.timedelta(days=6), 10))
    ClosedDayFactory(space=space, day=next_monday + dt.timedelta(days=1))
    with pytest.raises(MakerspaceError, match="not open"):
        book(inducted, laser, at(next_monday + dt.timedelta(days=1), 10))
    with pytest.raises(MakerspaceError, match="passed"):
        book(inducted, laser, timezone.now() - dt.timedelta(hours=1))
    with pytest.raises(MakerspaceError, match="eight weeks"):
        book(inducted, laser, at(next_monday + dt.timedelta(weeks=9), 10))


def test_under_sixteen_needs_a_guardians_consent(make_youth, laser, next_monday, guardian_for):
    young = make_youth(age=14)
    InductionFactory(person=young)
    with pytest.raises(MakerspaceError, match="consent"):
        book(young, laser, at(next_monday, 10))
    guardian_for(young)
    assert book(young, laser, at(next_monday, 10)).pk


def test_nobody_books_for_someone_else_but_an_instructor_may(
    inducted, other_youth, instructor, laser, next_monday
):
    with pytest.raises(NotAllowed):
        services.booking_create(
            equipment=laser,
            person=inducted,
            by=other_youth.user,
            starts_at=at(next_monday, 10),
            minutes=60,
            member_type=MemberType.PUPIL,
        )
    booking = services.booking_create(
        equipment=laser,
        person=inducted,
        by=instructor,
        starts_at=at(next_monday, 10),
        minutes=60,
        member_type=MemberType.PUPIL,
    )
    assert booking.created_by == instructor


def test_the_member_type_is_chosen_once(inducted, laser, next_monday):
    book(inducted, laser, at(next_monday, 10), member_type=MemberType.PUPIL)
    second = book(inducted, laser, at(next_monday, 12), member_type=MemberType.ENTREPRENEUR)
    assert second.member_type == MemberType.PUPIL


def test_a_first_booking_needs_a_member_type(inducted, laser, next_monday):
    with pytest.raises(MakerspaceError, match="member type"):
        book(inducted, laser, at(next_monday, 10), member_type="")


def test_the_weekly_limit_of_the_member_type(inducted, laser, next_monday):
    for day in range(1, 3):  # 2 × 4 hours = 8 hours over the pupil's 6
        if day == 2:
            with pytest.raises(MakerspaceError, match="at most 6 hours a week"):
                book(inducted, laser, at(next_monday + dt.timedelta(days=day), 10), 240)
        else:
            book(inducted, laser, at(next_monday + dt.timedelta(days=day), 10), 240)


def test_repeated_no_shows_pause_booking(inducted, laser, next_monday):
    for days in (3, 6, 9):
        BookingFactory(
            equipment=laser,
            person=inducted,
            status=BookingStatus.NO_SHOW,
            starts_at=timezone.now() - dt.timedelta(days=days),
        )
    with pytest.raises(MakerspaceError, match="paused"):
        book(inducted, laser, at(next_monday, 10))


def test_a_member_cancels_until_two_hours_before_and_staff_until_the_end(
    inducted, instructor, laser, next_monday
):
    booking = book(inducted, laser, at(next_monday, 12))
    with pytest.raises(MakerspaceError, match="two hours"):
        services.booking_cancel(booking=booking, by=inducted.user, now=at(next_monday, 10, 30))
    services.booking_cancel(booking=booking, by=instructor, now=at(next_monday, 12, 30))
    deliver_all()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert booking.sequence == 1
    assert "atcelts" in mail.outbox[-1].subject.lower()  # in the person's language, Latvian by default
    with pytest.raises(MakerspaceError):
        services.booking_cancel(booking=booking, by=instructor, now=at(next_monday, 12, 30))


def test_another_member_cannot_cancel(inducted, other_youth, laser, next_monday):
    booking = book(inducted, laser, at(next_monday, 12))
    with pytest.raises(NotAllowed):
        services.booking_cancel(booking=booking, by=other_youth.user)


def test_out_of_order_until_a_date_cancels_the_bookings_until_then(
    inducted, other_youth, instructor, laser, next_monday
):
    early = book(inducted, laser, at(next_monday, 10))
    late = book(other_youth, laser, at(next_monday + dt.timedelta(days=3), 10))
    deliver_all()
    mail.outbox.clear()
    cancelled = services.equipment_status_set(
        equipment=laser,
        by=instructor,
        status=EquipmentStatus.OUT_OF_ORDER,
        until=next_monday + dt.timedelta(days=1),
    )
    deliver_all()
    assert [b.pk for b in cancelled] == [early.pk]
    early.refresh_from_db()
    late.refresh_from_db()
    assert (early.status, late.status) == (BookingStatus.CANCELLED, BookingStatus.BOOKED)
    assert len(mail.outbox) == 1
    with pytest.raises(MakerspaceError, match="cannot be booked"):
        book(inducted, laser, at(next_monday + dt.timedelta(days=1), 12))
    assert book(inducted, laser, at(next_monday + dt.timedelta(days=2), 12)).pk


def test_retiring_a_machine_cancels_everything_to_come_and_cannot_be_undone(
    inducted, instructor, laser, next_monday
):
    book(inducted, laser, at(next_monday, 10))
    assert (
        len(services.equipment_status_set(equipment=laser, by=instructor, status=EquipmentStatus.RETIRED))
        == 1
    )
    with pytest.raises(MakerspaceError, match="cannot become"):
        services.equipment_status_set(equipment=laser, by=instructor, status=EquipmentStatus.AVAILABLE)


def test_only_the_citys_staff_change_a_machine(laser, inducted, ventspils_instructor):
    for user in (inducted.user, ventspils_instructor):
        with pytest.raises(NotAllowed):
            services.equipment_status_set(equipment=laser, by=user, status=EquipmentStatus.OUT_OF_ORDER)


def test_an_instructor_records_an_induction_which_goes_to_the_portfolio(youth, instructor, valmiera):
    induction = services.induction_record(
        person=youth, kind=MachineKind.LASER_CUTTER, city=valmiera, by=instructor, months=12
    )
    assert induction.valid_until == services.add_months(timezone.localdate(), 12)
    from microcity.careers.models import Entry

    entry = Entry.objects.get(portfolio__person=youth)
    assert entry.verified_at is not None
    assert "Lāzergriezējs" in entry.title  # in the youth's language, Latvian by default


def test_induction_rules(youth, instructor, valmiera, ventspils_instructor):
    with pytest.raises(NotAllowed):
        services.induction_record(
            person=youth, kind=MachineKind.LASER_CUTTER, city=valmiera, by=ventspils_instructor
        )
    with pytest.raises(NotAllowed):
        services.induction_record(person=youth, kind=MachineKind.LASER_CUTTER, city=valmiera, by=youth.user)
    with pytest.raises(MakerspaceError):
        services.induction_record(
            person=youth,
            kind=MachineKind.LASER_CUTTER,
            city=valmiera,
            by=instructor,
            passed_on=timezone.localdate() + dt.timedelta(days=1),
        )
    with pytest.raises(MakerspaceError):
        services.induction_record(person=youth, kind="forge", city=valmiera, by=instructor)


def test_add_months_keeps_the_end_of_the_month():
    assert services.add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert services.add_months(dt.date(2027, 11, 15), 3) == dt.date(2028, 2, 15)


def test_usage_is_charged_half_up_and_counts_the_person_once(inducted, instructor, laser, next_monday):
    first = book(inducted, laser, at(next_monday, 10))
    second = book(inducted, laser, at(next_monday, 14))
    plywood = laser.consumables.get()
    usage = services.usage_record(
        booking=first,
        by=instructor,
        minutes=55,
        quantities={plywood.pk: Decimal("3")},
        now=at(next_monday, 11),
    )
    # 55 min at 4.00 EUR/h = 3.6666… → 3.67; 3 sheets at 2.35 = 7.05
    assert (usage.time_charge, usage.consumables_charge, usage.total) == (
        Decimal("3.67"),
        Decimal("7.05"),
        Decimal("10.72"),
    )
    assert usage.lines[0]["amount"] == "7.05"
    first.refresh_from_db()
    assert first.status == BookingStatus.USED
    services.usage_record(booking=second, by=instructor, minutes=60, now=at(next_monday, 15))
    assert OutcomeRecord.objects.filter(indicator=Indicator.MAKERSPACE_USER, person=inducted).count() == 1
    services.usage_mark_paid(usage=usage, by=instructor)
    with pytest.raises(MakerspaceError, match="already paid"):
        services.usage_mark_paid(usage=usage, by=instructor)


def test_usage_rules(inducted, instructor, other_youth, laser, next_monday):
    booking = book(inducted, laser, at(next_monday, 10))
    with pytest.raises(MakerspaceError, match="once the booking has started"):
        services.usage_record(booking=booking, by=instructor, minutes=60, now=at(next_monday, 9))
    with pytest.raises(NotAllowed):
        services.usage_record(booking=booking, by=other_youth.user, minutes=60, now=at(next_monday, 11))
    for minutes in (0, -5, 100000):
        with pytest.raises(MakerspaceError):
            services.usage_record(booking=booking, by=instructor, minutes=minutes, now=at(next_monday, 11))
    with pytest.raises(MakerspaceError, match="Unknown consumable"):
        services.usage_record(
            booking=booking,
            by=instructor,
            minutes=60,
            quantities={999999: Decimal(1)},
            now=at(next_monday, 11),
        )
    plywood = laser.consumables.get()
    with pytest.raises(MakerspaceError, match="quantity"):
        services.usage_record(
            booking=booking,
            by=instructor,
            minutes=60,
            quantities={plywood.pk: Decimal(-1)},
            now=at(next_monday, 11),
        )
    services.booking_mark_no_show(booking=booking, by=instructor, now=at(next_monday, 10, 30))
    booking.refresh_from_db()
    assert booking.status == BookingStatus.NO_SHOW
    # A late arrival after all: usage can still be recorded.
    assert services.usage_record(
        booking=booking, by=instructor, minutes=30, now=at(next_monday, 11)
    ).total == Decimal("2.00")
    with pytest.raises(MakerspaceError, match="still to come"):
        services.booking_cancel(booking=booking, by=instructor, now=at(next_monday, 10, 45))


def test_the_opening_year_is_set_in_one_go(space, instructor, laser, inducted, next_monday):
    year = next_monday.year
    services.opening_year_set(
        space=space,
        by=instructor,
        year=year,
        weekly=[(0, dt.time(12), dt.time(20)), (2, dt.time(9), dt.time(13)), (2, dt.time(14), dt.time(18))],
        closed=[(dt.date(year, 12, 24), "Ziemassvētki"), (dt.date(year, 12, 25), "")],
    )
    assert space.opening_hours.count() == 3
    assert space.closed_days.count() == 2
    with pytest.raises(MakerspaceError, match="not open"):
        book(inducted, laser, at(next_monday, 10))
    assert book(inducted, laser, at(next_monday, 19)).pk
    with pytest.raises(MakerspaceError, match="overlap"):
        services.opening_year_set(
            space=space,
            by=instructor,
            year=year,
            weekly=[(0, dt.time(9), dt.time(13)), (0, dt.time(12), dt.time(18))],
            closed=[],
        )
    with pytest.raises(MakerspaceError, match="close after"):
        services.opening_year_set(
            space=space, by=instructor, year=year, weekly=[(0, dt.time(13), dt.time(9))], closed=[]
        )
    with pytest.raises(MakerspaceError, match="must be in"):
        services.opening_year_set(
            space=space, by=instructor, year=year, weekly=[], closed=[(dt.date(year + 1, 1, 1), "")]
        )


def test_a_persons_data_is_exported_and_their_coming_bookings_cancelled_on_erasure(
    inducted, laser, next_monday
):
    from microcity.makerspace import personal_data

    booking = book(inducted, laser, at(next_monday, 10), purpose="Mana kaste")
    rows = personal_data.export_person(inducted)
    assert any(row.get("purpose") == "Mana kaste" for row in rows)
    assert any(row.get("induction") == MachineKind.LASER_CUTTER for row in rows)
    personal_data.erase_person(inducted)
    booking.refresh_from_db()
    assert (booking.status, booking.purpose) == (BookingStatus.CANCELLED, "")
