"""End-to-end in Chromium at phone width, in Latvian and English, with axe checks: an adult applies for the
demo's open course, is selected by priority and lottery, accepts, attends, completes, downloads the
certificate and is hired; the coordinator sees the funnel, and the demo ICT course's funnel is 30 → 15 → 13
from the records."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from microcity.accounts.management.commands.seed_demo import DEMO_PASSWORD, demo_email
from microcity.accounts.models import User
from microcity.core.models import Indicator, OutcomeRecord
from microcity.courses import services
from microcity.courses.models import Application, ApplicationStatus, Checkpoint, Course, OutcomeKind
from microcity.tests.browser import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base, lang, email):
    page.context.clear_cookies()
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"**/{lang}/account/")


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_apply_selected_attend_complete_hired(page, live_server, demo, lang):
    base = live_server.url
    course = Course.objects.get(city__slug="ventspils", status="open")
    page.goto(f"{base}/{lang}/ventspils/courses/")
    assert_accessible(page, "catalogue")
    page.locator(f"[data-course='{course.pk}'] a").first.click()
    page.wait_for_url(f"**/ventspils/courses/{course.pk}/")
    assert_accessible(page, "course page")

    sign_in(page, base, lang, "kursants.ventspils@demo.microcity.lv")
    page.goto(f"{base}/{lang}/ventspils/courses/{course.pk}/")
    page.locator("[data-action=apply]").click()
    page.wait_for_url("**/apply/")
    assert_accessible(page, "application form")
    page.fill("#id_answer", "Gribu analizēt ostas datus.")
    page.check("#id_labour_status_2")  # unemployed: the course's second priority group
    page.check("#id_funder_consent")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/ventspils/courses/{course.pk}/")
    application = Application.objects.select_related("person__user", "course__city").get(
        course=course, person__user__email="kursants.ventspils@demo.microcity.lv"
    )
    assert application.labour_status == "unemployed"

    boss = User.objects.get(email=demo_email("koordinators.ventspils"))
    trainer = User.objects.get(email="pasniedzejs.ventspils@demo.microcity.lv")
    services.course_select(course=course, by=boss, now=course.applications_close_at + dt.timedelta(minutes=1))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.OFFERED and application.priority_group == 2
    page.reload()
    assert_accessible(page, "offer")
    page.locator("button[value=accept]").click()
    page.wait_for_load_state()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACCEPTED

    start = timezone.make_aware(dt.datetime.combine(course.starts_on, dt.time(18)))
    session = services.session_add(
        course=course, by=boss, starts_at=start, ends_at=start + dt.timedelta(hours=3)
    )
    sign_in(page, base, lang, "pasniedzejs.ventspils@demo.microcity.lv")
    page.goto(f"{base}/{lang}/ventspils/courses/{course.pk}/sessions/{session.pk}/")
    assert_accessible(page, "attendance register")
    page.check(f"#p-{application.pk}")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert application.attendances.get().present
    assert trainer.courses_trained.filter(pk=course.pk).exists()

    services.participant_assess(application=application, passed=True, by=boss)
    services.course_finish(
        course=course, by=boss, now=timezone.make_aware(dt.datetime.combine(course.ends_on, dt.time(20)))
    )
    application.refresh_from_db()
    services.job_outcome_record(
        application=application,
        checkpoint=Checkpoint.AT_COMPLETION,
        kind=OutcomeKind.EMPLOYED,
        employer=course.partner_employers.first(),
        in_trained_occupation=True,
        by=boss,
    )
    assert (
        OutcomeRecord.objects.filter(indicator=Indicator.PERSON_RETRAINED, person=application.person).count()
        == 1
    )

    sign_in(page, base, lang, "kursants.ventspils@demo.microcity.lv")
    page.goto(f"{base}/{lang}/ventspils/courses/{course.pk}/")
    with page.expect_download() as download:
        page.locator("[data-link=certificate]").click()
    assert download.value.suggested_filename.endswith(".pdf")

    sign_in(page, base, lang, demo_email("koordinators.ventspils"))
    page.goto(f"{base}/{lang}/ventspils/courses/{course.pk}/outcomes/")
    assert_accessible(page, "outcomes")
    assert page.locator("[data-step=completed] td").inner_text() == "1"
    assert page.locator("[data-step=work_at_completion] td").inner_text() == "1"
    ict = Course.objects.get(city__slug="ventspils", title_en__startswith="ICT")
    page.goto(f"{base}/{lang}/ventspils/courses/{ict.pk}/outcomes/")
    steps = {s: page.locator(f"[data-step={s}] td").inner_text() for s in ("applied", "started", "completed")}
    assert steps == {"applied": "30", "started": "15", "completed": "13"}
    page.goto(f"{base}/{lang}/ventspils/courses/{ict.pk}/applications/")
    assert_accessible(page, "ranked applications")
