"""Placement review, applications and their checks, the lottery seed, priority and prior agreements: each
status change follows its transition map, is allowed to the right people only, and is audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.core.models import AuditEvent, Occupation
from microcity.core.tests.factories import CityFactory, PersonFactory, SchoolFactory, YouthFactory
from microcity.summerjobs import permissions
from microcity.summerjobs.applications import selectors as applications_selectors
from microcity.summerjobs.applications import services as applications_services
from microcity.summerjobs.applications.services import NotEligible
from microcity.summerjobs.models import (
    AgeCategory,
    Application,
    ApplicationStatus,
    Choice,
    HourLimit,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    PriorityKind,
    Season,
)
from microcity.summerjobs.placements import selectors as placements_selectors
from microcity.summerjobs.placements import services as placements_services
from microcity.summerjobs.seasons import services as seasons_services
from microcity.summerjobs.tests.conftest import born_aged
from microcity.summerjobs.tests.factories import YEAR, PlacementFactory, PriorityGroupFactory
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError

pytestmark = pytest.mark.django_db


def placement_data(**changes):
    data = {
        "workplace": "Pilsētas parks",
        "duties": "Ravēšana, zāles grābšana.",
        "address": "Rīgas iela 1, Valmiera",
        "occupation": Occupation.objects.get(code="9214"),
        "min_age": 13,
        "is_light_work": True,
        "hours_per_day": Decimal("4"),
        "starts_at": dt.time(9, 0),
        "ends_at": dt.time(13, 0),
        "supervisor_name": "Anna Kalniņa",
    }
    data.update(changes)
    return data


def audit_statuses(obj):
    return [
        event.details.get("status")
        for event in AuditEvent.objects.filter(
            object_id=str(obj.pk), object_type__model=obj._meta.model_name
        ).order_by("pk")
        if "status" in event.details
    ]


# --- Seasons ---------------------------------------------------------------------------------------------


def test_season_create_sets_periods_groups_and_the_legal_hour_limits(valmiera, coordinator):
    now = timezone.now()
    season = seasons_services.season_create(
        city=valmiera,
        by=coordinator,
        data={
            "programme_type": "municipal",
            "name": "Vasaras darbi",
            "year": YEAR,
            "min_age": 13,
            "max_age": 19,
            "minimum_wage": Decimal("780"),
            "employer_registration_opens": now,
            "employer_registration_closes": now + dt.timedelta(days=20),
            "youth_registration_opens": now,
            "youth_registration_closes": now + dt.timedelta(days=30),
        },
        periods=[
            {
                "name": "1. periods",
                "starts_on": dt.date(YEAR, 6, 7),
                "ends_on": dt.date(YEAR, 6, 25),
                "working_days": 15,
            }
        ],
        priority_groups={PriorityKind.ORPHAN: 1, PriorityKind.LOW_INCOME: 2},
    )
    child = HourLimit.objects.get(season=season, category=AgeCategory.CHILD)
    assert (child.max_hours_per_day, child.max_hours_per_week, child.night_starts) == (4, 20, dt.time(20, 0))
    assert season.hour_limits.count() == 3 and season.periods.count() == 1
    assert list(season.priority_groups.values_list("kind", "rank")) == [("orphan", 1), ("low_income", 2)]
    assert AuditEvent.objects.filter(object_id=str(season.pk), action="create").exists()


def test_season_constraints_refuse_impossible_configuration(season):
    with pytest.raises(IntegrityError), transaction.atomic():
        Season.objects.filter(pk=season.pk).update(min_age=12)
    with pytest.raises(IntegrityError), transaction.atomic():
        Season.objects.filter(pk=season.pk).update(min_age=16, max_age=15)


def test_only_coordinators_create_seasons(valmiera, rep):
    with pytest.raises(NotAllowed):
        seasons_services.season_create(city=valmiera, by=rep, data={}, periods=[])


# --- Placements ------------------------------------------------------------------------------------------


def test_placement_workflow_draft_submit_return_resubmit_approve(season, june, employer, rep, coordinator):
    placement = placements_services.placement_create(
        season=season, organisation=employer, by=rep, data=placement_data(), capacities={june.pk: 4}
    )
    assert placement.status == PlacementStatus.DRAFT
    placement = placements_services.placement_submit(placement=placement, by=rep)
    with pytest.raises(NotAllowed):
        placements_services.placement_update(placement=placement, by=rep, data={"duties": "cits"})
    with pytest.raises(SummerJobsError):
        placements_services.placement_return(placement=placement, by=coordinator, reason="  ")
    placement = placements_services.placement_return(
        placement=placement, by=coordinator, reason="Precizējiet darba laiku."
    )
    assert placement.status == PlacementStatus.RETURNED and placement.return_reason
    placements_services.placement_update(placement=placement, by=rep, data={"ends_at": dt.time(13, 30)})
    placement = placements_services.placement_submit(placement=placement, by=rep)
    with pytest.raises(NotAllowed):
        placements_services.placement_approve(placement=placement, by=rep)
    placement = placements_services.placement_approve(placement=placement, by=coordinator)
    assert placement.status == PlacementStatus.APPROVED and placement.return_reason == ""
    assert audit_statuses(placement) == [
        ["draft", "submitted"],
        ["submitted", "returned"],
        ["returned", "submitted"],
        ["submitted", "approved"],
    ]
    # Not in the map: an approved placement cannot be sent back to review.
    with pytest.raises(SummerJobsError):
        placements_services.placement_return(placement=placement, by=coordinator, reason="x")
    with pytest.raises(SummerJobsError):
        placements_services.placement_submit(placement=placement, by=coordinator)


def test_placement_needs_places_and_the_employers_window(season, june, employer, rep):
    placement = placements_services.placement_create(
        season=season, organisation=employer, by=rep, data=placement_data(), capacities={june.pk: 0}
    )
    with pytest.raises(SummerJobsError, match="at least one place"):
        placements_services.placement_submit(placement=placement, by=rep)
    placements_services.placement_update(placement=placement, by=rep, data={}, capacities={june.pk: 2})
    Season.objects.filter(pk=season.pk).update(
        employer_registration_closes=timezone.now() - dt.timedelta(hours=1)
    )
    placement.season.refresh_from_db()
    with pytest.raises(SummerJobsError, match="not open"):
        placements_services.placement_submit(placement=placement, by=rep)


def test_placement_rules_supervision_cap_light_work_and_schedule(season, june, employer, rep):
    with pytest.raises(SummerJobsError, match="at most 10"):
        placements_services.placement_create(
            season=season, organisation=employer, by=rep, data=placement_data(), capacities={june.pk: 11}
        )
    with pytest.raises(SummerJobsError, match="at most 5"):
        placements_services.placement_create(
            season=season,
            organisation=employer,
            by=rep,
            data=placement_data(takes_youths_with_disability=True),
            capacities={june.pk: 6},
        )
    two = placements_services.placement_create(
        season=season,
        organisation=employer,
        by=rep,
        data=placement_data(supervisor_count=2),
        capacities={june.pk: 20},
    )
    assert two.max_youths_per_period == 20
    # Ages 13–14 may do light work only: the database refuses a non-light placement for them.
    with pytest.raises(SummerJobsError):
        placements_services.placement_create(
            season=season,
            organisation=employer,
            by=rep,
            data=placement_data(is_light_work=False),
            capacities={},
        )
    with pytest.raises(SummerJobsError, match="shorter"):
        placements_services.placement_create(
            season=season,
            organisation=employer,
            by=rep,
            data=placement_data(ends_at=dt.time(12, 0)),
            capacities={},
        )


def test_other_employers_cannot_touch_a_placement(season, june, employer, rep):
    other = UserFactory()
    MembershipFactory(
        user=other,
        city=season.city,
        role=Role.EMPLOYER_REPRESENTATIVE,
        organisation=PlacementFactory(season=season).organisation,
    )
    with pytest.raises(NotAllowed):
        placements_services.placement_create(
            season=season, organisation=employer, by=other, data=placement_data(), capacities={}
        )
    placement = placements_services.placement_create(
        season=season, organisation=employer, by=rep, data=placement_data(), capacities={june.pk: 1}
    )
    assert not permissions.can_view_placement(other, placement)
    assert permissions.can_view_placement(rep, placement)
    with pytest.raises(NotAllowed):
        placements_services.placement_submit(placement=placement, by=other)
    assert placement not in placements_selectors.placements_visible_to(user=other, season=season)


def test_capacity_change_cannot_go_below_accepted_places_or_above_supervision(
    season, june, placement_with, coordinator
):
    placement = placement_with({june: 3})
    row = PlacementPeriod.objects.get(placement=placement)
    with pytest.raises(SummerJobsError, match="between 0 and 10"):
        placements_services.placement_capacity_set(placement_period=row, capacity=11, by=coordinator)
    assert (
        placements_services.placement_capacity_set(placement_period=row, capacity=1, by=coordinator).capacity
        == 1
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        PlacementPeriod.objects.filter(pk=row.pk).update(capacity=-1)


# --- Applications ----------------------------------------------------------------------------------------


@pytest.fixture
def youth(season):
    user = UserFactory()
    return YouthFactory(
        city=season.city, user=user, date_of_birth=born_aged(15, dt.date(YEAR, 6, 7), -10), grade=10
    )


def test_youth_applies_and_submits_with_ranked_choices(season, june, july, placement_with, youth):
    first, second = placement_with({june: 2}), placement_with({july: 1})
    application = applications_services.application_save(
        season=season, youth=youth, by=youth.user, choices=[second, first], periods=[june, july]
    )
    assert list(application.choices.values_list("rank", "placement")) == [(1, second.pk), (2, first.pk)]
    assert application.residence_city == season.city and not application.in_basic_education
    application = applications_services.application_submit(application=application, by=youth.user)
    assert application.status == ApplicationStatus.SUBMITTED and application.submitted_at
    with pytest.raises(SummerJobsError):
        applications_services.application_save(
            season=season, youth=youth, by=youth.user, choices=[first], periods=[june]
        )
    application = applications_services.application_reopen(application=application, by=youth.user)
    assert application.status == ApplicationStatus.DRAFT
    application = applications_services.application_withdraw(application=application, by=youth.user)
    assert audit_statuses(application) == [
        ["draft", "submitted"],
        ["submitted", "draft"],
        ["draft", "withdrawn"],
    ]
    with pytest.raises(SummerJobsError):
        applications_services.application_submit(application=application, by=youth.user)


def test_guardian_with_consent_applies_for_the_youth_a_stranger_cannot(season, june, placement_with, youth):
    placement = placement_with({june: 1})
    guardian_user = UserFactory()
    guardian = PersonFactory(city=season.city, user=guardian_user)
    stranger = UserFactory()
    with pytest.raises(NotAllowed):
        applications_services.application_save(
            season=season, youth=youth, by=guardian_user, choices=[placement], periods=[june]
        )
    GuardianLinkFactory(guardian=guardian, youth=youth)
    application = applications_services.application_save(
        season=season, youth=youth, by=guardian_user, choices=[placement], periods=[june]
    )
    applications_services.application_submit(application=application, by=guardian_user)
    application.refresh_from_db()
    assert application.submitted_by == guardian_user
    assert permissions.can_view_application(guardian_user, application)
    assert not permissions.can_view_application(stranger, application)
    assert list(applications_selectors.applications_in_care_of(user=guardian_user)) == [application]
    assert list(applications_selectors.applications_visible_to(user=stranger, season=season)) == []


def test_revoked_guardian_link_no_longer_allows_applying(season, june, placement_with, youth):
    guardian_user = UserFactory()
    link = GuardianLinkFactory(guardian=PersonFactory(user=guardian_user), youth=youth)
    link.revoked_at = timezone.now()
    link.save()
    with pytest.raises(NotAllowed):
        applications_services.application_save(
            season=season, youth=youth, by=guardian_user, choices=[placement_with({june: 1})], periods=[june]
        )


def test_submit_checks_eligibility_with_stable_codes(season, june, july, placement_with, youth):
    for_adults = placement_with({june: 1}, min_age=18, is_light_work=False)
    only_july = placement_with({july: 1})
    application = applications_services.application_save(
        season=season, youth=youth, by=youth.user, choices=[for_adults, only_july], periods=[june]
    )
    with pytest.raises(NotEligible) as failure:
        applications_services.application_submit(application=application, by=youth.user)
    problems = failure.value.problems
    assert [(p.code, p.params["rank"], p.params["reason"]["code"]) for p in problems] == [
        ("choice_not_eligible", 1, "too_young_for_placement"),
        ("choice_not_eligible", 2, "not_available"),
    ]
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.DRAFT


def test_fourteen_year_old_may_choose_light_work_only(season, june, placement_with):
    user = UserFactory()
    youth = YouthFactory(city=season.city, user=user, date_of_birth=born_aged(14, june.starts_on), grade=8)
    # A placement that is not light work must say 15+ (a database constraint), so for her it fails on age.
    heavy = placement_with({june: 1}, min_age=15, is_light_work=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        Placement.objects.filter(pk=heavy.pk).update(min_age=14)
    application = applications_services.application_save(
        season=season, youth=youth, by=user, choices=[heavy], periods=[june]
    )
    with pytest.raises(NotEligible) as failure:
        applications_services.application_submit(application=application, by=user)
    assert failure.value.problems[0].params["reason"]["code"] == "too_young_for_placement"
    light = placement_with({june: 1}, min_age=13, is_light_work=True)
    application = applications_services.application_save(
        season=season, youth=youth, by=user, choices=[light], periods=[june]
    )
    assert (
        applications_services.application_submit(application=application, by=user).status
        == ApplicationStatus.SUBMITTED
    )


def test_thirteen_on_the_first_day_may_apply_twelve_may_not(season, june, placement_with):
    placement = placement_with({june: 1})
    user_ok, user_young = UserFactory(), UserFactory()
    ok = YouthFactory(city=season.city, user=user_ok, date_of_birth=born_aged(13, june.starts_on), grade=7)
    young = YouthFactory(
        city=season.city, user=user_young, date_of_birth=born_aged(13, june.starts_on, 1), grade=7
    )
    applications_services.application_submit(
        application=applications_services.application_save(
            season=season, youth=ok, by=user_ok, choices=[placement], periods=[june]
        ),
        by=user_ok,
    )
    application = applications_services.application_save(
        season=season, youth=young, by=user_young, choices=[placement], periods=[june]
    )
    with pytest.raises(NotEligible) as failure:
        applications_services.application_submit(application=application, by=user_young)
    assert [p.code for p in failure.value.problems] == ["too_young_for_season"]


def test_residence_or_school_in_the_city_and_choice_limits(season, june, placement_with):
    elsewhere = CityFactory(slug="cesis")
    user = UserFactory()
    youth = YouthFactory(city=elsewhere, user=user, date_of_birth=born_aged(16, june.starts_on), grade=10)
    placements = [placement_with({june: 1}) for _ in range(6)]
    with pytest.raises(SummerJobsError, match="at most 5"):
        applications_services.application_save(
            season=season, youth=youth, by=user, choices=placements, periods=[june]
        )
    with pytest.raises(SummerJobsError, match="once"):
        applications_services.application_save(
            season=season, youth=youth, by=user, choices=placements[:1] * 2, periods=[june]
        )
    application = applications_services.application_save(
        season=season, youth=youth, by=user, choices=placements[:2], periods=[june]
    )
    with pytest.raises(NotEligible) as failure:
        applications_services.application_submit(application=application, by=user)
    assert [p.code for p in failure.value.problems] == ["not_in_city"]
    school = SchoolFactory(city=season.city)
    applications_services.application_save(
        season=season, youth=youth, by=user, choices=placements[:2], periods=[june], data={"school": school}
    )
    applications_services.application_submit(application=application, by=user)


def test_database_keeps_choice_ranks_unique_and_one_open_application_per_youth(
    season, june, placement_with, applicant
):
    placement = placement_with({june: 1})
    application = applicant([placement], [june])
    with pytest.raises(IntegrityError), transaction.atomic():
        Choice.objects.create(application=application, rank=1, placement=placement_with({june: 1}))
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(
            season=season, youth=application.youth, status=ApplicationStatus.DRAFT, residence_city=season.city
        )


def test_registration_window_is_enforced(season, june, placement_with, youth):
    Season.objects.filter(pk=season.pk).update(
        youth_registration_closes=timezone.now() - dt.timedelta(minutes=1)
    )
    season.refresh_from_db()
    with pytest.raises(SummerJobsError, match="not open"):
        applications_services.application_save(
            season=season, youth=youth, by=youth.user, choices=[placement_with({june: 1})], periods=[june]
        )


def test_priority_counts_only_once_checked_and_a_changed_claim_is_checked_again(
    season, june, placement_with, youth, coordinator
):
    low_income = PriorityGroupFactory(season=season, kind=PriorityKind.LOW_INCOME, rank=1)
    large = PriorityGroupFactory(season=season, kind=PriorityKind.LARGE_FAMILY, rank=2)
    placement = placement_with({june: 1})
    application = applications_services.application_save(
        season=season,
        youth=youth,
        by=youth.user,
        choices=[placement],
        periods=[june],
        data={"priority_group": low_income, "priority_evidence": "Sociālā dienesta lēmums"},
    )
    assert application.counted_priority_group is None
    with pytest.raises(NotAllowed):
        applications_services.application_priority_verify(
            application=application, by=youth.user, verified=True
        )
    application = applications_services.application_priority_verify(
        application=application, by=coordinator, verified=True
    )
    assert application.counted_priority_group == low_income
    application = applications_services.application_save(
        season=season,
        youth=youth,
        by=youth.user,
        choices=[placement],
        periods=[june],
        data={"priority_group": large},
    )
    assert application.priority_verified_at is None


def test_prior_agreement_needs_the_season_and_the_employers_confirmation(
    season, june, placement_with, youth, rep, employer
):
    placement = placement_with({june: 1}, organisation=employer)
    with pytest.raises(SummerJobsError, match="do not count"):
        applications_services.application_save(
            season=season,
            youth=youth,
            by=youth.user,
            choices=[placement],
            periods=[june],
            data={"pre_agreement": placement},
        )
    Season.objects.filter(pk=season.pk).update(allow_pre_agreements=True)
    season.refresh_from_db()
    application = applications_services.application_save(
        season=season,
        youth=youth,
        by=youth.user,
        choices=[placement],
        periods=[june],
        data={"pre_agreement": placement},
    )
    with pytest.raises(NotAllowed):
        applications_services.pre_agreement_confirm(application=application, by=youth.user)
    assert permissions.can_view_application(rep, application)
    application = applications_services.pre_agreement_confirm(application=application, by=rep)
    assert application.pre_agreement_confirmed_by == rep
