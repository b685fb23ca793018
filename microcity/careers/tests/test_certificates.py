"""The printable certificate of participation in a group activity: the youth who attended and their
guardian get it; somebody registered but absent, another youth and the anonymous do not."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from microcity.careers.models import RegistrationStatus
from microcity.careers.tests.factories import ActivityFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(valmiera):
    start = timezone.now() - dt.timedelta(days=3)
    return ActivityFactory(
        city=valmiera,
        title="Ēnu diena Valmieras slimnīcā",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=5),
        registration_deadline=start - dt.timedelta(days=1),
    )


def signed_in(user):
    c = Client()
    c.force_login(user)
    return c


def certificate_url(activity, language="en"):
    with_language = reverse("careers:activity_certificate", kwargs={"city": "valmiera", "pk": activity.pk})
    return with_language.replace("/en/", f"/{language}/", 1)


def test_the_attendee_prints_a_certificate(activity, youth):
    from pypdf import PdfReader

    RegistrationFactory(
        activity=activity, youth=youth, status=RegistrationStatus.ATTENDED, attended_at=timezone.now()
    )
    response = signed_in(youth.user).get(certificate_url(activity))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = " ".join(PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split())
    for expected in ("Certificate of participation", youth.full_name, "Ēnu diena Valmieras slimnīcā"):
        assert expected in text, expected
    latvian = signed_in(youth.user).get(certificate_url(activity, "lv"))
    assert latvian.status_code == 200 and latvian.content.startswith(b"%PDF")
    page = signed_in(youth.user).get(
        reverse("careers:activity", kwargs={"city": "valmiera", "pk": activity.pk})
    )
    assert certificate_url(activity) in page.text


def test_a_guardian_prints_it_for_their_youth(activity, youth, guardian):
    RegistrationFactory(activity=activity, youth=youth, status=RegistrationStatus.ATTENDED)
    response = signed_in(guardian).get(f"{certificate_url(activity)}?youth={youth.pk}")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert signed_in(guardian).get(certificate_url(activity)).status_code == 404  # whose?


def test_nobody_else_gets_it(activity, youth, make_youth, other_guardian):
    RegistrationFactory(activity=activity, youth=youth, status=RegistrationStatus.REGISTERED)
    assert signed_in(youth.user).get(certificate_url(activity)).status_code == 404  # not attended
    other = make_youth()
    RegistrationFactory(activity=activity, youth=other, status=RegistrationStatus.ATTENDED)
    assert signed_in(youth.user).get(f"{certificate_url(activity)}?youth={other.pk}").status_code == 404
    assert signed_in(other_guardian).get(f"{certificate_url(activity)}?youth={other.pk}").status_code == 404
    assert Client().get(certificate_url(activity)).status_code == 302
