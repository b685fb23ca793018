"""The course's services: eligibility, one application per person, selection by priority, score and
lottery, offers and the waiting list, attendance, completion and the ledger, outcomes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from microcity.core.models import Indicator, OutcomeRecord
from microcity.courses import ranking, selectors, services
from microcity.courses.models import (
    Application,
    ApplicationStatus,
    Checkpoint,
    CourseStatus,
    Education,
    LabourStatus,
    OutcomeKind,
    PriorityRule,
    PriorityRuleKind,
)
from microcity.courses.tests.factories import CourseFactory, adult, coordinator, make_application
from microcity.courses.workflows import APPLICATIONS, CoursesError, NotAllowed

S = ApplicationStatus
pytestmark = pytest.mark.django_db


@pytest.fixture
def course(valmiera):
    return CourseFactory(city=valmiera, places=3)


@pytest.fixture
def boss(valmiera):
    return coordinator(valmiera)


def close(course):
    return course.applications_close_at + dt.timedelta(minutes=1)


def test_apply_once_and_only_in_the_window(course, django_capture_on_commit_callbacks):
    person = adult(course.city)
    with django_capture_on_commit_callbacks(execute=True):
        application = make_application(course, person, answer="  Gribu mācīties  ")
    assert application.status == S.SUBMITTED and application.answer == "Gribu mācīties"
    with pytest.raises(CoursesError, match="already applied"):
        make_application(course, person)
    late = adult(course.city)
    with pytest.raises(CoursesError, match="not open"):
        services.application_submit(course=course, person=late, by=late.user, now=close(course))
    # In the applicant's language (Latvian unless they chose English).
    assert len(mail.outbox) == 1 and "saņemts" in mail.outbox[0].subject


def test_apply_only_for_oneself(course):
    a, b = adult(course.city), adult(course.city)
    with pytest.raises(NotAllowed):
        services.application_submit(course=course, person=a, by=b.user)


def test_eligibility_reasons_are_given(course, ventspils):
    course.residents_only = True
    course.min_age = 25
    course.save()
    young_stranger = adult(ventspils, age=20)
    with pytest.raises(CoursesError) as refused:
        make_application(course, young_stranger)
    assert len(refused.value.messages) == 2
    assert any("aged 25" in m for m in refused.value.messages)
    assert any("residents" in m for m in refused.value.messages)


def test_selection_ranks_priority_then_score_then_lottery(course, boss):
    PriorityRule.objects.create(course=course, order=1, kind=PriorityRuleKind.AGE_45_LOW_EDUCATION)
    PriorityRule.objects.create(course=course, order=2, kind=PriorityRuleKind.UNEMPLOYED)
    older = make_application(course, adult(course.city, age=50), education=Education.ISCED_0_2)
    unemployed = make_application(course, labour_status=LabourStatus.UNEMPLOYED)
    plain = [make_application(course) for _ in range(4)]
    services.application_score(application=plain[3], score=Decimal("90"), by=boss)
    result = services.course_select(course=course, by=boss, now=close(course))
    assert result == {"offered": 3, "waitlisted": 3}
    ranked = list(Application.objects.filter(course=course).order_by("rank"))
    assert [a.pk for a in ranked[:3]] == [older.pk, unemployed.pk, plain[3].pk]
    assert [a.status for a in ranked] == [S.OFFERED] * 3 + [S.WAITLISTED] * 3
    assert (
        ranked[0].priority_group == 1 and ranked[1].priority_group == 2 and ranked[2].priority_group is None
    )
    course.refresh_from_db()
    assert course.status == CourseStatus.SELECTED
    # Anyone can recompute the lottery from the published secret and the application numbers.
    assert course.lottery_commitment == ranking.commitment_of(course.lottery_secret)
    ids = sorted(a.pk for a in ranked)
    assert course.lottery_seed == ranking.derive_seed(secret=course.lottery_secret, application_ids=ids)
    numbers = ranking.lottery_numbers(seed=course.lottery_seed, course_id=course.pk, application_ids=ids)
    assert {a.pk: a.lottery_number for a in ranked} == numbers
    # The lottery decides among the equal ones.
    rest = [a for a in ranked if a.priority_group is None and a.staff_score is None]
    assert [a.lottery_number for a in rest] == sorted(a.lottery_number for a in rest)


def test_selection_waits_for_the_window_to_close_and_runs_once(course, boss):
    make_application(course)
    with pytest.raises(CoursesError, match="after applications close"):
        services.course_select(course=course, by=boss)
    services.course_select(course=course, by=boss, now=close(course))
    with pytest.raises(CoursesError):
        services.course_select(course=course, by=boss, now=close(course))


def test_only_coordinators_of_the_city_select(course, ventspils):
    other = coordinator(ventspils)
    with pytest.raises(NotAllowed):
        services.course_select(course=course, by=other, now=close(course))


def test_declined_and_expired_offers_move_the_waiting_list(course, boss):
    apps = [make_application(course) for _ in range(5)]
    services.course_select(course=course, by=boss, now=close(course))
    ranked = list(
        Application.objects.filter(course=course).order_by("rank").select_related("person", "course__city")
    )
    first, second, third, fourth, fifth = ranked
    services.offer_decline(application=first, by=first.person.user, now=close(course))
    fourth.refresh_from_db()
    assert fourth.status == S.OFFERED and fourth.offer_deadline is not None
    assert services.places_taken(course) == 3
    services.offer_accept(application=second, by=second.person.user, now=close(course))
    expired = services.offers_expire(now=close(course) + dt.timedelta(days=course.offer_days, hours=1))
    assert expired == 2  # third and fourth did not answer
    fifth.refresh_from_db()
    assert fifth.status == S.OFFERED
    assert services.places_taken(course) == 2  # nobody left on the list
    assert len(apps) == 5


def test_accepting_twice_or_late_is_refused(course, boss):
    make_application(course)
    services.course_select(course=course, by=boss, now=close(course))
    application = Application.objects.select_related("person", "course__city").get(course=course)
    with pytest.raises(CoursesError, match="passed"):
        services.offer_accept(
            application=application, by=application.person.user, now=close(course) + dt.timedelta(days=30)
        )
    services.offer_accept(application=application, by=application.person.user, now=close(course))
    with pytest.raises(CoursesError):
        services.offer_accept(application=application, by=application.person.user, now=close(course))


def test_manual_offer_never_overfills(course, boss):
    for _ in range(4):
        make_application(course)
    services.course_select(course=course, by=boss, now=close(course))
    waiting = Application.objects.get(course=course, status=S.WAITLISTED)
    with pytest.raises(CoursesError, match="No place"):
        services.application_offer(application=waiting, by=boss, now=close(course))


def test_every_transition_not_in_the_map_is_refused(course):
    application = make_application(course)
    for state in S.values:
        for to in S.values:
            application.status = state
            if not APPLICATIONS.allows(state, to):
                with pytest.raises(CoursesError):
                    APPLICATIONS.check(application, to)


def _run_course(course, boss, n=3):
    people = [adult(course.city) for _ in range(n)]
    for person in people:
        make_application(course, person)
    services.course_select(course=course, by=boss, now=close(course))
    for application in Application.objects.filter(course=course, status=S.OFFERED).select_related(
        "person", "course__city"
    ):
        services.offer_accept(application=application, by=application.person.user, now=close(course))
    start = timezone.make_aware(dt.datetime.combine(course.starts_on, dt.time(10)))
    sessions = [
        services.session_add(
            course=course,
            by=boss,
            starts_at=start + dt.timedelta(days=i),
            ends_at=start + dt.timedelta(days=i, hours=2),
        )
        for i in range(5)
    ]
    return list(
        Application.objects.filter(course=course, status=S.ACCEPTED)
        .order_by("pk")
        .select_related("person", "course__city")
    ), sessions


def test_completion_rules_and_the_ledger_once(course, boss):
    participants, sessions = _run_course(course, boss)
    good, absent, failed = participants
    for index, session in enumerate(sessions):
        present = [good.pk, failed.pk] + ([absent.pk] if index < 3 else [])
        services.attendance_record(session=session, present=present, by=boss)
    for application, passed in ((good, True), (absent, True), (failed, False)):
        services.participant_assess(application=application, passed=passed, by=boss)
    finish = timezone.make_aware(dt.datetime.combine(course.ends_on, dt.time(18)))
    result = services.course_finish(course=course, by=boss, now=finish)
    assert result == {"completed": 1, "not_completed": 2}
    good.refresh_from_db()
    assert good.status == S.COMPLETED and good.certificate_number
    records = OutcomeRecord.objects.filter(indicator=Indicator.PERSON_RETRAINED)
    assert list(records.values_list("person_id", flat=True)) == [good.person_id]
    funnel = selectors.funnel(courses=[course])
    assert (funnel.applied, funnel.offered, funnel.started, funnel.completed) == (3, 3, 3, 1)


def test_attendance_only_for_participants_and_by_trainers_or_coordinators(course, boss):
    participants, sessions = _run_course(course, boss, n=1)
    stranger = adult(course.city)
    with pytest.raises(NotAllowed):
        services.attendance_record(session=sessions[0], present=[], by=stranger.user)
    with pytest.raises(CoursesError, match="not a participant"):
        services.attendance_record(session=sessions[0], present=[999999], by=boss)
    course.trainers.add(stranger.user)
    course = type(course).objects.get(pk=course.pk)
    sessions[0].course = course
    assert (
        services.attendance_record(session=sessions[0], present=[participants[0].pk], by=stranger.user) == 1
    )


def test_check_in_with_the_code(course, boss):
    participants, sessions = _run_course(course, boss, n=1)
    person = participants[0].person
    session = sessions[0]
    with pytest.raises(CoursesError, match="not right"):
        services.attendance_check_in(
            session=session, person=person, code="WRONG", by=person.user, now=session.starts_at
        )
    with pytest.raises(CoursesError, match="only during"):
        services.attendance_check_in(
            session=session,
            person=person,
            code=session.check_in_code,
            by=person.user,
            now=session.ends_at + dt.timedelta(hours=1),
        )
    row = services.attendance_check_in(
        session=session,
        person=person,
        code=session.check_in_code.lower(),
        by=person.user,
        now=session.starts_at,
    )
    assert row.present


def test_outcomes_need_completion_and_an_employer_for_work(course, boss, valmiera):
    participants, sessions = _run_course(course, boss, n=1)
    application = participants[0]
    with pytest.raises(CoursesError, match="completed"):
        services.job_outcome_record(
            application=application, checkpoint=Checkpoint.AT_COMPLETION, kind=OutcomeKind.EMPLOYED, by=boss
        )
    for session in sessions:
        services.attendance_record(session=session, present=[application.pk], by=boss)
    services.participant_assess(application=application, passed=True, by=boss)
    services.course_finish(
        course=course, by=boss, now=timezone.make_aware(dt.datetime.combine(course.ends_on, dt.time(18)))
    )
    application.refresh_from_db()
    with pytest.raises(CoursesError, match="employer"):
        services.job_outcome_record(
            application=application, checkpoint=Checkpoint.AT_COMPLETION, kind=OutcomeKind.EMPLOYED, by=boss
        )
    employer = course.provider
    services.job_outcome_record(
        application=application,
        checkpoint=Checkpoint.AT_COMPLETION,
        kind=OutcomeKind.INTERNSHIP,
        employer=employer,
        by=boss,
    )
    services.job_outcome_record(
        application=application,
        checkpoint=Checkpoint.AT_COMPLETION,
        kind=OutcomeKind.EMPLOYED,
        employer=employer,
        by=boss,
    )
    funnel = selectors.funnel(courses=[course])
    assert funnel.work_at_completion == 1 and funnel.internship_at_completion == 0


def test_skills_supply_seam(course, boss):
    from microcity.core import registry
    from microcity.core.models import Occupation

    course.occupation = Occupation.objects.get(code="2512")
    course.save()
    make_application(course)
    rows = registry.skills_supply.for_city(course.city)
    assert [(r.occupation_code, r.in_training, r.completed) for r in rows] == [("2512", 0, 0)]
