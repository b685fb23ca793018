"""Services of individual counselling: counsellors' availability, booking, moving and cancelling sessions
(youths up to a deadline), attendance and no-shows, session records with agreed next steps, reminders.

Two bookings can never hold the same counsellor slot: a conditional unique constraint on (counsellor,
start) decides under simultaneous sign-ups, and the loser is told the slot was just taken.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.careers import conf, ics, notify, permissions, selectors
from microcity.careers.models import (
    Availability,
    AvailabilityException,
    Booking,
    BookingStatus,
    NextStep,
    SessionRecord,
)
from microcity.careers.selectors import slots_for
from microcity.careers.services import CareersError, NotAllowed, clean
from microcity.core import workflow
from microcity.core.models import AuditAction, City, Indicator, Person, Programme
from microcity.core.services import audit_log, outcome_record

# Youths counselled are 13 to 25, as everywhere in youth programmes.
YOUTH_AGES = (13, 25)

# Only these changes of status exist; a no-show recorded by mistake can still become attended.
BOOKINGS = workflow.Workflow(
    labels=BookingStatus,
    allowed=workflow.allowed(
        {
            BookingStatus.CANCELLED: {BookingStatus.BOOKED},
            BookingStatus.ATTENDED: {BookingStatus.BOOKED, BookingStatus.NO_SHOW},
            BookingStatus.NO_SHOW: {BookingStatus.BOOKED},
        }
    ),
    refusal=gettext_lazy("A session that is “%(from)s” cannot become “%(to)s”."),
    error=CareersError,
)


class SlotTaken(CareersError):
    """Somebody else booked the slot first."""


class TooLate(CareersError):
    """The change deadline before the session has passed."""


# --- Availability ---------------------------------------------------------------------------------


@transaction.atomic
def availability_add(
    *,
    counsellor: Any,
    city: City,
    by: User,
    weekday: int,
    starts_at: dt.time,
    ends_at: dt.time,
    valid_from: dt.date,
    valid_to: dt.date | None = None,
    slot_minutes: int = 45,
    location: str = "",
) -> Availability:
    if not permissions.can_manage_availability(by, counsellor, city):
        raise NotAllowed(_("You may not change this counsellor's availability."))
    pattern = Availability(
        counsellor=counsellor,
        city=city,
        weekday=weekday,
        starts_at=starts_at,
        ends_at=ends_at,
        slot_minutes=slot_minutes,
        valid_from=valid_from,
        valid_to=valid_to,
        location=location.strip(),
    )
    clean(pattern)
    overlapping = Availability.objects.filter(
        counsellor=counsellor, weekday=weekday, starts_at__lt=ends_at, ends_at__gt=starts_at
    ).exclude(valid_to__lt=valid_from)
    if valid_to is not None:
        overlapping = overlapping.exclude(valid_from__gt=valid_to)
    if overlapping.exists():
        raise CareersError(_("These hours overlap hours you already offer on that day."))
    pattern.save()
    _audit_hours(by=by, obj=pattern, action=AuditAction.CREATE, city=city, counsellor=counsellor)
    return pattern


def _audit_hours(
    *,
    by: User,
    obj: Availability | AvailabilityException,
    action: str,
    city: City,
    counsellor: Any,
    **details: Any,
) -> None:
    """Hours are the counsellor's, but a coordinator may change them: the audit row says who did."""
    audit_log(
        actor=by,
        action=action,
        obj=obj,
        city=city,
        details={"counsellor": counsellor.pk, "for_self": by.pk == counsellor.pk, **details},
    )


@transaction.atomic
def availability_end(*, availability: Availability, by: User, last_day: dt.date) -> Availability:
    """Stop a weekly pattern after `last_day`; sessions already booked stay booked (see
    `selectors.bookings_in_hours` for the ones that then lie outside the hours offered)."""
    if not permissions.can_manage_availability(by, availability.counsellor, availability.city):
        raise NotAllowed(_("You may not change this counsellor's availability."))
    previous = availability.valid_to
    availability.valid_to = max(last_day, availability.valid_from)
    if previous is not None and previous < availability.valid_to:
        availability.valid_to = previous
    availability.save(update_fields=["valid_to"])
    _audit_hours(
        by=by,
        obj=availability,
        action=AuditAction.CHANGE,
        city=availability.city,
        counsellor=availability.counsellor,
        valid_to=[previous.isoformat() if previous else None, availability.valid_to.isoformat()],
    )
    return availability


