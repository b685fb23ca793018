"""Who sees what after the lottery, the coordinator's fill report, explanations for the youth, discarding
previews, and the youth's own data download and erasure."""

from __future__ import annotations

import pytest
from django.utils import translation

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.models import AuditEvent
from microcity.core.registry import personal_data
from microcity.summerjobs import permissions, workflows
from microcity.summerjobs.applications import selectors as applications_selectors
from microcity.summerjobs.lottery import selectors as lottery_selectors
from microcity.summerjobs.lottery import services as lottery_services
from microcity.summerjobs.lottery.instance import MatchError
from microcity.summerjobs.models import (
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    MatchRunStatus,
)
from microcity.summerjobs.offers import selectors as offers_selectors
from microcity.summerjobs.offers import services as offers_services
from microcity.summerjobs.placements import selectors as placements_selectors
from microcity.summerjobs.seasons import selectors as seasons_selectors

pytestmark = pytest.mark.django_db


@pytest.fixture
def offers(season, june, placement_with, applicant, coordinator, lottery_ready, employer, rep):
    """The employer's placement has one June place; another employer's one; three youths want both."""
    ours = placement_with({june: 1}, organisation=employer)
    theirs = placement_with({june: 1})
    applications = [
        applicant([ours, theirs], [june], youth={"user": UserFactory()}, priority_evidence="Lēmums Nr. 5")
        for _ in range(3)
    ]
    lottery_ready(season)
    run = lottery_services.match_run_publish(
        run=lottery_services.match_run_preview(season=season, by=coordinator), by=coordinator
    )
    return run, ours, theirs, applications


def test_employer_sees_only_youths_offered_its_places(offers, season, rep):
    run, ours, theirs, applications = offers
    ours_offer = Assignment.objects.get(run=run, placement_period__placement=ours)
    visible = list(applications_selectors.applications_visible_to(user=rep, season=season))
    assert visible == [ours_offer.application]
    assert permissions.can_view_application(rep, ours_offer.application)
    others = [a for a in applications if a != ours_offer.application]
    assert not any(permissions.can_view_application(rep, a) for a in others)
    assert list(offers_selectors.offers_visible_to(user=rep, season=season)) == [ours_offer]
    # Once the youth declines, the employer no longer sees them.
    offers_services.assignment_decline(assignment=ours_offer, by=ours_offer.application.youth.user)
    assert list(applications_selectors.applications_visible_to(user=rep, season=season)) == []


def test_coordinator_of_another_city_sees_nothing(offers, season, ventspils, coordinator):
    stranger = UserFactory()
    MembershipFactory(user=stranger, city=ventspils, role=Role.PROGRAMME_COORDINATOR)
    assert list(applications_selectors.applications_visible_to(user=stranger, season=season)) == []
    assert not permissions.can_run_matching(stranger, season)
    assert len(applications_selectors.applications_visible_to(user=coordinator, season=season)) == 3
    assert list(seasons_selectors.seasons_coordinated_by(user=coordinator)) == [season]
    assert list(seasons_selectors.seasons_coordinated_by(user=stranger)) == []


def test_fill_report_counts_offers_and_acceptances(offers, season):
    run, ours, theirs, applications = offers
    offer = Assignment.objects.get(run=run, placement_period__placement=ours)
    offers_services.assignment_accept(assignment=offer, by=offer.application.youth.user)
    fill = {
        row.placement_id: (row.capacity, row.offered, row.accepted)
        for row in placements_selectors.placement_fill(season=season)
    }
    assert fill == {ours.pk: (1, 0, 1), theirs.pk: (1, 1, 0)}


def test_the_youth_reads_their_explanation_from_the_published_run(offers):
    run, ours, theirs, applications = offers
    unplaced = next(a for a in applications if not Assignment.objects.filter(application=a).exists())
    with translation.override("en"):
        lines = lottery_selectors.explanation_for(application=unplaced)
    assert lines[0].startswith("You were not placed")
    assert len(lines) == 4  # two choices, then the lottery number


def test_discarding_a_preview_is_audited_and_final(
    season, june, placement_with, applicant, coordinator, lottery_ready, rep
):
    applicant([placement_with({june: 1})], [june])
    lottery_ready(season)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    with pytest.raises(workflows.NotAllowed):
        lottery_services.match_run_discard(run=run, by=rep)
    run = lottery_services.match_run_discard(run=run, by=coordinator)
    assert run.status == MatchRunStatus.DISCARDED
    assert AuditEvent.objects.filter(object_type__model="matchrun", object_id=str(run.pk)).latest(
        "pk"
    ).details["status"] == ["preview", "discarded"]
    with pytest.raises(MatchError):
        lottery_services.match_run_publish(run=run, by=coordinator)


def test_data_download_and_erasure(offers):
    run, ours, theirs, applications = offers
    holder = next(a for a in applications if Assignment.objects.filter(application=a).exists())
    exported = personal_data.export_sections(holder.youth)["summer_jobs"]
    assert exported[0]["priority_evidence"] == "Lēmums Nr. 5"
    assert exported[0]["offers"][0]["status"] == AssignmentStatus.OFFERED
    personal_data.erase(holder.youth)
    holder.refresh_from_db()
    assert holder.status == ApplicationStatus.WITHDRAWN and holder.priority_evidence == ""
    assert Assignment.objects.get(run=run, application=holder).status == AssignmentStatus.DECLINED
