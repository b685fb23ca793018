"""Every read of the makerspace: a city's spaces and machines, a week grid of free and taken slots, a
person's bookings, the instructors' day and the coordinator's usage report. Each list is read in a fixed
number of queries, whatever the number of rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from microcity.core.models import City, Person
from microcity.makerspace.models import (
    HOLDING_STATUSES,
    Booking,
    BookingStatus,
    ClosedDay,
    Equipment,
    EquipmentStatus,
    Induction,
    Member,
    MemberType,
    OpeningHours,
    Space,
    Usage,
)
from microcity.makerspace.services import bookable_on, opening_intervals, zone
from microcity.slots import free_slots


def spaces_of(city: City) -> list[Space]:
    """The city's spaces with their machines in use (not retired), prices, consumables and hours."""
    return list(
        Space.objects.filter(city=city).prefetch_related(
            Prefetch(
                "equipment",
                queryset=Equipment.objects.exclude(status=EquipmentStatus.RETIRED).prefetch_related(
                    "prices", "consumables"
                ),
            ),
            Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens")),
        )
    )


def equipment_in(city: City, pk: int) -> Equipment | None:
    """One machine of the city (retired ones too: their page says so), with what its page shows."""
    return (
        Equipment.objects.filter(pk=pk, space__city=city)
        .select_related("space", "space__city")
        .prefetch_related(
            "prices",
            "consumables",
            Prefetch("space__opening_hours", queryset=OpeningHours.objects.order_by("weekday", "opens")),
            "space__closed_days",
        )
        .first()
    )


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass
class GridSlot:
    start: dt.datetime
    end: dt.datetime
    state: str  # "free", "taken", "past", "closed" (the machine does not take bookings that day)

    @property
    def iso(self) -> str:
        return self.start.isoformat()


@dataclass
class GridDay:
    day: dt.date
    slots: list[GridSlot] = field(default_factory=list)

    @property
    def free_count(self) -> int:
        return sum(1 for slot in self.slots if slot.state == "free")


def week_grid(equipment: Equipment, monday: dt.date, *, now: dt.datetime | None = None) -> list[GridDay]:
    """The machine's slots Monday to Sunday: free, taken, past or closed. One read of the week's bookings
    (the hours come prefetched with the machine); who holds a slot is never shown."""
    moment = now or timezone.now()
    sunday = monday + dt.timedelta(days=6)
    start = dt.datetime.combine(monday, dt.time(0), tzinfo=zone())
    end = dt.datetime.combine(sunday + dt.timedelta(days=1), dt.time(0), tzinfo=zone())
    taken = list(
        Booking.objects.filter(
            equipment=equipment, status__in=HOLDING_STATUSES, starts_at__lt=end, ends_at__gt=start
        ).values_list("starts_at", "ends_at")
    )
    intervals = opening_intervals(equipment.space, monday, sunday)
    days = [GridDay(day=monday + dt.timedelta(days=n)) for n in range(7)]
    step = dt.timedelta(minutes=equipment.slot_minutes)
    for slot in free_slots(intervals, step, taken):
        day = timezone.localdate(slot.start)
        if slot.start < moment:
            state = "past"
        elif not bookable_on(equipment, day):
            state = "closed"
        else:
            state = "free" if slot.free else "taken"
        days[(day - monday).days].slots.append(GridSlot(start=slot.start, end=slot.end, state=state))
    return days


def bookings_of(person: Person, city: City) -> QuerySet[Booking]:
    return (
        Booking.objects.filter(person=person, city=city)
        .select_related("equipment", "equipment__space", "usage")
        .order_by("-starts_at")
    )


def inductions_of(person: Person, city: City) -> QuerySet[Induction]:
    return Induction.objects.filter(person=person, city=city).order_by("-valid_until")


def member_of(person: Person, city: City) -> Member | None:
    return Member.objects.filter(person=person, city=city).first()