@transaction.atomic
def availability_delete(*, availability: Availability, by: User) -> list[Booking]:
    """Delete weekly hours entered by mistake or no longer offered. Sessions already booked in them are
    kept, not cancelled: a youth keeps an appointment until somebody who can tell them moves or cancels it.
    Returns those sessions, so that the caller can say which ones now lie outside the hours offered."""
    if not permissions.can_manage_availability(by, availability.counsellor, availability.city):
        raise NotAllowed(_("You may not change this counsellor's availability."))
    kept = selectors.bookings_in_hours(availability=availability)
    _audit_hours(
        by=by,
        obj=availability,
        action=AuditAction.DELETE,
        city=availability.city,
        counsellor=availability.counsellor,
        weekday=availability.weekday,
        hours=f"{availability.starts_at:%H:%M}–{availability.ends_at:%H:%M}",
        bookings_kept=[booking.pk for booking in kept],
    )
    availability.delete()
    return kept


@transaction.atomic
def availability_exception_add(
    *,
    counsellor: Any,
    city: City,
    by: User,
    date: dt.date,
    starts_at: dt.time | None = None,
    ends_at: dt.time | None = None,
    reason: str = "",
) -> AvailabilityException:
    """Block a day or part of it. Sessions already booked then are not cancelled by this: the counsellor
    cancels them, which tells the youth."""
    if not permissions.can_manage_availability(by, counsellor, city):
        raise NotAllowed(_("You may not change this counsellor's availability."))
    exception = AvailabilityException(
        counsellor=counsellor, date=date, starts_at=starts_at, ends_at=ends_at, reason=reason.strip()
    )
    clean(exception)
    exception.save()
    _audit_hours(by=by, obj=exception, action=AuditAction.CREATE, city=city, counsellor=counsellor)
    return exception


@transaction.atomic
def availability_exception_delete(*, exception: AvailabilityException, city: City, by: User) -> None:
    """Remove an exception: its time is offered again by the weekly hours. No booked session is affected
    (an exception only ever takes time away)."""
    if not permissions.can_manage_availability(by, exception.counsellor, city):
        raise NotAllowed(_("You may not change this counsellor's availability."))
    _audit_hours(
        by=by,
        obj=exception,
        action=AuditAction.DELETE,
        city=city,
        counsellor=exception.counsellor,
        date=exception.date.isoformat(),
        whole_day=exception.whole_day,
    )
    exception.delete()


# --- Bookings -------------------------------------------------------------------------------------


