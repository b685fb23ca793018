"""The lottery and stable matching: determinism, priority and prior-agreement order, hard constraints,
supervision caps, explanations, publication, follow-up runs and answers to offers."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from microcity.accounts.tests.factories import GuardianLinkFactory, UserFactory
from microcity.core.models import AuditEvent
from microcity.core.tests.factories import PersonFactory, SchoolFactory
from microcity.summerjobs import eligibility, permissions
from microcity.summerjobs.applications import services as applications_services
from microcity.summerjobs.eligibility import HourRule, PlacementTerms
from microcity.summerjobs.explanations import explain
from microcity.summerjobs.lottery import commitment as lottery_commitment
from microcity.summerjobs.lottery import draw as lottery_draw
from microcity.summerjobs.lottery import services as lottery_services
from microcity.summerjobs.lottery.instance import MatchError
from microcity.summerjobs.models import (
    Application,
    Assignment,
    AssignmentStatus,
    ExplanationCode,
    LotteryEntry,
    MatchExplanation,
    MatchRunKind,
    MatchRunStatus,
    PlacementPeriod,
    PriorityKind,
    Season,
)
from microcity.summerjobs.offers import selectors as offers_selectors
from microcity.summerjobs.offers import services as offers_services
from microcity.summerjobs.offers.services import OfferError
from microcity.summerjobs.placements import services as placements_services
from microcity.summerjobs.seasons import services as seasons_services
from microcity.summerjobs.tests.factories import PriorityGroupFactory
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError

pytestmark = pytest.mark.django_db


def placed(run):
    """application id → (placement id, period id) of the run's assignments."""
    return {
        a.application_id: (a.placement_period.placement_id, a.period_id)
        for a in run.assignments.select_related("placement_period")
    }


def numbers(season):
    ids = lottery_commitment.frozen_list(season=season)
    return lottery_draw.lottery_numbers(seed=season.lottery_seed, season_id=season.pk, application_ids=ids)


def refreeze(season):
    """As if the applications made since the reveal had been submitted before it: freeze the list again."""
    ids = list(Application.objects.filter(season=season, status="submitted").values_list("pk", flat=True))
    LotteryEntry.objects.filter(season=season).delete()
    LotteryEntry.objects.bulk_create([LotteryEntry(season=season, application_number=pk) for pk in ids])
    season.lottery_seed = lottery_draw.derive_seed(secret=season.lottery_secret, application_ids=ids)
    Season.objects.filter(pk=season.pk).update(lottery_seed=season.lottery_seed)
    return season


def by_lottery(season, applications):
    """The applications, the earliest lottery number first (needs the published seed)."""
    drawn = numbers(season)
    return sorted(applications, key=lambda a: drawn[a.pk])


def verify_priority(application, group, coordinator):
    Application.objects.filter(pk=application.pk).update(priority_group=group)
    application.refresh_from_db()
    return applications_services.application_priority_verify(
        application=application, by=coordinator, verified=True
    )


@pytest.fixture
def crowd(season, june, july, placement_with, applicant):
    """Three placements, 24 youths of 13–19 with random choices and periods (fixed seed)."""
    rng = random.Random(5)
    placements = [
        placement_with({june: 3, july: 2}),
        placement_with({june: 2}, min_age=15, is_light_work=False),
        placement_with({july: 4}, min_age=16, is_light_work=False),
    ]
    for _ in range(24):
        periods = rng.choice([[june], [july], [june, july]])
        applicant(rng.sample(placements, rng.randint(1, 3)), periods, age=rng.randint(13, 19))
    return placements


# --- Determinism and the lottery ---------------------------------------------------------------------------


def test_same_inputs_and_seed_give_the_same_result(season, crowd, coordinator, lottery_ready):
    lottery_ready(season)
    first = lottery_services.match_run_preview(season=season, by=coordinator)
    second = lottery_services.match_run_preview(season=season, by=coordinator)
    assert first.inputs_digest == second.inputs_digest
    assert placed(first) == placed(second) and len(placed(first)) > 5
    assert first.statistics == second.statistics
    assert {e.application_id: e.params for e in first.explanations.all()} == {
        e.application_id: e.params for e in second.explanations.all()
    }


