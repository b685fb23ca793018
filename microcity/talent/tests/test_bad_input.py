"""Malformed requests to the jobs board and the relocation contact point answer a form error or 400, never
500; dates far away and free text of 100,000 characters are refused by the forms."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.core.models import Organisation
from microcity.talent.forms import JobForm
from microcity.talent.tests.conftest import job_data
from microcity.talent.tests.test_relocation import consultants, submit  # noqa: F401
from microcity.tests.fuzz import client_for_fuzz, fuzz_page

pytestmark = pytest.mark.django_db


def organisations(employer):
    return Organisation.objects.filter(pk=employer.pk)


def job_post(**extra):
    data = job_data(**extra)
    data["occupation"] = data["occupation"].pk
    return {key: ("" if value is None else value) for key, value in data.items()}


@pytest.mark.parametrize(
    "field, value",
    [
        ("start_date", "0001-01-01"),
        ("deadline", "9999-12-27"),
        ("description", "x" * 100_000),
        ("requirements", "x" * 100_000),
    ],
)
def test_the_job_form_refuses_far_dates_and_endless_text(employer, field, value):
    form = JobForm(
        job_post(organisation=employer.pk, **{field: value}), organisations=organisations(employer)
    )
    assert not form.is_valid() and field in form.errors


def test_the_job_form_strips_control_characters(employer):
    form = JobForm(
        job_post(organisation=employer.pk, title="Metinātājs\x00\x1b"), organisations=organisations(employer)
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == "Metinātājs"


def test_the_jobs_board_and_its_forms_never_answer_500(post_job, rep):
    post_job()
    problems = fuzz_page(client_for_fuzz(), "/en/valmiera/jobs/")
    problems += fuzz_page(client_for_fuzz(), "/en/valmiera/relocate/")
    problems += fuzz_page(client_for_fuzz(rep), "/en/valmiera/jobs/new/")
    assert problems == []


def test_the_relocation_pages_never_answer_500(valmiera, consultants, user_with_role):  # noqa: F811
    case = submit(valmiera)
    client = client_for_fuzz(user_with_role(Role.PROGRAMME_COORDINATOR))
    problems = fuzz_page(client, f"/en/valmiera/relocation/cases/{case.pk}/")
    problems += fuzz_page(client, "/en/valmiera/relocation/funnel/")
    assert problems == []
    for bad in ["abc", "", "99999999999999999999999"]:
        response = client.post(
            f"/en/valmiera/relocation/cases/{case.pk}/", {"action": "task_done", "event": bad}
        )
        assert response.status_code < 500


def test_an_inquiry_planned_far_away_is_a_form_error(valmiera, consultants):  # noqa: F811
    far = timezone.localdate() + dt.timedelta(days=365 * 50)
    response = client_for_fuzz().post("/en/valmiera/relocate/", {"planned_move": far.isoformat()})
    assert response.status_code == 200 and "planned_move" in response.context["form"].errors
