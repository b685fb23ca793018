"""The demo seed of the summer programme: besides the coming seasons, Valmiera's last summer is completed
through the services (lottery, answers, contracts, confirmed hours, feedback, certificates), once."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from microcity.accounts.management.commands.seed_demo import demo_email
from microcity.careers.models import Entry
from microcity.core.models import Indicator, OutcomeRecord
from microcity.summerjobs.lottery import commitment as lottery_commitment
from microcity.summerjobs.lottery import draw
from microcity.summerjobs.management.commands.seed_summerjobs import season_year
from microcity.summerjobs.models import (
    Application,
    Assignment,
    AssignmentStatus,
    Contract,
    Feedback,
    FeedbackRole,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    Placement,
    Season,
    StartDocument,
    TimesheetEntry,
    WorkCertificate,
)
from microcity.summerjobs.pay import payroll as pay_payroll

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {
        "seasons": Season.objects.count(),
        "placements": Placement.objects.count(),
        "applications": Application.objects.count(),
        "runs": MatchRun.objects.count(),
        "assignments": Assignment.objects.count(),
        "contracts": Contract.objects.count(),
        "documents": StartDocument.objects.count(),
        "entries": TimesheetEntry.objects.count(),
        "feedback": Feedback.objects.count(),
        "certificates": WorkCertificate.objects.count(),
        "outcomes": OutcomeRecord.objects.count(),
        "portfolio_entries": Entry.objects.count(),
    }


def assert_every_application_is_dated_in_its_registration_window() -> None:
    """Every demo season: each application made and submitted inside the season's registration window (not
    after it, not after the season), after the hash of the lottery secret; revealed lotteries check out."""
    seasons = list(Season.objects.all())
    assert len(seasons) >= 3
    for season in seasons:
        opens, closes = season.youth_registration_opens, season.youth_registration_closes
        assert season.lottery_committed_at is not None and season.lottery_committed_at <= opens, season
        rows = Application.objects.filter(season=season).values_list("pk", "created_at", "submitted_at")
        assert rows, season
        for pk, created, submitted in rows:
            assert opens <= created < closes, (season, pk, created)
            assert submitted is None or created <= submitted < closes, (season, pk, submitted)
            assert created.year <= season.year, (season, pk, created)
        if season.lottery_seed_is_published:
            checked = lottery_commitment.lottery_verification(season=season)
            assert checked is not None and checked.result.matches, season


def test_seed_completes_last_summer_once(client):
    call_command("seed_demo", youths=6, materials=0, quiet=True)
    first = _counts()
    errors = io.StringIO()
    call_command("seed_summerjobs", stdout=io.StringIO(), stderr=errors)
    assert _counts() == first
    assert errors.getvalue() == ""
    assert_every_application_is_dated_in_its_registration_window()

    coming = season_year(timezone.localdate())
    seasons = {s.year: s for s in Season.objects.filter(city__slug="valmiera")}
    assert set(seasons) == {coming, coming - 1}
    last = seasons[coming - 1]
    assert last.periods.count() == 4
    assert all(p.starts_on.year == last.year and p.working_days == 15 for p in last.periods.all())
    assert not last.youth_registration_open() and last.lottery_seed_is_published
    assert last.lottery_commitment == draw.commitment_of(last.lottery_secret)
    assert MatchRun.objects.filter(season=last).exclude(seed=last.lottery_seed).count() == 0

    runs = MatchRun.objects.filter(season=last, status=MatchRunStatus.PUBLISHED)
    assert set(runs.values_list("kind", flat=True)) == {MatchRunKind.INITIAL, MatchRunKind.FOLLOW_UP}
    answers = dict(
        Assignment.objects.filter(run__season=last).values_list("status").annotate(n=Count("pk")).order_by()
    )
    assert answers[AssignmentStatus.ACCEPTED] >= 12
    assert answers.get(AssignmentStatus.DECLINED, 0) + answers.get(AssignmentStatus.EXPIRED, 0) >= 2
    assert AssignmentStatus.OFFERED not in answers
    assert Application.objects.filter(season=last).count() >= 60
    assert Application.objects.filter(season=last, priority_verified_at__isnull=False).exists()

    # Every accepted job: a signed contract, only confirmed hours, and hours on most of its days.
    jobs = list(Assignment.objects.filter(run__season=last, status=AssignmentStatus.ACCEPTED))
    worked = pay_payroll.worked_time(job.pk for job in jobs)
    for job in jobs:
        assert job.contract.signed_on is not None and job.contract.signed_on < job.contract.starts_on
        assert worked[job.pk].unconfirmed_minutes == 0
        assert worked[job.pk].days_worked >= 12
        assert worked[job.pk].confirmed_hours == worked[job.pk].days_worked * job.contract.hours_per_day

    # Certificates for most jobs, each with its hours, portfolio entry and one ledger record per youth.
    certificates = list(
        WorkCertificate.objects.filter(assignment__run__season=last).select_related("assignment")
    )
    assert len(certificates) >= 0.8 * len(jobs)
    for certificate in certificates:
        assert certificate.hours_worked == worked[certificate.assignment_id].confirmed_hours > Decimal(0)
        assert certificate.issued_on > certificate.assignment.contract.ends_on
    completed = OutcomeRecord.objects.filter(indicator=Indicator.SUMMER_JOB_COMPLETED)
    assert completed.count() == len(certificates)
    assert completed.values("person").distinct().count() == len(certificates)
    assert Entry.objects.filter(source_key__startswith="summerjobs.assignment:").count() == len(certificates)
    feedback = dict(
        Feedback.objects.filter(assignment__run__season=last)
        .values_list("role")
        .annotate(n=Count("pk"))
        .order_by()
    )
    assert feedback[FeedbackRole.YOUTH] >= 0.7 * len(jobs) and feedback[FeedbackRole.EMPLOYER] >= 0.7 * len(
        jobs
    )

    # The demo youth (her guardian applied) worked last summer: certificate, portfolio entry.
    demo_job = Assignment.objects.get(
        application__youth__user__email=demo_email("jaunietis"), status=AssignmentStatus.ACCEPTED
    )
    assert demo_job.application.season == last and demo_job.application.submitted_by.email == demo_email(
        "vecaks"
    )
    assert WorkCertificate.objects.filter(assignment=demo_job).exists()
    assert Entry.objects.filter(source_key=f"summerjobs.assignment:{demo_job.pk}").exists()
    # Her own data download names the job and holds its contract, hours and pay (issue 22).
    client.force_login(demo_job.application.youth.user)
    download = json.loads(client.get("/en/account/my-data/").content)
    [work] = [w for w in download["summer_work"] if w["offer"]["status"] == AssignmentStatus.ACCEPTED]
    placement = demo_job.placement_period.placement
    assert (work["employer"], work["workplace"]) == (placement.organisation.name, placement.workplace)
    assert work["contract"]["number"] == demo_job.contract.number
    hours = worked[demo_job.pk].confirmed_hours
    assert Decimal(work["pay"]["confirmed_hours"]) == hours > 0 and Decimal(work["pay"]["gross_pay_eur"]) > 0
    assert len(work["timesheet"]) == worked[demo_job.pk].days_worked and work["certificate"]["number"]
    assert any(
        offer["placement"].startswith(placement.workplace)
        for a in download["summer_jobs"]
        for offer in a["offers"]
    )
    client.logout()
    # The demo employer's organisation had youths at work, with hours.
    employer_jobs = [
        job
        for job in jobs
        if job.placement_period.placement.organisation.name == "SIA Valmieras Programmatūra"
    ]
    assert employer_jobs and all(worked[job.pk].confirmed_minutes for job in employer_jobs)

    # The public pages still show the coming season.
    response = client.get(reverse("summerjobs:season", kwargs={"city": "valmiera"}))
    assert response.status_code == 200
    assert response.context["season"].year == coming

    # The demo youth's last summer is history: her page offers no change, and posting the forms anyway
    # changes nothing (the defect: "Decline" turned her worked, certified job into "declined").
    youth = demo_job.application.youth.user
    client.force_login(youth)
    mine = client.get(reverse("summerjobs:mine", kwargs={"city": "valmiera"})).content.decode()
    section = mine.split(f'id="application-{demo_job.application_id}"')[1].split("</section>")[0]
    assert (
        "data-history" in section and 'value="decline"' not in section and 'value="withdraw"' not in section
    )
    for url, pk, action in (
        ("summerjobs:offer_answer", demo_job.pk, "decline"),
        ("summerjobs:application_action", demo_job.application_id, "withdraw"),
    ):
        client.post(reverse(url, kwargs={"city": "valmiera", "pk": pk}), {"action": action})
    demo_job.refresh_from_db()
    demo_job.application.refresh_from_db()
    assert demo_job.status == AssignmentStatus.ACCEPTED
    assert demo_job.application.status == "submitted"
