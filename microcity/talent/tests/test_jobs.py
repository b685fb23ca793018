"""Jobs board: the salary rule, approval workflow, expiry, permissions, search, JSON-LD, feed, alerts."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.core.tests.factories import OrganisationFactory
from microcity.search.backends.memory import warm as warm_search_replicas
from microcity.talent import permissions, services
from microcity.talent.models import Job, JobAlert, JobStatus
from microcity.talent.tests.conftest import job_data

pytestmark = pytest.mark.django_db
ALL_ROLES = [r.value for r in Role]


def test_a_job_without_a_salary_range_is_refused(rep, employer):
    with pytest.raises(services.JobError, match="bruto|salary"):
        services.job_save(by=rep, organisation=employer, data=job_data(salary_min=None))
    with pytest.raises(services.JobError):
        services.job_save(
            by=rep,
            organisation=employer,
            data=job_data(salary_min=Decimal("3000"), salary_max=Decimal("2000")),
        )
    assert not Job.objects.exists()


def test_post_return_fix_approve_and_search_without_diacritics(rep, employer, job_editor):
    job = services.job_save(by=rep, organisation=employer, data=job_data())
    services.job_submit(job=job, by=rep)
    services.job_return(job=job, by=job_editor, reason="Norādiet darba laiku.")
    assert job.status == JobStatus.RETURNED and job.return_reason
    services.job_save(by=rep, organisation=employer, data=job_data(description="Darba laiks 8–17."), job=job)
    services.job_submit(job=job, by=rep)
    services.job_approve(job=job, by=job_editor)
    assert job.is_open
    client = Client()
    html = client.get("/lv/valmiera/jobs/", {"q": "programmetaju"}).content.decode()
    assert "Programmētājs (Python)" in html


def test_only_the_employers_representative_posts_and_only_city_editors_approve(
    rep, employer, user_with_role, ventspils
):
    other_employer = OrganisationFactory(city=employer.city)
    with pytest.raises(services.NotAllowed):
        services.job_save(by=rep, organisation=other_employer, data=job_data())
    job = services.job_save(by=rep, organisation=employer, data=job_data())
    services.job_submit(job=job, by=rep)
    with pytest.raises(services.NotAllowed):
        services.job_approve(job=job, by=rep)
    foreign_editor = user_with_role(Role.CONTENT_EDITOR, city=ventspils)
    with pytest.raises(services.NotAllowed):
        services.job_approve(job=job, by=foreign_editor)


@pytest.mark.parametrize("role", ALL_ROLES)
def test_permissions_by_role(role, user_with_role, post_job, valmiera):
    user = user_with_role(role)
    job = post_job()
    assert permissions.can_review_jobs(user, valmiera) is (
        role in {Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR}
    )
    assert permissions.can_post_job(user, job.organisation) is False  # a role without the organisation
    assert permissions.can_view_job(user, job) is True


def test_jobs_expire_by_themselves(post_job):
    job = post_job()
    assert Client().get(f"/lv/valmiera/jobs/{job.pk}/").status_code == 200
    Job.objects.filter(pk=job.pk).update(deadline=timezone.localdate() - dt.timedelta(days=1))
    assert Client().get(f"/lv/valmiera/jobs/{job.pk}/").status_code == 404
    assert services.jobs_expire() == 1
    job.refresh_from_db()
    assert job.status == JobStatus.EXPIRED
    assert "Programmētājs" not in Client().get("/lv/valmiera/jobs/", {"q": "programmetajs"}).content.decode()


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_list_filters_sort_and_detail_jsonld(post_job, employer, lang):
    post_job()
    post_job(
        title="Metinātājs",
        occupation=__import__("microcity.core.models", fromlist=["Occupation"]).Occupation.objects.get(
            code="7212"
        ),
        employment_type="temporary",
        workplace_type="on_site",
        salary_min=Decimal("1400"),
        salary_max=Decimal("2100"),
    )
    client = Client()
    html = client.get(f"/{lang}/valmiera/jobs/", {"type": "temporary"}).content.decode()
    assert "Metinātājs" in html and "Programmētājs" not in html
    html = client.get(f"/{lang}/valmiera/jobs/", {"salary": "3000"}).content.decode()
    assert "Programmētājs" in html and "Metinātājs" not in html
    html = client.get(f"/{lang}/valmiera/jobs/", {"sort": "salary"}).content.decode()
    assert html.index("Programmētājs") < html.index("Metinātājs")
    job = Job.objects.get(title="Programmētājs (Python)")
    detail = client.get(f"/{lang}/valmiera/jobs/{job.pk}-{job.slug}/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', detail, re.S).group(1))
    assert data["@type"] == "JobPosting"
    assert data["baseSalary"]["value"]["minValue"] == 2200 and data["baseSalary"]["currency"] == "EUR"
    assert data["hiringOrganization"]["name"] == employer.name
    assert data["employmentType"] == "FULL_TIME"


def test_list_query_count_is_fixed(post_job):
    client = Client()
    post_job()
    # The search replica catches up with each write once (a few queries per write, not per row); the
    # page itself is measured in the steady state.
    warm_search_replicas()
    with CaptureQueriesContext(connection) as few:
        client.get("/lv/valmiera/jobs/")
    for n in range(12):
        post_job(title=f"Darbs {n}")
    warm_search_replicas()
    with CaptureQueriesContext(connection) as many:
        client.get("/lv/valmiera/jobs/")
    assert len(many) == len(few)


def test_feed_lists_open_jobs_with_salary(post_job):
    post_job()
    response = Client().get("/lv/valmiera/jobs/feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Programmētājs (Python)" in body and "2200" in body


def test_employer_profile_shows_its_open_jobs(post_job, employer):
    post_job()
    html = Client().get(f"/en/valmiera/employers/{employer.pk}/").content.decode()
    assert employer.name in html and "Programmētājs (Python)" in html
    assert Client().get("/en/valmiera/employers/").status_code == 200


def test_job_alert_confirm_daily_email_and_one_click_unsubscribe(
    post_job, django_capture_on_commit_callbacks
):
    from microcity.core.models import Occupation

    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/valmiera/jobs/alerts/new/?q=programmetajs", {"email": "Anna@Example.lv", "consent": "on"}
        )
    assert response.status_code == 302
    alert = JobAlert.objects.get()
    assert alert.email == "anna@example.lv" and alert.query == "programmetajs" and alert.confirmed_at is None
    assert len(mail.outbox) == 1 and "/confirm/" in mail.outbox[0].body
    assert services.alerts_send() == 0  # not confirmed: nothing is sent
    assert client.get(f"/en/valmiera/jobs/alerts/{alert.token}/confirm/").status_code == 200
    post_job()
    # An accountant's job (its occupation group's names are searchable words too: search decision 0026).
    post_job(title="Grāmatvedis", occupation=Occupation.objects.get(code="3313"))
    mail.outbox.clear()
    assert services.alerts_send() == 1
    message = mail.outbox[0]
    assert "Programmētājs (Python)" in message.body and "Grāmatvedis" not in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    post_job(title="Programmētājs (Java)")
    assert services.alerts_send() == 0, "at most one e-mail a day"
    later = timezone.now() + dt.timedelta(days=1)
    assert services.alerts_send(now=later) == 1
    strict = Client(enforce_csrf_checks=True)
    assert (
        strict.post(
            f"/en/valmiera/jobs/alerts/{alert.token}/unsubscribe/", {"List-Unsubscribe": "One-Click"}
        ).status_code
        == 200
    )
    alert.refresh_from_db()
    assert alert.unsubscribed_at is not None
    assert services.alerts_send(now=later + dt.timedelta(days=2)) == 0


def test_alert_form_errors_are_shown(valmiera):
    response = Client().post("/lv/valmiera/jobs/alerts/new/", {"email": "not-an-email"})
    assert response.status_code == 200 and "error-summary" in response.content.decode()
    assert not JobAlert.objects.exists()


def test_employer_posts_through_the_form_and_editor_approves(client_for, rep, employer, job_editor):
    c = client_for(rep)
    form = {
        "organisation": employer.pk,
        "title": "Testētājs",
        "occupation": "",
        "description": "Apraksts",
        "requirements": "Prasības",
        "employment_type": "full_time",
        "workplace_type": "on_site",
        "address": "Valmiera",
        "salary_min": "",
        "salary_max": "1800",
        "deadline": (timezone.localdate() + dt.timedelta(days=20)).isoformat(),
        "how_to_apply": "CV",
        "submit_for_approval": "1",
    }
    bad = c.post("/en/valmiera/jobs/new/", form)
    assert bad.status_code == 200 and "error-summary" in bad.content.decode()
    from microcity.core.models import Occupation

    form.update(occupation=Occupation.objects.get(code="2519").pk, salary_min="1200")
    assert c.post("/en/valmiera/jobs/new/", form).status_code == 302
    job = Job.objects.get(title="Testētājs")
    assert job.status == JobStatus.PENDING
    e = client_for(job_editor)
    assert "Testētājs" in e.get("/en/valmiera/jobs/review/").content.decode()
    assert e.post(f"/en/valmiera/jobs/{job.pk}/action/", {"action": "approve"}).status_code == 302
    job.refresh_from_db()
    assert job.is_open
    assert c.get("/en/valmiera/jobs/mine/").status_code == 200
    assert client_for(job_editor).get("/en/valmiera/jobs/new/").status_code == 403


def test_unpublished_jobs_are_hidden_from_the_public(rep, employer):
    job = services.job_save(by=rep, organisation=employer, data=job_data())
    assert Client().get(f"/lv/valmiera/jobs/{job.pk}/").status_code == 404


def test_alert_sign_ups_are_throttled_per_address(valmiera):
    client = Client()
    codes = []
    for n in range(12):
        client.post(
            "/en/valmiera/jobs/alerts/new/",
            {"email": f"a{n}@example.lv", "consent": "on"},
            REMOTE_ADDR="203.0.113.5",
        )
        codes.append(JobAlert.objects.count())
    assert codes[-1] == 10


def test_the_public_list_is_shared_between_visitors_until_a_job_changes(
    post_job, client_for, rep, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_job(title="Programmētājs (Python)")
    first = Client().get("/lv/valmiera/jobs/", {"q": "programmetajs"})
    assert first.status_code == 200 and "X-Page-Cache" not in first
    assert "csrftoken" not in first.cookies  # nothing personal in a page that others will get
    second = Client().get("/lv/valmiera/jobs/", {"q": "programmetajs"})
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
    # Another language, query or the htmx fragment is another page.
    assert "X-Page-Cache" not in Client().get("/en/valmiera/jobs/", {"q": "programmetajs"})
    assert "X-Page-Cache" not in Client().get(
        "/lv/valmiera/jobs/", {"q": "programmetajs"}, HTTP_HX_REQUEST="true"
    )

    with django_capture_on_commit_callbacks(execute=True):
        post_job(title="Programmētājs (Java)")
    fresh = Client().get("/lv/valmiera/jobs/", {"q": "programmetajs"})
    assert "X-Page-Cache" not in fresh and "Programmētājs (Java)" in fresh.content.decode()

    # Signed-in people get their own page (with their links and tokens), never the shared one.
    signed_in = client_for(rep).get("/lv/valmiera/jobs/", {"q": "programmetajs"})
    assert "X-Page-Cache" not in signed_in and "jobs/new/" in signed_in.content.decode()
    assert "X-Page-Cache" not in client_for(rep).get("/lv/valmiera/jobs/", {"q": "programmetajs"})


def test_a_visitor_with_a_message_gets_a_fresh_page(valmiera, django_capture_on_commit_callbacks):
    Client().get("/en/valmiera/jobs/")
    assert Client().get("/en/valmiera/jobs/")["X-Page-Cache"] == "hit"
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/valmiera/jobs/alerts/new/?type=full_time", {"email": "a@example.lv", "consent": "on"}
        )
    assert response.status_code == 302 and response["Location"] == "/en/valmiera/jobs/?type=full_time"
    page = client.get(response["Location"])
    assert "X-Page-Cache" not in page and "open the link we sent" in page.content.decode()


def test_the_alert_page_shows_the_search_in_words(valmiera):
    html = Client().get(
        "/en/valmiera/jobs/alerts/new/", {"q": "welder", "type": "full_time", "salary": "1500"}
    )
    text = html.content.decode()
    assert html.status_code == 200 and "welder" in text and "Full-time" in text and "€1,500" in text
    assert 'name="email"' in text and "csrfmiddlewaretoken" in text
    empty = Client().get("/en/valmiera/jobs/alerts/new/").content.decode()
    assert "All new jobs" in empty


def test_every_employer_with_a_public_job_has_a_public_page_and_the_job_links_to_it(
    post_job, rep, employer, client_for
):
    """Defect 9: the employer link on a job page was a 404 for an employer that is not a programme partner."""
    employer.is_partner = False
    employer.save()
    job = post_job()
    html = Client().get(f"/lv/valmiera/jobs/{job.pk}-{job.slug}/").content.decode()
    link = f"/lv/valmiera/employers/{employer.pk}/"
    assert f'href="{link}"' in html
    response = Client().get(link)
    assert response.status_code == 200 and "Programmētājs (Python)" in response.content.decode()
    assert link in Client().get("/lv/valmiera/employers/").content.decode()

    # Once its only job is no longer public, the page goes, and its draft job links nowhere.
    services.job_save(by=rep, organisation=employer, data=job_data(title="Testētājs"))
    Job.objects.filter(pk=job.pk).update(deadline=timezone.localdate() - dt.timedelta(days=1))
    services.jobs_expire()  # as the nightly task does (a shared page is never served on the next day)
    assert Client().get(link).status_code == 404
    assert link not in Client().get("/lv/valmiera/employers/").content.decode()
    draft = Job.objects.get(title="Testētājs")
    html = client_for(rep).get(f"/lv/valmiera/jobs/{draft.pk}-{draft.slug}/").content.decode()
    assert employer.name in html and f'href="{link}"' not in html
