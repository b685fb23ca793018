"""Build the makerspace demo through the services: DARE in Valmiera with its machines, opening hours, a
term of inductions, bookings, usage and payments; the Ventspils EdTech rooms with teachers' bookings. Safe to
rerun: a space that exists is left as it is. Needs the demo cities and people of `seed_demo`."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import User
from microcity.core.datafiles import read_records
from microcity.core.models import City, Person
from microcity.makerspace import selectors, services
from microcity.makerspace.models import Booking, Equipment, MachineKind, MemberType, Space

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_spaces.yaml"
DEMO_DOMAIN = "demo.microcity.lv"
STAFF = {"valmiera": f"instruktors@{DEMO_DOMAIN}", "ventspils": f"koordinators.ventspils@{DEMO_DOMAIN}"}
YOUTH = f"jaunietis@{DEMO_DOMAIN}"
# Latvia's public holidays on fixed dates (Easter and its Monday move; they are added by hand each year).
HOLIDAYS = [
    (1, 1, "Jaunais gads"),
    (5, 1, "Darba svētki"),
    (5, 4, "Latvijas Republikas Neatkarības atjaunošanas diena"),
    (6, 23, "Līgo diena"),
    (6, 24, "Jāņu diena"),
    (11, 18, "Latvijas Republikas proklamēšanas diena"),
    (12, 24, "Ziemassvētku vakars"),
    (12, 25, "Ziemassvētki"),
    (12, 26, "Otrie Ziemassvētki"),
    (12, 31, "Vecgada vakars"),
]
WEEKS_BACK = 6
WEEKS_AHEAD = 2


def demo_spaces() -> tuple[dict[str, Any], ...]:
    return read_records(DATA_FILE, required=("city", "name_lv", "name_en", "address", "hours", "equipment"))


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def member_type_for(person: Person) -> str:
    age = person.age or 30
    if age < 19:
        return MemberType.PUPIL
    if age <= 24:
        return MemberType.STUDENT
    return MemberType.RESIDENT


class Command(BaseCommand):
    help = "Create the makerspace demo (DARE in Valmiera, the EdTech rooms of Ventspils); safe to rerun."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        rng = random.Random(1602)  # noqa: S311 - demo data, not security
        created = 0
        for data in demo_spaces():
            city = City.objects.filter(slug=data["city"]).first()
            staff = User.objects.filter(email=STAFF[data["city"]]).first()
            if city is None or staff is None:
                self.stdout.write(f"makerspace: {data['city']} or its staff is missing; run seed_demo first")
                continue
            if not city.runs("makerspace"):
                city.programmes = ",".join([*city.programme_keys, "makerspace"])
                city.save(update_fields=["programmes"])
            if Space.objects.filter(city=city, name_lv=data["name_lv"]).exists():
                continue
            space = self._space(city, staff, data)
            if data["city"] == "valmiera":
                self._dare_term(city, staff, space, rng)
            else:
                self._edtech_term(city, staff, space, rng)
            created += 1
        self.stdout.write(f"makerspace: {created} demo spaces created")

    def _space(self, city: City, staff: User, data: dict[str, Any]) -> Space:
        space = services.space_create(
            city=city,
            by=staff,
            name_lv=data["name_lv"],
            name_en=data["name_en"],
            address=data["address"],
            description_lv=data.get("description_lv", ""),
            description_en=data.get("description_en", ""),
            opened_on=data.get("opened_on"),
            running_cost_per_month=Decimal(data.get("running_cost_per_month", "0")),
        )
        year = timezone.localdate().year
        weekly = [(int(weekday), _time(opens), _time(closes)) for weekday, opens, closes in data["hours"]]
        for each in (year, year + 1):
            services.opening_year_set(
                space=space,
                by=staff,
                year=each,
                weekly=weekly,
                closed=[(dt.date(each, month, day), reason) for month, day, reason in HOLIDAYS],
            )
        for machine in data["equipment"]:
            services.equipment_create(
                space=space,
                by=staff,
                kind=machine["kind"],
                name_lv=machine["name_lv"],
                name_en=machine["name_en"],
                description_lv=machine.get("description_lv", ""),
                description_en=machine.get("description_en", ""),
                safety_rules_lv=machine.get("safety_rules_lv", ""),
                safety_rules_en=machine.get("safety_rules_en", ""),
                needs_induction=machine.get("needs_induction", True),
                slot_minutes=machine.get("slot_minutes", 30),
                max_booking_minutes=machine.get("max_booking_minutes", 240),
                prices={key: Decimal(value) for key, value in machine.get("prices", {}).items()},
                consumables=machine.get("consumables", []),
            )
        return space

    def _book_term(
        self,
        city: City,
        staff: User,
        space: Space,
        people: list[Person],
        rng: random.Random,
        per_week: int,
        lengths: tuple[int, ...],
    ) -> int:
        """Bookings over past and coming weeks at free slots; past ones get their usage (or a no-show)."""
        now = timezone.now()
        space = Space.objects.prefetch_related("opening_hours", "closed_days").get(pk=space.pk)
        machines = list(Equipment.objects.filter(space=space).prefetch_related("consumables"))
        this_week = selectors.week_start(timezone.localdate())
        made = 0
        for week in range(-WEEKS_BACK, WEEKS_AHEAD + 1):
            monday = this_week + dt.timedelta(weeks=week)
            intervals = services.opening_intervals(space, monday, monday + dt.timedelta(days=6))
            if not intervals:
                continue
            for machine in machines:
                for _ in range(per_week):
                    start_of, end_of = rng.choice(intervals)
                    minutes = rng.choice(lengths)
                    steps = int((end_of - start_of).total_seconds() // 60 - minutes) // machine.slot_minutes
                    if steps < 0:
                        continue
                    start = start_of + dt.timedelta(minutes=machine.slot_minutes * rng.randint(0, steps))
                    minutes -= minutes % machine.slot_minutes or 0
                    person = rng.choice(people)
                    moment = min(now, start - dt.timedelta(days=2))
                    try:
                        booking = services.booking_create(
                            equipment=machine,
                            person=person,
                            by=staff,
                            starts_at=start,
                            minutes=max(minutes, machine.slot_minutes),
                            member_type=member_type_for(person),
                            now=moment,
                        )
                    except services.MakerspaceError:
                        continue  # taken, over the week's limit, no induction: as in real life
                    made += 1
                    if booking.ends_at < now:
                        self._outcome(booking, staff, rng, machine)
        return made

    def _outcome(self, booking: Booking, staff: User, rng: random.Random, machine: Equipment) -> None:
        roll = rng.random()
        if roll < 0.08:
            services.booking_mark_no_show(booking=booking, by=staff, now=booking.ends_at)
            return
        quantities = {}
        for item in machine.consumables.all():
            if rng.random() < 0.6:
                unit = item.unit.lower()
                quantities[item.pk] = (
                    Decimal(rng.randint(20, 300)) if unit == "g" else Decimal(rng.randint(1, 3))
                )
        used = max(booking.minutes - rng.choice((0, 0, 10, 15)), 15)
        usage = services.usage_record(
            booking=booking, by=staff, minutes=used, quantities=quantities, now=booking.ends_at
        )
        if rng.random() < 0.8:
            services.usage_mark_paid(usage=usage, by=staff, now=booking.ends_at + dt.timedelta(minutes=5))

    def _dare_term(self, city: City, staff: User, space: Space, rng: random.Random) -> None:
        today = timezone.localdate()
        youths = [
            p
            for p in Person.objects.filter(city=city, date_of_birth__isnull=False).order_by("pk")
            if p.age is not None and 16 <= p.age <= 25
        ]
        adults = [
            p for p in Person.objects.filter(city=city).order_by("pk") if p.age is not None and p.age > 25
        ]
        demo_youth = Person.objects.filter(user__email=YOUTH).first()
        people = [p for p in youths if p != demo_youth][:30] + adults[:10]
        kinds = [
            MachineKind.LASER_CUTTER,
            MachineKind.PRINTER_3D,
            MachineKind.CNC_MILL,
            MachineKind.ELECTRONICS,
            MachineKind.PHOTO_LAB,
        ]
        for index, person in enumerate(people):
            for kind in rng.sample(kinds, 3):
                services.induction_record(
                    person=person,
                    kind=kind,
                    city=city,
                    by=staff,
                    passed_on=today - dt.timedelta(days=60 + index),
                )
        if demo_youth is not None:
            # The demo youth may print, but has no laser induction yet: the journey starts there.
            services.induction_record(
                person=demo_youth,
                kind=MachineKind.PRINTER_3D,
                city=city,
                by=staff,
                passed_on=today - dt.timedelta(days=20),
            )
        made = self._book_term(city, staff, space, people, rng, per_week=5, lengths=(60, 90, 120, 180))
        self.stdout.write(f"makerspace: DARE, {made} bookings")

    def _edtech_term(self, city: City, staff: User, space: Space, rng: random.Random) -> None:
        teachers = [
            p for p in Person.objects.filter(city=city).order_by("pk") if p.age is not None and p.age >= 25
        ][:8]
        for teacher in teachers:
            services.member_for(teacher, city, MemberType.SCHOOL)
            services.induction_record(
                person=teacher,
                kind=MachineKind.VR,
                city=city,
                by=staff,
                passed_on=timezone.localdate() - dt.timedelta(days=90),
            )
        made = self._book_term(city, staff, space, teachers, rng, per_week=4, lengths=(45, 90))
        self.stdout.write(f"makerspace: EdTech rooms, {made} bookings")
