"""factory_boy factories and helpers for retraining courses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import factory
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.selectors import years_before
from microcity.core.tests.factories import CityFactory, OrganisationFactory, PersonFactory
from microcity.courses.models import Application, Course, CourseStatus

SECRET = "ab" * 32


class CourseFactory(factory.django.DjangoModelFactory[Course]):
    """A course open for applications now, starting in a month."""

    class Meta:
        model = Course

    city = factory.SubFactory(CityFactory)
    title_lv = factory.Sequence(lambda n: f"Programmēšanas pamati {n}")
    title_en = factory.Sequence(lambda n: f"Programming basics {n}")
    provider = factory.SubFactory(OrganisationFactory, city=factory.SelfAttribute("..city"))
    hours = 120
    places = 3
    co_payment = Decimal("0.00")
    applications_open_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=10))
    applications_close_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=10))
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=30))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=90))
    status = CourseStatus.OPEN
    lottery_secret = SECRET
    lottery_commitment = factory.LazyFunction(
        lambda: __import__("hashlib").sha256(SECRET.encode()).hexdigest()
    )


def adult(city: Any, *, age: int = 35, **extra: Any) -> Any:
    """A person of `city` with their own account, `age` years old at the course's start."""
    user = UserFactory()
    born = years_before(timezone.localdate(), age) - dt.timedelta(days=200)
    return PersonFactory(user=user, city=city, date_of_birth=born, email=user.email, **extra)


def coordinator(city: Any) -> Any:
    user = UserFactory()
    MembershipFactory(user=user, city=city, role=Role.PROGRAMME_COORDINATOR)
    return user


def make_application(course: Course, person: Any = None, **fields: Any) -> Application:
    from microcity.courses import services

    person = person or adult(course.city)
    return services.application_submit(course=course, person=person, by=person.user, **fields)