def test_another_secret_gives_another_draw(season, crowd, coordinator, lottery_ready):
    lottery_ready(season, secret="a" * 64)
    one = lottery_services.match_run_preview(season=season, by=coordinator)
    # Another world in which the system had drawn another secret: same applications and placements.
    other = "b" * 64
    Season.objects.filter(pk=season.pk).update(
        lottery_secret=other,
        lottery_commitment=lottery_draw.commitment_of(other),
        lottery_seed=lottery_draw.derive_seed(
            secret=other, application_ids=lottery_commitment.frozen_list(season=season)
        ),
    )
    season.refresh_from_db()
    other = lottery_services.match_run_preview(season=season, by=coordinator)
    assert one.inputs_digest != other.inputs_digest
    assert placed(one) != placed(other)


def test_lottery_numbers_are_sha256_of_seed_season_and_application_and_stable_under_withdrawal():
    drawn = lottery_draw.lottery_numbers(seed="s", season_id=7, application_ids=[1, 2, 3, 4, 5])
    assert sorted(drawn.values()) == [1, 2, 3, 4, 5]
    without_3 = lottery_draw.lottery_numbers(seed="s", season_id=7, application_ids=[1, 2, 4, 5])
    assert sorted(without_3, key=without_3.get) == [pk for pk in sorted(drawn, key=drawn.get) if pk != 3]
    import hashlib

    first = min(drawn, key=drawn.get)
    assert hashlib.sha256(f"s:7:{first}".encode()).hexdigest() == min(
        hashlib.sha256(f"s:7:{pk}".encode()).hexdigest() for pk in drawn
    )


def test_preview_needs_the_revealed_secret_closed_registration_and_a_coordinator(
    season, crowd, coordinator, close_registration, rep
):
    with pytest.raises(MatchError, match="still open"):
        Season.objects.filter(pk=season.pk).update(lottery_seed="x", lottery_seed_published_at=timezone.now())
        season.refresh_from_db()
        lottery_services.match_run_preview(season=season, by=coordinator)
    Season.objects.filter(pk=season.pk).update(lottery_seed="", lottery_seed_published_at=None)
    close_registration(season)
    with pytest.raises(MatchError, match="Reveal the lottery secret"):
        lottery_services.match_run_preview(season=season, by=coordinator)
    with pytest.raises(NotAllowed):
        lottery_services.match_run_preview(season=season, by=rep)
    lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
    with pytest.raises(MatchError, match="published initial"):
        lottery_services.match_run_preview(season=season, by=coordinator, kind=MatchRunKind.FOLLOW_UP)


def test_a_run_uses_only_the_seed_derived_from_the_secret_and_the_frozen_list(
    season, crowd, coordinator, lottery_ready
):
    season = lottery_ready(season)
    derived = season.lottery_seed
    assert derived == lottery_draw.derive_seed(
        secret=season.lottery_secret, application_ids=lottery_commitment.frozen_list(season=season)
    )
    # A seed typed into the row (as coordinators used to) never reaches the lottery.
    Season.objects.filter(pk=season.pk).update(lottery_seed="2027-06-01 17 42 8")
    season.refresh_from_db()
    with pytest.raises(MatchError, match="does not follow"):
        lottery_services.match_run_preview(season=season, by=coordinator)
    Season.objects.filter(pk=season.pk).update(lottery_seed=derived)
    season.refresh_from_db()
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    assert run.seed == derived
    assert {a.lottery_number for a in run.assignments.all()} <= set(numbers(season).values())


def test_an_application_outside_the_frozen_list_stops_the_run(season, crowd, coordinator, lottery_ready):
    season = lottery_ready(season)
    late = Application.objects.filter(season=season, status="submitted").order_by("pk").last()
    LotteryEntry.objects.filter(season=season, application_number=late.pk).delete()
    Season.objects.filter(pk=season.pk).update(
        lottery_seed=lottery_draw.derive_seed(
            secret=season.lottery_secret, application_ids=lottery_commitment.frozen_list(season=season)
        )
    )
    season.refresh_from_db()
    with pytest.raises(MatchError, match="after the lottery list was frozen"):
        lottery_services.match_run_preview(season=season, by=coordinator)


