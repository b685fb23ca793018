"""Finished work stays as it was: once its season has ended, or a place has a certificate, confirmed hours, a
contract or has started, nobody can decline it, give it up or withdraw its application, neither through the
services nor by posting the forms of the youth's page directly; the page shows such seasons as history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from microcity.accounts.tests.factories import UserFactory
from microcity.summerjobs.applications import services as applications_services
from microcity.summerjobs.models import (
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Contract,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    PlacementPeriod,
    TimesheetEntry,
    WorkCertificate,
)
from microcity.summerjobs.offers import services as offers_services
from microcity.summerjobs.tests.factories import YEAR, SeasonFactory, SeasonPeriodFactory
from microcity.summerjobs.workflows import SummerJobsError

pytestmark = pytest.mark.django_db
LAST_SUMMER = timezone.localdate().year - 1
SEASON_ENDED = "The season has ended"


def _job(season, period, placement_with, applicant, status=AssignmentStatus.ACCEPTED):
    """An accepted place of a youth with an account, in `period`."""
    placement = placement_with({period: 3}, workplace=f"Parks {period.pk}")
    application = applicant([placement], [period], youth={"user": UserFactory()})
    run = MatchRun.objects.filter(season=season).first() or MatchRun.objects.create(
        season=season,
        kind=MatchRunKind.INITIAL,
        status=MatchRunStatus.PUBLISHED,
        seed="seed",
        inputs_digest="0" * 64,
        published_at=timezone.now(),
    )
    now = timezone.now()
    return Assignment.objects.create(
        run=run,
        application=application,
        placement_period=PlacementPeriod.objects.get(placement=placement, period=period),
        period=period,
        choice_rank=1,
        lottery_number=application.pk,
        status=status,
        offered_at=now,
        deadline=now + dt.timedelta(days=5),
        responded_at=now,
    )


def _worked(job, hours_days=15):
    """Fifteen confirmed days of four hours (60 hours) and the certificate of work."""
    first = job.period.starts_on
    Contract.objects.create(
        assignment=job,
        number=f"T-{job.pk}",
        starts_on=first,
        ends_on=job.period.ends_on,
        hours_per_day=Decimal("4"),
        hourly_rate=Decimal("5"),
        signed_on=first - dt.timedelta(days=5),
    )
    for index in range(hours_days):
        TimesheetEntry.objects.create(
            assignment=job,
            day=first + dt.timedelta(days=index + 2 * (index // 5)),
            start=dt.time(9),
            end=dt.time(13),
            confirmed_at=timezone.now(),
        )
    WorkCertificate.objects.create(
        assignment=job,
        number=f"SJ-{job.pk}",
        days_worked=hours_days,
        hours_worked=Decimal(4 * hours_days),
        issued_on=job.period.ends_on + dt.timedelta(days=5),
    )


@pytest.fixture
def last_summer(valmiera):
    return SeasonFactory(city=valmiera, name="Pagājušās vasaras darbi", year=LAST_SUMMER)


@pytest.fixture
def last_june(last_summer):
    return SeasonPeriodFactory(
        season=last_summer,
        name="Jūnijs",
        starts_on=dt.date(LAST_SUMMER, 6, 1),
        ends_on=dt.date(LAST_SUMMER, 6, 19),
    )


@pytest.fixture
def worked_job(last_summer, last_june):
    """Last summer's accepted and worked place (60 confirmed hours, contract, certificate)."""
    from microcity.summerjobs.tests.factories import ApplicationFactory, PlacementFactory

    placement = PlacementFactory(season=last_summer, workplace="Parka sakopšana")
    PlacementPeriod.objects.create(placement=placement, period=last_june, capacity=2)
    application = ApplicationFactory(
        season=last_summer,
        periods=[last_june],
        choices=[placement],
        youth__user=UserFactory(),
        youth__date_of_birth=dt.date(LAST_SUMMER - 16, 1, 15),
    )
    run = MatchRun.objects.create(
        season=last_summer,
        kind=MatchRunKind.INITIAL,
        status=MatchRunStatus.PUBLISHED,
        seed="seed",
        inputs_digest="0" * 64,
        published_at=timezone.now(),
    )
    offered = timezone.make_aware(dt.datetime(LAST_SUMMER, 5, 20, 9))
    job = Assignment.objects.create(
        run=run,
        application=application,
        placement_period=PlacementPeriod.objects.get(placement=placement, period=last_june),
        period=last_june,
        choice_rank=1,
        lottery_number=1,
        status=AssignmentStatus.ACCEPTED,
        offered_at=offered,
        deadline=offered + dt.timedelta(days=5),
        responded_at=offered,
    )
    _worked(job)
    return job


def _unchanged(job):
    job.refresh_from_db()
    job.application.refresh_from_db()
    assert job.status == AssignmentStatus.ACCEPTED
    assert job.application.status == ApplicationStatus.SUBMITTED


# --- Services ---------------------------------------------------------------------------------------------


