""" "Youth supported" in the outcome ledger: a youth counts once per indicator, city and period however
many sessions and activities they attended."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from microcity.careers import activities, counselling
from microcity.careers.models import Registration, RegistrationStatus
from microcity.careers.tests.factories import ActivityFactory, AvailabilityFactory, at
from microcity.core.models import Indicator, OutcomeRecord
from microcity.core.selectors import headline_count

pytestmark = pytest.mark.django_db


def test_a_youth_counts_once_per_city_and_period(
    hours, counsellor, coordinator, youth, make_youth, valmiera, ventspils, ventspils_counsellor, next_monday
):
    first = counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=youth.user
    )
    second = counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday + dt.timedelta(days=7), 9), by=youth.user
    )
    later = at(next_monday + dt.timedelta(days=8), 12)
    for booking in (first, second):
        counselling.booking_mark_attended(booking=booking, by=counsellor, now=later)
    day = ActivityFactory(
        city=valmiera,
        starts_at=at(next_monday + dt.timedelta(days=1), 10),
        registration_deadline=at(next_monday, 8),
    )
    registration = activities.registration_create(
        activity=day, youth=youth, by=youth.user, now=at(next_monday, 7)
    )
    activities.registration_mark_attended(registration=registration, by=coordinator, now=later)
    other = make_youth()
    other_registration = Registration.objects.create(
        activity=day, youth=other, status=RegistrationStatus.REGISTERED
    )
    activities.registration_mark_attended(registration=other_registration, by=coordinator, now=later)

    assert OutcomeRecord.objects.filter(indicator=Indicator.YOUTH_SUPPORTED).count() == 4
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=valmiera) == 2
    month = (next_monday, next_monday + dt.timedelta(days=30))
    assert (
        headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=valmiera, start=month[0], end=month[1]) == 2
    )
    before = next_monday - dt.timedelta(days=1)
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=valmiera, end=before) == 0
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=ventspils) == 0

    # Support in another city is that city's result: the same youth counts there too, once.
    AvailabilityFactory(counsellor=ventspils_counsellor, city=ventspils, weekday=0)
    youth.city = ventspils
    youth.save()
    third = counselling.booking_create(
        youth=youth,
        counsellor=ventspils_counsellor,
        starts_at=at(next_monday + dt.timedelta(days=14), 9),
        by=youth.user,
    )
    counselling.booking_mark_attended(
        booking=third, by=ventspils_counsellor, now=at(next_monday + dt.timedelta(days=15), 9)
    )
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED, city=ventspils) == 1
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED) == 2  # all cities: still two people


def test_no_show_and_cancelled_do_not_count(hours, counsellor, youth, next_monday):
    booking = counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=youth.user
    )
    counselling.booking_mark_no_show(booking=booking, by=counsellor, now=at(next_monday, 10))
    cancelled = counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 45), by=youth.user
    )
    counselling.booking_cancel(booking=cancelled, by=counsellor)
    assert headline_count(indicator=Indicator.YOUTH_SUPPORTED) == 0
    assert timezone.localdate() < next_monday
