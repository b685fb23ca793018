"""The demo through the services: DARE and the EdTech rooms with a term of bookings; a second run changes
nothing; every code in the data file is one of the model's choices."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.core.models import Indicator, OutcomeRecord
from microcity.core.selectors import years_before
from microcity.core.tests.factories import PersonFactory
from microcity.makerspace.management.commands.seed_makerspace import demo_spaces
from microcity.makerspace.models import (
    Booking,
    BookingStatus,
    Equipment,
    Induction,
    MachineKind,
    MemberType,
    Space,
    Usage,
)

pytestmark = pytest.mark.django_db


def test_every_code_in_the_data_file_is_a_choice():
    for space in demo_spaces():
        for machine in space["equipment"]:
            assert machine["kind"] in MachineKind.values
            assert set(machine.get("prices", {})) <= set(MemberType.values)
        for weekday, _opens, _closes in space["hours"]:
            assert 0 <= weekday <= 6


@pytest.fixture
def demo_people(valmiera, ventspils, user_with_role):
    user_with_role(Role.MAKERSPACE_INSTRUCTOR, email="instruktors@demo.microcity.lv")
    user_with_role(
        Role.PROGRAMME_COORDINATOR, city=ventspils, email="koordinators.ventspils@demo.microcity.lv"
    )
    today = timezone.localdate()
    for n in range(12):
        PersonFactory(city=valmiera, date_of_birth=years_before(today, 16 + n) - dt.timedelta(days=40))
        PersonFactory(city=ventspils, date_of_birth=years_before(today, 30 + n))


def test_the_demo_runs_a_term_and_a_second_run_changes_nothing(demo_people):
    call_command("seed_makerspace", stdout=StringIO())
    assert Space.objects.count() == 2
    assert Equipment.objects.filter(space__city__slug="valmiera").count() == 7
    assert Equipment.objects.filter(space__city__slug="ventspils").count() == 3
    assert Induction.objects.filter(kind=MachineKind.LASER_CUTTER).exists()
    dare = Booking.objects.filter(city__slug="valmiera")
    assert dare.filter(status=BookingStatus.USED).count() > 10
    assert dare.filter(status=BookingStatus.BOOKED, starts_at__gt=timezone.now()).exists()
    assert Booking.objects.filter(city__slug="ventspils", member_type=MemberType.SCHOOL).exists()
    assert Usage.objects.filter(paid_at__isnull=False).exists()
    assert OutcomeRecord.objects.filter(indicator=Indicator.MAKERSPACE_USER).exists()
    counts = (
        Space.objects.count(),
        Booking.objects.count(),
        Induction.objects.count(),
        Usage.objects.count(),
    )
    call_command("seed_makerspace", stdout=StringIO())
    assert counts == (
        Space.objects.count(),
        Booking.objects.count(),
        Induction.objects.count(),
        Usage.objects.count(),
    )
