"""Simultaneous sign-ups, for real: 50 threads with their own database connections race for the last
counselling slot and for the last place of an activity. PostgreSQL only: SQLite lets one writer at a time
in anyway, so it cannot show a race."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.db import close_old_connections, connection

from microcity.careers import activities, counselling
from microcity.careers.counselling import SlotTaken
from microcity.careers.models import Booking, BookingStatus, Registration, RegistrationStatus
from microcity.careers.tests.factories import ActivityFactory, AvailabilityFactory, BookingFactory, at

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("many_connections"),
]

ATTEMPTS = 50


def race(work: Callable[[Any], Any], people: list[Any]) -> Counter[Any]:
    """Run work(person) for everyone at once; return what each call ended with."""
    barrier = threading.Barrier(len(people))
    results: list[str] = []
    lock = threading.Lock()

    def attempt(person: Any) -> None:
        try:
            barrier.wait(timeout=60)
            outcome = str(work(person))
        except SlotTaken:
            outcome = "slot taken"
        except Exception as error:  # any other failure must show in the assertion
            outcome = f"error: {error!r}"
        finally:
            close_old_connections()
            connection.close()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return Counter(results)


def test_fifty_youths_book_the_last_slot_exactly_one_succeeds(counsellor, valmiera, make_youth, next_monday):
    AvailabilityFactory(
        counsellor=counsellor, city=valmiera, weekday=0, starts_at=dt.time(10), ends_at=dt.time(11, 30)
    )
    BookingFactory(youth=make_youth(), counsellor=counsellor, starts_at=at(next_monday, 10))
    last = at(next_monday, 10, 45)
    youths = [make_youth() for _ in range(ATTEMPTS)]

    def book(youth):
        counselling.booking_create(youth=youth, counsellor=counsellor, starts_at=last, by=youth.user)
        return "booked"

    outcome = race(book, youths)
    assert outcome == {"booked": 1, "slot taken": ATTEMPTS - 1}
    assert (
        Booking.objects.filter(counsellor=counsellor, starts_at=last, status=BookingStatus.BOOKED).count()
        == 1
    )


def test_fifty_youths_sign_up_for_the_last_place_exactly_one_gets_it(valmiera, make_youth):
    day = ActivityFactory(city=valmiera, capacity=5)
    for _ in range(4):
        Registration.objects.create(activity=day, youth=make_youth(), status=RegistrationStatus.REGISTERED)
    youths = [make_youth() for _ in range(ATTEMPTS)]

    def sign_up(youth):
        return activities.registration_create(activity=day, youth=youth, by=youth.user).status

    outcome = race(sign_up, youths)
    assert outcome == {"registered": 1, "waitlisted": ATTEMPTS - 1}
    assert Registration.objects.filter(activity=day, status=RegistrationStatus.REGISTERED).count() == 5
    # The waiting list keeps the order in which the sign-ups were decided.
    line = list(
        Registration.objects.filter(activity=day, status=RegistrationStatus.WAITLISTED).order_by(
            "registered_at", "pk"
        )
    )
    assert len(line) == ATTEMPTS - 1
