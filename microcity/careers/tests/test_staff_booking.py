"""Counsellors and the coordinator book a session for a youth of their city (a youth who phoned, say):
they find the youth by name, book one of the free times, and the youth is told. Nobody else can."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from microcity.careers.models import Booking
from microcity.careers.tests.factories import BookingFactory, at

pytestmark = pytest.mark.django_db


def counselling_url(city="valmiera"):
    return reverse("careers:counselling", kwargs={"city": city})


def as_client(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", ["counsellor", "coordinator"])
def test_staff_find_a_youth_by_name_and_book_for_them(
    request, role, hours, counsellor, youth, next_monday, mailoutbox, django_capture_on_commit_callbacks
):
    staff = as_client(request.getfixturevalue(role))
    found = staff.get(counselling_url(), {"q": youth.last_name[:4]}).content.decode()
    assert f'?youth={youth.pk}"' in found and youth.full_name in found

    page = staff.get(counselling_url(), {"youth": youth.pk}).content.decode()
    assert youth.first_name in page and 'name="youth"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            reverse("careers:book", kwargs={"city": "valmiera"}),
            {"youth": youth.pk, "counsellor": counsellor.pk, "starts_at": at(next_monday, 9).isoformat()},
        )
    booking = Booking.objects.get()
    assert response.status_code == 302 and response.url.endswith(f"/{booking.pk}/")
    assert booking.youth == youth and booking.booked_by == request.getfixturevalue(role)
    assert youth.email in [message.to[0] for message in mailoutbox]
    assert staff.get(response.url).status_code == 200


def test_a_counsellor_may_book_a_colleagues_time_and_sees_only_that_booking(
    hours, counsellor, colleague, youth, next_monday
):
    theirs = BookingFactory(youth=youth, counsellor=counsellor, starts_at=at(next_monday, 11, 15))
    client = as_client(colleague)
    response = client.post(
        reverse("careers:book", kwargs={"city": "valmiera"}),
        {"youth": youth.pk, "counsellor": counsellor.pk, "starts_at": at(next_monday, 9).isoformat()},
    )
    mine = Booking.objects.exclude(pk=theirs.pk).get()
    assert client.get(response.url).status_code == 200  # the one they booked
    page = client.get(counselling_url(), {"youth": youth.pk}).content.decode()
    assert f'data-booking="{mine.pk}"' in page
    assert f'data-booking="{theirs.pk}"' not in page  # a colleague's session with the youth stays theirs
    detail = reverse("careers:booking", kwargs={"city": "valmiera", "pk": theirs.pk})
    assert client.get(detail).status_code == 404


def test_the_finder_lists_only_youths_of_the_city_and_of_counselling_age(counsellor, make_youth, ventspils):
    make_youth(first_name="Zane", last_name="Kalniņa")
    make_youth(first_name="Zane", last_name="Kalniņa-Ventspils", city=ventspils)
    make_youth(age=12, first_name="Zane", last_name="Kalniņa-Maza")
    make_youth(age=26, first_name="Zane", last_name="Kalniņa-Liela")
    html = as_client(counsellor).get(counselling_url(), {"q": "ZANE kalnina"}).content.decode()
    assert "Zane Kalniņa<" in html or "Zane Kalniņa</a>" in html
    for other in ("Ventspils", "Maza", "Liela"):
        assert f"Kalniņa-{other}" not in html
    assert "has that name" in as_client(counsellor).get(counselling_url(), {"q": "nekāds"}).content.decode()
    assert (
        "data-staff-matches" not in as_client(counsellor).get(counselling_url(), {"q": "z"}).content.decode()
    )


def test_the_finder_is_one_query_however_many_match(counsellor, make_youth, django_assert_max_num_queries):
    client = as_client(counsellor)
    for number in range(3):
        make_youth(first_name="Pēteris", last_name=f"Ozols{number}")
    with django_assert_max_num_queries(30) as few:
        client.get(counselling_url(), {"q": "ozols"})
    for number in range(3, 15):
        make_youth(first_name="Pēteris", last_name=f"Ozols{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(counselling_url(), {"q": "ozols"})


@pytest.mark.parametrize(
    "role", ["anonymous", "other_youth", "other_guardian", "ventspils_counsellor", "ventspils_coordinator"]
)
def test_nobody_else_books_for_a_youth_or_finds_them(request, role, hours, counsellor, youth, next_monday):
    client = Client() if role == "anonymous" else None
    if client is None:
        user = request.getfixturevalue(role)
        client = as_client(getattr(user, "user", None) or user)
    city = "ventspils" if role.startswith("ventspils") else "valmiera"
    page = client.get(counselling_url(city), {"youth": youth.pk, "q": youth.last_name})
    if role == "anonymous":  # the public page about counselling, which names no youth
        assert page.status_code == 200 and youth.last_name not in page.content.decode().split("<main", 1)[1]
    else:
        assert page.status_code in (302, 404)
    if role in ("other_youth", "other_guardian"):
        assert page.status_code == 404
    finder = client.get(counselling_url(city), {"q": youth.last_name})
    assert youth.full_name not in finder.content.decode()
    response = client.post(
        reverse("careers:book", kwargs={"city": city}),
        {"youth": youth.pk, "counsellor": counsellor.pk, "starts_at": at(next_monday, 9).isoformat()},
    )
    assert response.status_code in (302, 403, 404)
    assert not Booking.objects.exists()


def test_the_finder_speaks_latvian(counsellor):
    html = as_client(counsellor).get("/lv/valmiera/counselling/", {"q": "nekāds"}).content.decode()
    assert "Pieteikt jaunietim" in html and "Nevienam šīs pilsētas jaunietim nav tāda vārda" in html
