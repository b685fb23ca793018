"""Fifty people ask for the same slot of one machine at the same moment, each on its own database connection:
exactly one booking, forty-nine clear refusals, no other error. PostgreSQL only: SQLite lets one writer in
at a time anyway, so it cannot show a race. A second test shows the database's own exclusion constraint
refusing an overlap that bypasses the service."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.db import IntegrityError, close_old_connections, connection, transaction

from microcity.makerspace import services
from microcity.makerspace.models import Booking, BookingStatus, MemberType
from microcity.makerspace.services import SlotTaken
from microcity.makerspace.tests.factories import BookingFactory, InductionFactory, at

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("many_connections"),
]

ATTEMPTS = 50


def race(work: Callable[[Any], Any], people: list[Any]) -> Counter[str]:
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
        thread.join(timeout=180)
    assert not any(thread.is_alive() for thread in threads)
    return Counter(results)


def test_fifty_people_book_the_same_slot_exactly_one_wins(laser, make_youth, next_monday):
    people = []
    for _ in range(ATTEMPTS):
        person = make_youth()
        InductionFactory(person=person)
        people.append(person)
    start = at(next_monday, 14)

    def book(person: Any) -> str:
        services.booking_create(
            equipment=laser,
            person=person,
            by=person.user,
            starts_at=start,
            minutes=60,
            member_type=MemberType.PUPIL,
        )
        return "booked"

    outcome = race(book, people)
    assert outcome == {"booked": 1, "slot taken": ATTEMPTS - 1}
    assert Booking.objects.filter(equipment=laser, status=BookingStatus.BOOKED).count() == 1


def test_the_database_refuses_an_overlap_written_past_the_service(laser, youth, next_monday):
    BookingFactory(equipment=laser, person=youth, starts_at=at(next_monday, 10), ends_at=at(next_monday, 11))
    with pytest.raises(IntegrityError), transaction.atomic():
        BookingFactory(
            equipment=laser, person=youth, starts_at=at(next_monday, 10, 30), ends_at=at(next_monday, 12)
        )
    # Touching, cancelled or on another machine: allowed.
    BookingFactory(equipment=laser, person=youth, starts_at=at(next_monday, 11), ends_at=at(next_monday, 12))
    BookingFactory(
        equipment=laser,
        person=youth,
        starts_at=at(next_monday, 10),
        ends_at=at(next_monday, 11),
        status=BookingStatus.CANCELLED,
    )
