"""factory_boy factories for spaces, machines, inductions and bookings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from django.utils import timezone

from microcity.core.tests.factories import CityFactory, PersonFactory
from microcity.makerspace.models import (
    Booking,
    ClosedDay,
    Consumable,
    Equipment,
    Induction,
    MachineKind,
    Member,
    MemberType,
    OpeningHours,
    Price,
    Space,
)


class SpaceFactory(factory.django.DjangoModelFactory[Space]):
    class Meta:
        model = Space

    city = factory.SubFactory(CityFactory)
    name_lv = factory.Sequence(lambda n: f"Darbnīca {n}")
    name_en = factory.Sequence(lambda n: f"Workshop {n}")
    address = "Purva iela 12, Valmiera"
    running_cost_per_month = Decimal("1500.00")


class OpeningHoursFactory(factory.django.DjangoModelFactory[OpeningHours]):
    class Meta:
        model = OpeningHours

    space = factory.SubFactory(SpaceFactory)
    weekday = 0
    opens = dt.time(10)
    closes = dt.time(18)


class EquipmentFactory(factory.django.DjangoModelFactory[Equipment]):
    class Meta:
        model = Equipment

    space = factory.SubFactory(SpaceFactory)
    kind = MachineKind.LASER_CUTTER
    name_lv = factory.Sequence(lambda n: f"Lāzergriezējs {n}")
    name_en = factory.Sequence(lambda n: f"Laser cutter {n}")
    safety_rules_lv = "Nekad neatstāj iekārtu bez uzraudzības."
    safety_rules_en = "Never leave the machine unattended."


class PriceFactory(factory.django.DjangoModelFactory[Price]):
    class Meta:
        model = Price

    equipment = factory.SubFactory(EquipmentFactory)
    member_type = MemberType.PUPIL
    per_hour = Decimal("4.00")


class ConsumableFactory(factory.django.DjangoModelFactory[Consumable]):
    class Meta:
        model = Consumable

    equipment = factory.SubFactory(EquipmentFactory)
    name_lv = "Saplāksnis 3 mm"
    name_en = "Plywood 3 mm"
    unit = "loksne"
    unit_price = Decimal("2.35")


class InductionFactory(factory.django.DjangoModelFactory[Induction]):
    class Meta:
        model = Induction

    person = factory.SubFactory(PersonFactory)
    city = factory.SelfAttribute("person.city")
    kind = MachineKind.LASER_CUTTER
    passed_on = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=10))
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=700))


class MemberFactory(factory.django.DjangoModelFactory[Member]):
    class Meta:
        model = Member

    person = factory.SubFactory(PersonFactory)
    city = factory.SelfAttribute("person.city")
    member_type = MemberType.PUPIL


class BookingFactory(factory.django.DjangoModelFactory[Booking]):
    """A booking written straight to the table, for tests of reads and constraints."""

    class Meta:
        model = Booking

    equipment = factory.SubFactory(EquipmentFactory)
    person = factory.SubFactory(PersonFactory)
    city = factory.SelfAttribute("equipment.space.city")
    member_type = MemberType.PUPIL
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(minutes=60))


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """An aware moment in Riga on `day`."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


class ClosedDayFactory(factory.django.DjangoModelFactory[ClosedDay]):
    class Meta:
        model = ClosedDay

    space = factory.SubFactory(SpaceFactory)
    day = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=30))
    reason = "Valsts svētki"
