"""Races for real, on PostgreSQL: coordinators offering the last free place at once, and a participant
accepting an offer twice at once (a double click on two devices). SQLite lets one writer in at a time, so it
cannot show a race."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.db import close_old_connections, connection

from microcity.courses import services
from microcity.courses.models import Application, ApplicationStatus
from microcity.courses.tests.factories import CourseFactory, coordinator, make_application
from microcity.courses.workflows import CoursesError

S = ApplicationStatus
pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("many_connections"),
]


def race(work: Callable[[Any], Any], items: list[Any]) -> Counter[str]:
    barrier = threading.Barrier(len(items))
    results: list[str] = []
    lock = threading.Lock()

    def attempt(item: Any) -> None:
        try:
            barrier.wait(timeout=60)
            outcome = str(work(item))
        except CoursesError:
            outcome = "refused"
        except Exception as error:  # any other failure must show in the assertion
            outcome = f"error: {error!r}"
        finally:
            close_old_connections()
            connection.close()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=attempt, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return Counter(results)


def _selected(valmiera, places, applicants):
    course = CourseFactory(city=valmiera, places=places)
    boss = coordinator(valmiera)
    for _ in range(applicants):
        make_application(course)
    services.course_select(course=course, by=boss, now=course.applications_close_at + dt.timedelta(minutes=1))
    return course, boss


def test_coordinators_offering_the_last_place_fill_it_once(valmiera):
    course, _boss = _selected(valmiera, places=3, applicants=12)
    # One offer is withdrawn by hand (no automatic move of the list): one place is free, nine wait.
    Application.objects.filter(
        pk=Application.objects.filter(course=course, status=S.OFFERED).first().pk
    ).update(status=S.DECLINED)
    waiting = list(
        Application.objects.select_related("person", "course__city").filter(
            course=course, status=S.WAITLISTED
        )
    )
    staff = [coordinator(valmiera) for _ in waiting]

    def offer(pair):
        application, by = pair
        services.application_offer(application=application, by=by)
        return "offered"

    outcome = race(offer, list(zip(waiting, staff, strict=True)))
    assert outcome == {"offered": 1, "refused": len(waiting) - 1}, outcome
    assert Application.objects.filter(course=course, status__in=[S.OFFERED, S.ACCEPTED]).count() == 3


def test_accepting_twice_at_once_accepts_once(valmiera):
    course, _boss = _selected(valmiera, places=1, applicants=1)
    application = Application.objects.select_related("person", "course__city").get(course=course)

    def accept(_n):
        copy = Application.objects.select_related("person", "course__city").get(pk=application.pk)
        services.offer_accept(application=copy, by=copy.person.user)
        return "accepted"

    outcome = race(accept, list(range(10)))
    assert outcome == {"accepted": 1, "refused": 9}, outcome
    application.refresh_from_db()
    assert application.status == S.ACCEPTED
