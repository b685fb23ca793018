"""Every page of retraining courses through the HTTP client in Latvian and English, who may open what (a
leak test per rule), query counts on lists, hostile input on forms and the funder's export."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.models import AuditEvent
from microcity.courses import selectors, services
from microcity.courses.models import Application, ApplicationStatus, Checkpoint, LabourStatus, OutcomeKind
from microcity.courses.tests.factories import CourseFactory, adult, coordinator, make_application

S = ApplicationStatus
pytestmark = pytest.mark.django_db
LANGUAGES = ("lv", "en")


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def boss(valmiera):
    return coordinator(valmiera)


@pytest.fixture
def open_course(valmiera):
    return CourseFactory(city=valmiera, places=2, question_lv="Kāpēc?", question_en="Why?")


@pytest.fixture
def finished(valmiera, boss):
    """A course that ran: three participants, two sessions, one completed with an internship."""
    course = CourseFactory(city=valmiera, places=3)
    people = [adult(valmiera) for _ in range(4)]
    for index, person in enumerate(people):
        make_application(
            course,
            person,
            labour_status=LabourStatus.UNEMPLOYED,
            funder_consent=index != 1,
            answer="=cmd|' /C calc'!A0",
        )
    moment = course.applications_close_at + dt.timedelta(minutes=1)
    services.course_select(course=course, by=boss, now=moment)
    for application in Application.objects.filter(course=course, status=S.OFFERED).select_related(
        "person", "course__city"
    ):
        services.offer_accept(application=application, by=application.person.user, now=moment)
    start = timezone.make_aware(dt.datetime.combine(course.starts_on, dt.time(10)))
    sessions = [
        services.session_add(
            course=course,
            by=boss,
            starts_at=start + dt.timedelta(days=d),
            ends_at=start + dt.timedelta(days=d, hours=3),
        )
        for d in range(2)
    ]
    participants = list(Application.objects.filter(course=course, status=S.ACCEPTED).order_by("pk"))
    for session in sessions:
        services.attendance_record(session=session, present=[participants[0].pk], by=boss)
    services.participant_assess(application=participants[0], passed=True, by=boss)
    services.course_finish(
        course=course, by=boss, now=timezone.make_aware(dt.datetime.combine(course.ends_on, dt.time(18)))
    )
    winner = Application.objects.select_related("person__user", "course__city").get(pk=participants[0].pk)
    services.job_outcome_record(
        application=winner,
        checkpoint=Checkpoint.AT_COMPLETION,
        kind=OutcomeKind.INTERNSHIP,
        employer=course.provider,
        by=boss,
    )
    course.refresh_from_db()
    course.winner = winner
    course.session_ids = [s.pk for s in sessions]
    return course


def url(name, course=None, lang="en", **kwargs):
    from django.utils import translation

    with translation.override(lang):
        if course is not None:
            kwargs.setdefault("pk", course.pk)
            kwargs["city"] = course.city.slug
        return reverse(f"courses:{name}", kwargs=kwargs)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_public_pages(client, open_course, finished, lang):
    catalogue = client.get(url("catalogue", lang=lang, city="valmiera"))
    assert catalogue.status_code == 200
    assert (
        open_course.title_en in catalogue.content.decode()
        or open_course.title_lv in catalogue.content.decode()
    )
    assert (
        client.get(
            url("catalogue", lang=lang, city="valmiera") + "?open=on&q=basics&audience=adults"
        ).status_code
        == 200
    )
    page = client.get(url("course", open_course, lang))
    assert page.status_code == 200 and b'data-action="sign-in-to-apply"' in page.content
    assert open_course.lottery_commitment.encode() in page.content
    assert client.get(url("course", finished, lang)).status_code == 200
    feed = client.get(url("feed", lang=lang, city="valmiera"))
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")


def test_drafts_are_not_public(client, valmiera):
    draft = CourseFactory(city=valmiera, status="draft")
    assert client.get(url("course", draft)).status_code == 404
    assert draft.title_en not in client.get(url("catalogue", city="valmiera")).content.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_apply_and_answer_an_offer(open_course, boss, lang):
    person = adult(open_course.city)
    client = signed_in(person.user)
    page = client.get(url("apply", open_course, lang))
    assert page.status_code == 200
    data = {
        "answer": "Gribu strādāt\x00 IT",
        "gender": "female",
        "labour_status": "unemployed",
        "education": "isced_3_4",
        "disadvantaged": "prefer_not",
        "disability": "no",
        "funder_consent": "on",
    }
    response = client.post(url("apply", open_course, lang), data)
    assert response.status_code == 302
    application = Application.objects.get(course=open_course, person=person)
    assert application.answer == "Gribu strādāt IT" and application.funder_consent
    assert client.get(url("mine", lang=lang, city="valmiera")).status_code == 200
    again = client.post(url("apply", open_course, lang), data)
    assert again.status_code == 200 and Application.objects.filter(person=person).count() == 1
    services.course_select(
        course=open_course, by=boss, now=open_course.applications_close_at + dt.timedelta(minutes=1)
    )
    offered = client.get(url("course", open_course, lang))
    assert b'value="accept"' in offered.content
    assert client.post(url("course", open_course, lang), {"action": "accept"}).status_code == 302
    application.refresh_from_db()
    assert application.status == S.ACCEPTED


def test_apply_refuses_hostile_input(open_course):
    person = adult(open_course.city)
    client = signed_in(person.user)
    response = client.post(
        url("apply", open_course),
        {
            "answer": "x" * 100_000,
            "gender": "=1+1",
            "labour_status": "employed",
            "education": "isced_0_2",
            "disadvantaged": "no",
            "disability": "no",
        },
    )
    assert response.status_code == 200
    assert not Application.objects.filter(person=person).exists()


def test_ineligible_person_sees_the_reasons(open_course, ventspils):
    open_course.residents_only = True
    open_course.save()
    stranger = adult(ventspils)
    page = signed_in(stranger.user).get(url("course", open_course))
    assert b"only for residents" in page.content and b'data-action="apply"' not in page.content


@pytest.mark.parametrize("lang", LANGUAGES)
def test_coordinator_pages(finished, boss, lang):
    client = signed_in(boss)
    for name, extra in (
        ("applications", {}),
        ("participants", {}),
        ("outcomes", {}),
        ("session", {"session_pk": finished.session_ids[0]}),
    ):
        assert client.get(url(name, finished, lang, **extra)).status_code == 200, name
    manage = client.get(url("manage", lang=lang, city="valmiera"))
    assert manage.status_code == 200 and b'id="providers"' in manage.content
    assert client.get(url("course_new", lang=lang, city="valmiera")).status_code == 200
    assert client.get(url("applications", finished, lang) + "?status=completed&group=none").status_code == 200
    for hostile in ("?page=x", "?page=99999999999", "?status=%00&group=" + "9" * 50):
        assert client.get(url("applications", finished, lang) + hostile).status_code == 200


def test_funder_export_matches_the_funnel_and_only_consenting(finished, boss):
    client = signed_in(boss)
    response = client.get(url("export", finished, fmt="csv"))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    header, data = rows[0], rows[1:]
    funnel = selectors.funnel(courses=[finished])
    consenting = Application.objects.filter(
        course=finished,
        funder_consent=True,
        status__in=["completed", "not_completed", "dropped_out", "accepted"],
    )
    assert len(data) == consenting.count()
    assert sum(1 for row in data if row[header.index("qualification")] == "1") == funnel.completed
    assert (
        sum(1 for row in data if row[header.index("work_at_completion")] == "internship")
        == funnel.internship_at_completion
    )
    assert "=cmd" not in response.content.decode()  # answers and names are never exported
    xlsx = client.get(url("export", finished, fmt="xlsx"))
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert client.get(url("export", finished, fmt="json")).status_code == 404
    assert AuditEvent.objects.filter(action="export").count() == 2


def test_certificate_for_the_holder_only(finished):
    winner = finished.winner
    path = url("certificate", lang="lv", city="valmiera", pk=winner.pk)
    response = signed_in(winner.person.user).get(path)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert signed_in(adult(finished.city).user).get(path).status_code == 404


def test_leaks_per_rule(finished, ventspils, valmiera):
    """Anonymous → sign-in; an adult, a coordinator of another city → 403; a trainer sees the participants
    and the register but not the applications, entry data, outcomes or the export."""
    staff_pages = [
        url("applications", finished),
        url("participants", finished),
        url("outcomes", finished),
        url("session", finished, session_pk=finished.session_ids[0]),
        url("export", finished, fmt="csv"),
    ]
    anonymous = Client()
    for path in staff_pages:
        assert anonymous.get(path).status_code == 302
    for outsider in (adult(valmiera).user, coordinator(ventspils)):
        client = signed_in(outsider)
        for path in staff_pages:
            assert client.get(path).status_code == 403, path
        assert client.post(url("applications", finished), {"action": "select"}).status_code == 403
        assert client.post(url("participants", finished), {"action": "finish"}).status_code == 403
    trainer = UserFactory()
    MembershipFactory(user=trainer, city=valmiera, role=Role.TEACHER)
    finished.trainers.add(trainer)
    client = signed_in(trainer)
    participants_page = client.get(url("participants", finished))
    assert participants_page.status_code == 200
    assert b"Unemployed" not in participants_page.content and b"=cmd" not in participants_page.content
    assert client.get(url("session", finished, session_pk=finished.session_ids[0])).status_code == 200
    for path in (
        url("applications", finished),
        url("outcomes", finished),
        url("export", finished, fmt="csv"),
    ):
        assert client.get(path).status_code == 403, path
    assert client.post(url("participants", finished), {"action": "finish"}).status_code == 403
    manage = client.get(url("manage", city="valmiera"))
    assert manage.status_code == 200 and finished.title_en.encode() in manage.content
    # A trainer of another course sees nothing of this one.
    other = UserFactory()
    CourseFactory(city=valmiera).trainers.add(other)
    assert signed_in(other).get(url("participants", finished)).status_code == 403
    # The coordinator's page shows the entry data.
    boss_page = signed_in(coordinator(valmiera)).get(url("applications", finished))
    assert b"Unemployed" in boss_page.content


def test_list_query_counts_do_not_grow(valmiera, boss, django_assert_max_num_queries):
    course = CourseFactory(city=valmiera, places=50)
    for _ in range(3):
        make_application(course)
    client = signed_in(boss)
    with django_assert_max_num_queries(25) as small:
        client.get(url("applications", course))
    for _ in range(15):
        make_application(course)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url("applications", course))
    for _ in range(8):
        CourseFactory(city=valmiera)
    with django_assert_max_num_queries(15):
        Client().get(url("catalogue", city="valmiera"))


def test_course_form_refuses_hostile_input(valmiera, boss):
    client = signed_in(boss)
    response = client.post(
        url("course_new", city="valmiera"),
        {
            "title_lv": "x" * 100_000,
            "title_en": "=HYPERLINK(1)",
            "hours": "99999999999",
            "places": "0",
            "applications_open_at": "0001-01-01 00:00",
            "applications_close_at": "9999-12-31 23:59",
            "starts_on": "9999-01-01",
            "ends_on": "0001-01-01",
            "min_age": "18",
            "max_age": "99",
            "audience": "adults",
            "co_payment": "-5",
        },
    )
    assert response.status_code == 200
    assert not valmiera.courses.exists()


def test_coordinator_creates_opens_and_selects_through_pages(valmiera, boss):
    from microcity.core.tests.factories import OrganisationFactory

    provider = OrganisationFactory(city=valmiera)
    client = signed_in(boss)
    today = timezone.localdate()
    response = client.post(
        url("course_new", city="valmiera"),
        {
            "title_lv": "Metināšana",
            "title_en": "Welding",
            "provider": provider.pk,
            "audience": "adults",
            "hours": 80,
            "places": 5,
            "co_payment": "0",
            "applications_open_at": f"{today} 09:00",
            "applications_close_at": f"{today + dt.timedelta(days=7)} 18:00",
            "starts_on": today + dt.timedelta(days=14),
            "ends_on": today + dt.timedelta(days=40),
            "min_age": 18,
            "max_age": 99,
            "priority_rules": ["unemployed", "referred"],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    course = valmiera.courses.get()
    assert [r.kind for r in course.priority_rules.all()] == [
        "referred",
        "unemployed",
    ] or course.priority_rules.count() == 2
    assert client.post(url("applications", course), {"action": "open"}).status_code == 302
    course.refresh_from_db()
    assert course.status == "open" and len(course.lottery_commitment) == 64


def test_coordinator_adds_a_session(open_course, finished, boss):
    client = signed_in(boss)
    day = open_course.starts_on + dt.timedelta(days=3)
    data = {"action": "session_add", "starts_at": f"{day} 17:00", "ends_at": f"{day} 20:00", "topic": "Git"}
    response = client.post(url("participants", open_course), data)
    assert response.status_code == 302 and open_course.sessions.count() == 1
    bad = client.post(
        url("participants", open_course), {"action": "session_add", "starts_at": "9999-01-01 00:00"}
    )
    assert bad.status_code == 302 and open_course.sessions.count() == 1
    before = finished.sessions.count()
    client.post(url("participants", finished), data)
    assert finished.sessions.count() == before
