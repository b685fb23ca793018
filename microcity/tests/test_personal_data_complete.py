"""The personal-data download (GDPR articles 15 and 20) holds every record about the person, from every app:
a model that points at a person and is in no section of the download fails here (issue 22)."""

from __future__ import annotations

import json

import pytest
from django.apps import apps

from microcity.core import registry
from microcity.core.models import Person

# Rows about a person that the shared part of the download (accounts.services.person_export) exports.
EXPORTED_BY_CORE = {
    "core.OutcomeRecord": "counted_results",
    "core.AuditEvent": "record_access",
    "accounts.GuardianLink": "guardians / youths_in_my_care",
}


def models_about_a_person() -> set[str]:
    return {
        model._meta.label
        for model in apps.get_models()
        if model.__module__.startswith("microcity.")
        and any(f.concrete and f.is_relation and f.related_model is Person for f in model._meta.get_fields())
    }


def test_every_model_that_points_at_a_person_is_in_the_download():
    import microcity.urls  # noqa: F401 - every app is ready

    missing = models_about_a_person() - registry.personal_data.covered_models() - set(EXPORTED_BY_CORE)
    assert not missing, (
        f"{sorted(missing)} hold data about a person but no personal_data section covers them: register "
        "an exporter with covers=(…) in the app's ready()"
    )


def test_the_guard_sees_a_model_nobody_exports(monkeypatch):
    monkeypatch.setattr(registry.personal_data, "_covers", {})
    assert {"careers.Booking", "summerjobs.Application"} <= (
        models_about_a_person() - registry.personal_data.covered_models() - set(EXPORTED_BY_CORE)
    )


@pytest.mark.django_db
def test_the_download_explains_every_section(client_for, valmiera):
    from microcity.accounts.tests.factories import UserFactory

    user = UserFactory(email="elza@example.lv")
    Person.objects.create(user=user, first_name="Elza", last_name="Liepa", email=user.email, city=valmiera)
    from django.utils import timezone

    from microcity.talent.models import JobAlert

    JobAlert.objects.create(
        city=valmiera, email="Elza@Example.lv", query="metinātājs", confirmed_at=timezone.now()
    )
    JobAlert.objects.create(city=valmiera, email="elza@example.lv", query="nekad apstiprināts")
    data = json.loads(client_for(user).get("/en/account/my-data/").content)
    about = data["about_this_file"]["sections"]
    sections = [key for key in data if key not in {"about_this_file", "exported_at"}]
    assert sections and all(about.get(key) for key in sections), set(sections) - set(about)
    assert {"summer_work", "career_counselling", "relocation_cases", "record_access"} <= set(sections)
    assert [alert["search_words"] for alert in data["job_alerts"]] == ["metinātājs"]
