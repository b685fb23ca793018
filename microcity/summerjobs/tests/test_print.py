"""The pages people print (a summer job with its contract and hours, the page of a finished job with its
certificate) carry the print stylesheet and a Print button that JavaScript reveals; dates there are in words."""

from __future__ import annotations

import pytest
from django.test import Client

from microcity.summerjobs.tests.test_work import job  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
PRINT_CSS = 'href="/static/css/print.css" media="print"'
PRINT_BUTTON = "data-print hidden"


def test_the_job_pages_of_a_summer_job_are_printable(job):  # noqa: F811
    assignment = job(age=16, ready=True)
    client = Client()
    client.force_login(assignment.application.youth.user)
    for path in (
        f"/lv/valmiera/summer-jobs/jobs/{assignment.pk}/",
        f"/lv/valmiera/summer-jobs/after/jobs/{assignment.pk}/",
    ):
        page = client.get(path)
        assert page.status_code == 200, path
        html = page.content.decode()
        assert PRINT_CSS in html and PRINT_BUTTON in html and "Drukāt šo lapu" in html, path
        assert "/static/js/print.js" in html
    lead = client.get(f"/lv/valmiera/summer-jobs/jobs/{assignment.pk}/").content.decode()
    period = assignment.period
    assert f"{period.starts_on.year}. gada {period.starts_on.day}." in lead
