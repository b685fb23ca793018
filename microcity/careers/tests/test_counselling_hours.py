"""Counsellors' hours kept by the counsellor or the city's coordinator: adding, ending and deleting weekly
hours and exceptions (audited), sessions left outside the hours offered, the editor's htmx fragments, and
who may reach which counsellor's hours (never another city's)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from microcity.careers import counselling, selectors
from microcity.careers.models import Availability, AvailabilityException, Booking, BookingStatus
from microcity.careers.services import NotAllowed
from microcity.careers.tests.factories import AvailabilityFactory, BookingFactory, at
from microcity.core.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}

# Everybody who might try to reach a Valmiera counsellor's hours.
ROLES = [
    "anonymous",
    "youth",
    "other_youth",
    "other_guardian",
    "counsellor",
    "colleague",
    "ventspils_counsellor",
    "coordinator",
    "ventspils_coordinator",
]
# The counsellor keeps their own hours; the coordinator of their city keeps them for them.
MAY_KEEP_HOURS = {"counsellor", "coordinator"}


def client_as(request, client_for, role):
    if role == "anonymous":
        return Client()
    user = request.getfixturevalue(role)
    return client_for(getattr(user, "user", None) or user)


def hours_url(city="valmiera", **query):
    url = reverse("careers:availability", kwargs={"city": city})
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def denied(response, role):
    """Anonymous visitors are sent to sign in; everybody else is refused."""
    if role == "anonymous":
        return response.status_code == 302 and "/login/" in response.url
    return response.status_code in {403, 404}


# --- Services -------------------------------------------------------------------------------------


def test_coordinator_keeps_a_counsellors_hours_and_is_audited(
    counsellor, coordinator, ventspils_coordinator, valmiera, ventspils, next_monday
):
    pattern = counselling.availability_add(
        counsellor=counsellor,
        city=valmiera,
        by=coordinator,
        weekday=1,
        starts_at=dt.time(13, 0),
        ends_at=dt.time(15, 0),
        valid_from=next_monday,
    )
    event = AuditEvent.objects.get(action=AuditAction.CREATE, object_id=str(pattern.pk))
    assert event.actor == coordinator and event.city == valmiera
    assert event.details == {"counsellor": counsellor.pk, "for_self": False}
    exception = counselling.availability_exception_add(
        counsellor=counsellor, city=valmiera, by=coordinator, date=next_monday, reason="Kursi"
    )
    assert AuditEvent.objects.filter(actor=coordinator, object_id=str(exception.pk)).exists()
    for city in (valmiera, ventspils):
        with pytest.raises(NotAllowed):
            counselling.availability_add(
                counsellor=counsellor,
                city=city,
                by=ventspils_coordinator,
                weekday=3,
                starts_at=dt.time(9, 0),
                ends_at=dt.time(10, 0),
                valid_from=next_monday,
            )
        with pytest.raises(NotAllowed):
            counselling.availability_exception_delete(
                exception=exception, city=city, by=ventspils_coordinator
            )
        with pytest.raises(NotAllowed):
            counselling.availability_delete(availability=pattern, by=ventspils_coordinator)
    assert Availability.objects.filter(counsellor=counsellor).count() == 1


def test_deleting_hours_keeps_booked_sessions_and_names_them(hours, counsellor, youth, next_monday):
    booked = BookingFactory(youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 0))
    BookingFactory(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 45), status=BookingStatus.CANCELLED
    )
    later = BookingFactory(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday + dt.timedelta(days=7), 10, 30)
    )
    # Another weekday is not in these hours.
    tuesday = BookingFactory(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday + dt.timedelta(days=1), 9, 0)
    )
    assert selectors.bookings_in_hours(availability=hours) == [booked, later]
    assert selectors.bookings_in_hours(availability=hours, after=next_monday) == [later]
    # A session on a day without hours is outside them already (hours changed after it was booked).
    assert selectors.availability_page(counsellor=counsellor, city=hours.city).outside_hours == [tuesday]
    pk = hours.pk

    kept = counselling.availability_delete(availability=hours, by=counsellor)

    assert kept == [booked, later]
    assert not Availability.objects.filter(pk=pk).exists()
    booked.refresh_from_db()
    assert booked.status == BookingStatus.BOOKED
    event = AuditEvent.objects.get(action=AuditAction.DELETE, object_id=str(pk))
    assert event.details["bookings_kept"] == [booked.pk, later.pk] and event.details["for_self"] is True
    page = selectors.availability_page(counsellor=counsellor, city=booked.city)
    assert page.outside_hours == [booked, tuesday, later]


def test_ending_hours_never_extends_them(hours, counsellor, next_monday):
    hours.valid_to = next_monday
    hours.save()
    counselling.availability_end(
        availability=hours, by=counsellor, last_day=next_monday + dt.timedelta(days=30)
    )
    hours.refresh_from_db()
    assert hours.valid_to == next_monday
    assert AuditEvent.objects.filter(action=AuditAction.CHANGE, object_id=str(hours.pk)).count() == 1


def test_deleting_an_exception_offers_the_time_again(hours, counsellor, colleague, valmiera, next_monday):
    exception = counselling.availability_exception_add(
        counsellor=counsellor, city=valmiera, by=counsellor, date=next_monday
    )
    assert selectors.slots_for(counsellor=counsellor, start=next_monday, end=next_monday) == []
    with pytest.raises(NotAllowed):
        counselling.availability_exception_delete(exception=exception, city=valmiera, by=colleague)
    pk = exception.pk
    counselling.availability_exception_delete(exception=exception, city=valmiera, by=counsellor)
    assert len(selectors.slots_for(counsellor=counsellor, start=next_monday, end=next_monday)) == 4
    event = AuditEvent.objects.get(action=AuditAction.DELETE, object_id=str(pk))
    assert event.details["date"] == next_monday.isoformat() and event.details["whole_day"] is True


# --- Who may reach which hours --------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_hours_page_of_a_counsellor_per_role(request, client_for, role, counsellor, hours):
    response = client_as(request, client_for, role).get(hours_url(counsellor=counsellor.pk))
    if role in MAY_KEEP_HOURS:
        assert response.status_code == 200
        assert f'data-hours="{hours.pk}"' in response.content.decode()
    else:
        assert denied(response, role)


@pytest.mark.parametrize("role", ROLES)
def test_adding_hours_for_a_counsellor_per_role(request, client_for, role, counsellor, next_monday):
    response = client_as(request, client_for, role).post(
        hours_url(),
        {"action": "exception", "counsellor": counsellor.pk, "date": next_monday.isoformat(), "reason": "X"},
    )
    created = AvailabilityException.objects.filter(counsellor=counsellor).exists()
    if role in MAY_KEEP_HOURS:
        assert response.status_code == 302 and created
    else:
        assert denied(response, role) and not created


@pytest.mark.parametrize("role", ["ventspils_coordinator", "ventspils_counsellor"])
def test_another_citys_staff_cannot_reach_our_counsellor_from_their_city(
    request, client_for, role, counsellor, hours, next_monday
):
    """The leak to catch: a Ventspils coordinator naming a Valmiera counsellor on the Ventspils page."""
    c = client_as(request, client_for, role)
    assert c.get(hours_url("ventspils", counsellor=counsellor.pk)).status_code == 404
    response = c.post(
        hours_url("ventspils"),
        {"action": "exception", "counsellor": counsellor.pk, "date": next_monday.isoformat()},
    )
    assert response.status_code == 404
    assert not AvailabilityException.objects.exists()
    remove = reverse("careers:availability_pattern_remove", kwargs={"city": "ventspils", "pk": hours.pk})
    assert c.get(remove).status_code == 404
    assert c.post(remove, {"action": "delete"}).status_code == 404
    assert Availability.objects.filter(pk=hours.pk).exists()


@pytest.mark.parametrize("role", ROLES)
def test_removing_hours_per_role(request, client_for, role, counsellor, hours):
    c = client_as(request, client_for, role)
    url = reverse("careers:availability_pattern_remove", kwargs={"city": "valmiera", "pk": hours.pk})
    confirm = c.get(url)
    response = c.post(url, {"action": "delete"})
    exists = Availability.objects.filter(pk=hours.pk).exists()
    if role in MAY_KEEP_HOURS:
        assert confirm.status_code == 200 and response.status_code == 302 and not exists
    else:
        assert denied(confirm, role) and denied(response, role) and exists


@pytest.mark.parametrize("role", ROLES)
def test_removing_an_exception_per_role(request, client_for, role, counsellor, next_monday):
    exception = AvailabilityException.objects.create(counsellor=counsellor, date=next_monday)
    c = client_as(request, client_for, role)
    url = reverse("careers:availability_exception_remove", kwargs={"city": "valmiera", "pk": exception.pk})
    confirm = c.get(url)
    response = c.post(url)
    exists = AvailabilityException.objects.filter(pk=exception.pk).exists()
    if role in MAY_KEEP_HOURS:
        assert confirm.status_code == 200 and response.status_code == 302 and not exists
    else:
        assert denied(confirm, role) and denied(response, role) and exists
    other_city = reverse(
        "careers:availability_exception_remove", kwargs={"city": "ventspils", "pk": exception.pk}
    )
    if role != "anonymous":
        assert c.post(other_city).status_code == 404


# --- Pages ----------------------------------------------------------------------------------------


def test_coordinator_chooses_a_counsellor_and_edits_their_hours(
    client_for, coordinator, counsellor, colleague, ventspils_counsellor, next_monday
):
    counsellor.first_name, counsellor.last_name = "Māris", "Ozols"
    counsellor.save()
    c = client_for(coordinator)
    page = c.get(hours_url()).content.decode()
    assert f'<option value="{counsellor.pk}">Māris Ozols</option>' in page
    assert f'value="{colleague.pk}"' in page and f'value="{ventspils_counsellor.pk}"' not in page
    assert 'id="availability-editor"' not in page
    assert "Counsellors' hours" in page

    response = c.post(
        hours_url(),
        {
            "action": "pattern",
            "counsellor": counsellor.pk,
            "weekday": "2",
            "starts_at": "14:00",
            "ends_at": "16:00",
            "slot_minutes": "60",
            "valid_from": next_monday.isoformat(),
        },
    )
    assert response.status_code == 302 and response.url == hours_url(counsellor=counsellor.pk)
    pattern = Availability.objects.get(counsellor=counsellor)
    assert pattern.weekday == 2 and pattern.city.slug == "valmiera"
    page = c.get(response.url).content.decode()
    assert "Hours of Māris Ozols" in page and f'data-hours="{pattern.pk}"' in page
    assert AuditEvent.objects.filter(actor=coordinator, object_id=str(pattern.pk)).exists()


def test_form_errors_are_summarised_and_fields_have_unique_ids(client_for, counsellor):
    response = client_for(counsellor).post(
        hours_url(), {"action": "pattern", "weekday": "0", "starts_at": "12:00", "ends_at": "10:00"}
    )
    page = response.content.decode()
    assert response.status_code == 200 and 'id="error-summary"' in page
    assert 'href="#hours_ends_at"' in page
    assert page.count('id="hours_starts_at"') == 1 and page.count('id="exception_starts_at"') == 1


def test_removing_hours_with_booked_sessions_warns_and_keeps_them(
    client_for, counsellor, youth, hours, next_monday
):
    booking = BookingFactory(youth=youth, counsellor=counsellor, starts_at=at(next_monday, 10, 30))
    c = client_for(counsellor)
    url = reverse("careers:availability_pattern_remove", kwargs={"city": "valmiera", "pk": hours.pk})
    confirm = c.get(url).content.decode()
    assert "1 session is booked in these hours." in confirm
    assert reverse("careers:booking", kwargs={"city": "valmiera", "pk": booking.pk}) in confirm
    response = c.post(url, {"action": "delete"}, follow=True)
    page = response.content.decode()
    assert "1 booked session stays booked outside the hours offered" in page
    assert "data-outside-hours" in page and f'data-booking="{booking.pk}"' in page
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED


def test_ending_hours_today_from_the_confirmation(client_for, coordinator, counsellor, hours):
    url = reverse("careers:availability_pattern_remove", kwargs={"city": "valmiera", "pk": hours.pk})
    response = client_for(coordinator).post(url, {"action": "end"})
    assert response.url == hours_url(counsellor=counsellor.pk)
    hours.refresh_from_db()
    assert hours.valid_to == timezone.localdate()


# --- htmx -----------------------------------------------------------------------------------------


def test_htmx_gets_the_editor_fragment(client_for, counsellor, hours):
    c = client_for(counsellor)
    full = c.get(hours_url()).content.decode()
    fragment = c.get(hours_url(), **HX).content.decode()
    assert "<html" in full and 'id="availability-editor"' in full
    assert "<html" not in fragment and 'id="availability-editor"' not in fragment
    assert f'data-hours="{hours.pk}"' in fragment and 'hx-target="#availability-editor"' in fragment


def test_htmx_adds_and_removes_rows_without_a_reload(client_for, counsellor, hours, next_monday):
    c = client_for(counsellor)
    added = c.post(
        hours_url(),
        {
            "action": "exception",
            "counsellor": counsellor.pk,
            "date": next_monday.isoformat(),
            "reason": "Kursi",
        },
        **HX,
    )
    body = added.content.decode()
    exception = AvailabilityException.objects.get(counsellor=counsellor)
    assert added.status_code == 200 and "<html" not in body
    assert f'data-exception="{exception.pk}"' in body and "The exception is added." in body

    invalid = c.post(
        hours_url(), {"action": "pattern", "counsellor": counsellor.pk, "weekday": "0"}, **HX
    ).content.decode()
    assert "<html" not in invalid and 'id="error-summary"' in invalid

    url = reverse("careers:availability_exception_remove", kwargs={"city": "valmiera", "pk": exception.pk})
    confirm = c.get(url, **HX).content.decode()
    assert "<html" not in confirm and "data-confirm" in confirm and f'hx-post="{url}"' in confirm
    removed = c.post(url, **HX).content.decode()
    assert (
        "<html" not in removed and "data-exception" not in removed and f'data-hours="{hours.pk}"' in removed
    )
    assert not AvailabilityException.objects.exists()

    pattern_url = reverse("careers:availability_pattern_remove", kwargs={"city": "valmiera", "pk": hours.pk})
    assert "data-confirm" in c.get(pattern_url, **HX).content.decode()
    gone = c.post(pattern_url, {"action": "delete"}, **HX).content.decode()
    assert "<html" not in gone and "data-hours" not in gone and "The weekly hours are deleted." in gone


def test_confirmation_pages_work_without_javascript(client_for, counsellor, hours):
    """The full confirmation page posts normally: no htmx target that only the editor has."""
    url = reverse("careers:availability_pattern_remove", kwargs={"city": "valmiera", "pk": hours.pk})
    page = client_for(counsellor).get(url).content.decode()
    assert "<html" in page and "hx-post" not in page and f'action="{url}"' in page


# --- Query counts ---------------------------------------------------------------------------------


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_hours_page_has_a_fixed_query_count(client_for, counsellor, coordinator, make_youth, valmiera):
    mine, theirs = client_for(counsellor), client_for(coordinator)
    today = timezone.localdate()

    def grow(n, offset):
        for i in range(n):
            day = offset + i
            AvailabilityFactory(
                counsellor=counsellor,
                city=valmiera,
                weekday=day % 7,
                starts_at=dt.time(8 + day // 7, 0),
                ends_at=dt.time(8 + day // 7, 45),
            )
            AvailabilityException.objects.create(
                counsellor=counsellor,
                date=today + dt.timedelta(days=3 + day),
                starts_at=dt.time(7, 0),
                ends_at=dt.time(7, 30),
            )
            BookingFactory(
                youth=make_youth(),
                counsellor=counsellor,
                starts_at=timezone.now() + dt.timedelta(days=2 + day, hours=i),
            )

    grow(2, 0)
    before = (count_queries(mine, hours_url()), count_queries(theirs, hours_url(counsellor=counsellor.pk)))
    grow(6, 2)
    after = (count_queries(mine, hours_url()), count_queries(theirs, hours_url(counsellor=counsellor.pk)))
    assert before == after
    assert Booking.objects.count() == 8