def _check_deadline(*, booking_start: dt.datetime, by: User, staff: bool, now: dt.datetime) -> None:
    if booking_start <= now:
        raise TooLate(_("This session has already started."))
    if not staff and booking_start - now < conf.booking_change_deadline():
        hours = int(conf.booking_change_deadline().total_seconds() // 3600)
        raise TooLate(
            _("Sessions can be booked, moved or cancelled up to %(hours)s hours before they start.")
            % {"hours": hours}
        )


def _find_slot(*, counsellor: Any, starts_at: dt.datetime, city_id: int | None) -> Any:
    local = timezone.localtime(starts_at)
    for slot in slots_for(counsellor=counsellor, start=local.date(), end=local.date(), include_taken=True):
        if slot.starts_at == starts_at and (city_id is None or slot.city_id == city_id):
            if slot.taken:
                raise SlotTaken(_("Somebody has just booked this time. Please choose another."))
            return slot
    raise CareersError(_("The counsellor does not offer this time."))


def _booking_ics(booking: Booking, *, cancelled: bool = False) -> bytes:
    """The session as a calendar file: organised by the counsellor (the city's contact point if the
    counsellor has no address); a cancellation tells the youth."""
    organizer = ics.person_party(booking.counsellor, ics.city_organizer(booking.city))
    return ics.event_ics(
        uid=ics.event_uid("booking", booking.pk),
        sequence=booking.sequence,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        summary=str(_("Career counselling session")),
        location=booking.location,
        organizer=organizer,
        attendees=[ics.person_party(booking.youth, organizer)],
        cancelled=cancelled,
    )


SUBJECTS = {
    "confirmed": gettext_lazy("Your career counselling session is booked"),
    "moved": gettext_lazy("Your career counselling session has moved"),
    "cancelled": gettext_lazy("Your career counselling session is cancelled"),
    "reminder": gettext_lazy("Reminder: your career counselling session"),
}


GUARDIAN_SUBJECTS = {
    "confirmed": gettext_lazy("%(name)s's career counselling session is booked"),
    "moved": gettext_lazy("%(name)s's career counselling session has moved"),
    "cancelled": gettext_lazy("%(name)s's career counselling session is cancelled"),
    "reminder": gettext_lazy("Reminder: %(name)s's career counselling session"),
}


def _guardians_to_tell(booking: Booking, by: User | None = None) -> list[Any]:
    """The guardian who booked the session, and a guardian who changes it: only while their link to the
    youth stands. Sessions a youth booked themselves are not reported to their parents."""
    guardians: list[Any] = []
    for user in (booking.booked_by, by):
        if (
            user is not None
            and user.pk not in {g.pk for g in guardians}
            and not permissions.is_self(user, booking.youth)
            and permissions.is_linked_guardian(user, booking.youth)
        ):
            guardians.append(user)
    return guardians


def _booking_emails(booking: Booking, kind: str, by: User | None = None) -> None:
    """To the youth and the counsellor, and to the guardian who booked or changed the session, each in
    their language, with the session as a calendar file."""
    cancelled = kind == "cancelled"
    with_calendar = _booking_ics(booking, cancelled=cancelled)
    context = {"booking": booking, "youth": booking.youth, "counsellor": booking.counsellor, "kind": kind}
    notify.email(
        to=booking.youth.email,
        language=notify.language_of(booking.youth),
        subject=SUBJECTS[kind],
        template=f"careers/email/booking_{kind}.txt",
        context={**context, "for_counsellor": False},
        ics=with_calendar,
        ics_name="session.ics",
    )
    for guardian in _guardians_to_tell(booking, by):
        notify.email(
            to=guardian.email,
            language=notify.language_of(guardian),
            subject=GUARDIAN_SUBJECTS[kind],
            subject_args={"name": booking.youth.first_name},
            template=f"careers/email/booking_{kind}.txt",
            context={**context, "for_counsellor": False, "guardian": guardian},
            ics=with_calendar,
            ics_name="session.ics",
        )
    if booking.counsellor is not None and kind != "reminder":
        notify.email(
            to=booking.counsellor.email,
            language=notify.language_of(booking.counsellor),
            subject=SUBJECTS[kind],
            template=f"careers/email/booking_{kind}.txt",
            context={**context, "for_counsellor": True},
            ics=with_calendar,
            ics_name="session.ics",
        )


@transaction.atomic
def booking_create(
    *, youth: Person, counsellor: Any, starts_at: dt.datetime, by: User, now: dt.datetime | None = None
) -> Booking:
    """Book one of the counsellor's free slots for the youth."""
    moment = now or timezone.now()
    if not permissions.can_book_for(by, youth):
        raise NotAllowed(_("You may not book sessions for this youth."))
    city = youth.city
    if city is None:
        raise CareersError(_("Add the city you live in to your profile first."))
    if not permissions.is_counsellor_in(counsellor, city):
        raise CareersError(_("This counsellor does not work in your city."))
    age = youth.age_on(timezone.localdate(starts_at))
    if age is None or not YOUTH_AGES[0] <= age <= YOUTH_AGES[1]:
        raise CareersError(_("Career counselling is for youths from 13 to 25."))
    staff = permissions.is_city_counselling_staff(by, city) and not permissions.is_self(by, youth)
    _check_deadline(booking_start=starts_at, by=by, staff=staff, now=moment)
    slot = _find_slot(counsellor=counsellor, starts_at=starts_at, city_id=youth.city_id)
    try:
        with transaction.atomic():
            booking = Booking.objects.create(
                youth=youth,
                counsellor=counsellor,
                city_id=slot.city_id,
                school=youth.school,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                location=slot.location,
                booked_by=by,
            )
    except IntegrityError as error:
        if Booking.objects.filter(
            youth=youth, starts_at=slot.starts_at, status=BookingStatus.BOOKED
        ).exists():
            raise CareersError(_("You already have a session at this time.")) from error
        raise SlotTaken(_("Somebody has just booked this time. Please choose another.")) from error
    audit_log(actor=by, action=AuditAction.CREATE, obj=booking, person=youth, city=booking.city)
    _booking_emails(booking, "confirmed", by)
    return booking


def _locked(booking: Booking) -> Booking:
    return (
        Booking.objects.select_for_update(of=("self",))
        .select_related("youth", "youth__user", "counsellor", "city", "booked_by")
        .get(pk=booking.pk)
    )


@transaction.atomic
def booking_move(
    *, booking: Booking, starts_at: dt.datetime, by: User, now: dt.datetime | None = None
) -> Booking:
    """Move a booked session to another free slot of the same counsellor."""
    moment = now or timezone.now()
    if not permissions.can_change_booking(by, booking):
        raise NotAllowed(_("You may not change this session."))
    booking = _locked(booking)
    if booking.status != BookingStatus.BOOKED:
        raise CareersError(_("Only a booked session can be moved."))
    if starts_at == booking.starts_at:
        return booking
    staff = permissions.is_booking_staff(by, booking)
    _check_deadline(booking_start=booking.starts_at, by=by, staff=staff, now=moment)
    _check_deadline(booking_start=starts_at, by=by, staff=staff, now=moment)
    slot = _find_slot(counsellor=booking.counsellor, starts_at=starts_at, city_id=booking.city_id)
    previous = booking.starts_at
    booking.starts_at, booking.ends_at, booking.location = slot.starts_at, slot.ends_at, slot.location
    booking.sequence += 1
    booking.reminded_at = None
    try:
        with transaction.atomic():
            booking.save(
                update_fields=["starts_at", "ends_at", "location", "sequence", "reminded_at", "updated_at"]
            )
    except IntegrityError as error:
        raise SlotTaken(_("Somebody has just booked this time. Please choose another.")) from error
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=booking,
        person=booking.youth,
        city=booking.city,
        details={"starts_at": [previous.isoformat(), booking.starts_at.isoformat()]},
    )
    _booking_emails(booking, "moved", by)
    return booking


