"""The start page through HTTP: what needs each role's attention first (from every programme's providers in
core.registry.attention), each role's tools, the coming programmes told plainly, no item of another person
or city, and a query count that does not grow with the items."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.careers.models import BookingStatus
from microcity.careers.tests.factories import ActivityFactory, BookingFactory, RegistrationFactory
from microcity.core.models import Occupation
from microcity.core.tests.factories import OrganisationFactory, PersonFactory, YouthFactory
from microcity.library.models import MaterialStatus
from microcity.library.tests.factories import MaterialFactory
from microcity.summerjobs.models import ApplicationStatus, AssignmentStatus, PlacementStatus, TimesheetEntry
from microcity.summerjobs.tests.factories import (
    ApplicationFactory,
    PlacementFactory,
    PlacementPeriodFactory,
    SeasonFactory,
    accepted_assignment,
)
from microcity.talent.living_access import guide_access_ensure
from microcity.talent.models import CaseEvent, CaseEventKind, CaseStage, Job, JobStatus, RelocationCase
from microcity.talent.tests.test_living import guide  # noqa: F401  (fixture)
from microcity.tests.confirm import confirm_labelled

pytestmark = pytest.mark.django_db


# --- Builders: one thing that waits for someone ------------------------------------------------------


def member(city: Any, role: str, organisation: Any = None, *, person: bool = False) -> Any:
    user = UserFactory()
    MembershipFactory(user=user, city=city, role=role, organisation=organisation)
    if person:
        PersonFactory(user=user, city=city, first_name=user.first_name, last_name=user.last_name)
    return user


def youth_user(city: Any) -> Any:
    user = UserFactory()
    MembershipFactory(user=user, city=city, role=Role.YOUTH)
    YouthFactory(user=user, city=city)
    return user


def season_of(city: Any) -> Any:
    return SeasonFactory(city=city)


def offer(season: Any, youth: Any, status: str = AssignmentStatus.OFFERED, placement: Any = None) -> Any:
    placement_period: Any = PlacementPeriodFactory(placement=placement or PlacementFactory(season=season))
    application: Any = ApplicationFactory(season=season, youth=youth)
    return accepted_assignment(application, placement_period, status=status)


def open_entry(assignment: Any, days_ago: int = 1) -> TimesheetEntry:
    return TimesheetEntry.objects.create(
        assignment=assignment,
        day=timezone.localdate() - dt.timedelta(days=days_ago),
        start=dt.time(9, 0),
        end=dt.time(13, 0),
    )


def job(city: Any, status: str, organisation: Any = None) -> Job:
    employer: Any = organisation or OrganisationFactory(city=city)
    occupation: Any = Occupation.objects.filter(level=4).first()
    return Job.objects.create(
        organisation=employer,
        city=city,
        title="Programmētājs",
        occupation=occupation,
        description="Darbs.",
        requirements="Prasmes.",
        employment_type="full_time",
        salary_min=1500,
        salary_max=2000,
        address="Rīgas iela 1",
        deadline=timezone.localdate() + dt.timedelta(days=30),
        how_to_apply="Rakstiet.",
        status=status,
    )


def case(city: Any, consultant: Any = None, *, overdue_tasks: int = 0) -> RelocationCase:
    person: Any = PersonFactory(city=city)
    found = RelocationCase.objects.create(
        city=city,
        person=person,
        consultant=consultant,
        stage=CaseStage.NEW if consultant is None else CaseStage.IN_CONSULTATION,
        profession="Inženieris",
        moving_from="Rīga",
        consent_given_at=timezone.now(),
    )
    for n in range(overdue_tasks):
        CaseEvent.objects.create(
            case=found,
            kind=CaseEventKind.TASK,
            text=f"Zvanīt {n}",
            due_on=timezone.localdate() - dt.timedelta(days=2),
        )
    return found


def start_page(client_for: Any, user: Any, lang: str = "en") -> str:
    response = client_for(user).get(f"/{lang}/account/")
    assert response.status_code == 200
    return response.content.decode()


def attention(html: str) -> dict[str, str]:
    """The page's attention items: key (without city and season) -> the item's text."""
    found = {}
    for key, body in re.findall(r'data-attention-item="([^"]+)">(.*?)</li>', html, flags=re.S):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()
        found[key.split(":")[0]] = text
    return found


# --- Each role's attention items ----------------------------------------------------------------------


def test_youth_sees_an_offer_to_answer_and_a_draft_application(client_for, valmiera):
    user = youth_user(valmiera)
    season = season_of(valmiera)
    offered = offer(season, user.person)
    ApplicationFactory(
        season=season_of(valmiera), youth=user.person, status=ApplicationStatus.DRAFT, submitted_at=None
    )
    html = start_page(client_for, user)
    items = attention(html)
    assert items["summerjobs.offers"].startswith("1 1 Summer-job offer to answer")
    assert "Answer by" in items["summerjobs.offers"]
    assert "Summer-job application not submitted yet" in items["summerjobs.drafts"]
    assert "/en/valmiera/summer-jobs/mine/" in html
    # Once answered, the offer no longer waits.
    offered.status = AssignmentStatus.ACCEPTED
    offered.save()
    assert "summerjobs.offers" not in attention(start_page(client_for, user))


def test_an_offer_due_tomorrow_is_urgent(client_for, valmiera):
    user = youth_user(valmiera)
    offered = offer(season_of(valmiera), user.person)
    offered.deadline = timezone.now() + dt.timedelta(hours=20)
    offered.save()
    assert "Urgent" in attention(start_page(client_for, user))["summerjobs.offers"]


def test_guardian_sees_their_childs_offer_and_activity(client_for, valmiera):
    guardian = member(valmiera, Role.GUARDIAN, person=True)
    child = YouthFactory(city=valmiera)
    GuardianLinkFactory(guardian=guardian.person, youth=child)
    offer(season_of(valmiera), child)
    RegistrationFactory(
        youth=child,
        activity=ActivityFactory(
            city=valmiera, title="Ēnu diena", starts_at=timezone.now() + dt.timedelta(days=2)
        ),
    )
    items = attention(start_page(client_for, guardian))
    assert "Summer-job offer to answer" in items["summerjobs.offers"]
    assert (
        "Your activity this week" in items["careers.my_activities"]
        and "Ēnu diena" in items["careers.my_activities"]
    )


def test_guardian_whose_consent_is_withdrawn_sees_nothing_of_the_child(client_for, valmiera):
    guardian = member(valmiera, Role.GUARDIAN, person=True)
    child = YouthFactory(city=valmiera)
    GuardianLinkFactory(guardian=guardian.person, youth=child, revoked_at=timezone.now())
    offer(season_of(valmiera), child)
    html = start_page(client_for, guardian)
    assert attention(html) == {}
    assert "Nothing needs you today" in html


def test_guardian_withdraws_consent_through_a_confirmation_step(client_for, valmiera):
    guardian = member(valmiera, Role.GUARDIAN, person=True)
    child = YouthFactory(city=valmiera, first_name="Anna", last_name="Ozola")
    link = GuardianLinkFactory(guardian=guardian.person, youth=child)
    step = confirm_labelled(start_page(client_for, guardian), "Withdraw consent")
    assert step.question == "Withdraw your consent for Anna Ozola?"
    assert step.button == "Yes, withdraw consent" and step.data == {}
    response = client_for(guardian).post(step.action)
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert "Withdraw consent" not in start_page(client_for, guardian)


def test_work_supervisor_sees_the_hours_to_confirm_of_the_youths_they_supervise(client_for, valmiera):
    employer = OrganisationFactory(city=valmiera)
    supervisor = member(valmiera, Role.WORK_SUPERVISOR, employer, person=True)
    season = season_of(valmiera)
    placement = PlacementFactory(season=season, organisation=employer, supervisor=supervisor.person)
    for _ in range(2):
        open_entry(offer(season, YouthFactory(city=valmiera), AssignmentStatus.ACCEPTED, placement))
    # Confirmed hours, hours of a day still to come and another supervisor's youth do not wait for them.
    entry = open_entry(offer(season, YouthFactory(city=valmiera), AssignmentStatus.ACCEPTED, placement))
    entry.confirmed_at = timezone.now()
    entry.save()
    open_entry(offer(season, YouthFactory(city=valmiera), AssignmentStatus.ACCEPTED, placement), days_ago=-3)
    other = PlacementFactory(season=season, organisation=employer, supervisor=PersonFactory(city=valmiera))
    open_entry(offer(season, YouthFactory(city=valmiera), AssignmentStatus.ACCEPTED, other))
    html = start_page(client_for, supervisor)
    items = attention(html)
    assert items["summerjobs.timesheets"].startswith("2 2 Timesheet entries to confirm")
    assert "Hours of 2 youths." in items["summerjobs.timesheets"]
    assert f"/en/valmiera/summer-jobs/jobs/?season={season.pk}" in html
    # The employer's representative confirms all of the employer's hours; the coordinator follows them.
    rep = member(valmiera, Role.EMPLOYER_REPRESENTATIVE, employer)
    assert attention(start_page(client_for, rep))["summerjobs.timesheets"].startswith("3 3 ")
    coordinator = member(valmiera, Role.PROGRAMME_COORDINATOR)
    assert "not yet confirmed" in attention(start_page(client_for, coordinator))["summerjobs.timesheets_open"]


def test_a_supervisor_whose_role_is_taken_away_no_longer_sees_the_hours(client_for, valmiera):
    employer = OrganisationFactory(city=valmiera)
    supervisor = member(valmiera, Role.WORK_SUPERVISOR, OrganisationFactory(city=valmiera), person=True)
    season = season_of(valmiera)
    placement = PlacementFactory(season=season, organisation=employer, supervisor=supervisor.person)
    open_entry(offer(season, YouthFactory(city=valmiera), AssignmentStatus.ACCEPTED, placement))
    assert "summerjobs.timesheets" not in attention(start_page(client_for, supervisor))


def test_coordinator_sees_placements_jobs_and_cases_waiting(client_for, valmiera):
    coordinator = member(valmiera, Role.PROGRAMME_COORDINATOR)
    season = season_of(valmiera)
    PlacementFactory(season=season, status=PlacementStatus.SUBMITTED)
    job(valmiera, JobStatus.PENDING)
    case(valmiera)
    consultant = member(valmiera, Role.RELOCATION_CONSULTANT)
    case(valmiera, consultant, overdue_tasks=2)
    html = start_page(client_for, coordinator)
    items = attention(html)
    assert items["summerjobs.review"].startswith("1 1 Summer placement to review")
    assert f"/en/valmiera/summer-jobs/manage/review/?season={season.pk}" in html
    assert items["talent.jobs_review"].startswith("1 1 Job waiting for review")
    assert items["talent.unassigned"].startswith("1 1 New relocation inquiry without a consultant")
    assert items["talent.overdue"].startswith("2 2 Relocation tasks overdue")
    # Most urgent first: the overdue tasks lead.
    assert next(iter(items)) == "talent.overdue"


def test_relocation_consultant_sees_only_their_own_overdue_tasks(client_for, valmiera):
    consultant = member(valmiera, Role.RELOCATION_CONSULTANT)
    case(valmiera, consultant, overdue_tasks=1)
    case(valmiera, member(valmiera, Role.RELOCATION_CONSULTANT), overdue_tasks=3)
    case(valmiera)  # a new inquiry: the coordinator assigns it
    items = attention(start_page(client_for, consultant))
    assert (
        items["talent.overdue"].startswith("1 1 Relocation task overdue")
        and "In 1 case." in items["talent.overdue"]
    )
    assert "talent.unassigned" not in items


def test_content_editor_sees_the_review_queues(client_for, valmiera):
    editor = member(valmiera, Role.CONTENT_EDITOR)
    job(valmiera, JobStatus.PENDING)
    job(valmiera, JobStatus.PENDING)
    MaterialFactory(status=MaterialStatus.IN_REVIEW)
    html = start_page(client_for, editor)
    items = attention(html)
    assert items["talent.jobs_review"].startswith("2 2 Jobs waiting for review")
    assert items["library.review"].startswith("1 1 Material waiting for review")
    # The tools: both review queues and the back office, where the living guide's pages are moderated.
    for address in ("/en/valmiera/jobs/review/", "/en/materials/review/", 'href="/admin/"'):
        assert address in html


def test_content_editor_sees_the_citys_guide_pages_waiting_for_moderation(
    client_for,
    valmiera,
    ventspils,
    guide,  # noqa: F811
):
    guide_access_ensure(city=valmiera)
    editor = member(valmiera, Role.CONTENT_EDITOR)
    other_city_editor = member(ventspils, Role.CONTENT_EDITOR)
    assert "talent.guide_moderation" not in attention(start_page(client_for, editor))
    page = guide["lv"]["housing"]
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    html = start_page(client_for, editor)
    assert attention(html)["talent.guide_moderation"].startswith(
        "1 1 Living-guide page waiting for moderation"
    )
    assert "talent.guide_moderation" not in attention(start_page(client_for, other_city_editor))


def test_employer_sees_what_was_returned_to_them(client_for, valmiera):
    employer = OrganisationFactory(city=valmiera)
    rep = member(valmiera, Role.EMPLOYER_REPRESENTATIVE, employer)
    job(valmiera, JobStatus.RETURNED, employer)
    PlacementFactory(season=season_of(valmiera), organisation=employer, status=PlacementStatus.RETURNED)
    job(valmiera, JobStatus.RETURNED)  # another employer's
    items = attention(start_page(client_for, rep))
    assert items["talent.jobs_returned"].startswith("1 1 Job returned for changes")
    assert items["summerjobs.returned"].startswith("1 1 Summer placement returned for changes")


def test_teacher_is_led_to_the_library_and_to_activities(client_for, valmiera):
    teacher = member(valmiera, Role.TEACHER, OrganisationFactory(city=valmiera))
    MaterialFactory(submitted_by=teacher, status=MaterialStatus.RETURNED)
    ActivityFactory(city=valmiera, title="Karjeras diena Valmierā")
    html = start_page(client_for, teacher)
    items = attention(html)
    assert items["library.returned"].startswith("1 1 Your material returned for changes")
    assert "Karjeras diena Valmierā" in items["careers.activities_open"]
    for address in (
        'href="/en/materials/"',
        "/en/materials/new/",
        "/en/materials/mine/",
        "/en/valmiera/activities/",
    ):
        assert address in html


def test_counsellor_sees_todays_sessions_and_those_to_mark(client_for, valmiera):
    counsellor = member(valmiera, Role.COUNSELLOR)
    later_today = min(
        timezone.now() + dt.timedelta(minutes=30), timezone.localtime().replace(hour=23, minute=0)
    )
    BookingFactory(
        city=valmiera, youth=YouthFactory(city=valmiera), counsellor=counsellor, starts_at=later_today
    )
    BookingFactory(
        city=valmiera,
        youth=YouthFactory(city=valmiera),
        counsellor=counsellor,
        starts_at=timezone.now() - dt.timedelta(days=2),
    )
    BookingFactory(
        city=valmiera,
        youth=YouthFactory(city=valmiera),
        counsellor=counsellor,
        starts_at=timezone.now() - dt.timedelta(days=3),
        status=BookingStatus.ATTENDED,
    )
    BookingFactory(city=valmiera, youth=YouthFactory(city=valmiera), starts_at=later_today)  # a colleague's
    items = attention(start_page(client_for, counsellor))
    assert items["careers.sessions_today"].startswith("1 1 Counselling session today")
    assert items["careers.sessions_unmarked"].startswith("1 1 Past session without attendance marked")


def test_youth_sees_their_session_and_open_activities(client_for, valmiera):
    user = youth_user(valmiera)
    BookingFactory(city=valmiera, youth=user.person, starts_at=timezone.now() + dt.timedelta(days=2))
    registered = ActivityFactory(city=valmiera, title="Nometne")
    RegistrationFactory(youth=user.person, activity=registered)
    ActivityFactory(city=valmiera, title="Karjeras diena")
    items = attention(start_page(client_for, user))
    assert "Counselling session this week" in items["careers.my_sessions"]
    # The activity they registered for is not offered again.
    assert items["careers.activities_open"].startswith("1 1 Career activity open for registration")
    assert "Karjeras diena" in items["careers.activities_open"]


@pytest.mark.parametrize(
    ("role", "tool"),
    [
        (Role.GRANT_EVALUATOR, "/grants/reviews/"),
        (Role.MAKERSPACE_INSTRUCTOR, "/makerspace/desk/"),
        (Role.INVESTMENT_MANAGER, "/invest/leads/"),
    ],
)
def test_roles_whose_programme_came_later_get_its_tools_and_no_coming_note(client_for, valmiera, role, tool):
    # Until a programme was built, these roles were told it was coming (accounts/coming.py); each
    # programme's ready() takes its note away and registers its tools instead.
    html = start_page(client_for, member(valmiera, role))
    assert "data-coming" not in html
    assert tool in html


def test_nothing_waiting_is_said_honestly_in_both_languages(client_for, valmiera):
    user = member(valmiera, Role.CITY_ADMINISTRATOR)
    assert "Nothing needs you today" in start_page(client_for, user)
    assert "Šodien nekas negaida" in start_page(client_for, user, "lv")


def test_latvian_start_page_has_its_items_in_latvian(client_for, valmiera):
    editor = member(valmiera, Role.CONTENT_EDITOR)
    job(valmiera, JobStatus.PENDING)
    html = start_page(client_for, editor, "lv")
    assert "Jāpievērš uzmanība" in html
    assert "Vakance gaida izskatīšanu" in attention(html)["talent.jobs_review"]


# --- Nothing of another city or person ---------------------------------------------------------------


def test_another_citys_items_never_show(client_for, valmiera, ventspils):
    coordinator = member(valmiera, Role.PROGRAMME_COORDINATOR)
    editor = member(valmiera, Role.CONTENT_EDITOR)
    consultant = member(valmiera, Role.RELOCATION_CONSULTANT)
    counsellor = member(valmiera, Role.COUNSELLOR)
    youth = youth_user(valmiera)
    # Everything below is Ventspils's.
    PlacementFactory(season=season_of(ventspils), status=PlacementStatus.SUBMITTED)
    job(ventspils, JobStatus.PENDING)
    case(ventspils)
    case(ventspils, consultant, overdue_tasks=1)  # even a case wrongly naming the Valmiera consultant
    ActivityFactory(city=ventspils)
    BookingFactory(
        city=ventspils,
        youth=youth.person,
        counsellor=counsellor,
        starts_at=timezone.now() + dt.timedelta(hours=1),
    )
    offer(season_of(ventspils), youth.person)
    season = season_of(ventspils)
    placement = PlacementFactory(season=season)
    open_entry(offer(season, YouthFactory(city=ventspils), AssignmentStatus.ACCEPTED, placement))
    for user in (coordinator, editor, consultant, counsellor, youth):
        html = start_page(client_for, user)
        assert attention(html) == {}, user
        assert "/ventspils/" not in html


def test_the_same_items_show_once_per_city_for_a_person_with_roles_in_two(client_for, valmiera, ventspils):
    editor = member(valmiera, Role.CONTENT_EDITOR)
    MembershipFactory(user=editor, city=ventspils, role=Role.CONTENT_EDITOR)
    job(valmiera, JobStatus.PENDING)
    job(ventspils, JobStatus.PENDING)
    MaterialFactory(status=MaterialStatus.IN_REVIEW)
    html = start_page(client_for, editor)
    keys = re.findall(r'data-attention-item="([^"]+)"', html)
    assert sorted(keys) == ["library.review", "talent.jobs_review:valmiera", "talent.jobs_review:ventspils"]
    assert "Ventspils. " in html and "Valmiera. " in html


# --- Query count ---------------------------------------------------------------------------------------

MANY_ROLES = (
    Role.YOUTH,
    Role.GUARDIAN,
    Role.COUNSELLOR,
    Role.RELOCATION_CONSULTANT,
    Role.PROGRAMME_COORDINATOR,
    Role.TEACHER,
    Role.CONTENT_EDITOR,
    Role.CITY_ADMINISTRATOR,
    Role.GRANT_EVALUATOR,
)


def _fill(city: Any, user: Any, employer: Any, n: int) -> None:
    season = season_of(city)
    placement = PlacementFactory(season=season, organisation=employer, supervisor=user.person)
    for _ in range(n):
        child = YouthFactory(city=city)
        GuardianLinkFactory(guardian=user.person, youth=child)
        offer(season, child)
        open_entry(offer(season, YouthFactory(city=city), AssignmentStatus.ACCEPTED, placement))
        PlacementFactory(season=season, status=PlacementStatus.SUBMITTED)
        job(city, JobStatus.PENDING)
        job(city, JobStatus.RETURNED, employer)
        case(city)
        case(city, user, overdue_tasks=2)
        MaterialFactory(status=MaterialStatus.IN_REVIEW)
        MaterialFactory(submitted_by=user, status=MaterialStatus.RETURNED)
        ActivityFactory(city=city)
        BookingFactory(
            city=city,
            youth=YouthFactory(city=city),
            counsellor=user,
            starts_at=timezone.now() + dt.timedelta(minutes=5),
        )
        BookingFactory(
            city=city,
            youth=YouthFactory(city=city),
            counsellor=user,
            starts_at=timezone.now() - dt.timedelta(days=1),
        )


def test_the_query_count_does_not_grow_with_the_items(
    client_for, valmiera, ventspils, django_assert_max_num_queries
):
    user = UserFactory()
    PersonFactory(user=user, city=valmiera)
    employers = {city: OrganisationFactory(city=city) for city in (valmiera, ventspils)}
    for city in (valmiera, ventspils):
        for role in MANY_ROLES:
            MembershipFactory(user=user, city=city, role=role)
        for role in (Role.EMPLOYER_REPRESENTATIVE, Role.WORK_SUPERVISOR):
            MembershipFactory(user=user, city=city, role=role, organisation=employers[city])
    client = client_for(user)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/en/account/")
        assert response.status_code == 200
        return len(captured)

    for city in (valmiera, ventspils):
        _fill(city, user, employers[city], 1)
    few = queries()
    assert client.get("/en/account/").content.decode().count("data-attention-item=") >= 20
    for city in (valmiera, ventspils):
        _fill(city, user, employers[city], 4)
    assert queries() == few
    # Two cities, eleven roles in each, every provider with items to count: a bound that holds for good.
    assert few <= 64, few  # 59 today, with nine programmes' providers
    with django_assert_max_num_queries(few):
        client.get("/en/account/")


def test_the_start_page_is_built_from_the_design_components(client_for, valmiera):
    counsellor = member(valmiera, Role.COUNSELLOR)
    html = start_page(client_for, counsellor)
    assert html.count('data-component="page-header"') == 1 and html.count("<h1") == 1
    assert 'data-component="empty-state"' in html  # nothing waits today
    tools = re.search(r'data-tools="valmiera">(.*?)</ul>', html, flags=re.S)
    assert tools is not None
    assert tools.group(1).count('data-component="card"') == tools.group(1).count("<a ") >= 2
    newcomer = UserFactory()
    html = start_page(client_for, newcomer)
    assert 'data-component="empty-state"' in html and "Choose your city" in html
