"""Audit events, person rules and the upload checks."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from microcity.accounts.tests.factories import UserFactory
from microcity.core.models import AuditAction, AuditEvent, Person
from microcity.core.services import audit_log, person_update
from microcity.core.tests.factories import CityFactory, OrganisationFactory, PersonFactory
from microcity.core.uploads import DOCUMENT_TYPES, IMAGE_TYPES, safe_name, validate_upload

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_audit_log_records_actor_action_object_city_and_address():
    user = UserFactory()
    person = PersonFactory()
    event = audit_log(actor=user, action=AuditAction.VIEW, obj=person, address="10.0.0.7")
    assert event.actor == user and event.actor_label == user.email
    assert event.person == person and event.city == person.city
    assert event.address == "10.0.0.7" and event.object_id == str(person.pk)


def test_audit_log_refuses_an_unknown_action():
    with pytest.raises(ValueError):
        audit_log(actor=UserFactory(), action="peek", obj=PersonFactory())


def test_person_update_audits_changed_field_names_but_not_values():
    user = UserFactory()
    person = PersonFactory(phone="+371 20000000")
    person_update(person=person, by=user, data={"phone": "+371 29999999", "first_name": person.first_name})
    event = AuditEvent.objects.get()
    assert event.action == AuditAction.CHANGE
    assert event.details == {"fields": ["phone"]}
    assert "29999999" not in str(event.details)
    person_update(person=person, by=user, data={"phone": "+371 29999999"})
    assert AuditEvent.objects.count() == 1  # nothing changed, nothing logged


def test_age_on_handles_birthdays():
    person = Person(first_name="A", last_name="B", date_of_birth=dt.date(2011, 6, 2))
    assert person.age_on(dt.date(2024, 6, 1)) == 12
    assert person.age_on(dt.date(2024, 6, 2)) == 13
    assert Person(first_name="A", last_name="B").age_on(dt.date(2024, 1, 1)) is None


def test_registration_numbers_are_unique_but_blank_is_allowed_many_times():
    city = CityFactory()
    OrganisationFactory(city=city, registration_number="")
    OrganisationFactory(city=city, registration_number="")
    OrganisationFactory(city=city, registration_number="40003000001")
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(city=city, registration_number="40003000001")


def test_grade_outside_1_to_12_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonFactory(grade=13)


def test_upload_accepts_real_png_and_gives_a_safe_name():
    upload = SimpleUploadedFile("../../etc/passwd<script>.png", PNG, content_type="text/html")
    mime = validate_upload(upload, allowed=IMAGE_TYPES)
    assert mime == "image/png"
    name = safe_name(upload, mime=mime, allowed=IMAGE_TYPES)
    assert name.endswith(".png") and "/" not in name and "<" not in name and ".." not in name


@pytest.mark.parametrize(
    "content",
    [
        b"<html><script>alert(1)</script></html>",
        b'<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        b"#!/bin/sh\n",
    ],
)
def test_upload_refuses_html_svg_and_scripts_named_as_pdf(content):
    upload = SimpleUploadedFile("cv.pdf", content, content_type="application/pdf")
    with pytest.raises(ValidationError) as err:
        validate_upload(upload, allowed=DOCUMENT_TYPES)
    assert err.value.code == "bad_type"


def test_upload_refuses_empty_and_oversized_files(settings):
    with pytest.raises(ValidationError) as err:
        validate_upload(SimpleUploadedFile("a.png", b""), allowed=IMAGE_TYPES)
    assert err.value.code == "empty"
    big = SimpleUploadedFile("a.png", PNG + b"\0" * 2048)
    with pytest.raises(ValidationError) as err:
        validate_upload(big, allowed=IMAGE_TYPES, max_bytes=1024)
    assert err.value.code == "too_large"