def _move_status(booking: Booking, to: str, *, by: User) -> Booking:
    """Move a locked booking along BOOKINGS; a cancellation also changes the calendar entry."""
    fields: list[str] = []
    if to == BookingStatus.CANCELLED:
        booking.cancelled_at = timezone.now()
        booking.sequence += 1
        fields += ["cancelled_at", "cancel_reason", "sequence"]
    workflow.transition(
        booking,
        to,
        workflow=BOOKINGS,
        by=by,
        city=booking.city,
        person=booking.youth,
        fields=fields,
        locked=True,
    )
    return booking


@transaction.atomic
def booking_cancel(
    *, booking: Booking, by: User, reason: str = "", now: dt.datetime | None = None
) -> Booking:
    """Cancel a booked session: youths up to the deadline, the counsellor or coordinator at any time."""
    moment = now or timezone.now()
    if not permissions.can_change_booking(by, booking):
        raise NotAllowed(_("You may not change this session."))
    booking = _locked(booking)
    if not BOOKINGS.allows(booking.status, BookingStatus.CANCELLED):
        raise CareersError(_("Only a booked session can be cancelled."))
    _check_deadline(
        booking_start=booking.starts_at, by=by, staff=permissions.is_booking_staff(by, booking), now=moment
    )
    booking.cancel_reason = reason.strip()[:250]
    _move_status(booking, BookingStatus.CANCELLED, by=by)
    _booking_emails(booking, "cancelled", by)
    return booking


