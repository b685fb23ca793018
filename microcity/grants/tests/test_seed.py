"""The demo's ZĪLE calls: the 2019 call's published figures come out of the services, and a second run
changes nothing."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from django.core.management import call_command

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.datafiles import read_records
from microcity.core.models import Indicator, OutcomeRecord
from microcity.grants import selectors
from microcity.grants.management.commands.seed_grants import DATA_FILE
from microcity.grants.models import Application, ApplicationStatus, Call, CallStatus, Payment

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_people(valmiera):
    coordinator = UserFactory(email="koordinators@demo.microcity.lv")
    MembershipFactory(user=coordinator, city=valmiera, role=Role.PROGRAMME_COORDINATOR)
    return coordinator


def test_seed_recreates_the_2019_call_and_opens_one_and_is_idempotent(demo_people, client):
    call_command("seed_grants")
    counts = (Call.objects.count(), Application.objects.count(), Payment.objects.count())
    call_command("seed_grants")
    assert (Call.objects.count(), Application.objects.count(), Payment.objects.count()) == counts
    old = Call.objects.get(title_lv__startswith="ZĪLE 2019")
    assert old.status == CallStatus.CLOSED
    totals = selectors.call_totals(old)
    assert totals.applications == 12
    assert totals.total_cost == D("90292.79")
    assert totals.requested == D("63342.52")
    assert totals.funded == 6
    assert totals.awarded == D("37008.00")
    assert old.applications.filter(status=ApplicationStatus.COMPLETED).count() == 6
    assert OutcomeRecord.objects.filter(indicator=Indicator.COMPANY_INNOVATION_SUPPORTED).count() == 6
    current = Call.objects.exclude(pk=old.pk).get()
    assert current.is_open()
    page = client.get(f"/lv/valmiera/grants/calls/{old.pk}/").content.decode()
    for figure in ("90 292,79", "63 342,52", "37 008,00"):
        assert figure.replace(" ", "\xa0") in page or figure in page


def test_data_file_codes_are_known():
    for record in read_records(DATA_FILE, required=("key", "state", "applications")):
        assert record["state"] in {"open", "closed"}
        for item in record["applications"]:
            assert item["award"] in {"full", "partial", "none"}
            assert item["strand"] in {0, 1}
