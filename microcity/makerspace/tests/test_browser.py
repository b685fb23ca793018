"""End-to-end in Chromium at phone width, in Latvian and English, with axe checks: the demo youth is refused
the laser cutter without an induction, the instructor records the induction, the youth books, the slot is
gone for others, she cancels and books again."""

from __future__ import annotations

import pytest

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.core.models import Person
from microcity.makerspace.models import Booking, BookingStatus, Equipment, MachineKind
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base, lang, local):
    page.context.clear_cookies()
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", demo_email(local))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


def first_free_slot(page):
    return page.locator('[data-state="free"] a').first


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_refused_inducted_booked_cancelled_and_booked_again(page, live_server, demo, lang):
    base = live_server.url
    laser = Equipment.objects.get(space__city__slug="valmiera", kind=MachineKind.LASER_CUTTER)
    youth = Person.objects.get(user__email=demo_email("jaunietis"))
    machine_url = f"{base}/{lang}/valmiera/makerspace/equipment/{laser.pk}/"

    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{base}/{lang}/valmiera/makerspace/")
    assert_accessible(page, "makerspace")
    page.goto(machine_url)
    assert_accessible(page, "laser cutter")
    slot = first_free_slot(page)
    start = slot.locator("xpath=..").get_attribute("data-slot")
    slot.click()
    page.wait_for_url("**/book/?start=*")
    assert page.locator('[data-state="no-induction"]').is_visible()
    assert_accessible(page, "booking without an induction")
    page.locator("main form button[type=submit]").click()
    page.locator("#error-summary").wait_for(state="visible")
    assert not Booking.objects.filter(person=youth, equipment=laser).exists()

    sign_in(page, base, lang, "instruktors")
    page.goto(f"{base}/{lang}/valmiera/makerspace/inductions/")
    assert_accessible(page, "inductions")
    page.fill("#id_email", youth.email)
    page.select_option("#id_kind", MachineKind.LASER_CUTTER.value)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/makerspace/inductions/")
    assert page.locator("table", has_text=youth.full_name).count() == 1

    sign_in(page, base, lang, "jaunietis")
    page.goto(machine_url)
    page.locator(f'[data-slot="{start}"] a').click()
    page.wait_for_url("**/book/?start=*")
    if page.locator("#id_member_type").count():
        page.select_option("#id_member_type", "pupil")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/makerspace/bookings/*/")
    assert_accessible(page, "booking")
    booking = Booking.objects.get(person=youth, equipment=laser, status=BookingStatus.BOOKED)

    # The slot is gone for everyone else.
    page.context.clear_cookies()
    page.goto(machine_url + f"?week={booking.starts_at.date().isoformat()}")
    assert page.locator(f'[data-slot="{start}"]').get_attribute("data-state") == "taken"

    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{base}/{lang}/valmiera/makerspace/bookings/{booking.pk}/")
    page.locator("details.mc-confirm summary").click()
    page.locator("details.mc-confirm form button[type=submit]").click()
    page.wait_for_url(f"**/makerspace/bookings/{booking.pk}/")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED

    page.goto(machine_url + f"?week={booking.starts_at.date().isoformat()}")
    page.locator(f'[data-slot="{start}"] a').click()
    page.wait_for_url("**/book/?start=*")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/makerspace/bookings/*/")
    page.goto(f"{base}/{lang}/valmiera/makerspace/mine/")
    assert_accessible(page, "my bookings")
    assert Booking.objects.filter(person=youth, equipment=laser, status=BookingStatus.BOOKED).count() == 1
