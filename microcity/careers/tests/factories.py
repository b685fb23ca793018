"""factory_boy factories for portfolios, counselling and group activities."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from microcity.careers.models import (
    Activity,
    ActivityKind,
    Availability,
    Booking,
    Entry,
    Portfolio,
    Registration,
    RegistrationStatus,
    Section,
)
from microcity.core.tests.factories import CityFactory, YouthFactory


class PortfolioFactory(factory.django.DjangoModelFactory[Portfolio]):
    class Meta:
        model = Portfolio

    person = factory.SubFactory(YouthFactory)
    about = "Man patīk dabaszinātnes un robotika."


class EntryFactory(factory.django.DjangoModelFactory[Entry]):
    class Meta:
        model = Entry

    portfolio = factory.SubFactory(PortfolioFactory)
    section = Section.EDUCATION
    title = factory.Sequence(lambda n: f"Ieraksts {n}")
    organisation_name = "Valmieras Valsts ģimnāzija"


class AvailabilityFactory(factory.django.DjangoModelFactory[Availability]):
    class Meta:
        model = Availability

    city = factory.SubFactory(CityFactory)
    weekday = 0
    starts_at = dt.time(9, 0)
    ends_at = dt.time(12, 0)
    slot_minutes = 45
    valid_from = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=30))
    location = "Skolas iela 1, 12. kabinets"


class BookingFactory(factory.django.DjangoModelFactory[Booking]):
    """A booking written straight to the table, for tests of constraints and reads."""

    class Meta:
        model = Booking

    youth = factory.SubFactory(YouthFactory)
    city = factory.SelfAttribute("youth.city")
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(minutes=45))


class ActivityFactory(factory.django.DjangoModelFactory[Activity]):
    class Meta:
        model = Activity

    city = factory.SubFactory(CityFactory)
    kind = ActivityKind.CAREER_DAY
    title = factory.Sequence(lambda n: f"Karjeras diena {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(hours=5))
    registration_deadline = factory.LazyAttribute(lambda o: o.starts_at - dt.timedelta(days=2))
    capacity = 3
    location = "Vidzemes Augstskola"


class RegistrationFactory(factory.django.DjangoModelFactory[Registration]):
    class Meta:
        model = Registration

    activity = factory.SubFactory(ActivityFactory)
    youth = factory.SubFactory(YouthFactory)
    status = RegistrationStatus.REGISTERED


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """An aware datetime in the platform's time zone (Europe/Riga)."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))
