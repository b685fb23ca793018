"""Every change in the makerspace: spaces and their opening year, machines and their status, inductions,
bookings (never two on one machine at once), usage with its charge, and payment at the desk.

A booking is decided under a lock of the machine's row (select_for_update), so two people who ask for the
same slot at the same moment are served one after the other and the second is refused; on PostgreSQL an
exclusion constraint (migration 0002) holds the same rule in the database itself."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Sum
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import GuardianLink, User
from microcity.core import registry, workflow
from microcity.core.models import AuditAction, City, Indicator, Person, Programme
from microcity.core.services import audit_log, outcome_record
from microcity.core.tasks import enqueue, send_email_task
from microcity.makerspace import calendar, charges, permissions
from microcity.makerspace.models import (
    HOLDING_STATUSES,
    Booking,
    BookingStatus,
    ClosedDay,
    Consumable,
    Equipment,
    EquipmentStatus,
    Induction,
    MachineKind,
    Member,
    MemberType,
    OpeningHours,
    Price,
    Space,
    Usage,
)
from microcity.slots import DayException, WeeklyHours, fits_open_hours, open_intervals

# How far ahead a machine can be booked.
BOOKING_HORIZON = dt.timedelta(weeks=8)
# Members change or cancel their own booking until this long before it starts; staff until it ends.
CANCEL_CUTOFF = dt.timedelta(hours=2)
# Booked time per person per week (Monday to Sunday) in one city, by member type.
WEEKLY_MINUTES: dict[str, int] = {
    MemberType.PUPIL: 6 * 60,
    MemberType.STUDENT: 8 * 60,
    MemberType.RESIDENT: 8 * 60,
    MemberType.ENTREPRENEUR: 16 * 60,
    MemberType.SCHOOL: 20 * 60,
}
# This many no-shows within NO_SHOW_WINDOW block new bookings until the window has passed.
NO_SHOW_LIMIT = 3
NO_SHOW_WINDOW = dt.timedelta(days=60)
# A passed induction is valid this many months unless the instructor says otherwise.
INDUCTION_MONTHS = 24


class MakerspaceError(workflow.DomainError):
    """A makerspace action that cannot be done; the message is translated and shown to the user."""


class NotAllowed(MakerspaceError, workflow.NotAllowed):
    pass


class SlotTaken(MakerspaceError):
    """Someone else holds (part of) the time asked for."""


BOOKINGS = workflow.Workflow(
    labels=BookingStatus,
    allowed=workflow.allowed(
        {
            BookingStatus.CANCELLED: {BookingStatus.BOOKED},
            BookingStatus.USED: {BookingStatus.BOOKED, BookingStatus.NO_SHOW},
            BookingStatus.NO_SHOW: {BookingStatus.BOOKED},
        }
    ),
    refusal=gettext_lazy("A booking that is “%(from)s” cannot become “%(to)s”."),
    error=MakerspaceError,
)

EQUIPMENT = workflow.Workflow(
    labels=EquipmentStatus,
    allowed=workflow.allowed(
        {
            EquipmentStatus.AVAILABLE: {EquipmentStatus.OUT_OF_ORDER},
            EquipmentStatus.OUT_OF_ORDER: {EquipmentStatus.AVAILABLE, EquipmentStatus.OUT_OF_ORDER},
            EquipmentStatus.RETIRED: {EquipmentStatus.AVAILABLE, EquipmentStatus.OUT_OF_ORDER},
        }
    ),
    refusal=gettext_lazy("A machine that is “%(from)s” cannot become “%(to)s”."),
    error=MakerspaceError,
)

SUBJECTS = {
    "booked": gettext_lazy("Booked: %(machine)s, %(when)s"),
    "cancelled": gettext_lazy("Booking cancelled: %(machine)s, %(when)s"),
}


def zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _clean(obj: models.Model) -> None:
    try:
        obj.full_clean()
    except ValidationError as error:
        raise MakerspaceError(" ".join(error.messages)) from error


def _require_staff(by: User, city: City) -> None:
    if not permissions.can_instruct(by, city):
        raise NotAllowed(_("Only the makerspace's instructors and coordinators may do this."))


# --- Spaces, opening hours and machines ------------------------------------------------------------


@transaction.atomic
def space_create(
    *,
    city: City,
    by: User,
    name_lv: str,
    name_en: str,
    address: str,
    description_lv: str = "",
    description_en: str = "",
    opened_on: dt.date | None = None,
    running_cost_per_month: Decimal = Decimal("0.00"),
) -> Space:
    _require_staff(by, city)
    space = Space(
        city=city,
        name_lv=name_lv.strip(),
        name_en=name_en.strip(),
        address=address.strip(),
        description_lv=description_lv.strip(),
        description_en=description_en.strip(),
        opened_on=opened_on,
        running_cost_per_month=running_cost_per_month,
    )
    _clean(space)
    space.save()
    audit_log(actor=by, action=AuditAction.CREATE, obj=space, city=city)
    return space


@transaction.atomic
def opening_year_set(
    *,
    space: Space,
    by: User,
    year: int,
    weekly: Iterable[tuple[int, dt.time, dt.time]],
    closed: Iterable[tuple[dt.date, str]],
) -> Space:
    """The weekly pattern and the year's closed days in one go: the pattern replaces the old one, the closed
    days of `year` replace that year's. Bookings already made are kept (the instructors see them)."""
    _require_staff(by, space.city)
    space = Space.objects.select_for_update().get(pk=space.pk)
    try:
        pattern = sorted(WeeklyHours(weekday, opens, closes) for weekday, opens, closes in weekly)
    except ValueError as error:
        raise MakerspaceError(_("Each day's hours must close after they open.")) from error
    for first, second in zip(pattern, pattern[1:], strict=False):
        if first.weekday == second.weekday and second.opens < first.closes:
            raise MakerspaceError(_("A day's opening hours overlap."))
    days = {}
    for day, reason in closed:
        if day.year != year:
            raise MakerspaceError(_("Closed days must be in %(year)s.") % {"year": year})
        days[day] = reason.strip()[:100]
    OpeningHours.objects.filter(space=space).delete()
    OpeningHours.objects.bulk_create(
        OpeningHours(space=space, weekday=hours.weekday, opens=hours.opens, closes=hours.closes)
        for hours in pattern
    )
    ClosedDay.objects.filter(space=space, day__year=year).delete()
    ClosedDay.objects.bulk_create(
        ClosedDay(space=space, day=day, reason=reason) for day, reason in sorted(days.items())
    )
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=space,
        city=space.city,
        details={"opening_hours": len(pattern), "closed_days": len(days), "year": year},
    )
    return space


