"""Two clicks at once, for real: threads with their own database connections mark the same lead won and
hand over the same hiring plan. One organisation, one ledger row and one draft job post per plan line come
out. PostgreSQL only: SQLite lets one writer at a time in anyway, so it cannot show a race."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from decimal import Decimal

import pytest
from django.db import close_old_connections, connection
from django.utils import timezone

from microcity.core.models import Indicator, Occupation, Organisation, OutcomeRecord
from microcity.core.occupations import load_occupations
from microcity.investors import services
from microcity.investors.models import Lead, Stage
from microcity.investors.tests.factories import LeadFactory
from microcity.talent.models import Job

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("many_connections"),
]

ATTEMPTS = 8


def race(work):
    barrier = threading.Barrier(ATTEMPTS)
    results, lock = [], threading.Lock()

    def attempt():
        try:
            barrier.wait(timeout=60)
            outcome = str(work())
        except services.LeadError:
            outcome = "refused"
        except Exception as error:  # any other failure must show in the assertion
            outcome = f"error: {error!r}"
        finally:
            close_old_connections()
            connection.close()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=attempt) for _ in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    return Counter(results)


def test_won_at_once_makes_one_investor(valmiera, manager):
    lead = services.lead_transition(lead=LeadFactory(city=valmiera), to=Stage.VISIT, by=manager)
    outcomes = race(
        lambda: services.lead_transition(lead=Lead.objects.get(pk=lead.pk), to=Stage.WON, by=manager).stage
    )
    assert outcomes == Counter({"won": 1, "refused": ATTEMPTS - 1})
    assert Organisation.objects.filter(name=lead.company).count() == 1
    assert OutcomeRecord.objects.filter(indicator=Indicator.INVESTOR_ATTRACTED).count() == 1


def test_hand_over_at_once_makes_each_draft_once(valmiera, manager):
    load_occupations(Occupation)  # a transactional test's database has lost what the migration loaded
    lead = LeadFactory(city=valmiera)
    for stage in (Stage.VISIT, Stage.WON):
        lead = services.lead_transition(lead=lead, to=stage, by=manager)
    for code in ("7212", "8211"):
        services.hiring_line_add(
            lead=lead,
            by=manager,
            occupation=Occupation.objects.get(code=code),
            count=5,
            needed_by=timezone.localdate() + dt.timedelta(days=60),
            salary_min=Decimal(1200),
            salary_max=Decimal(1600),
        )
    outcomes = race(lambda: services.hiring_plan_hand_over(lead=Lead.objects.get(pk=lead.pk), by=manager))
    assert outcomes == Counter({"2": 1, "0": ATTEMPTS - 1})
    assert Job.objects.filter(organisation=lead.organisation).count() == 2
