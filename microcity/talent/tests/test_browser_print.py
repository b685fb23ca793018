"""In Chromium: the Print button appears only once print.js runs, and on paper the job page keeps its
content but drops the site's header, the breadcrumbs and every button."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_job_page_prints_its_content_only(page, live_server, demo):
    # A demo job: the demo's snapshot holds the occupations that a transactional test's flush removes.
    from django.utils import timezone

    from microcity.talent.models import Job, JobStatus

    job = Job.objects.filter(
        city__slug="valmiera", status=JobStatus.PUBLISHED, deadline__gte=timezone.localdate()
    ).first()
    assert job is not None
    page.goto(f"{live_server.url}/en/valmiera/jobs/{job.pk}-{job.slug}/")
    button = page.locator("[data-print]")
    button.wait_for(state="visible")
    assert button.inner_text().strip() == "Print this page"
    page.emulate_media(media="print")
    assert not button.is_visible()
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".breadcrumb").is_visible()
    assert page.locator("h1").inner_text().strip() == job.title
    page.emulate_media(media="screen")
    assert button.is_visible() and page.locator(".site-header").is_visible()