@transaction.atomic
def equipment_create(
    *,
    space: Space,
    by: User,
    kind: str,
    name_lv: str,
    name_en: str,
    description_lv: str = "",
    description_en: str = "",
    safety_rules_lv: str = "",
    safety_rules_en: str = "",
    needs_induction: bool = True,
    slot_minutes: int = 30,
    max_booking_minutes: int = 240,
    prices: Mapping[str, Decimal] | None = None,
    consumables: Iterable[Mapping[str, object]] = (),
) -> Equipment:
    """A machine with its prices per member type and its consumables (`name_lv`, `name_en`, `unit`,
    `unit_price`)."""
    _require_staff(by, space.city)
    if kind not in MachineKind.values:
        raise MakerspaceError(_("Unknown kind of machine."))
    equipment = Equipment(
        space=space,
        kind=kind,
        name_lv=name_lv.strip(),
        name_en=name_en.strip(),
        description_lv=description_lv.strip(),
        description_en=description_en.strip(),
        safety_rules_lv=safety_rules_lv.strip(),
        safety_rules_en=safety_rules_en.strip(),
        needs_induction=needs_induction,
        slot_minutes=slot_minutes,
        max_booking_minutes=max_booking_minutes,
    )
    _clean(equipment)
    equipment.save()
    for member_type, per_hour in (prices or {}).items():
        if member_type not in MemberType.values or Decimal(per_hour) < 0:
            raise MakerspaceError(_("A price needs a member type and an amount of at least 0."))
        Price.objects.create(equipment=equipment, member_type=member_type, per_hour=Decimal(per_hour))
    for item in consumables:
        consumable = Consumable(
            equipment=equipment,
            name_lv=str(item["name_lv"]),
            name_en=str(item["name_en"]),
            unit=str(item["unit"]),
            unit_price=Decimal(str(item["unit_price"])),
        )
        _clean(consumable)
        consumable.save()
    audit_log(actor=by, action=AuditAction.CREATE, obj=equipment, city=space.city)
    return equipment