@transaction.atomic
def booking_mark_attended(*, booking: Booking, by: User, now: dt.datetime | None = None) -> Booking:
    """The youth came: the session counts as career support in the outcome ledger."""
    moment = now or timezone.now()
    if not permissions.can_mark_booking(by, booking):
        raise NotAllowed(_("Only the counsellor or a coordinator records attendance."))
    booking = _locked(booking)
    if booking.starts_at > moment:
        raise CareersError(_("Attendance is recorded once the session has started."))
    _move_status(booking, BookingStatus.ATTENDED, by=by)
    outcome_record(
        indicator=Indicator.YOUTH_SUPPORTED,
        programme=Programme.CAREERS,
        city=booking.city,
        occurred_on=timezone.localdate(booking.starts_at),
        source=booking,
        person=booking.youth,
        details={"kind": "counselling"},
    )
    return booking


@transaction.atomic
def booking_mark_no_show(*, booking: Booking, by: User, now: dt.datetime | None = None) -> Booking:
    moment = now or timezone.now()
    if not permissions.can_mark_booking(by, booking):
        raise NotAllowed(_("Only the counsellor or a coordinator records attendance."))
    booking = _locked(booking)
    if booking.starts_at > moment:
        raise CareersError(_("A no-show is recorded once the session has started."))
    return _move_status(booking, BookingStatus.NO_SHOW, by=by)


def bookings_remind(*, now: dt.datetime | None = None) -> int:
    """E-mail each youth a reminder with the calendar file before the session, once per booking."""
    moment = now or timezone.now()
    due = Booking.objects.filter(
        status=BookingStatus.BOOKED,
        reminded_at__isnull=True,
        starts_at__gt=moment,
        starts_at__lte=moment + conf.booking_reminder_ahead(),
    ).select_related("youth", "youth__user", "counsellor", "city", "booked_by")
    sent = 0
    for booking in due:
        with transaction.atomic():
            # Claim the booking first, so that two reminder runs cannot both send.
            claimed = Booking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(
                reminded_at=moment
            )
            if claimed:
                _booking_emails(booking, "reminder")
                sent += 1
    return sent


# --- Session records ------------------------------------------------------------------------------


@transaction.atomic
def session_record_save(
    *,
    booking: Booking,
    by: User,
    topics: str,
    private_notes: str = "",
    next_steps: Sequence[tuple[str, dt.date | None]] = (),
) -> SessionRecord:
    """The counsellor who held the session writes what it was about; new next steps are added to those
    already agreed."""
    if not permissions.can_write_session_record(by, booking):
        raise NotAllowed(_("Only the counsellor who held the session writes its record."))
    booking = Booking.objects.select_related("youth", "city").get(pk=booking.pk)
    if booking.status != BookingStatus.ATTENDED:
        raise CareersError(_("A record is written for a session that took place."))
    record, created = SessionRecord.objects.get_or_create(booking=booking, defaults={"written_by": by})
    changed = [
        name
        for name, value in (("topics", topics), ("private_notes", private_notes))
        if getattr(record, name) != value
    ]
    record.topics = topics.strip()
    record.private_notes = private_notes.strip()
    record.written_by = by
    record.save()
    start = record.next_steps.count()
    for offset, (text, due_on) in enumerate(steps for steps in next_steps if steps[0].strip()):
        NextStep.objects.create(
            record=record, text=text.strip()[:250], due_on=due_on, position=start + offset
        )
    audit_log(
        actor=by,
        action=AuditAction.CREATE if created else AuditAction.CHANGE,
        obj=record,
        person=booking.youth,
        city=booking.city,
        details={"fields": changed, "next_steps_added": len([s for s in next_steps if s[0].strip()])},
    )
    return record


@transaction.atomic
def next_step_set_done(*, step: NextStep, by: User, done: bool = True) -> NextStep:
    """The youth or the counsellor ticks off an agreed next step."""
    booking = step.record.booking
    if not permissions.can_tick_next_step(by, booking):
        raise NotAllowed(_("You may not change this step."))
    step.done_at = timezone.now() if done else None
    step.save(update_fields=["done_at"])
    return step
