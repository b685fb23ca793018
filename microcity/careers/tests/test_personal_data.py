"""The person's data download includes career support; deleting the account deletes the portfolio."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from microcity.accounts.services import account_delete, person_export_json
from microcity.careers import activities, counselling, services
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import (
    Booking,
    BookingStatus,
    Entry,
    Evidence,
    Portfolio,
    Registration,
    RegistrationStatus,
    Section,
    SessionRecord,
    ShareLink,
)
from microcity.careers.tests.factories import ActivityFactory, BookingFactory, at
from microcity.core.models import OutcomeRecord, Person

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def rich(portfolio, owner, youth, counsellor, hours, next_monday, valmiera):
    entry = services.entry_create(
        portfolio=portfolio, by=owner, section=Section.ACHIEVEMENTS, title="Olimpiāde"
    )
    evidence = services.evidence_add(entry=entry, by=owner, upload=SimpleUploadedFile("diploms.pdf", PDF))
    services.skill_add(portfolio=portfolio, by=owner, free_text="Bišu kopšana")
    services.assessment_submit(portfolio=portfolio, by=owner, answers={s.key: 4 for s in STATEMENTS})
    services.goal_create(
        portfolio=portfolio, by=owner, title="Studēt", steps=[("Atvērto durvju diena", None)]
    )
    services.share_link_create(
        portfolio=portfolio,
        by=owner,
        label="Skola",
        sections=["goals"],
        expires_at=timezone.now() + dt.timedelta(days=3),
    )
    past = BookingFactory(
        youth=youth,
        counsellor=counsellor,
        starts_at=timezone.now() - dt.timedelta(days=5),
        status=BookingStatus.ATTENDED,
    )
    SessionRecord.objects.create(booking=past, topics="Studiju izvēle", private_notes="Tikai konsultantam")
    past.record.next_steps.create(text="Izpētīt programmas")
    future = counselling.booking_create(
        youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=owner
    )
    day = ActivityFactory(city=valmiera, capacity=1)
    place = activities.registration_create(activity=day, youth=youth, by=owner)
    return {"evidence": evidence, "past": past, "future": future, "activity": day, "place": place}


def test_export_holds_the_portfolio_sessions_and_activities_but_not_private_notes(rich, youth):
    data = json.loads(person_export_json(person=youth))
    portfolio = data["career_portfolio"][0]
    assert portfolio["entries"][0]["title"] == "Olimpiāde"
    assert portfolio["entries"][0]["evidence"][0]["name"] == "diploms.pdf"
    assert portfolio["skills"] == [{"skill": "Bišu kopšana", "code": None, "note": ""}]
    assert portfolio["interest_assessments"][0]["scores"]["R"] == 75
    assert portfolio["goals"][0]["steps"][0]["step"] == "Atvērto durvju diena"
    assert portfolio["share_links"][0]["for"] == "Skola"
    sessions = {s["status"]: s for s in data["career_counselling"]}
    assert sessions["attended"]["topics"] == "Studiju izvēle"
    assert sessions["attended"]["next_steps"][0]["step"] == "Izpētīt programmas"
    assert "Tikai konsultantam" not in json.dumps(data, ensure_ascii=False)
    assert data["career_activities"][0]["status"] == "registered"


def test_deleting_the_account_deletes_the_portfolio_and_frees_future_places(
    rich, youth, owner, make_youth, django_capture_on_commit_callbacks
):
    OutcomeRecord.objects.create(
        person=youth,
        city=youth.city,
        programme="careers",
        indicator="youth_supported",
        occurred_on=timezone.localdate(),
        source_type=ContentType.objects.get_for_model(Booking),
        source_id=str(rich["past"].pk),
    )
    waiting = make_youth()
    line = activities.registration_create(activity=rich["activity"], youth=waiting, by=waiting.user)
    assert line.status == RegistrationStatus.WAITLISTED
    storage, name = rich["evidence"].file.storage, rich["evidence"].file.name
    assert storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=owner)

    assert not Portfolio.objects.exists()
    assert not Entry.objects.exists() and not Evidence.objects.exists() and not ShareLink.objects.exists()
    assert not storage.exists(name)
    assert not SessionRecord.objects.exists()
    assert Booking.objects.get(pk=rich["future"].pk).status == BookingStatus.CANCELLED
    assert Booking.objects.get(pk=rich["past"].pk).status == BookingStatus.ATTENDED  # the count stands
    assert Registration.objects.get(pk=rich["place"].pk).status == RegistrationStatus.CANCELLED
    assert Registration.objects.get(pk=line.pk).status == RegistrationStatus.REGISTERED  # next in line
    assert OutcomeRecord.objects.filter(person=youth).count() == 1
    assert Person.objects.get(pk=youth.pk).first_name == "—"