# --- Ordering: priority, prior agreement, lottery ---------------------------------------------------------


def test_lottery_decides_among_equals(season, june, placement_with, applicant, coordinator, lottery_ready):
    place = placement_with({june: 1})
    applications = [applicant([place], [june]) for _ in range(5)]
    lottery_ready(season)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    assert list(placed(run)) == [by_lottery(season, applications)[0].pk]


def test_checked_priority_group_goes_before_the_lottery(
    season, june, placement_with, applicant, coordinator, lottery_ready
):
    orphans = PriorityGroupFactory(season=season, kind=PriorityKind.ORPHAN, rank=1)
    low_income = PriorityGroupFactory(season=season, kind=PriorityKind.LOW_INCOME, rank=2)
    place = placement_with({june: 2})
    applications = [applicant([place], [june]) for _ in range(6)]
    lottery_ready(season)
    drawn = by_lottery(season, applications)
    last, second_last, third_last = drawn[-1], drawn[-2], drawn[-3]
    verify_priority(last, low_income, coordinator)
    verify_priority(second_last, orphans, coordinator)
    # A claim that was never checked does not count.
    Application.objects.filter(pk=third_last.pk).update(priority_group=orphans)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    assert set(placed(run)) == {last.pk, second_last.pk}
    stats = run.statistics["by_priority_group"]
    assert stats["orphan"] == {"applicants": 1, "placed": 1, "unplaced": 0}
    assert stats["none"]["placed"] == 0


def test_confirmed_prior_agreement_goes_before_the_lottery_but_after_priority(
    season, june, placement_with, applicant, coordinator, lottery_ready, employer, rep
):
    Season.objects.filter(pk=season.pk).update(allow_pre_agreements=True)
    season.refresh_from_db()
    place = placement_with({june: 1}, organisation=employer)
    applications = [applicant([place], [june]) for _ in range(4)]
    lottery_ready(season)
    drawn = by_lottery(season, applications)
    agreed = drawn[-1]
    Application.objects.filter(pk=agreed.pk).update(pre_agreement=place)
    agreed.refresh_from_db()
    applications_services.pre_agreement_confirm(application=agreed, by=rep)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    assert list(placed(run)) == [agreed.pk]
    # Priority comes first.
    group = PriorityGroupFactory(season=season, kind=PriorityKind.DISABILITY, rank=1)
    verify_priority(drawn[-2], group, coordinator)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    assert list(placed(run)) == [drawn[-2].pk]


def test_prior_agreement_is_ignored_when_the_season_does_not_count_them(
    season, june, placement_with, applicant, coordinator, lottery_ready
):
    place = placement_with({june: 1})
    applications = [applicant([place], [june]) for _ in range(4)]
    lottery_ready(season)
    drawn = by_lottery(season, applications)
    Application.objects.filter(pk=drawn[-1].pk).update(
        pre_agreement=place, pre_agreement_confirmed_at=timezone.now()
    )
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    assert list(placed(run)) == [drawn[0].pk]


# --- Hard constraints ------------------------------------------------------------------------------------


