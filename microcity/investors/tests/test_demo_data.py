"""The demo: every code in the data files is a choice of the model, and seed_investors builds both cities'
offers and a 40-lead pipeline with the 16 won investors through the services, and changes nothing when
run again."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from microcity.accounts.models import Role
from microcity.core.models import Indicator, OutcomeRecord
from microcity.investors.management.commands.seed_investors import lead_records, offer_records
from microcity.investors.models import (
    CompanySize,
    Country,
    Lead,
    LeadSource,
    LostReason,
    Ownership,
    Sector,
    Site,
    SiteKind,
    Stage,
    Zoning,
)
from microcity.talent.models import Job

pytestmark = pytest.mark.django_db


def test_codes_are_choices():
    for record in lead_records():
        assert record["country"] in Country.values
        assert record["sector"] in Sector.values
        assert record.get("size", "") in ["", *CompanySize.values]
        assert record["source"] in LeadSource.values
        assert record["stage"] in Stage.values
        assert record.get("lost_reason", "") in ["", *LostReason.values]
        assert (record["stage"] == "lost") == bool(record.get("lost_reason"))
    for city in offer_records():
        for site in city["sites"]:
            assert site["kind"] in SiteKind.values
            assert site["zoning"] in Zoning.values
            assert site["ownership"] in Ownership.values


def test_seed_builds_the_pipeline_once(valmiera, ventspils, user_with_role, capsys):
    user_with_role(Role.INVESTMENT_MANAGER, valmiera)
    user_with_role(Role.INVESTMENT_MANAGER, ventspils)
    call_command("seed_investors")
    assert Lead.objects.count() == 40
    won = Lead.objects.filter(stage__in=[Stage.WON, Stage.AFTERCARE])
    assert won.count() == 16
    assert set(won.values_list("city__slug", flat=True)) == {"valmiera", "ventspils"}
    assert len({lead.decided_on.year for lead in won}) >= 5  # spread over the years
    ledger = OutcomeRecord.objects.filter(indicator=Indicator.INVESTOR_ATTRACTED)
    assert ledger.count() == 16
    assert set(Lead.objects.values_list("stage", flat=True)) == set(Stage.values)
    assert Site.objects.filter(city=ventspils, port=True).exists()
    assert (
        Job.objects.filter(
            status="draft", organisation__investor_leads__company="Smart Furniture Factory SIA"
        ).count()
        == 4
    )
    counts = (Lead.objects.count(), Site.objects.count(), ledger.count(), Job.objects.count())
    activities = sum(lead.activities.count() for lead in Lead.objects.all())
    call_command("seed_investors")
    assert (Lead.objects.count(), Site.objects.count(), ledger.count(), Job.objects.count()) == counts
    assert sum(lead.activities.count() for lead in Lead.objects.all()) == activities
