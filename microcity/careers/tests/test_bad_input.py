"""Malformed requests to the portfolio and counselling pages answer 400 or a form error, never 500: a plan
step id "abc", a booking at 0001-01-01T00:10+02:00, and hostile values in every field of the main forms."""

from __future__ import annotations

import pytest

from microcity.careers import services
from microcity.careers.models import Section
from microcity.tests.fuzz import client_for_fuzz, fuzz_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def goal(portfolio, owner):
    return services.goal_create(
        portfolio=portfolio, by=owner, title="Kļūt par metinātāju", steps=[("Prakse", None)]
    )


@pytest.mark.parametrize("step", ["abc", "", "-1", "1.5", "99999999999999999999999", "١"])
def test_a_malformed_plan_step_id_is_a_bad_request(goal, owner, step):
    response = client_for_fuzz(owner).post(
        f"/en/portfolio/goals/{goal.pk}/", {"action": "done", "step": step}
    )
    assert response.status_code == 400
    assert "could not be read" in response.content.decode()


@pytest.mark.parametrize(
    "starts_at",
    [
        "0001-01-01T00:10+02:00",
        "9999-12-31T23:59+00:00",
        "0001-01-01T00:10",
        "abc",
        "",
        "2026-02-30T10:00+02:00",
    ],
)
def test_a_booking_at_a_malformed_or_impossible_moment_is_a_bad_request(hours, counsellor, owner, starts_at):
    response = client_for_fuzz(owner).post(
        "/en/valmiera/counselling/book/", {"counsellor": counsellor.pk, "starts_at": starts_at}
    )
    assert response.status_code == 400


def test_a_malformed_counsellor_id_is_a_bad_request(hours, owner):
    response = client_for_fuzz(owner).post(
        "/en/valmiera/counselling/book/", {"counsellor": "abc", "starts_at": "2030-01-07T09:00+02:00"}
    )
    assert response.status_code == 400


def test_the_portfolio_forms_never_answer_500(portfolio, owner, goal):
    client = client_for_fuzz(owner)
    problems = []
    for url in [
        "/en/portfolio/about/",
        f"/en/portfolio/{Section.EXPERIENCE}/new/",
        f"/en/portfolio/{Section.EDUCATION}/new/",
        "/en/portfolio/goals/new/",
        f"/en/portfolio/goals/{goal.pk}/",
        "/en/portfolio/skills/",
        "/en/portfolio/share/",
        "/en/portfolio/visibility/",
        "/en/portfolio/export/",
    ]:
        problems += fuzz_page(client, url)
    assert problems == []


def test_the_counsellor_forms_never_answer_500(hours, counsellor):
    client = client_for_fuzz(counsellor)
    problems = []
    for url in ["/en/valmiera/counselling/availability/", "/en/valmiera/activities/new/"]:
        problems += fuzz_page(client, url)
    assert problems == []


def test_booking_pages_never_answer_500(hours, owner):
    assert fuzz_page(client_for_fuzz(owner), "/en/valmiera/counselling/") == []
