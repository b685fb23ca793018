"""A guardian books, moves and cancels counselling sessions for their child (choosing which child when
they have several); the youth sees the session; e-mails go to the youth and that guardian. The booking
page's counsellor and week choice swaps only the slot grid under htmx."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from microcity.accounts.models import GuardianLink
from microcity.accounts.tests.factories import GuardianLinkFactory
from microcity.careers import counselling
from microcity.careers.counselling import TooLate
from microcity.careers.models import Booking, BookingStatus
from microcity.careers.services import NotAllowed
from microcity.careers.tests.factories import BookingFactory, at

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
ROLES = [
    "anonymous",
    "youth",
    "other_youth",
    "guardian",
    "other_guardian",
    "counsellor",
    "ventspils_counsellor",
    "coordinator",
    "ventspils_coordinator",
]


def client_as(request, client_for, role):
    if role == "anonymous":
        return Client()
    user = request.getfixturevalue(role)
    return client_for(getattr(user, "user", None) or user)


def counselling_url(city="valmiera"):
    return reverse("careers:counselling", kwargs={"city": city})


def starts(day, hour, minute=0):
    return at(day, hour, minute).isoformat()


# --- Services -------------------------------------------------------------------------------------


def test_guardian_books_moves_and_cancels_and_both_are_told(
    hours, counsellor, youth, guardian, next_monday, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = counselling.booking_create(
            youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 0), by=guardian
        )
    assert booking.youth == youth and booking.booked_by == guardian
    assert sorted(m.to[0] for m in mailoutbox) == sorted([youth.email, guardian.email, counsellor.email])
    to_guardian = next(m for m in mailoutbox if m.to == [guardian.email])
    assert "Anna" in to_guardian.subject and "Anna" in to_guardian.body
    assert to_guardian.attachments[0][0] == "session.ics"

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        counselling.booking_move(booking=booking, starts_at=at(next_monday, 10, 30), by=guardian)
    assert sorted(m.to[0] for m in mailoutbox) == sorted([youth.email, guardian.email, counsellor.email])

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        counselling.booking_cancel(booking=booking, by=guardian, reason="Slimība")
    assert sorted(m.to[0] for m in mailoutbox) == sorted([youth.email, guardian.email, counsellor.email])
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED


def test_a_youths_own_booking_is_not_reported_to_parents(
    hours, counsellor, youth, guardian, next_monday, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        counselling.booking_create(
            youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 0), by=youth.user
        )
    assert guardian.email not in [m.to[0] for m in mailoutbox]


def test_reminder_goes_to_the_guardian_who_booked(
    hours, counsellor, youth, guardian, mailoutbox, django_capture_on_commit_callbacks
):
    BookingFactory(
        youth=youth,
        counsellor=counsellor,
        booked_by=guardian,
        starts_at=timezone.now() + dt.timedelta(hours=20),
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert counselling.bookings_remind() == 1
    assert sorted(m.to[0] for m in mailoutbox) == sorted([youth.email, guardian.email])


def test_guardian_is_bound_by_the_deadline_and_the_link(hours, counsellor, youth, guardian, other_guardian):
    soon = timezone.now() + dt.timedelta(hours=3)
    booking = BookingFactory(youth=youth, counsellor=counsellor, starts_at=soon)
    with pytest.raises(TooLate):
        counselling.booking_cancel(booking=booking, by=guardian)
    with pytest.raises(NotAllowed):
        counselling.booking_cancel(booking=booking, by=other_guardian)
    GuardianLink.objects.filter(guardian__user=guardian).update(revoked_at=timezone.now())
    with pytest.raises(NotAllowed):
        counselling.booking_cancel(booking=booking, by=guardian)


# --- Pages ----------------------------------------------------------------------------------------


def test_guardian_books_through_the_page_and_the_youth_sees_it(
    client_for, hours, counsellor, youth, guardian, next_monday
):
    c = client_for(guardian)
    page = c.get(counselling_url(), {"week": next_monday.isoformat()}).content.decode()
    assert "Career counselling for Anna" in page
    assert f'name="youth" value="{youth.pk}"' in page
    assert starts(next_monday, 9) in page
    assert "My agreed next steps" not in page

    response = c.post(
        reverse("careers:book", kwargs={"city": "valmiera"}),
        {"youth": youth.pk, "counsellor": counsellor.pk, "starts_at": starts(next_monday, 9)},
    )
    booking = Booking.objects.get(youth=youth)
    assert response.url == reverse("careers:booking", kwargs={"city": "valmiera", "pk": booking.pk})
    detail = c.get(response.url).content.decode()
    assert youth.full_name in detail and "Move to another time" in detail

    c.post(
        reverse("careers:booking_move", kwargs={"city": "valmiera", "pk": booking.pk}),
        {"starts_at": starts(next_monday, 11, 15)},
    )
    booking.refresh_from_db()
    assert booking.starts_at == at(next_monday, 11, 15)

    own = client_for(youth.user).get(counselling_url()).content.decode()
    assert f'data-booking="{booking.pk}"' in own

    c.post(reverse("careers:booking_cancel", kwargs={"city": "valmiera", "pk": booking.pk}), {"reason": ""})
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED


def test_guardian_of_several_children_chooses_whom_to_book_for(
    client_for, hours, counsellor, youth, guardian, make_youth, next_monday
):
    brother = make_youth(age=17, first_name="Jānis")
    GuardianLinkFactory(guardian=guardian.person, youth=brother)
    c = client_for(guardian)
    page = c.get(counselling_url()).content.decode()
    assert 'id="pick-youth"' in page and "Jānis" in page and "Anna" in page
    assert "Choose whom to book a session for." in page and 'id="slot-grid"' not in page

    chosen = c.get(counselling_url(), {"youth": brother.pk, "week": next_monday.isoformat()})
    assert "Career counselling for Jānis" in chosen.content.decode()
    c.post(
        reverse("careers:book", kwargs={"city": "valmiera"}),
        {"youth": brother.pk, "counsellor": counsellor.pk, "starts_at": starts(next_monday, 9)},
    )
    assert Booking.objects.get().youth == brother


@pytest.mark.parametrize("role", ROLES)
def test_booking_for_anna_per_role(request, client_for, role, hours, counsellor, youth, next_monday):
    """Anna herself, her guardian and the city's counselling staff (test_staff_booking.py) book for Anna;
    nobody else can name her on the booking page."""
    c = client_as(request, client_for, role)
    page = c.get(counselling_url(), {"youth": youth.pk})
    response = c.post(
        reverse("careers:book", kwargs={"city": "valmiera"}),
        {"youth": youth.pk, "counsellor": counsellor.pk, "starts_at": starts(next_monday, 9)},
    )
    booked = Booking.objects.filter(youth=youth).exists()
    if role in {"youth", "guardian", "counsellor", "coordinator"}:
        assert page.status_code == 200 and response.status_code == 302 and booked
    elif role == "anonymous":
        # The public page about counselling, which names no youth; booking asks for sign-in.
        assert page.status_code == 200 and youth.last_name not in page.content.decode().split("<main", 1)[1]
        assert response.status_code == 302 and not booked
    else:
        assert page.status_code == 404 and response.status_code == 404 and not booked


@pytest.mark.parametrize("role", ROLES)
def test_changing_annas_session_per_role(request, client_for, role, hours, counsellor, youth, next_monday):
    booking = BookingFactory(youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9, 0))
    c = client_as(request, client_for, role)
    kwargs = {"city": "valmiera", "pk": booking.pk}
    detail = c.get(reverse("careers:booking", kwargs=kwargs))
    moved = c.post(reverse("careers:booking_move", kwargs=kwargs), {"starts_at": starts(next_monday, 10, 30)})
    booking.refresh_from_db()
    # The session's counsellor and the city's coordinator may change it too (staff).
    allowed = {"youth", "guardian", "counsellor", "coordinator"}
    if role in allowed:
        assert detail.status_code == 200 and moved.status_code == 302
        assert booking.starts_at == at(next_monday, 10, 30)
    else:
        assert detail.status_code in {302, 404} and moved.status_code in {302, 404}
        assert booking.starts_at == at(next_monday, 9, 0)


def test_guardian_of_another_city_child_is_not_offered_here(client_for, guardian, youth, ventspils):
    youth.city = ventspils
    youth.save()
    assert client_for(guardian).get(counselling_url(), {"youth": youth.pk}).status_code == 404


# --- The slot grid under htmx ---------------------------------------------------------------------


def test_choosing_a_counsellor_and_week_swaps_only_the_grid(
    client_for, hours, counsellor, colleague, youth, next_monday
):
    c = client_for(youth.user)
    query = {"counsellor": counsellor.pk, "week": (next_monday + dt.timedelta(days=2)).isoformat()}
    full = c.get(counselling_url(), query).content.decode()
    assert "<html" in full and 'id="slot-grid"' in full and 'hx-push-url="true"' in full
    assert f'<option value="{next_monday.isoformat()}" selected>' in full
    fragment = c.get(counselling_url(), query, **HX).content.decode()
    assert "<html" not in fragment and 'id="slot-grid"' not in fragment and "My sessions" not in fragment
    assert f'data-week="{next_monday.isoformat()}"' in fragment and starts(next_monday, 9) in fragment
    # The colleague offers no hours: their grid is empty, and the next week has none of ours either.
    other = c.get(counselling_url(), {"counsellor": colleague.pk}, **HX).content.decode()
    assert f'data-counsellor="{colleague.pk}"' in other and "No free times" in other
    later = c.get(
        counselling_url(),
        {"counsellor": counsellor.pk, "week": (next_monday + dt.timedelta(days=7)).isoformat()},
        **HX,
    ).content.decode()
    assert starts(next_monday, 9) not in later and starts(next_monday + dt.timedelta(days=7), 9) in later