def test_hard_constraints_are_never_broken_and_the_result_is_stable(
    season, june, july, placement_with, applicant, coordinator, lottery_ready
):
    rng = random.Random(11)
    placements = []
    for _ in range(8):
        min_age = rng.choice([13, 15, 16, 18])
        hours = rng.choice([Decimal("4"), Decimal("6"), Decimal("7")])
        placements.append(
            placement_with(
                {p: rng.randint(0, 4) for p in rng.sample([june, july], rng.randint(1, 2))},
                min_age=min_age,
                is_light_work=min_age < 15 or rng.random() < 0.5,
                is_hazardous=min_age >= 18 and rng.random() < 0.5,
                hours_per_day=hours,
                ends_at=dt.time(9 + int(hours), 30),
                takes_youths_with_disability=rng.random() < 0.3,
                supervisor_count=1,
            )
        )
    for _ in range(40):
        applicant(
            rng.sample(placements, rng.randint(1, 5)),
            rng.choice([[june], [july], [june, july]]),
            age=rng.randint(13, 19),
            youth={"has_disability": rng.random() < 0.15},
            in_basic_education=rng.random() < 0.4,
        )
    lottery_ready(season)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    rules = {limit.category: HourRule.of(limit) for limit in season.hour_limits.all()}

    def allowed(application, place):
        period = place.period
        age = eligibility.age_on(application.youth.date_of_birth, period.starts_on)
        category = eligibility.age_category(age=age, in_basic_education=application.in_basic_education)
        terms = PlacementTerms.of(place.placement)
        return (
            period in application.available_periods.all()
            and not eligibility.season_age_problems(
                born=application.youth.date_of_birth,
                period_name="",
                period_starts_on=period.starts_on,
                min_age=13,
                max_age=19,
            )
            and not eligibility.placement_problems(
                age=age,
                has_disability=application.youth.has_disability,
                period_name="",
                terms=terms,
                working_time=eligibility.working_time_problems(terms=terms, rule=rules[category]),
            )
            and place.placement_id in [c.placement_id for c in application.choices.all()]
        )

    assignments = list(
        run.assignments.select_related(
            "application__youth", "placement_period__placement__season", "placement_period__period"
        )
    )
    assert len(assignments) >= 10
    count = {}
    for assignment in assignments:
        assert allowed(assignment.application, assignment.placement_period)
        count[assignment.placement_period_id] = count.get(assignment.placement_period_id, 0) + 1
    for place in PlacementPeriod.objects.filter(pk__in=count).select_related("placement__season"):
        assert count[place.pk] <= min(place.capacity, place.placement.max_youths_per_period)
    # No blocking pair: a youth never misses a free place that they listed above their own and may take.
    where = {a.application_id: a for a in assignments}
    places = list(
        PlacementPeriod.objects.filter(placement__season=season).select_related("placement__season", "period")
    )
    for application in (
        Application.objects.filter(season=season)
        .select_related("youth")
        .prefetch_related("choices", "available_periods")
    ):
        mine = where.get(application.pk)
        my_rank = mine.choice_rank if mine else 99
        for choice in application.choices.all():
            if choice.rank >= my_rank:
                continue
            for place in places:
                if place.placement_id == choice.placement_id and allowed(application, place):
                    assert count.get(place.pk, 0) >= place.capacity


def test_supervision_caps_capacity_ten_or_five_with_disability(
    season, june, placement_with, applicant, coordinator, lottery_ready
):
    ordinary = placement_with({june: 10})
    inclusive = placement_with({june: 5}, takes_youths_with_disability=True)
    # Places entered above the supervision limit (e.g. an old record): the run never fills more than the cap.
    PlacementPeriod.objects.filter(placement=ordinary).update(capacity=15)
    PlacementPeriod.objects.filter(placement=inclusive).update(capacity=9)
    for _ in range(14):
        applicant([ordinary], [june])
    for _ in range(8):
        applicant([inclusive], [june], youth={"has_disability": True})
    lottery_ready(season)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    filled = list(placed(run).values())
    assert filled.count((ordinary.pk, june.pk)) == 10
    assert filled.count((inclusive.pk, june.pk)) == 5
    assert run.statistics["places_capped_by_supervision"] == 5 + 4


def test_youth_with_a_disability_is_placed_only_where_supervision_allows(
    season, june, placement_with, applicant, coordinator, lottery_ready
):
    ordinary = placement_with({june: 3})
    application = applicant([ordinary], [june], youth={"has_disability": True})
    lottery_ready(season)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    assert placed(run) == {}
    explanation = MatchExplanation.objects.get(run=run, application=application)
    assert explanation.params["details"][0]["problems"][0]["code"] == "disability_support_missing"


# --- Explanations ------------------------------------------------------------------------------------------


