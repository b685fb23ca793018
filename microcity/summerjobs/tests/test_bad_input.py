"""Malformed requests to the summer-jobs pages answer a form error or 400, never 500: timesheet days of
year 1 and 9999, and hostile values in every field of the job, placement and season forms."""

from __future__ import annotations

import pytest

from microcity.summerjobs.models import TimesheetEntry
from microcity.summerjobs.tests.test_work import BASE, job, people  # noqa: F401
from microcity.tests.fuzz import client_for_fuzz, fuzz_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-27", "9999-12-31", "2026-02-30", "abc"])
@pytest.mark.parametrize("role", ["employer", "youth"])
def test_timesheet_days_far_away_are_form_errors(people, role, day):  # noqa: F811
    assignment = people["assignment"]
    before = TimesheetEntry.objects.count()
    response = client_for_fuzz(people["users"][role]).post(
        f"{BASE}/jobs/{assignment.pk}/hours/",
        {"day": day, "start": "09:00", "end": "12:00", "break_minutes": "0"},
    )
    assert response.status_code == 200
    assert TimesheetEntry.objects.count() == before


@pytest.mark.parametrize("role", ["employer", "youth", "coordinator"])
def test_the_job_page_forms_never_answer_500(people, role):  # noqa: F811
    assignment = people["assignment"]
    client = client_for_fuzz(people["users"][role])
    assert fuzz_page(client, f"{BASE}/jobs/{assignment.pk}/") == []


def test_the_placement_and_season_forms_never_answer_500(people):  # noqa: F811
    problems = fuzz_page(client_for_fuzz(people["users"]["employer"]), f"{BASE}/employer/new/")
    coordinator = client_for_fuzz(people["users"]["coordinator"])
    for url in [f"{BASE}/manage/", f"{BASE}/manage/applications/", f"{BASE}/manage/seasons/new/"]:
        problems += fuzz_page(coordinator, url)
    assert problems == []
