"""End-to-end in Chromium on the demo data: an employer offers a placement, the coordinator approves it, a
youth applies with ranked choices, the coordinator closes registration, reveals the lottery secret, previews and
publishes the lottery, and the youth reads the explained result and accepts. Every page is checked by axe."""

from __future__ import annotations

import pytest
from django.core import mail

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.core.models import Occupation
from microcity.summerjobs.models import (
    Application,
    Assignment,
    AssignmentStatus,
    Placement,
    PlacementStatus,
    Season,
)
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base, lang, local):
    page.context.clear_cookies()
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", demo_email(local))
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


def fill_placement_form(page, *, workplace, duties, places):
    """The employer's placement form, light work for 13-year-olds and up, 9:00–13:00, sent for approval;
    ``places``: period id → places."""
    page.fill("#id_workplace", workplace)
    page.fill("#id_duties", duties)
    page.fill("#id_address", "Rīgas iela 25, Valmiera")
    page.select_option("#id_occupation", str(Occupation.objects.get(code="2512").pk))
    page.fill("#id_min_age", "13")
    page.check("#id_is_light_work")
    page.fill("#id_hours_per_day", "4")
    page.fill("#id_starts_at", "09:00")
    page.fill("#id_ends_at", "13:00")
    page.fill("#id_supervisor_name", "Kristaps Liepiņš")
    for period_id, count in places.items():
        page.fill(f"#id_places_{period_id}", str(count))
    page.locator("button[name=submit_for_approval]").click()


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_summer_season_from_placement_to_accepted_offer(page, live_server, demo, lang):
    base = live_server.url
    summer = f"{base}/{lang}/valmiera/summer-jobs"
    # The coming season (the demo also has last summer's, completed).
    season = Season.objects.filter(city__slug="valmiera").order_by("-year").first()
    first_period = season.periods.order_by("starts_on").first()
    workplace = f"Tīmekļa lapu testēšana {lang}"

    page.goto(f"{summer}/")
    assert page.locator("[data-state=youth-open]").count() == 1
    assert_accessible(page, "season page")

    # The employer offers a placement for 13-year-olds and up, light work, 4 hours a day.
    sign_in(page, base, lang, "darba-devejs")
    page.goto(f"{summer}/employer/")
    assert_accessible(page, "employer's placements")
    page.goto(f"{summer}/employer/new/")
    assert_accessible(page, "placement form")
    fill_placement_form(
        page,
        workplace=workplace,
        duties="Mājaslapu pārbaude telefonos un kļūdu apraksts.",
        places={first_period.pk: 2},
    )
    page.wait_for_url(f"**/{lang}/valmiera/summer-jobs/employer/")
    assert page.locator("tr", has_text=workplace).locator("[data-status=submitted]").count() == 1
    placement = Placement.objects.get(workplace=workplace)

    # The coordinator approves it.
    sign_in(page, base, lang, "koordinators")
    page.goto(f"{summer}/manage/review/")
    assert_accessible(page, "review queue")
    page.locator(f"section:has-text('{workplace}') form:has(input[value=approve]) button").click()
    page.wait_for_load_state()
    placement.refresh_from_db()
    assert placement.status == PlacementStatus.APPROVED

    # The youth applies: a missing period first, then ranked choices.
    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{summer}/apply/")
    assert_accessible(page, "application form")
    page.select_option("#id_choice_1", str(placement.pk))
    parks = Placement.objects.get(season=season, workplace="Parku un skvēru sakopšana")
    page.select_option("#id_choice_2", str(parks.pk))
    page.locator("button[name=submit_application]").click()
    page.wait_for_load_state()
    assert page.locator("#error-summary").is_visible()
    assert page.locator("#id_choice_1").input_value() == str(placement.pk)
    assert_accessible(page, "application form with errors")
    page.check("#id_periods_0")
    page.locator("button[name=submit_application]").click()
    page.wait_for_url(f"**/{lang}/valmiera/summer-jobs/mine/")
    application = Application.objects.get(season=season, youth__email=demo_email("jaunietis"))
    mine = page.locator(f"section[aria-labelledby='application-{application.pk}']")
    assert mine.locator("[data-status=submitted]").count() == 1
    assert_accessible(page, "my application, submitted")

    # The coordinator closes registration, reveals the lottery secret, previews and publishes.
    sign_in(page, base, lang, "koordinators")
    page.goto(f"{summer}/manage/")
    assert_accessible(page, "coordination overview")
    close = page.locator("details:has(input[value=close_registration])")
    close.locator("summary").click()  # the confirmation step opens first
    close.locator("form button").click()
    page.wait_for_load_state()
    page.locator("form:has(input[value=reveal]) button").click()
    page.wait_for_load_state()
    page.locator("form:has(input[value=run]) button").click()
    page.wait_for_url("**/manage/runs/*/")
    assert int(page.locator("[data-stat=placed]").inner_text()) >= 1
    assert_accessible(page, "run preview")
    mail.outbox.clear()
    page.locator("form:has(input[value=publish]) button").click()
    page.wait_for_load_state()
    assert page.locator("[data-status=published]").count() == 1
    youth_mail = [m for m in mail.outbox if m.to == [demo_email("jaunietis")]]
    assert len(youth_mail) == 1 and workplace in youth_mail[0].body
    page.goto(f"{summer}/manage/fill/")
    assert_accessible(page, "fill report")

    # The youth reads why, and accepts.
    sign_in(page, base, lang, "jaunietis")
    page.goto(f"{summer}/mine/")
    assert mine.locator("[data-explanation]").count() == 1
    assert mine.locator("[data-offer] [data-status=offered]").count() == 1
    assert_accessible(page, "my application with an offer")
    mine.locator("form:has(input[value=accept]) button").click()
    page.wait_for_load_state()
    assert mine.locator("[data-offer] [data-status=accepted]").count() == 1
    offer = Assignment.objects.get(placement_period__placement=placement)
    assert offer.status == AssignmentStatus.ACCEPTED and offer.choice_rank == 1