def test_every_youth_is_told_why(season, june, july, placement_with, applicant, coordinator, lottery_ready):
    group = PriorityGroupFactory(season=season, kind=PriorityKind.LARGE_FAMILY, rank=1)
    by_priority = placement_with({june: 1}, workplace="Bibliotēka")
    by_lottery_place = placement_with({june: 1}, workplace="Muzejs")
    adults_only = placement_with({june: 1}, workplace="Noliktava", min_age=18, is_light_work=False)
    july_only = placement_with({july: 1}, workplace="Pludmale")
    fallback = placement_with({june: 1}, workplace="Parks")
    youth = applicant([by_priority, by_lottery_place, adults_only, july_only, fallback], [june], age=15)
    rival_priority = applicant([by_priority], [june])
    verify_priority(rival_priority, group, coordinator)

    def keys():
        """The keys that the draw will give, were the list frozen now (every applicant changes the seed)."""
        ids = list(Application.objects.filter(season=season, status="submitted").values_list("pk", flat=True))
        seed = lottery_draw.derive_seed(secret=season.lottery_secret, application_ids=ids)
        return {pk: lottery_draw.lottery_key(seed=seed, season_id=season.pk, application_id=pk) for pk in ids}

    # Youths who want only the museum; at least one of them must come before the youth in the draw.
    others = [applicant([by_lottery_place], [june]) for _ in range(3)]
    key = keys()
    while not any(key[o.pk] < key[youth.pk] for o in others) or not any(
        key[o.pk] > key[youth.pk] for o in others
    ):
        others.append(applicant([by_lottery_place], [june]))
        key = keys()
    lottery_ready(season)
    drawn = numbers(season)
    earlier = [o for o in others if drawn[o.pk] < drawn[youth.pk]]
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    explanation = MatchExplanation.objects.get(run=run, application=youth)
    assert explanation.code == ExplanationCode.PLACED
    reasons = [(d["rank"], d["reason"]) for d in explanation.params["details"]]
    assert reasons == [
        (1, "filled_priority"),
        (2, "filled_lottery"),
        (3, "not_eligible"),
        (4, "not_available"),
    ]
    museum = explanation.params["details"][1]
    assert museum["cutoff"] == min(drawn[o.pk] for o in earlier) and museum["cutoff"] < drawn[youth.pk]
    with translation.override("en"):
        lines = explain(explanation)
    assert lines[0].startswith("You were placed in your choice no. 5: Parks")
    assert "priority group that comes before yours" in lines[1]
    assert f"the last place went to number {museum['cutoff']}" in lines[2]
    assert "This placement takes youths aged 18 or older" in lines[3]
    assert "does not run in any period" in lines[4]
    assert lines[-1] == f"Your lottery number is {drawn[youth.pk]} of {len(drawn)}."
    # A youth who lost the museum draw and listed nothing else is not placed, and told so.
    loser = max(others, key=lambda o: drawn[o.pk])
    with translation.override("en"):
        lines = explain(MatchExplanation.objects.get(run=run, application=loser))
    assert lines[0].startswith("You were not placed")
    assert "earlier lottery number" in lines[1]
    # The rival is told they got their first choice.
    with translation.override("en"):
        assert explain(MatchExplanation.objects.get(run=run, application=rival_priority))[:2] == [
            "You were placed in your first choice: Bibliotēka — "
            + by_priority.organisation.name
            + ", Jūnijs.",
            "Your priority group counted: Large family.",
        ]


def test_statistics_count_choices_groups_gender_and_school(
    season, june, placement_with, applicant, coordinator, lottery_ready
):
    school = SchoolFactory(city=season.city, name="Valmieras Valsts ģimnāzija")
    first, second = placement_with({june: 1}), placement_with({june: 1})
    applicant([first, second], [june], gender="female", school=school)
    applicant([first, second], [june], gender="male", school=school)
    applicant([first], [june])
    lottery_ready(season)
    stats = lottery_services.match_run_preview(season=season, by=coordinator).statistics
    assert stats["participants"] == 3 and stats["placed"] == 2 and stats["unplaced"] == 1
    assert sum(stats["by_choice_rank"].values()) == 2
    assert set(stats["by_gender"]) == {"female", "male", "not_stated"}
    gymnasium = next(s for s in stats["by_school"] if s["school_id"] == school.pk)
    assert gymnasium["applicants"] == 2 and gymnasium["name"] == "Valmieras Valsts ģimnāzija"
    assert stats["by_period"]["Jūnijs"] == {"places": 2, "filled": 2}


