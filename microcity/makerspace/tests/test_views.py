"""Every makerspace page through the HTTP client in Latvian and English, who may open what (a leak test per
rule), query counts of the lists, hostile input on the forms and the CSV download."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.makerspace import services
from microcity.makerspace.models import (
    Booking,
    BookingStatus,
    EquipmentStatus,
    Induction,
    MachineKind,
    MemberType,
)
from microcity.makerspace.tests.factories import (
    BookingFactory,
    EquipmentFactory,
    MemberFactory,
    PriceFactory,
    at,
)

pytestmark = pytest.mark.django_db


def url(name, city, **kwargs):
    return reverse(f"makerspace:{name}", kwargs={"city": city.slug, **kwargs})


def in_language(path: str, language: str) -> str:
    return "/" + language + path[3:]


@pytest.fixture
def booked(inducted, laser, next_monday):
    return services.booking_create(
        equipment=laser,
        person=inducted,
        by=inducted.user,
        starts_at=at(next_monday, 10),
        minutes=60,
        member_type=MemberType.PUPIL,
    )


@pytest.mark.parametrize("language", ["lv", "en"])
def test_public_pages_in_both_languages(client, valmiera, space, laser, language):
    response = client.get(in_language(url("index", valmiera), language))
    assert response.status_code == 200
    assert laser.name_lv.encode() in response.content or laser.name_en.encode() in response.content
    response = client.get(in_language(url("equipment", valmiera, pk=laser.pk), language))
    assert response.status_code == 200
    assert b'data-state="free"' in response.content
    label = client.get(in_language(url("label", valmiera, pk=laser.pk), language))
    assert label.status_code == 200
    assert label["Content-Type"].startswith("image/svg+xml")
    assert f"/valmiera/makerspace/equipment/{laser.pk}/".encode() in label.content


def test_latvian_pages_speak_latvian(client, valmiera, space, laser):
    content = client.get(url("index", valmiera).replace("/en/", "/lv/")).content.decode()
    assert "Darba laiks" in content or "Darbnīca" in content


def test_the_week_grid_shows_taken_slots_without_naming_anyone(client, valmiera, booked, laser, next_monday):
    week = next_monday.isoformat()
    response = client.get(url("equipment", valmiera, pk=laser.pk) + f"?week={week}")
    content = response.content.decode()
    assert f'data-slot="{at(next_monday, 10).isoformat()}" data-state="taken"' in content
    assert f'data-slot="{at(next_monday, 11).isoformat()}" data-state="free"' in content
    assert booked.person.last_name not in content


def test_the_week_grid_as_an_htmx_fragment(client, valmiera, laser, next_monday):
    response = client.get(
        url("equipment", valmiera, pk=laser.pk) + f"?week={next_monday}", HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert b'id="week-grid"' in response.content
    assert b"<html" not in response.content


def test_a_week_out_of_range_or_malformed_is_handled(client, valmiera, laser):
    assert client.get(url("equipment", valmiera, pk=laser.pk) + "?week=2021-01-04").status_code == 200
    assert client.get(url("equipment", valmiera, pk=laser.pk) + "?week=9999-01-01").status_code == 400
    assert client.get(url("equipment", valmiera, pk=laser.pk) + "?week=nonsense").status_code == 400


def test_a_machine_of_another_city_is_not_found(client, ventspils, laser):
    assert client.get(url("equipment", ventspils, pk=laser.pk)).status_code == 404


def test_the_grid_reads_in_a_fixed_number_of_queries(
    client, valmiera, laser, next_monday, make_youth, django_assert_max_num_queries
):
    for hour in range(10, 18):
        BookingFactory(
            equipment=laser,
            person=make_youth(),
            starts_at=at(next_monday, hour),
            ends_at=at(next_monday, hour, 30),
        )
    with django_assert_max_num_queries(12):
        response = client.get(url("equipment", valmiera, pk=laser.pk) + f"?week={next_monday}")
    assert response.status_code == 200


def test_the_index_reads_in_a_fixed_number_of_queries(client, valmiera, space, django_assert_max_num_queries):
    for _ in range(10):
        EquipmentFactory(space=space)
    with django_assert_max_num_queries(10):
        assert client.get(url("index", valmiera)).status_code == 200


# --- Booking ------------------------------------------------------------------------------------------


def test_booking_needs_a_sign_in(client, valmiera, laser):
    response = client.get(url("book", valmiera, pk=laser.pk))
    assert response.status_code == 302
    assert "login" in response["Location"] or "sign" in response["Location"]


@pytest.mark.parametrize("language", ["lv", "en"])
def test_a_youth_books_from_the_grid(client_for, valmiera, inducted, laser, next_monday, language):
    client = client_for(inducted.user)
    start = at(next_monday, 12).isoformat()
    page = client.get(in_language(url("book", valmiera, pk=laser.pk), language), {"start": start})
    assert page.status_code == 200
    response = client.post(
        in_language(url("book", valmiera, pk=laser.pk), language),
        {"start": start, "minutes": "90", "member_type": "pupil", "purpose": "Koka kaste"},
    )
    booking = Booking.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(url("booking", valmiera, pk=booking.pk)[3:])
    assert booking.minutes == 90


def test_without_an_induction_the_page_says_so_and_the_booking_is_refused(
    client_for, valmiera, youth, laser, next_monday
):
    client = client_for(youth.user)
    start = at(next_monday, 12).isoformat()
    page = client.get(url("book", valmiera, pk=laser.pk), {"start": start})
    assert b'data-state="no-induction"' in page.content
    response = client.post(
        url("book", valmiera, pk=laser.pk), {"start": start, "minutes": "60", "member_type": "pupil"}
    )
    assert response.status_code == 400
    assert b"induction" in response.content
    assert not Booking.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"start": "=cmd|' /C calc'!A0", "minutes": "60", "member_type": "pupil"},
        {"start": "0001-01-01T10:00:00+02:00", "minutes": "60", "member_type": "pupil"},
        {"start": "9999-12-31T10:00:00+02:00", "minutes": "60", "member_type": "pupil"},
        {"start": "2030-01-01T10:00:00", "minutes": "60", "member_type": "pupil"},
        {"start": "", "minutes": "999999999999", "member_type": "pupil"},
        {"start": "x" * 100000, "minutes": "60", "member_type": "boss"},
        {
            "start": "2030-01-01T10:00:00+02:00",
            "minutes": "60",
            "member_type": "pupil",
            "purpose": "x" * 100000,
        },
    ],
)
def test_hostile_booking_input_is_refused_cleanly(client_for, valmiera, inducted, laser, data):
    response = client_for(inducted.user).post(url("book", valmiera, pk=laser.pk), data)
    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_my_bookings_and_a_booking_page_with_its_calendar_file(client_for, valmiera, booked):
    client = client_for(booked.person.user)
    mine = client.get(url("mine", valmiera))
    assert mine.status_code == 200
    assert f'data-booking="{booked.pk}"'.encode() in mine.content
    page = client.get(url("booking", valmiera, pk=booked.pk))
    assert page.status_code == 200
    assert b"mc-confirm" in page.content
    ics = client.get(url("ics", valmiera, pk=booked.pk))
    assert ics["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VEVENT" in ics.content


def test_a_member_cancels_their_booking(client_for, valmiera, booked):
    response = client_for(booked.person.user).post(url("cancel", valmiera, pk=booked.pk))
    assert response.status_code == 302
    booked.refresh_from_db()
    assert booked.status == BookingStatus.CANCELLED


def test_somebody_elses_booking_does_not_exist_for_another_member(client_for, valmiera, booked, other_youth):
    client = client_for(other_youth.user)
    for name in ("booking", "ics"):
        assert client.get(url(name, valmiera, pk=booked.pk)).status_code == 404
    assert client.post(url("cancel", valmiera, pk=booked.pk)).status_code == 404
    booked.refresh_from_db()
    assert booked.status == BookingStatus.BOOKED


def test_instructors_of_another_city_do_not_see_the_booking(
    client_for, valmiera, booked, ventspils_instructor
):
    client = client_for(ventspils_instructor)
    assert client.get(url("booking", valmiera, pk=booked.pk)).status_code == 404


# --- Staff pages --------------------------------------------------------------------------------------

STAFF_PAGES = ["desk", "inductions"]


@pytest.mark.parametrize("language", ["lv", "en"])
def test_instructor_pages_in_both_languages(client_for, valmiera, instructor, booked, laser, space, language):
    client = client_for(instructor)
    for name in STAFF_PAGES:
        assert client.get(in_language(url(name, valmiera), language)).status_code == 200
    day = booked.starts_at.date().isoformat()
    desk = client.get(in_language(url("desk", valmiera), language), {"day": day})
    assert f'data-booking="{booked.pk}"'.encode() in desk.content
    assert client.get(in_language(url("status", valmiera, pk=laser.pk), language)).status_code == 200
    assert client.get(in_language(url("hours", valmiera, pk=space.pk), language)).status_code == 200
    assert client.get(in_language(url("booking", valmiera, pk=booked.pk), language)).status_code == 200


def test_staff_pages_are_refused_to_members_and_other_cities(
    client_for, valmiera, inducted, ventspils_instructor, laser, space, booked, coordinator
):
    for user in (inducted.user, ventspils_instructor):
        client = client_for(user)
        for name in STAFF_PAGES:
            assert client.get(url(name, valmiera)).status_code == 403
        assert client.get(url("status", valmiera, pk=laser.pk)).status_code == 403
        assert client.post(url("status", valmiera, pk=laser.pk), {"status": "retired"}).status_code == 403
        assert client.get(url("hours", valmiera, pk=space.pk)).status_code == 403
        assert client.get(url("report", valmiera)).status_code == 403
    # A member may not record their own usage or no-show.
    client = client_for(inducted.user)
    assert client.post(url("usage", valmiera, pk=booked.pk), {"minutes": "60"}).status_code == 403
    assert client.post(url("no_show", valmiera, pk=booked.pk)).status_code == 403
    laser.refresh_from_db()
    assert laser.status == EquipmentStatus.AVAILABLE


def test_an_instructor_records_an_induction_by_email(client_for, valmiera, instructor, youth):
    client = client_for(instructor)
    response = client.post(
        url("inductions", valmiera),
        {
            "email": youth.email.upper(),
            "kind": MachineKind.LASER_CUTTER,
            "passed_on": timezone.localdate().isoformat(),
            "months": "12",
        },
    )
    assert response.status_code == 302
    assert Induction.objects.filter(person=youth, kind=MachineKind.LASER_CUTTER).exists()
    unknown = client.post(
        url("inductions", valmiera),
        {
            "email": "nobody@example.lv",
            "kind": MachineKind.LASER_CUTTER,
            "passed_on": timezone.localdate().isoformat(),
            "months": "12",
        },
    )
    assert unknown.status_code == 400


def test_an_instructor_records_usage_and_the_member_sees_the_charge(
    client_for, valmiera, instructor, inducted, laser
):
    start = timezone.localtime().replace(minute=0, second=0, microsecond=0) - dt.timedelta(hours=2)
    booking = BookingFactory(
        equipment=laser, person=inducted, starts_at=start, ends_at=start + dt.timedelta(hours=1)
    )
    MemberFactory(person=inducted, city=valmiera)
    plywood = laser.consumables.get()
    client = client_for(instructor)
    assert client.get(url("usage", valmiera, pk=booking.pk)).status_code == 200
    response = client.post(url("usage", valmiera, pk=booking.pk), {"minutes": "60", f"c{plywood.pk}": "2"})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.usage.total == Decimal("8.70")  # 4.00 + 2 × 2.35
    page = client_for(inducted.user).get(url("booking", valmiera, pk=booking.pk))
    assert b"8.70" in page.content or b"8,70" in page.content
    assert client.post(url("paid", valmiera, pk=booking.usage.pk)).status_code == 302
    booking.usage.refresh_from_db()
    assert booking.usage.paid_at is not None


def test_hostile_usage_input(client_for, valmiera, instructor, inducted, laser):
    start = timezone.now() - dt.timedelta(hours=2)
    booking = BookingFactory(
        equipment=laser, person=inducted, starts_at=start, ends_at=start + dt.timedelta(hours=1)
    )
    plywood = laser.consumables.get()
    client = client_for(instructor)
    for data in (
        {"minutes": "-1"},
        {"minutes": "99999999999"},
        {"minutes": "60", f"c{plywood.pk}": "1e400"},
        {"minutes": "60", f"c{plywood.pk}": "=1+1"},
    ):
        assert client.post(url("usage", valmiera, pk=booking.pk), data).status_code == 400
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED


def test_an_instructor_sets_a_machine_out_of_order(client_for, valmiera, instructor, laser, booked):
    until = (booked.starts_at + dt.timedelta(days=1)).date().isoformat()
    response = client_for(instructor).post(
        url("status", valmiera, pk=laser.pk), {"status": "out_of_order", "until": until}
    )
    assert response.status_code == 302
    booked.refresh_from_db()
    assert booked.status == BookingStatus.CANCELLED


def test_the_opening_year_form(client_for, valmiera, instructor, space):
    client = client_for(instructor)
    year = timezone.localdate().year
    data = {
        "calendar_year": str(year),
        "opens_0": "09:00",
        "closes_0": "17:00",
        "closed": f"24.12.{year} Ziemassvētku vakars\n{year}-12-25 Ziemassvētki",
    }
    assert client.post(url("hours", valmiera, pk=space.pk), data).status_code == 302
    assert space.opening_hours.count() == 1
    assert space.closed_days.count() == 2
    for bad in (
        {**data, "closed": "not a date"},
        {**data, "opens_0": "18:00"},
        {**data, "closed": "31.02.2027 x"},
        {**data, "calendar_year": "1"},
    ):
        assert client.post(url("hours", valmiera, pk=space.pk), bad).status_code == 400


# --- The coordinator's report ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["lv", "en"])
def test_the_usage_report_and_its_csv(
    client_for, valmiera, coordinator, inducted, laser, instructor, language
):
    start = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0) - dt.timedelta(days=1)
    booking = BookingFactory(
        equipment=laser, person=inducted, starts_at=start, ends_at=start + dt.timedelta(hours=1)
    )
    MemberFactory(person=inducted, city=valmiera)
    services.usage_record(booking=booking, by=instructor, minutes=60, now=booking.ends_at)
    client = client_for(coordinator)
    period = {
        "first": (start.date() - dt.timedelta(days=3)).isoformat(),
        "last": timezone.localdate().isoformat(),
    }
    page = client.get(in_language(url("report", valmiera), language), period)
    assert page.status_code == 200
    assert b"data-income" in page.content
    csv = client.get(in_language(url("report", valmiera), language), {**period, "format": "csv"})
    assert csv.status_code == 200
    assert csv["Content-Type"].startswith("text/csv")
    assert laser.name_lv in csv.content.decode("utf-8-sig")
    charges = client.get(
        in_language(url("report", valmiera), language), {**period, "format": "accounting-csv"}
    )
    assert inducted.full_name in charges.content.decode("utf-8-sig")
    assert ";4,00;" in charges.content.decode("utf-8-sig")  # a decimal comma, as every CSV
    xlsx = client.get(in_language(url("report", valmiera), language), {**period, "format": "accounting-xlsx"})
    assert xlsx.status_code == 200
    assert xlsx.content[:2] == b"PK"


def test_the_csv_neutralises_formulas_in_names(
    client_for, valmiera, coordinator, instructor, space, make_youth
):
    machine = EquipmentFactory(space=space, name_lv='=HYPERLINK("http://evil")', name_en="x")
    PriceFactory(equipment=machine, member_type=MemberType.PUPIL)
    person = make_youth(first_name="@SUM(A1)")
    MemberFactory(person=person, city=valmiera)
    start = timezone.now() - dt.timedelta(days=1)
    booking = BookingFactory(
        equipment=machine, person=person, starts_at=start, ends_at=start + dt.timedelta(hours=1)
    )
    services.usage_record(booking=booking, by=instructor, minutes=60, now=booking.ends_at)
    client = client_for(coordinator)
    for wanted in ("csv", "accounting-csv"):
        content = client.get(url("report", valmiera), {"format": wanted}).content.decode("utf-8-sig")
        assert "\n=HYPERLINK" not in content and ",=HYPERLINK" not in content and ",@SUM" not in content


def test_the_report_refuses_a_bad_period(client_for, valmiera, coordinator):
    client = client_for(coordinator)
    for period in (
        {"first": "2027-05-01", "last": "2027-01-01"},
        {"first": "0001-01-01", "last": "9999-12-31"},
    ):
        assert client.get(url("report", valmiera), period).status_code == 200  # the form shows its error


def test_the_report_reads_in_a_fixed_number_of_queries(
    client_for, valmiera, coordinator, laser, make_youth, django_assert_max_num_queries
):
    for days in range(1, 15):
        start = timezone.now() - dt.timedelta(days=days)
        BookingFactory(
            equipment=laser,
            person=make_youth(),
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
            status=BookingStatus.USED,
        )
    client = client_for(coordinator)
    with django_assert_max_num_queries(16):
        assert client.get(url("report", valmiera)).status_code == 200


def test_a_city_that_does_not_run_the_makerspace_says_so(client, valmiera, space):
    valmiera.programmes = "careers"
    valmiera.save()
    assert client.get(url("index", valmiera)).status_code == 404


def test_roles_see_their_start_links(valmiera, user_with_role):
    from microcity.core import registry

    instructor = user_with_role(Role.MAKERSPACE_INSTRUCTOR)
    keys = {
        link.key
        for link in registry.start_page.links_for(
            user=instructor, city=valmiera, roles=[Role.MAKERSPACE_INSTRUCTOR]
        )
    }
    assert {"makerspace.desk", "makerspace.inductions"} <= keys
    assert not registry.coming_programmes.for_roles([Role.MAKERSPACE_INSTRUCTOR]) or all(
        p.key != "makerspace" for p in registry.coming_programmes.for_roles([Role.MAKERSPACE_INSTRUCTOR])
    )


@pytest.mark.parametrize("language", ["lv", "en"])
def test_the_monthly_statement_shows_the_charge_as_a_page_and_a_pdf(
    client_for, valmiera, instructor, inducted, other_youth, laser, language
):
    start = timezone.localtime().replace(minute=0, second=0, microsecond=0) - dt.timedelta(hours=2)
    booking = BookingFactory(
        equipment=laser, person=inducted, starts_at=start, ends_at=start + dt.timedelta(hours=1)
    )
    MemberFactory(person=inducted, city=valmiera)
    services.usage_record(booking=booking, by=instructor, minutes=60, now=booking.ends_at)
    month = start.strftime("%Y-%m")
    own = client_for(inducted.user)
    page = own.get(in_language(url("statement", valmiera), language), {"month": month})
    assert page.status_code == 200
    assert b"data-statement-total" in page.content
    assert b"4.00" in page.content or b"4,00" in page.content
    pdf = own.get(in_language(url("statement", valmiera), language), {"month": month, "format": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    staff = client_for(instructor).get(url("statement", valmiera), {"month": month, "person": inducted.pk})
    assert staff.status_code == 200 and inducted.full_name.encode() in staff.content
    # Another member may not open it, nor may anyone ask for a month that is not one.
    assert (
        client_for(other_youth.user).get(url("statement", valmiera), {"person": inducted.pk}).status_code
        == 403
    )
    assert own.get(url("statement", valmiera), {"month": "9999-99"}).status_code == 400
    own_page_of_other = client_for(other_youth.user).get(url("statement", valmiera), {"month": month})
    assert b"4.00" not in own_page_of_other.content and b"4,00" not in own_page_of_other.content


def test_the_desk_and_my_bookings_read_in_a_fixed_number_of_queries(
    client_for, valmiera, instructor, inducted, laser, space, next_monday, django_assert_max_num_queries
):
    for hour in range(10, 18):
        machine = EquipmentFactory(space=space)
        BookingFactory(
            equipment=machine,
            person=inducted,
            starts_at=at(next_monday, hour),
            ends_at=at(next_monday, hour, 30),
        )
    desk = client_for(instructor)
    with django_assert_max_num_queries(16):
        response = desk.get(url("desk", valmiera), {"day": next_monday.isoformat()})
    assert response.content.count(b"data-booking=") == 8
    own = client_for(inducted.user)
    with django_assert_max_num_queries(14):
        response = own.get(url("mine", valmiera))
    assert response.content.count(b"data-booking=") == 8