def _cancel_for_machine(booking: Booking, by: User | None, reason: str) -> None:
    booking.cancelled_at = timezone.now()
    booking.sequence += 1
    workflow.transition(
        booking,
        BookingStatus.CANCELLED,
        workflow=BOOKINGS,
        by=by,
        city=booking.city,
        person=booking.person,
        fields=["cancelled_at", "sequence"],
        details={"reason": reason},
    )
    _booking_email(booking, "cancelled", reason=reason)


@transaction.atomic
def equipment_status_set(
    *,
    equipment: Equipment,
    by: User,
    status: str,
    until: dt.date | None = None,
    now: dt.datetime | None = None,
) -> list[Booking]:
    """Available, out of order (until a date, or until further notice) or retired. Bookings the machine can
    no longer honour are cancelled and their people told; returns them."""
    moment = now or timezone.now()
    _require_staff(by, equipment.space.city)
    equipment = (
        Equipment.objects.select_for_update().select_related("space", "space__city").get(pk=equipment.pk)
    )
    if status == EquipmentStatus.OUT_OF_ORDER and until is not None and until < timezone.localdate(moment):
        raise MakerspaceError(_("“Out of order until” cannot be in the past."))
    equipment.out_of_order_until = until if status == EquipmentStatus.OUT_OF_ORDER else None
    workflow.transition(
        equipment,
        status,
        workflow=EQUIPMENT,
        by=by,
        city=equipment.space.city,
        fields=["out_of_order_until"],
        locked=True,
    )
    if status == EquipmentStatus.AVAILABLE:
        return []
    affected = Booking.objects.filter(
        equipment=equipment, status=BookingStatus.BOOKED, ends_at__gt=moment
    ).select_related("person", "person__user", "equipment", "equipment__space", "city")
    if status == EquipmentStatus.OUT_OF_ORDER and until is not None:
        first_good_day = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(0), tzinfo=zone())
        affected = affected.filter(starts_at__lt=first_good_day)
    cancelled = list(affected)
    for booking in cancelled:
        _cancel_for_machine(booking, by, "equipment_" + status)
    return cancelled


def bookable_on(equipment: Equipment, day: dt.date) -> bool:
    """Whether the machine takes bookings for `day`: available, or out of order only until before it."""
    if equipment.status == EquipmentStatus.AVAILABLE:
        return True
    return (
        equipment.status == EquipmentStatus.OUT_OF_ORDER
        and equipment.out_of_order_until is not None
        and day > equipment.out_of_order_until
    )


# --- Inductions ---------------------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has a 28th


def valid_induction(person: Person, kind: str, city: City, day: dt.date) -> Induction | None:
    return (
        Induction.objects.filter(
            person=person, kind=kind, city=city, passed_on__lte=day, valid_until__gte=day
        )
        .order_by("-valid_until")
        .first()
    )


@transaction.atomic
def induction_record(
    *,
    person: Person,
    kind: str,
    city: City,
    by: User,
    passed_on: dt.date | None = None,
    months: int = INDUCTION_MONTHS,
) -> Induction:
    """The instructor records that the person passed the induction for a kind of machine. For a youth it
    also becomes a verified entry of their career portfolio."""
    _require_staff(by, city)
    if kind not in MachineKind.values:
        raise MakerspaceError(_("Unknown kind of machine."))
    day = passed_on or timezone.localdate()
    if day > timezone.localdate():
        raise MakerspaceError(_("An induction cannot be passed in the future."))
    if not 1 <= months <= 60:
        raise MakerspaceError(_("An induction is valid for 1 to 60 months."))
    induction = Induction.objects.create(
        person=person, city=city, kind=kind, passed_on=day, valid_until=add_months(day, months), given_by=by
    )
    audit_log(
        actor=by, action=AuditAction.CREATE, obj=induction, person=person, city=city, details={"kind": kind}
    )
    if person.is_youth:
        language = getattr(person.user, "preferred_language", None) or "lv"
        with translation.override(language):
            title = _("Induction passed: %(kind)s") % {"kind": MachineKind(kind).label}
            label = _("Makerspace, %(city)s") % {"city": city.name}
        registry.verified_experience.record(
            registry.VerifiedExperience(
                person=person,
                title=title,
                source_key=f"makerspace.induction:{induction.pk}",
                source_label=label,
                organisation_name=city.name,
                starts_on=day,
                ends_on=day,
            )
        )
    return induction