def test_preview_reads_the_season_in_a_fixed_number_of_queries(
    season, june, july, placement_with, applicant, coordinator, lottery_ready
):
    placements = [placement_with({june: 2, july: 2}) for _ in range(3)]
    for _ in range(4):
        applicant(placements, [june, july])
    lottery_ready(season)
    lottery_services.match_run_preview(season=season, by=coordinator)  # fills the content-type cache
    with CaptureQueriesContext(connection) as few:
        lottery_services.match_run_preview(season=season, by=coordinator)
    for _ in range(16):
        applicant(placements[::-1], [june])
    season = refreeze(season)
    with CaptureQueriesContext(connection) as many:
        lottery_services.match_run_preview(season=season, by=coordinator)
    assert len(many) == len(few)


# --- Publication, offers and follow-up runs ----------------------------------------------------------------


def test_publish_makes_offers_with_a_deadline_and_discards_other_previews(
    season, crowd, coordinator, lottery_ready
):
    lottery_ready(season)
    older = lottery_services.match_run_preview(season=season, by=coordinator)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    run = lottery_services.match_run_publish(run=run, by=coordinator)
    assert run.status == MatchRunStatus.PUBLISHED and run.published_by == coordinator
    offers = list(run.assignments.all())
    assert offers and all(a.status == AssignmentStatus.OFFERED for a in offers)
    deadline = timezone.localtime(offers[0].deadline)
    assert deadline.date() == timezone.localdate() + dt.timedelta(days=season.offer_acceptance_days)
    assert (deadline.hour, deadline.minute) == (23, 59)
    older.refresh_from_db()
    assert older.status == MatchRunStatus.DISCARDED
    with pytest.raises(MatchError):
        lottery_services.match_run_publish(run=older, by=coordinator)
    with pytest.raises(MatchError, match="already published"):
        lottery_services.match_run_preview(season=season, by=coordinator)
    events = AuditEvent.objects.filter(object_type__model="matchrun", object_id=str(run.pk)).order_by("pk")
    assert [e.details["status"] for e in events] == [[None, "preview"], ["preview", "published"]]
    with pytest.raises(SummerJobsError, match="no longer change"):
        seasons_services.season_update(season=season, by=coordinator, data={"max_choices": 3})


def test_a_preview_is_not_published_after_its_inputs_changed(season, crowd, coordinator, lottery_ready):
    lottery_ready(season)
    run = lottery_services.match_run_preview(season=season, by=coordinator)
    application = Application.objects.filter(season=season).first()
    applications_services.application_withdraw(application=application, by=coordinator)
    with pytest.raises(MatchError, match="changed"):
        lottery_services.match_run_publish(run=run, by=coordinator)
    assert Assignment.objects.filter(run=run, status=AssignmentStatus.PROPOSED).exists()
    fresh = lottery_services.match_run_preview(season=season, by=coordinator)
    assert lottery_services.match_run_publish(run=fresh, by=coordinator).status == MatchRunStatus.PUBLISHED


@pytest.fixture
def published(season, june, placement_with, applicant, coordinator, lottery_ready):
    """Two placements with one June place each, five youths wanting both; the initial run published."""
    first, second = placement_with({june: 1}), placement_with({june: 1})
    applications = [applicant([first, second], [june], youth={"user": UserFactory()}) for _ in range(5)]
    lottery_ready(season)
    run = lottery_services.match_run_publish(
        run=lottery_services.match_run_preview(season=season, by=coordinator), by=coordinator
    )
    return run, applications


def offer_of(application):
    return (
        Assignment.objects.filter(application=application)
        .exclude(status=AssignmentStatus.PROPOSED)
        .latest("pk")
    )


