"""Reminders before an offer expires: one e-mail a day before the deadline to the youth and the parent who
applied, only for offers still open, once only, also when two workers run at the same time."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from microcity.accounts.tests.factories import UserFactory
from microcity.summerjobs import tasks
from microcity.summerjobs.models import Assignment, AssignmentStatus, MatchRun, MatchRunKind, MatchRunStatus
from microcity.summerjobs.notifications import offer_reminders_send

pytestmark = pytest.mark.django_db


def make_offer(run, application, place, status=AssignmentStatus.OFFERED, hours_left=10, reminded=False):
    now = timezone.now()
    return Assignment.objects.create(
        run=run,
        application=application,
        placement_period=place,
        period=place.period,
        choice_rank=1,
        lottery_number=application.pk,
        status=status,
        offered_at=now - dt.timedelta(days=4),
        deadline=now + dt.timedelta(hours=hours_left),
        reminded_at=now - dt.timedelta(hours=1) if reminded else None,
    )


@pytest.fixture
def offers(season, june, july, placement_with, applicant):
    """Five offers of a published run: one due for a reminder, and four that are not."""
    garden = placement_with({june: 5, july: 5}, workplace="Parka darbi")
    place = garden.periods.get(period=june)
    run = MatchRun.objects.create(
        season=season,
        kind=MatchRunKind.INITIAL,
        status=MatchRunStatus.PUBLISHED,
        seed="x",
        inputs_digest="0" * 64,
        published_at=timezone.now(),
    )
    parent = UserFactory(email="vecaks@example.lv", preferred_language="en")
    youth_user = UserFactory(email="jaunietis@example.lv", preferred_language="lv")
    due = applicant([garden], [june], youth={"user": youth_user}, submitted_by=parent)
    return {
        "due": make_offer(run, due, place, hours_left=10),
        "later": make_offer(run, applicant([garden], [june]), place, hours_left=30),
        "past": make_offer(run, applicant([garden], [june]), place, hours_left=-1),
        "accepted": make_offer(run, applicant([garden], [june]), place, status=AssignmentStatus.ACCEPTED),
        "reminded": make_offer(run, applicant([garden], [june]), place, reminded=True),
    }


def test_one_reminder_to_the_youth_and_the_parent(offers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert offer_reminders_send() == 1
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "jaunietis@example.lv",
        "vecaks@example.lv",
    ]
    english = next(m for m in mail.outbox if m.to == ["vecaks@example.lv"])
    assert english.subject.startswith("Reminder: answer the summer job offer")
    assert "Parka darbi" in english.body and "/en/valmiera/summer-jobs/mine/" in english.body
    youth_mail = next(m for m in mail.outbox if m.to == ["jaunietis@example.lv"])
    assert "/lv/valmiera/summer-jobs/mine/" in youth_mail.body
    reminded = {
        key: Assignment.objects.get(pk=offer.pk).reminded_at is not None for key, offer in offers.items()
    }
    assert reminded == {"due": True, "later": False, "past": False, "accepted": False, "reminded": True}
    # Once only: the next run finds nothing.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert offer_reminders_send() == 0
    assert mail.outbox == []


def test_the_later_offer_is_reminded_when_its_day_comes(offers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert offer_reminders_send(now=timezone.now() + dt.timedelta(hours=8)) == 2  # "due" and "later"
    with django_capture_on_commit_callbacks(execute=True):
        assert offer_reminders_send(now=timezone.now() + dt.timedelta(hours=9)) == 0


def test_no_e_mail_when_the_transaction_rolls_back(offers, django_capture_on_commit_callbacks):
    """E-mails go only after the reminder is recorded (queued on commit)."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        offer_reminders_send()
    assert len(callbacks) == 2 and mail.outbox == []


def test_the_periodic_task_sends_them(offers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tasks.remind_offers.call_local()
    assert len(mail.outbox) == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_a_second_worker_skips_offers_the_first_is_reminding(valmiera):
    import threading

    from django.db import close_old_connections, transaction

    from microcity.core.models import Occupation
    from microcity.core.occupations import load_occupations
    from microcity.summerjobs.tests.factories import (
        ApplicationFactory,
        PlacementFactory,
        PlacementPeriodFactory,
        SeasonFactory,
        SeasonPeriodFactory,
    )

    load_occupations(Occupation)
    season = SeasonFactory(city=valmiera)
    period = SeasonPeriodFactory(season=season)
    place = PlacementPeriodFactory(placement=PlacementFactory(season=season), period=period, capacity=2)
    run = MatchRun.objects.create(
        season=season,
        kind=MatchRunKind.INITIAL,
        status=MatchRunStatus.PUBLISHED,
        seed="x",
        inputs_digest="0" * 64,
        published_at=timezone.now(),
    )
    offer = make_offer(
        run,
        ApplicationFactory(
            season=season, periods=[period], choices=[place.placement], youth__user=UserFactory()
        ),
        place,
    )
    outcome = {}

    def second_worker():
        try:
            outcome["reminded"] = offer_reminders_send()
        finally:
            close_old_connections()
            connection.close()

    with transaction.atomic():
        # The first worker holds the offer (as offer_reminders_send does while it queues the e-mails) ...
        Assignment.objects.select_for_update().get(pk=offer.pk)
        worker = threading.Thread(target=second_worker)
        worker.start()
        worker.join(timeout=10)
        # ... the second does not wait for it, and does not remind of it.
        assert not worker.is_alive() and outcome == {"reminded": 0}
        Assignment.objects.filter(pk=offer.pk).update(reminded_at=timezone.now())
    assert offer_reminders_send() == 0
    assert mail.outbox == []