def day_bookings(city: City, day: dt.date) -> QuerySet[Booking]:
    """The instructors' day: every booking that holds time, with the person and the usage if recorded."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone())
    return (
        Booking.objects.filter(
            city=city,
            starts_at__gte=start,
            starts_at__lt=start + dt.timedelta(days=1),
            status__in=HOLDING_STATUSES,
        )
        .select_related("equipment", "equipment__space", "person", "usage")
        .prefetch_related("equipment__consumables")
        .order_by("starts_at", "equipment__name_lv")
    )


def recent_inductions(city: City, limit: int = 50) -> QuerySet[Induction]:
    return (
        Induction.objects.filter(city=city)
        .select_related("person", "given_by")
        .order_by("-created_at")[:limit]
    )


def closed_days(space: Space, year: int) -> QuerySet[ClosedDay]:
    return ClosedDay.objects.filter(space=space, day__year=year).order_by("day")


# --- The coordinator's usage report -------------------------------------------------------------------

AGE_BANDS = ((0, 15, "–15"), (16, 19, "16–19"), (20, 25, "20–25"), (26, 64, "26–64"), (65, 200, "65+"))


def age_band(age: int | None) -> str:
    if age is None:
        return "?"
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


@dataclass
class MachineUse:
    equipment: Equipment
    booked_minutes: int = 0
    open_minutes: int = 0
    income: Decimal = Decimal("0.00")

    @property
    def utilisation(self) -> int:
        """Per cent of the open time that was booked (rounded down)."""
        return self.booked_minutes * 100 // self.open_minutes if self.open_minutes else 0


@dataclass
class UsageReport:
    first: dt.date
    last: dt.date
    machines: list[MachineUse]
    heat: list[tuple[int, list[int]]]  # per hour of the day (8..21): booked hours on each weekday
    members_by_type: list[tuple[str, int]]
    members_by_age: list[tuple[str, int]]
    new_members: list[tuple[str, int]]
    income: Decimal
    paid: Decimal
    running_costs: Decimal

    @property
    def balance(self) -> Decimal:
        return self.income - self.running_costs


HEAT_HOURS = range(8, 22)


def usage_report(city: City, first: dt.date, last: dt.date) -> UsageReport:
    """Utilisation per machine and by hour of the week, members by type and age band, new members per month,
    income (recorded usage) against running costs over the period. Five queries."""
    spaces = spaces_of(city)
    start = dt.datetime.combine(first, dt.time(0), tzinfo=zone())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=zone())
    closed = list(ClosedDay.objects.filter(space__city=city, day__gte=first, day__lte=last))
    by_space: dict[int, list[ClosedDay]] = defaultdict(list)
    for day in closed:
        by_space[day.space_id].append(day)
    machines: dict[int, MachineUse] = {}
    for space in spaces:
        # Closed days of the period come from one query, not one per space.
        space._prefetched_objects_cache["closed_days"] = by_space[space.pk]  # type: ignore[attr-defined]
        open_minutes = sum(
            int((b - a).total_seconds() // 60) for a, b in opening_intervals(space, first, last)
        )
        for equipment in space.equipment.all():
            machines[equipment.pk] = MachineUse(equipment=equipment, open_minutes=open_minutes)
    heat = {hour: [0] * 7 for hour in HEAT_HOURS}
    bookings = Booking.objects.filter(
        city=city,
        starts_at__gte=start,
        starts_at__lt=end,
        status__in=(BookingStatus.USED, BookingStatus.BOOKED),
    ).values_list("equipment_id", "starts_at", "ends_at")
    for equipment_id, starts_at, ends_at in bookings:
        use = machines.get(equipment_id)
        if use is not None:
            use.booked_minutes += int((ends_at - starts_at).total_seconds() // 60)
        moment = timezone.localtime(starts_at)
        while moment < ends_at:
            if moment.hour in heat:
                heat[moment.hour][moment.weekday()] += 1
            moment += dt.timedelta(hours=1)
    income = Decimal("0.00")
    paid = Decimal("0.00")
    for equipment_id, total, paid_at in Usage.objects.filter(
        booking__city=city, booking__starts_at__gte=start, booking__starts_at__lt=end
    ).values_list("booking__equipment_id", "total", "paid_at"):
        income += total
        if paid_at is not None:
            paid += total
        if equipment_id in machines:
            machines[equipment_id].income += total
    members = list(Member.objects.filter(city=city).select_related("person"))
    by_type = Counter(member.member_type for member in members)
    by_age = Counter(age_band(member.person.age) for member in members)
    new = Counter(
        timezone.localtime(member.joined_at).strftime("%Y-%m")
        for member in members
        if start <= member.joined_at < end
    )
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    running = sum((space.running_cost_per_month for space in spaces), Decimal("0.00")) * months
    return UsageReport(
        first=first,
        last=last,
        machines=list(machines.values()),
        heat=[(hour, heat[hour]) for hour in HEAT_HOURS],
        members_by_type=[(str(MemberType(key).label), by_type.get(key, 0)) for key in MemberType.values],
        members_by_age=[(label, by_age.get(label, 0)) for _low, _high, label in AGE_BANDS],
        new_members=sorted(new.items()),
        income=income,
        paid=paid,
        running_costs=running,
    )


def report_rows(report: UsageReport) -> list[list[Any]]:
    """The report's machine table for the CSV download, headings first."""
    rows: list[list[Any]] = [
        ["space", "machine", "kind", "booked_hours", "open_hours", "utilisation_percent", "income_eur"]
    ]
    for use in report.machines:
        rows.append(
            [
                use.equipment.space.name_lv,
                use.equipment.name_lv,
                use.equipment.kind,
                (Decimal(use.booked_minutes) / 60).quantize(Decimal("0.01")),
                (Decimal(use.open_minutes) / 60).quantize(Decimal("0.01")),
                use.utilisation,
                use.income,
            ]
        )
    return rows


ACCOUNTING_HEADER = [
    "date",
    "person",
    "member_type",
    "space",
    "machine",
    "minutes",
    "time_eur",
    "consumables_eur",
    "total_eur",
    "paid_on",
]


def accounting_rows(city: City, first: dt.date, last: dt.date) -> list[list[Any]]:
    """Every charge of the period for the city's accounting, one row per usage record, in one query."""
    start = dt.datetime.combine(first, dt.time(0), tzinfo=zone())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=zone())
    records = (
        Usage.objects.filter(booking__city=city, booking__starts_at__gte=start, booking__starts_at__lt=end)
        .select_related("booking", "booking__person", "booking__equipment", "booking__equipment__space")
        .order_by("booking__starts_at", "pk")
    )
    return [
        [
            timezone.localdate(record.booking.starts_at),
            record.booking.person.full_name,
            record.booking.member_type,
            record.booking.equipment.space.name_lv,
            record.booking.equipment.name_lv,
            record.minutes,
            record.time_charge,
            record.consumables_charge,
            record.total,
            timezone.localdate(record.paid_at) if record.paid_at else None,
        ]
        for record in records
    ]


def month_usage(person: Person, city: City, month: dt.date) -> list[Usage]:
    """The person's charges of the month (by the booking's start), for their monthly statement."""
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    start = dt.datetime.combine(first, dt.time(0), tzinfo=zone())
    end = dt.datetime.combine(following, dt.time(0), tzinfo=zone())
    return list(
        Usage.objects.filter(
            booking__person=person,
            booking__city=city,
            booking__starts_at__gte=start,
            booking__starts_at__lt=end,
        )
        .select_related("booking", "booking__equipment")
        .order_by("booking__starts_at", "pk")
    )