def test_youth_or_guardian_answers_an_offer_strangers_cannot(published, season):
    run, applications = published
    holders = [a for a in applications if a.pk in placed(run)]
    offer = offer_of(holders[0])
    assert not permissions.can_answer_offer(UserFactory(), offer)
    with pytest.raises(NotAllowed):
        offers_services.assignment_accept(assignment=offer, by=UserFactory())
    guardian_user = UserFactory()
    GuardianLinkFactory(guardian=PersonFactory(user=guardian_user), youth=holders[0].youth)
    accepted = offers_services.assignment_accept(assignment=offer, by=guardian_user)
    assert accepted.status == AssignmentStatus.ACCEPTED and accepted.responded_by == guardian_user
    with pytest.raises(OfferError, match="no longer open"):
        offers_services.assignment_accept(assignment=offer, by=guardian_user)
    event = AuditEvent.objects.filter(object_type__model="assignment", object_id=str(offer.pk)).latest("pk")
    assert event.details["status"] == ["offered", "accepted"] and event.person == holders[0].youth
    assert offer in offers_selectors.offers_visible_to(user=holders[0].youth.user, season=season)
    assert offer not in offers_selectors.offers_visible_to(user=UserFactory(), season=season)


def test_an_offer_cannot_be_accepted_after_its_deadline_and_expires(published, coordinator):
    run, applications = published
    offer = next(offer_of(a) for a in applications if a.pk in placed(run))
    later = offer.deadline + dt.timedelta(minutes=1)
    with pytest.raises(OfferError, match="passed"):
        offers_services.assignment_accept(assignment=offer, by=offer.application.youth.user, now=later)
    assert offers_services.assignments_expire(now=offer.deadline - dt.timedelta(minutes=1)) == 0
    assert offers_services.assignments_expire(now=later) == 2
    offer.refresh_from_db()
    assert offer.status == AssignmentStatus.EXPIRED
    assert offers_services.assignments_expire(now=later) == 0


def test_follow_up_keeps_accepted_offers_and_fills_declined_and_expired_places(
    published, season, coordinator
):
    run, applications = published
    holders = [a for a in applications if a.pk in placed(run)]
    waiting = [a for a in applications if a.pk not in placed(run)]
    kept, leaving = holders
    offers_services.assignment_accept(assignment=offer_of(kept), by=kept.youth.user)
    offers_services.assignment_decline(assignment=offer_of(leaving), by=leaving.youth.user)
    with pytest.raises(MatchError, match="initial run is already published"):
        lottery_services.match_run_preview(season=season, by=coordinator, kind=MatchRunKind.INITIAL)
    follow_up = lottery_services.match_run_preview(season=season, by=coordinator, kind=MatchRunKind.FOLLOW_UP)
    new = placed(follow_up)
    # The freed place goes to the first of the waiting youths in the draw; the accepted one is untouched.
    assert list(new) == [by_lottery(season, waiting)[0].pk]
    assert new[by_lottery(season, waiting)[0].pk] == (
        offer_of(leaving).placement_period.placement_id,
        offer_of(leaving).period_id,
    )
    assert follow_up.statistics["kept_from_earlier_runs"] == 1
    assert follow_up.statistics["left_out_declined_or_expired"] == 1
    assert follow_up.statistics["participants"] == 3
    assert not MatchExplanation.objects.filter(run=follow_up, application__in=[kept, leaving]).exists()
    lottery_services.match_run_publish(run=follow_up, by=coordinator)
    assert offer_of(kept).status == AssignmentStatus.ACCEPTED
    # Publishing again changes nothing: a second follow-up has no free place left.
    second = lottery_services.match_run_preview(season=season, by=coordinator, kind=MatchRunKind.FOLLOW_UP)
    assert placed(second) == {}


def test_a_place_lowered_below_the_offers_cannot_be_overfilled(
    published, season, coordinator, june, placement_with, applicant
):
    run, applications = published
    # Two offers for the same placement period: make a third placement with two places and two offers.
    shared = placement_with({june: 2})
    late = [applicant([shared], [june], youth={"user": UserFactory()}) for _ in range(2)]
    refreeze(season)
    follow_up = lottery_services.match_run_preview(season=season, by=coordinator, kind=MatchRunKind.FOLLOW_UP)
    lottery_services.match_run_publish(run=follow_up, by=coordinator)
    first, second = (offer_of(a) for a in late)
    assert first.placement_period_id == second.placement_period_id
    offers_services.assignment_accept(assignment=first, by=late[0].youth.user)
    placements_services.placement_capacity_set(
        placement_period=first.placement_period, capacity=1, by=coordinator
    )
    with pytest.raises(SummerJobsError, match="already accepted"):
        placements_services.placement_capacity_set(
            placement_period=first.placement_period, capacity=0, by=coordinator
        )
    with pytest.raises(OfferError, match="All places"):
        offers_services.assignment_accept(assignment=second, by=late[1].youth.user)
    assert (
        Assignment.objects.filter(
            placement_period=first.placement_period, status=AssignmentStatus.ACCEPTED
        ).count()
        == 1
    )


