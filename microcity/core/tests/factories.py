"""factory_boy factories for cities, organisations and people."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from microcity.core.models import City, Organisation, OrganisationKind, Person


class CityFactory(factory.django.DjangoModelFactory[City]):
    class Meta:
        model = City
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"city{n}")
    name_lv = factory.Sequence(lambda n: f"Pilsēta {n}")
    name_en = factory.Sequence(lambda n: f"City {n}")
    contact_email = "info@city.example.lv"


class OrganisationFactory(factory.django.DjangoModelFactory[Organisation]):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"SIA Uzņēmums {n}")
    kind = OrganisationKind.EMPLOYER
    registration_number = factory.Sequence(lambda n: f"4{n:010d}")
    city = factory.SubFactory(CityFactory)


class SchoolFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"{n}. vidusskola")
    kind = OrganisationKind.SCHOOL


class PersonFactory(factory.django.DjangoModelFactory[Person]):
    class Meta:
        model = Person

    first_name = factory.Faker("first_name", locale="lv_LV")
    last_name = factory.Faker("last_name", locale="lv_LV")
    email = factory.Sequence(lambda n: f"person{n}@example.lv")
    city = factory.SubFactory(CityFactory)
    date_of_birth = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=40 * 365))


class YouthFactory(PersonFactory):
    date_of_birth = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=15 * 365 + 100))
    grade = 9
