"""Every link that leaves the site (alert e-mails, the consultant's e-mail, the offer PDF, the feed, JSON-LD,
the sign-up e-mail) starts with the configured site address, whatever host the request came in on."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.talent import relocation, services

pytestmark = pytest.mark.django_db
SITE = "https://links.example.org"
LINK = re.compile(r"https?://[^\s<>\"]+")


@pytest.fixture
def site(settings):
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["*"]
    return SITE


def links_in(text: str) -> list[str]:
    return LINK.findall(text)


def test_alert_emails_link_to_the_configured_address(site, post_job, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(
            "/lv/valmiera/jobs/alerts/new/?q=programmetajs",
            {"email": "anna@example.lv", "consent": "on"},
            HTTP_HOST="other-host.example",
        )
    confirm = links_in(mail.outbox[0].body)
    assert confirm and all(link.startswith(f"{SITE}/lv/valmiera/jobs/alerts/") for link in confirm)
    Client().get(confirm[0].removeprefix(SITE))
    post_job()
    mail.outbox.clear()
    assert services.alerts_send() == 1
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    found = links_in(message.body) + re.findall(r'href="([^"]+)"', html)
    assert len(found) == 4, found  # the job and unsubscribe, in the text and in the HTML
    assert all(link.startswith(f"{SITE}/lv/valmiera/") for link in found), found
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{SITE}/lv/valmiera/jobs/alerts/")


def test_the_consultant_is_sent_a_link_to_the_case(site, valmiera, django_capture_on_commit_callbacks):
    consultant = UserFactory(email="konsultants@valmiera.example.lv", preferred_language="lv")
    MembershipFactory(user=consultant, city=valmiera, role=Role.RELOCATION_CONSULTANT)
    with django_capture_on_commit_callbacks(execute=True):
        case = relocation.inquiry_submit(
            city=valmiera,
            data={
                "first_name": "Anna",
                "last_name": "Bērziņa",
                "email": "anna@example.com",
                "profession": "Medicīnas māsa",
                "moving_from": "Dublina",
            },
            language="en",
        )
    to_consultant = next(m for m in mail.outbox if m.to == [consultant.email])
    assert links_in(to_consultant.body) == [f"{SITE}/lv/valmiera/relocation/cases/{case.pk}/"]


def test_the_feed_and_the_job_page_give_the_configured_address(site, post_job):
    job = post_job()
    feed = Client().get("/en/valmiera/jobs/feed/", HTTP_HOST="other-host.example").content.decode()
    assert f'href="{SITE}/en/valmiera/jobs/{job.pk}-{job.slug}/" rel="alternate"' in feed
    assert f'href="{SITE}/en/valmiera/jobs/feed/" rel="self"' in feed
    assert "other-host.example" not in feed
    page = Client().get(f"/en/valmiera/jobs/{job.pk}-{job.slug}/", HTTP_HOST="other-host.example")
    assert f'"url": "{SITE}/en/valmiera/jobs/{job.pk}-{job.slug}/"' in page.content.decode()


def test_the_sign_up_email_links_to_the_configured_address(site, valmiera):
    response = Client().post(
        "/en/accounts/signup/",
        {
            "email": "new.person@example.lv",
            "password1": "A-long-pass-2026!",
            "password2": "A-long-pass-2026!",
        },
        HTTP_HOST="other-host.example",
    )
    assert response.status_code == 302
    found = links_in(mail.outbox[-1].body)
    assert any("/accounts/confirm-email/" in link for link in found)
    assert all(link.startswith(f"{SITE}/") for link in found), found


def test_the_job_page_is_printable(post_job):
    job = post_job()
    html = Client().get(f"/en/valmiera/jobs/{job.pk}-{job.slug}/").content.decode()
    assert 'href="/static/css/print.css" media="print"' in html
    assert "data-print hidden" in html and "Print this page" in html