def test_withdrawing_an_application_declines_its_offer(published, season):
    run, applications = published
    holder = next(a for a in applications if a.pk in placed(run))
    applications_services.application_withdraw(application=holder, by=holder.youth.user)
    assert offer_of(holder).status == AssignmentStatus.DECLINED


def test_second_placement_in_another_period_when_the_season_allows_it(
    season, june, july, placement_with, applicant, coordinator, lottery_ready
):
    Season.objects.filter(pk=season.pk).update(allow_multiple_placements=True)
    season.refresh_from_db()
    garden = placement_with({june: 1, july: 1})
    first_youth = applicant([garden], [june, july], youth={"user": UserFactory()})
    lottery_ready(season)
    initial = lottery_services.match_run_publish(
        run=lottery_services.match_run_preview(season=season, by=coordinator), by=coordinator
    )
    assert placed(initial) == {first_youth.pk: (garden.pk, june.pk)}
    offers_services.assignment_accept(assignment=offer_of(first_youth), by=first_youth.youth.user)
    follow_up = lottery_services.match_run_preview(season=season, by=coordinator, kind=MatchRunKind.FOLLOW_UP)
    assert placed(follow_up) == {first_youth.pk: (garden.pk, july.pk)}
    explanation = MatchExplanation.objects.get(run=follow_up, application=first_youth)
    assert [d["reason"] for d in explanation.params["details"]] == ["period_taken"]


# --- True concurrency (PostgreSQL only: SQLite serialises every writer anyway) -----------------------------


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_concurrent_accepts_cannot_overfill_a_place(valmiera, coordinator):
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

    # An earlier transactional test (the browser tests) may have flushed what the migration loaded.
    load_occupations(Occupation)
    season = SeasonFactory(city=valmiera)
    period = SeasonPeriodFactory(season=season)
    place = PlacementPeriodFactory(placement=PlacementFactory(season=season), period=period, capacity=2)
    applications = [
        ApplicationFactory(
            season=season, periods=[period], choices=[place.placement], youth__user=UserFactory()
        )
        for _ in range(2)
    ]
    Season.objects.filter(pk=season.pk).update(
        youth_registration_closes=timezone.now() - dt.timedelta(minutes=1)
    )
    season = lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
    lottery_services.match_run_publish(
        run=lottery_services.match_run_preview(season=season, by=coordinator), by=coordinator
    )
    first, second = (Assignment.objects.get(application=a) for a in applications)
    # The coordinator lowers the places to one while both offers are out (allowed: nobody accepted yet).
    placements_services.placement_capacity_set(placement_period=place, capacity=1, by=coordinator)

    outcome = {}

    def accept_in_thread():
        try:
            offers_services.assignment_accept(assignment=second, by=applications[1].youth.user)
            outcome["second"] = "accepted"
        except OfferError:
            outcome["second"] = "refused"
        finally:
            close_old_connections()
            connection.close()

    with transaction.atomic():
        # Hold the place's row lock, as a first accept in progress would ...
        PlacementPeriod.objects.select_for_update().get(pk=place.pk)
        worker = threading.Thread(target=accept_in_thread)
        worker.start()
        worker.join(timeout=1.5)
        # ... the other accept must wait for it (without the lock it would already have counted 0 accepted).
        assert worker.is_alive(), "assignment_accept did not wait for the placement period's lock"
        Assignment.objects.filter(pk=first.pk).update(
            status=AssignmentStatus.ACCEPTED, responded_at=timezone.now()
        )
    worker.join(timeout=10)
    assert outcome == {"second": "refused"}
    assert Assignment.objects.filter(placement_period=place, status=AssignmentStatus.ACCEPTED).count() == 1