# --- Bookings -----------------------------------------------------------------------------------------


def _booking_email(booking: Booking, kind: str, reason: str = "") -> None:
    person = booking.person
    if not person.email:
        return
    language = getattr(person.user, "preferred_language", None) or "lv"
    with translation.override(language):
        local = timezone.localtime(booking.starts_at)
        when = local.strftime("%d.%m.%Y %H:%M")
        subject = str(SUBJECTS[kind]) % {"machine": booking.equipment.name, "when": when}
        body = render_to_string(
            f"makerspace/email/booking_{kind}.txt",
            {"booking": booking, "person": person, "reason": reason, "site_domain": ""},
        )
    enqueue(
        send_email_task,
        subject=subject,
        body=body,
        to=[person.email],
        attachments=[("booking.ics", calendar.booking_ics(booking), "text/calendar; charset=utf-8")],
    )


def has_guardian_consent(person: Person) -> bool:
    """A parent's or guardian's consent stands on record (an active guardian link)."""
    return GuardianLink.objects.filter(youth=person, revoked_at__isnull=True).exists()


def _week_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    monday = day - dt.timedelta(days=day.weekday())
    start = dt.datetime.combine(monday, dt.time(0), tzinfo=zone())
    return start, dt.datetime.combine(monday + dt.timedelta(days=7), dt.time(0), tzinfo=zone())