def test_a_finished_seasons_place_cannot_be_given_up(worked_job):
    youth = worked_job.application.youth.user
    with pytest.raises(SummerJobsError, match=SEASON_ENDED):
        offers_services.assignment_decline(assignment=worked_job, by=youth)
    _unchanged(worked_job)


def test_a_finished_seasons_application_cannot_be_withdrawn(worked_job, coordinator):
    for by in (worked_job.application.youth.user, coordinator):
        with pytest.raises(SummerJobsError, match=SEASON_ENDED):
            applications_services.application_withdraw(application=worked_job.application, by=by)
        _unchanged(worked_job)


def test_erasing_the_youth_keeps_finished_work(worked_job):
    applications_services.erase_person_applications(worked_job.application.youth)
    _unchanged(worked_job)


@pytest.mark.parametrize(
    ("settle", "reason"),
    [
        ("certificate", "certificate of work"),
        ("hours", "Hours worked at this place are confirmed"),
        ("contract", "contract for this place is drawn up"),
    ],
)
def test_a_settled_place_of_a_running_season_cannot_change(
    season, june, placement_with, applicant, coordinator, settle, reason
):
    job = _job(season, june, placement_with, applicant)
    contract = Contract.objects.create(
        assignment=job,
        number=f"T-{job.pk}",
        starts_on=june.starts_on,
        ends_on=june.ends_on,
        hours_per_day=Decimal("4"),
        hourly_rate=Decimal("5"),
    )
    if settle in {"hours", "certificate"}:
        TimesheetEntry.objects.create(
            assignment=job, day=june.starts_on, start=dt.time(9), end=dt.time(13), confirmed_at=timezone.now()
        )
    if settle == "certificate":
        WorkCertificate.objects.create(
            assignment=job,
            number=f"SJ-{job.pk}",
            days_worked=1,
            hours_worked=Decimal(4),
            issued_on=june.ends_on,
        )
    assert contract.pk
    youth = job.application.youth.user
    before = timezone.make_aware(dt.datetime(YEAR, 5, 1, 12))
    with pytest.raises(SummerJobsError, match=reason):
        offers_services.assignment_decline(assignment=job, by=youth, now=before)
    with pytest.raises(SummerJobsError, match=reason):
        applications_services.application_withdraw(application=job.application, by=coordinator)
    _unchanged(job)


def test_a_place_cannot_be_answered_once_its_job_has_started(season, june, placement_with, applicant):
    job = _job(season, june, placement_with, applicant)
    started = timezone.make_aware(dt.datetime(YEAR, 6, 8, 12))
    with pytest.raises(SummerJobsError, match="The job has started"):
        offers_services.assignment_decline(assignment=job, by=job.application.youth.user, now=started)
    _unchanged(job)
    offer = _job(season, june, placement_with, applicant, status=AssignmentStatus.OFFERED)
    Assignment.objects.filter(pk=offer.pk).update(deadline=started + dt.timedelta(days=2))
    with pytest.raises(SummerJobsError, match="The job has started"):
        offers_services.assignment_accept(assignment=offer, by=offer.application.youth.user, now=started)
    offer.refresh_from_db()
    assert offer.status == AssignmentStatus.OFFERED


def test_a_place_not_yet_settled_can_still_be_given_up(season, june, placement_with, applicant):
    job = _job(season, june, placement_with, applicant)
    before = timezone.make_aware(dt.datetime(YEAR, 5, 1, 12))
    offers_services.assignment_decline(assignment=job, by=job.application.youth.user, now=before)
    job.refresh_from_db()
    assert job.status == AssignmentStatus.DECLINED


# --- Through HTTP -----------------------------------------------------------------------------------------


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_youths_page_shows_a_finished_season_as_history(worked_job):
    city = worked_job.application.season.city
    page = _client(worked_job.application.youth.user).get(
        reverse("summerjobs:mine", kwargs={"city": city.slug})
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert "data-history" in html
    assert f'data-offer="{worked_job.pk}"' in html
    assert 'value="decline"' not in html
    assert 'value="withdraw"' not in html
    assert 'value="reopen"' not in html


@pytest.mark.parametrize(
    ("url_name", "action"),
    [("summerjobs:offer_answer", "decline"), ("summerjobs:application_action", "withdraw")],
)
def test_posting_the_forms_directly_is_refused_and_changes_nothing(worked_job, url_name, action):
    city = worked_job.application.season.city
    pk = worked_job.pk if url_name == "summerjobs:offer_answer" else worked_job.application_id
    client = _client(worked_job.application.youth.user)
    response = client.post(reverse(url_name, kwargs={"city": city.slug, "pk": pk}), {"action": action})
    assert response.status_code == 302
    assert response["Location"] == reverse("summerjobs:mine", kwargs={"city": city.slug})
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any(SEASON_ENDED in message for message in shown), shown
    _unchanged(worked_job)
    assert Application.objects.get(pk=worked_job.application_id).status == ApplicationStatus.SUBMITTED
