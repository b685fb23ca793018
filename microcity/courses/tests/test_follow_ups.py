"""Follow-ups 6 and 12 months after completion: sent once, one reminder with a new link, answered once
through the link, the response rate counted."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from microcity.courses import follow_ups, selectors
from microcity.courses.models import Application, ApplicationStatus, Checkpoint, FollowUp, JobOutcome
from microcity.courses.tests.factories import CourseFactory, adult

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(valmiera):
    course = CourseFactory(city=valmiera, status="finished")
    person = adult(valmiera)
    return Application.objects.create(
        course=course,
        person=person,
        status=ApplicationStatus.COMPLETED,
        finished_at=timezone.now() - dt.timedelta(days=190),
        certificate_number="VAL-1",
    )


def link_token(message):
    return re.search(r"/follow-up/([^/\s]+)/", message.body).group(1)


def test_sent_once_reminded_once_and_answered_once(completed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert follow_ups.follow_ups_send() == 1
        assert follow_ups.follow_ups_send() == 0
    first = link_token(mail.outbox[0])
    assert FollowUp.objects.get().token_hash != first  # only the hash is stored
    later = timezone.now() + dt.timedelta(days=15)
    with django_capture_on_commit_callbacks(execute=True):
        assert follow_ups.follow_ups_send(now=later) == 1
    second = link_token(mail.outbox[1])
    client = Client()
    assert client.get(f"/en/courses/follow-up/{first}/").status_code == 410  # the first link was replaced
    page = client.get(f"/lv/courses/follow-up/{second}/")
    assert page.status_code == 200
    answered = client.post(
        f"/en/courses/follow-up/{second}/",
        {"kind": "employed", "employer_name": "SIA Baltijas Elektronika\x07", "in_trained_occupation": "on"},
    )
    assert answered.status_code == 200 and b'data-state="answered"' in answered.content
    outcome = JobOutcome.objects.get(application=completed, checkpoint=Checkpoint.MONTHS_6)
    assert outcome.told_by_participant and outcome.employer_name == "SIA Baltijas Elektronika"
    assert client.post(f"/en/courses/follow-up/{second}/", {"kind": "not_employed"}).status_code == 410
    assert follow_ups.response_rates(course=completed.course) == {"months_6": (1, 1)}
    assert selectors.funnel(courses=[completed.course]).work_6_months == 1


def test_a_hostile_or_unknown_link_is_refused(completed):
    client = Client()
    assert client.get("/en/courses/follow-up/nope/").status_code == 410
    assert client.get("/en/courses/follow-up/" + "x" * 5000 + "/").status_code == 410


def test_expired_link_is_refused(completed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        follow_ups.follow_ups_send()
    token = link_token(mail.outbox[0])
    with pytest.raises(follow_ups.CoursesError, match="expired"):
        follow_ups.follow_up_for(token, now=timezone.now() + dt.timedelta(days=61))