def opening_intervals(space: Space, first: dt.date, last: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The space's open intervals over the days; reads the prefetched hours when the caller has them."""
    pattern = [WeeklyHours(h.weekday, h.opens, h.closes) for h in space.opening_hours.all()]
    closed = [DayException(c.day) for c in space.closed_days.all() if first <= c.day <= last]
    return open_intervals(pattern, closed, first=first, last=last, zone=zone())


def member_for(person: Person, city: City, member_type: str | None) -> Member:
    """The person's membership of the city's makerspace; the type is chosen once, at the first booking."""
    member = Member.objects.filter(person=person, city=city).first()
    if member is not None:
        return member
    if member_type not in MemberType.values:
        raise MakerspaceError(_("Choose your member type."))
    try:
        with transaction.atomic():
            return Member.objects.create(person=person, city=city, member_type=str(member_type))
    except IntegrityError:
        return Member.objects.get(person=person, city=city)


def _check_time(equipment: Equipment, starts_at: dt.datetime, minutes: int, moment: dt.datetime) -> None:
    if timezone.is_naive(starts_at):
        raise MakerspaceError(_("Choose a time from the list."))
    if starts_at < moment:
        raise MakerspaceError(_("This time has already passed."))
    if starts_at > moment + BOOKING_HORIZON:
        raise MakerspaceError(_("Machines can be booked up to eight weeks ahead."))
    if minutes <= 0 or minutes % equipment.slot_minutes or minutes > equipment.max_booking_minutes:
        raise MakerspaceError(
            _("Book in steps of %(step)s minutes, for at most %(max)s minutes.")
            % {"step": equipment.slot_minutes, "max": equipment.max_booking_minutes}
        )


def _check_person(
    equipment: Equipment, person: Person, city: City, day: dt.date, moment: dt.datetime
) -> None:
    if equipment.needs_induction and valid_induction(person, equipment.kind, city, day) is None:
        raise MakerspaceError(
            _("You need a valid induction for this kind of machine (%(kind)s) before you book it.")
            % {"kind": MachineKind(equipment.kind).label}
        )
    age = person.age_on(day)
    if age is not None and age < permissions.CONSENT_AGE and not has_guardian_consent(person):
        raise MakerspaceError(_("Under 16, a booking needs a parent's or guardian's consent on record."))
    no_shows = Booking.objects.filter(
        person=person, city=city, status=BookingStatus.NO_SHOW, starts_at__gte=moment - NO_SHOW_WINDOW
    ).count()
    if no_shows >= NO_SHOW_LIMIT:
        raise MakerspaceError(
            _("After %(n)s missed bookings in 60 days, booking is paused. Please talk to an instructor.")
            % {"n": no_shows}
        )


@transaction.atomic
def booking_create(
    *,
    equipment: Equipment,
    person: Person,
    by: User,
    starts_at: dt.datetime,
    minutes: int,
    member_type: str | None = None,
    purpose: str = "",
    now: dt.datetime | None = None,
) -> Booking:
    """Book the machine from `starts_at` for `minutes`, within opening hours and in the machine's steps,
    for a person with a valid induction; refused with a reason otherwise, and `SlotTaken` when anyone holds
    part of that time."""
    moment = now or timezone.now()
    own = permissions.person_of(by)
    city = equipment.space.city
    if not permissions.can_instruct(by, city) and (own is None or own.pk != person.pk):
        raise NotAllowed(_("You may book only for yourself."))
    _check_time(equipment, starts_at, minutes, moment)
    ends_at = starts_at + dt.timedelta(minutes=minutes)
    day = timezone.localdate(starts_at)
    # Decided one at a time per machine: the row stays locked until this transaction ends.
    equipment = (
        Equipment.objects.select_for_update(of=("self",))
        .select_related("space", "space__city")
        .get(pk=equipment.pk)
    )
    space = equipment.space
    if not bookable_on(equipment, day):
        raise MakerspaceError(_("This machine cannot be booked on that day."))
    intervals = opening_intervals(space, day, timezone.localdate(ends_at))
    if not fits_open_hours((starts_at, ends_at), intervals) or not any(
        start <= starts_at < end
        and (starts_at - start) % dt.timedelta(minutes=equipment.slot_minutes) == dt.timedelta(0)
        for start, end in intervals
    ):
        raise MakerspaceError(_("The space is not open for the whole of that time."))
    _check_person(equipment, person, city, day, moment)
    member = member_for(person, city, member_type)
    week_start, week_end = _week_bounds(day)
    booked = Booking.objects.filter(
        person=person,
        city=city,
        status=BookingStatus.BOOKED,
        starts_at__gte=week_start,
        starts_at__lt=week_end,
    ).aggregate(total=Sum(models.F("ends_at") - models.F("starts_at")))["total"] or dt.timedelta(0)
    limit = WEEKLY_MINUTES[member.member_type]
    if booked + dt.timedelta(minutes=minutes) > dt.timedelta(minutes=limit):
        raise MakerspaceError(_("You may book at most %(hours)s hours a week.") % {"hours": limit // 60})
    if Booking.objects.filter(
        equipment=equipment, status__in=HOLDING_STATUSES, starts_at__lt=ends_at, ends_at__gt=starts_at
    ).exists():
        raise SlotTaken(_("Someone has just booked this time. Please choose another."))
    try:
        with transaction.atomic():
            booking = Booking.objects.create(
                equipment=equipment,
                person=person,
                city=city,
                member_type=member.member_type,
                starts_at=starts_at,
                ends_at=ends_at,
                purpose=purpose.strip()[:200],
                created_by=by,
                created_at=moment,
            )
    except IntegrityError as error:  # PostgreSQL's exclusion constraint: the same rule, held by the database
        raise SlotTaken(_("Someone has just booked this time. Please choose another.")) from error
    audit_log(actor=by, action=AuditAction.CREATE, obj=booking, person=person, city=city)
    _booking_email(booking, "booked")
    return booking


def _locked_booking(booking: Booking) -> Booking:
    return (
        Booking.objects.select_for_update(of=("self",))
        .select_related("equipment", "equipment__space", "city", "person", "person__user")
        .get(pk=booking.pk)
    )


@transaction.atomic
def booking_cancel(*, booking: Booking, by: User, now: dt.datetime | None = None) -> Booking:
    """The member cancels until two hours before the start; instructors until the booking ends."""
    moment = now or timezone.now()
    if not permissions.can_cancel_booking(by, booking):
        raise NotAllowed(_("You may not change this booking."))
    booking = _locked_booking(booking)
    staff = permissions.can_instruct(by, booking.city)
    if booking.status != BookingStatus.BOOKED:
        raise MakerspaceError(_("Only a booking that is still to come can be cancelled."))
    if staff and moment >= booking.ends_at:
        raise MakerspaceError(_("This booking has already ended."))
    if not staff and moment > booking.starts_at - CANCEL_CUTOFF:
        raise MakerspaceError(_("A booking can be cancelled until two hours before it starts."))
    booking.cancelled_at = moment
    booking.sequence += 1
    workflow.transition(
        booking,
        BookingStatus.CANCELLED,
        workflow=BOOKINGS,
        by=by,
        city=booking.city,
        person=booking.person,
        fields=["cancelled_at", "sequence"],
        locked=True,
    )
    _booking_email(booking, "cancelled")
    return booking


@transaction.atomic
def booking_mark_no_show(*, booking: Booking, by: User, now: dt.datetime | None = None) -> Booking:
    moment = now or timezone.now()
    _require_staff(by, booking.city)
    booking = _locked_booking(booking)
    if moment < booking.starts_at:
        raise MakerspaceError(_("A no-show is recorded once the booking has started."))
    workflow.transition(
        booking,
        BookingStatus.NO_SHOW,
        workflow=BOOKINGS,
        by=by,
        city=booking.city,
        person=booking.person,
        locked=True,
    )
    return booking


# --- Usage, charges and payment -----------------------------------------------------------------------


@transaction.atomic
def usage_record(
    *,
    booking: Booking,
    by: User,
    minutes: int,
    quantities: Mapping[int, Decimal] | None = None,
    now: dt.datetime | None = None,
) -> Usage:
    """What the booking really used; computes the charge and counts the person as a makerspace user (once
    per person and city in the outcome ledger)."""
    moment = now or timezone.now()
    _require_staff(by, booking.city)
    booking = _locked_booking(booking)
    if moment < booking.starts_at:
        raise MakerspaceError(_("Usage is recorded once the booking has started."))
    if not 0 < minutes <= 24 * 60:
        raise MakerspaceError(_("Enter the minutes used, from 1 to 1440."))
    price = Price.objects.filter(equipment=booking.equipment, member_type=booking.member_type).first()
    if price is None:
        raise MakerspaceError(_("This machine has no price for the member's type."))
    consumables = {c.pk: c for c in Consumable.objects.filter(equipment=booking.equipment)}
    lines = []
    for pk, quantity in (quantities or {}).items():
        if pk not in consumables:
            raise MakerspaceError(_("Unknown consumable."))
        if quantity < 0 or quantity > 100000:
            raise MakerspaceError(_("Enter a quantity from 0 to 100000."))
        if quantity:
            item = consumables[pk]
            lines.append(
                charges.ConsumableLine(
                    name=item.name, unit=item.unit, quantity=quantity, unit_price=item.unit_price
                )
            )
    charge = charges.charge_for(minutes=minutes, per_hour=price.per_hour, lines=lines)
    workflow.transition(
        booking,
        BookingStatus.USED,
        workflow=BOOKINGS,
        by=by,
        city=booking.city,
        person=booking.person,
        locked=True,
    )
    usage = Usage.objects.create(
        booking=booking,
        minutes=minutes,
        lines=[
            {
                "name": line.name,
                "unit": line.unit,
                "quantity": str(line.quantity),
                "unit_price": str(line.unit_price),
                "amount": str(line.amount),
            }
            for line in charge.lines
        ],
        time_charge=charge.time,
        consumables_charge=charge.consumables,
        total=charge.total,
        recorded_by=by,
        recorded_at=moment,
    )
    audit_log(
        actor=by,
        action=AuditAction.CREATE,
        obj=usage,
        person=booking.person,
        city=booking.city,
        details={"fields": ["minutes", "lines"]},
    )
    member = Member.objects.get(person=booking.person, city=booking.city)
    outcome_record(
        indicator=Indicator.MAKERSPACE_USER,
        programme=Programme.MAKERSPACE,
        city=booking.city,
        occurred_on=timezone.localdate(booking.starts_at),
        source=member,
        person=booking.person,
    )
    return usage


@transaction.atomic
def usage_mark_paid(*, usage: Usage, by: User, now: dt.datetime | None = None) -> Usage:
    usage = (
        Usage.objects.select_for_update(of=("self",))
        .select_related("booking", "booking__city")
        .get(pk=usage.pk)
    )
    _require_staff(by, usage.booking.city)
    if usage.paid_at is not None:
        raise MakerspaceError(_("This charge is already paid."))
    usage.paid_at = now or timezone.now()
    usage.save(update_fields=["paid_at"])
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=usage,
        person=usage.booking.person,
        city=usage.booking.city,
        details={"fields": ["paid_at"]},
    )
    return usage
