"""The summer programme's pages through the HTTP client: every page for every role (no leaks between
employers or youths), the employer's, youth's and coordinator's flows, e-mails after publication, the audit
of staff views, the CSV export, and fixed query counts on the list pages."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import GuardianLinkFactory, MembershipFactory, UserFactory
from microcity.core.models import AuditAction, AuditEvent, Occupation
from microcity.core.tests.factories import PersonFactory, YouthFactory
from microcity.summerjobs.lottery import draw, services
from microcity.summerjobs.models import (
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    MatchRun,
    MatchRunStatus,
    Placement,
    PlacementStatus,
)
from microcity.summerjobs.tests.conftest import born_aged
from microcity.summerjobs.tests.factories import YEAR, PlacementFactory, PlacementPeriodFactory
from microcity.tests.confirm import confirm_labelled

pytestmark = pytest.mark.django_db
ALL_ROLES = [r.value for r in Role]
BASE = "/lv/valmiera/summer-jobs"


@pytest.fixture
def youth(season):
    """A 15-year-old (on the first day of June) in grade 10 with an account."""
    return YouthFactory(
        city=season.city,
        user=UserFactory(),
        date_of_birth=born_aged(15, dt.date(YEAR, 6, 7), -10),
        grade=10,
    )


@pytest.fixture
def world(season, june, july, employer, rep, coordinator, placement_with, applicant):
    """Our employer's placement and another employer's, a submitted application (of another youth), a
    published run and a preview: every page has something to show."""
    ours = placement_with({june: 1, july: 1}, organisation=employer, workplace="Dārza darbi")
    theirs = placement_with({june: 1}, workplace="Svešā vieta")
    application = applicant([ours, theirs], [june], youth={"user": UserFactory()})
    return {"ours": ours, "theirs": theirs, "application": application}


def published(season, coordinator, lottery_ready):
    lottery_ready(season)
    run = services.match_run_preview(season=season, by=coordinator)
    return services.match_run_publish(run=run, by=coordinator)


def user_for(role, valmiera, employer):
    user = UserFactory()
    organisation = employer if role in {Role.EMPLOYER_REPRESENTATIVE, Role.WORK_SUPERVISOR} else None
    MembershipFactory(user=user, city=valmiera, role=role, organisation=organisation)
    return user


# --- Every page, every role -----------------------------------------------------------------------


def expected_status(page, role):
    coordinator = role == Role.PROGRAMME_COORDINATOR
    employer = role == Role.EMPLOYER_REPRESENTATIVE
    if page in {"season", "placements", "apply", "mine"}:
        return 200
    if page in {"employer", "employer_youths"}:
        return 200 if employer else 403
    if page == "placement_new":
        return 200 if employer or coordinator else 403
    if page == "placement_theirs":
        # Another employer's placement: invisible (404) to everyone but the coordinator.
        return 200 if coordinator else 404
    if page == "placement_ours":
        return 200 if employer or coordinator else 404
    if page == "application":
        # A youth's application: the coordinator; an employer without an offer to that youth sees nothing.
        return 200 if coordinator else 404 if employer else 403
    return 200 if coordinator else 403


PAGES = [
    "season",
    "placements",
    "apply",
    "mine",
    "employer",
    "employer_youths",
    "placement_new",
    "placement_ours",
    "placement_theirs",
    "application",
    "manage",
    "review",
    "applications",
    "fill",
    "run",
    "export",
]


def page_url(page, world, run):
    return {
        "season": f"{BASE}/",
        "placements": f"{BASE}/placements/",
        "apply": f"{BASE}/apply/",
        "mine": f"{BASE}/mine/",
        "employer": f"{BASE}/employer/",
        "employer_youths": f"{BASE}/employer/youths/",
        "placement_new": f"{BASE}/employer/new/",
        "placement_ours": f"{BASE}/employer/{world['ours'].pk}/",
        "placement_theirs": f"{BASE}/employer/{world['theirs'].pk}/",
        "application": f"{BASE}/applications/{world['application'].pk}/",
        "manage": f"{BASE}/manage/",
        "review": f"{BASE}/manage/review/",
        "applications": f"{BASE}/manage/applications/",
        "fill": f"{BASE}/manage/fill/",
        "run": f"{BASE}/manage/runs/{run.pk}/",
        "export": f"{BASE}/manage/assignments.csv",
    }[page]


@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_page_for_every_role(role, world, season, valmiera, employer, coordinator, lottery_ready):
    lottery_ready(season)
    run = services.match_run_preview(season=season, by=coordinator)
    client = Client()
    client.force_login(user_for(role, valmiera, employer))
    for page in PAGES:
        response = client.get(page_url(page, world, run))
        assert response.status_code == expected_status(page, role), (page, role, response.status_code)


def test_anonymous_sees_the_public_pages_and_is_sent_to_sign_in_elsewhere(world, season, coordinator):
    client = Client()
    run = MatchRun(pk=1)
    for page in PAGES:
        response = client.get(page_url(page, world, run))
        if page in {"season", "placements"}:
            assert response.status_code == 200, page
        else:
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], page


def test_coordinator_of_another_city_gets_nothing(world, season, ventspils, user_with_role):
    stranger = user_with_role(Role.PROGRAMME_COORDINATOR, city=ventspils)
    client = Client()
    client.force_login(stranger)
    assert client.get(f"{BASE}/manage/").status_code == 403
    assert client.get(f"{BASE}/applications/{world['application'].pk}/").status_code == 403
    assert client.get(f"{BASE}/employer/{world['ours'].pk}/").status_code == 404


# --- The public page --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_season_page_empty_then_with_open_windows_then_the_revealed_secret(
    lang, valmiera, client, request, lottery_ready
):
    response = client.get(f"/{lang}/valmiera/summer-jobs/")
    assert response.status_code == 200 and b"data-state" not in response.content
    season = request.getfixturevalue("season")
    request.getfixturevalue("june")
    html = client.get(f"/{lang}/valmiera/summer-jobs/").content.decode()
    assert season.name in html and 'data-state="youth-open"' in html and 'data-state="employer-open"' in html
    assert "/summer-jobs/apply/" in html and "data-seed" not in html
    # The hash is public from before registration; the secret is not.
    assert season.lottery_commitment in html and season.lottery_secret not in html
    season = lottery_ready(season)
    html = client.get(f"/{lang}/valmiera/summer-jobs/").content.decode()
    assert 'data-state="youth-closed"' in html and "/summer-jobs/apply/" not in html
    assert season.lottery_secret in html and season.lottery_seed in html and "data-seed" in html
    assert f"/summer-jobs/lottery/{season.pk}/" in html


# --- Employers ------------------------------------------------------------------------------------------


def placement_post(season, **changes):
    data = {
        "organisation": "",
        "workplace": "Veikala plauktu kārtošana",
        "duties": "Preču izlikšana plauktos.",
        "address": "Rīgas iela 5, Valmiera",
        "occupation": Occupation.objects.get(code="5223").pk,
        "min_age": "15",
        "hours_per_day": "5",
        "days_per_week": "5",
        "starts_at": "09:00",
        "ends_at": "14:30",
        "supervisor_name": "Ieva Liepa",
        "supervisor_count": "1",
    }
    for period in season.periods.all():
        data[f"places_{period.pk}"] = "2"
    data.update(changes)
    return data


def test_employer_offers_a_placement_coordinator_returns_then_approves(
    season, june, july, employer, rep, coordinator, client_for
):
    employer_client = client_for(rep)
    response = employer_client.post(
        f"{BASE}/employer/new/", placement_post(season, organisation=employer.pk, submit_for_approval="1")
    )
    assert response.status_code == 302
    placement = Placement.objects.get(workplace="Veikala plauktu kārtošana")
    assert placement.status == PlacementStatus.SUBMITTED and placement.organisation == employer
    assert sorted(placement.periods.values_list("capacity", flat=True)) == [2, 2]

    coordinator_client = client_for(coordinator)
    queue = coordinator_client.get(f"{BASE}/manage/review/").content.decode()
    assert "Veikala plauktu kārtošana" in queue
    coordinator_client.post(f"{BASE}/manage/review/{placement.pk}/", {"action": "return", "reason": ""})
    placement.refresh_from_db()
    assert placement.status == PlacementStatus.SUBMITTED  # a return needs a reason
    coordinator_client.post(
        f"{BASE}/manage/review/{placement.pk}/",
        {"action": "return", "reason": "Norādiet pusdienu pārtraukumu."},
    )
    placement.refresh_from_db()
    assert placement.status == PlacementStatus.RETURNED
    listing = employer_client.get(f"{BASE}/employer/").content.decode()
    assert "Norādiet pusdienu pārtraukumu." in listing and 'data-status="returned"' in listing
    edit = employer_client.get(f"{BASE}/employer/{placement.pk}/").content.decode()
    assert "Norādiet pusdienu pārtraukumu." in edit and 'value="Veikala plauktu kārtošana"' in edit

    response = employer_client.post(
        f"{BASE}/employer/{placement.pk}/",
        placement_post(season, starts_at="08:30", ends_at="14:00", submit_for_approval="1"),
    )
    assert response.status_code == 302
    placement.refresh_from_db()
    assert placement.status == PlacementStatus.SUBMITTED and placement.starts_at == dt.time(8, 30)
    coordinator_client.post(f"{BASE}/manage/review/{placement.pk}/", {"action": "approve"})
    placement.refresh_from_db()
    assert placement.status == PlacementStatus.APPROVED
    # Approved: read-only for the employer, and visible to youths.
    assert employer_client.post(f"{BASE}/employer/{placement.pk}/", placement_post(season)).status_code == 403
    assert "Veikala plauktu kārtošana" in Client().get(f"{BASE}/placements/").content.decode()


def test_placement_form_explains_the_rules_without_losing_input(season, june, employer, rep, client_for):
    response = client_for(rep).post(
        f"{BASE}/employer/new/",
        placement_post(season, organisation=employer.pk, min_age="13", places_999="1", save="1"),
    )
    html = response.content.decode()
    assert response.status_code == 200 and 'id="error-summary"' in html
    assert "light work" in html or "vieglais" in html.lower() or "viegl" in html
    assert 'value="Veikala plauktu kārtošana"' in html
    assert not Placement.objects.exists()
    # The supervision limit is checked by the service and shown in the summary too.
    response = client_for(rep).post(
        f"{BASE}/employer/new/",
        placement_post(season, organisation=employer.pk, **{f"places_{june.pk}": "11"}),
    )
    assert response.status_code == 200 and 'id="error-summary"' in response.content.decode()
    assert not Placement.objects.exists()


def test_an_employer_never_sees_another_employers_placements_or_youths(
    world, season, employer, rep, coordinator, lottery_ready, client_for
):
    run = published(season, coordinator, lottery_ready)
    assert Assignment.objects.filter(run=run).count() == 1
    other_rep = UserFactory()
    MembershipFactory(
        user=other_rep,
        city=season.city,
        role=Role.EMPLOYER_REPRESENTATIVE,
        organisation=world["theirs"].organisation,
    )
    ours_client, theirs_client = client_for(rep), client_for(other_rep)
    youth = world["application"].youth
    placed_here = Assignment.objects.filter(run=run, placement_period__placement=world["ours"]).exists()
    ours_list = ours_client.get(f"{BASE}/employer/").content.decode()
    assert "Dārza darbi" in ours_list and "Svešā vieta" not in ours_list
    assert theirs_client.get(f"{BASE}/employer/{world['ours'].pk}/").status_code == 404
    ours_youths = ours_client.get(f"{BASE}/employer/youths/").content.decode()
    theirs_youths = theirs_client.get(f"{BASE}/employer/youths/").content.decode()
    assert (youth.full_name in ours_youths) is placed_here
    assert (youth.full_name in theirs_youths) is not placed_here
    holder, other = (ours_client, theirs_client) if placed_here else (theirs_client, ours_client)
    assert holder.get(f"{BASE}/applications/{world['application'].pk}/").status_code == 200
    assert other.get(f"{BASE}/applications/{world['application'].pk}/").status_code == 404


# --- Youths and guardians ------------------------------------------------------------------------------


def apply_post(youth, periods, choices, **extra):
    data = {
        "youth": youth.pk,
        "periods": [p.pk for p in periods],
        "gender": "",
        "residence_city": youth.city_id,
    }
    for rank, placement in enumerate(choices, 1):
        data[f"choice_{rank}"] = placement.pk
    data.update(extra)
    return data


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_youth_applies_and_sees_translated_eligibility_problems_without_losing_input(
    lang, season, june, july, placement_with, youth
):
    adults_only = placement_with({june: 1}, min_age=18, is_light_work=False, workplace="Tikai pieaugušajiem")
    parks = placement_with({july: 2}, workplace="Parki")
    client = Client()
    client.force_login(youth.user)
    url = f"/{lang}/valmiera/summer-jobs/apply/"
    assert client.get(url).status_code == 200
    response = client.post(url, apply_post(youth, [june, july], [parks, adults_only], submit_application="1"))
    html = response.content.decode()
    assert response.status_code == 200 and 'id="error-summary"' in html
    expected = "aged 18 or older" if lang == "en" else "18"
    assert expected in html
    # Input kept: the choices are still selected and a draft is saved.
    assert (
        f'<option value="{adults_only.pk}" selected>' in html
        and f'<option value="{parks.pk}" selected>' in html
    )
    application = Application.objects.get(youth=youth)
    assert application.status == ApplicationStatus.DRAFT
    assert list(application.choices.values_list("placement", flat=True)) == [parks.pk, adults_only.pk]
    response = client.post(url, apply_post(youth, [june, july], [parks], submit_application="1"))
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED and application.submitted_by == youth.user
    mine = client.get(f"/{lang}/valmiera/summer-jobs/mine/").content.decode()
    assert 'data-status="submitted"' in mine and "Parki" in mine
    # Submitted: the form sends the youth to their page; reopening brings it back as a draft.
    assert client.get(url).status_code == 302
    client.post(f"/{lang}/valmiera/summer-jobs/mine/{application.pk}/", {"action": "reopen"})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT


def test_duplicate_choices_and_missing_periods_are_form_errors(season, june, placement_with, youth):
    parks = placement_with({june: 2})
    client = Client()
    client.force_login(youth.user)
    response = client.post(f"{BASE}/apply/", apply_post(youth, [], [parks, parks], submit_application="1"))
    html = response.content.decode()
    assert response.status_code == 200 and 'href="#id_choice_2"' in html and 'href="#id_periods_0"' in html
    assert not Application.objects.exists()


def test_guardian_applies_for_the_youth_and_gets_the_offer_email(
    season,
    june,
    placement_with,
    youth,
    coordinator,
    lottery_ready,
    client_for,
    django_capture_on_commit_callbacks,
):
    parks = placement_with({june: 1}, workplace="Parki")
    guardian_user = UserFactory(email="mamma@example.lv")
    GuardianLinkFactory(guardian=PersonFactory(city=season.city, user=guardian_user), youth=youth)
    client = client_for(guardian_user)
    html = client.get(f"{BASE}/apply/").content.decode()
    assert youth.full_name in html
    response = client.post(f"{BASE}/apply/", apply_post(youth, [june], [parks], submit_application="1"))
    assert response.status_code == 302
    application = Application.objects.get(youth=youth, status=ApplicationStatus.SUBMITTED)
    assert application.submitted_by == guardian_user
    lottery_ready(season)
    run = services.match_run_preview(season=season, by=coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator).post(f"{BASE}/manage/runs/{run.pk}/action/", {"action": "publish"})
    assert response.status_code == 302
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([youth.user.email.lower(), "mamma@example.lv"])
    assert all("Parki" in message.body and "/summer-jobs/mine/" in message.body for message in mail.outbox)
    # The guardian answers for the youth.
    offer = Assignment.objects.get(application=application)
    client.post(f"{BASE}/offers/{offer.pk}/", {"action": "accept"})
    offer.refresh_from_db()
    assert offer.status == AssignmentStatus.ACCEPTED


def test_youth_reads_the_explanation_accepts_and_nobody_else_can_answer(
    season,
    june,
    placement_with,
    applicant,
    coordinator,
    lottery_ready,
    client_for,
    django_capture_on_commit_callbacks,
):
    parks = placement_with({june: 1}, workplace="Parki")
    people = [UserFactory() for _ in range(2)]
    applications = [applicant([parks], [june], youth={"user": user}) for user in people]
    lottery_ready(season)
    run = services.match_run_preview(season=season, by=coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(coordinator).post(f"{BASE}/manage/runs/{run.pk}/action/", {"action": "publish"})
    offer = Assignment.objects.get(run=run)
    winner = offer.application
    loser = next(a for a in applications if a != winner)
    assert len(mail.outbox) == 2
    unplaced_mail = next(
        m
        for m in mail.outbox
        if m.to == [loser.youth.email.lower()] or m.to == [loser.youth.user.email.lower()]
    )
    assert "Parki" in unplaced_mail.body
    loser_client, winner_client = client_for(loser.youth.user), client_for(winner.youth.user)
    with_explanation = Client()
    with_explanation.force_login(loser.youth.user)
    html = with_explanation.get("/en/valmiera/summer-jobs/mine/").content.decode()
    assert "You were not placed" in html and "lottery number" in html
    # The other youth cannot answer this offer, nor withdraw the winner's application.
    assert loser_client.post(f"{BASE}/offers/{offer.pk}/", {"action": "accept"}).status_code == 404
    assert loser_client.post(f"{BASE}/mine/{winner.pk}/", {"action": "withdraw"}).status_code == 404
    html = winner_client.get("/en/valmiera/summer-jobs/mine/").content.decode()
    assert "You were placed in your first choice" in html and 'data-status="offered"' in html
    # Declining is a confirmation step; accepting is one click.
    decline = confirm_labelled(html, "Decline")
    assert decline.button == "Yes, decline the place" and decline.data == {"action": "decline"}
    assert decline.action == f"/en/valmiera/summer-jobs/offers/{offer.pk}/"
    winner_client.post(f"{BASE}/offers/{offer.pk}/", {"action": "accept"})
    offer.refresh_from_db()
    assert offer.status == AssignmentStatus.ACCEPTED
    html = winner_client.get("/en/valmiera/summer-jobs/mine/").content.decode()
    assert 'data-status="accepted"' in html
    assert confirm_labelled(html, "Give up the place").data == {"action": "decline"}
    withdraw = confirm_labelled(html, "Withdraw the application")
    assert withdraw.question == "Withdraw this application?" and withdraw.data == {"action": "withdraw"}
    winner_client.post(withdraw.action, withdraw.data)
    offer.refresh_from_db()
    winner.refresh_from_db()
    assert winner.status == ApplicationStatus.WITHDRAWN and offer.status == AssignmentStatus.DECLINED


# --- The coordinator ----------------------------------------------------------------------------------


def test_coordinator_closes_registration_reveals_the_secret_previews_and_publishes(
    world, season, coordinator, client_for, django_capture_on_commit_callbacks
):
    client = client_for(coordinator)
    html = client.get(f"{BASE}/manage/").content.decode()
    assert 'data-applications="submitted">1<' in html and 'data-state="youth-open"' in html
    assert 'data-state="committed"' in html and season.lottery_secret not in html
    # The secret cannot be revealed while youths can still apply.
    client.post(f"{BASE}/manage/action/", {"action": "reveal"})
    season.refresh_from_db()
    assert not season.lottery_seed_is_published
    manage = client.get("/en/valmiera/summer-jobs/manage/").content.decode()
    close = confirm_labelled(manage, "Close youths' registration now")
    assert close.button == "Yes, close registration" and close.data == {"action": "close_registration"}
    client.post(close.action, close.data)
    season.refresh_from_db()
    assert not season.youth_registration_open()
    client.post(f"{BASE}/manage/action/", {"action": "reveal"})
    season.refresh_from_db()
    seed = season.lottery_seed
    assert seed == draw.derive_seed(secret=season.lottery_secret, application_ids=[world["application"].pk])
    response = client.post(f"{BASE}/manage/action/", {"action": "run", "kind": "initial"})
    run = MatchRun.objects.get(season=season)
    assert response.status_code == 302 and response["Location"].endswith(f"/manage/runs/{run.pk}/")
    html = client.get(f"{BASE}/manage/runs/{run.pk}/").content.decode()
    assert 'data-stat="placed">1<' in html and 'data-rank="1">1<' in html and "<caption>" in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{BASE}/manage/runs/{run.pk}/action/", {"action": "publish"})
    run.refresh_from_db()
    assert run.status == MatchRunStatus.PUBLISHED and len(mail.outbox) == 1
    # The seed is fixed; a follow-up run is what the overview offers next.
    html = client.get(f"{BASE}/manage/").content.decode()
    assert 'name="kind" value="follow_up"' in html and 'data-offers="offered">1<' in html
    assert run.seed == seed and 'data-state="revealed"' in html
    client.post(f"{BASE}/manage/action/", {"action": "reveal"})
    season.refresh_from_db()
    assert season.lottery_seed == seed
    fill = client.get(f"{BASE}/manage/fill/").content.decode()
    assert "Dārza darbi" in fill


def test_discarding_a_preview(world, season, coordinator, lottery_ready, client_for):
    lottery_ready(season)
    run = services.match_run_preview(season=season, by=coordinator)
    client_for(coordinator).post(f"{BASE}/manage/runs/{run.pk}/action/", {"action": "discard"})
    run.refresh_from_db()
    assert run.status == MatchRunStatus.DISCARDED


def test_priority_evidence_check_and_staff_view_is_audited(world, season, coordinator, client_for, rep):
    application = world["application"]
    group = season.priority_groups.create(kind="low_income", rank=1)
    Application.objects.filter(pk=application.pk).update(
        priority_group=group, priority_evidence="Lēmums Nr. 7"
    )
    client = client_for(coordinator)
    listing = client.get(f"{BASE}/manage/applications/?check=priority").content.decode()
    assert application.youth.full_name in listing and "Lēmums Nr. 7" in listing
    before = AuditEvent.objects.filter(action=AuditAction.VIEW).count()
    html = client.get(f"{BASE}/applications/{application.pk}/").content.decode()
    assert 'data-priority="unchecked"' in html and "Lēmums Nr. 7" in html
    event = AuditEvent.objects.filter(action=AuditAction.VIEW).latest("pk")
    assert AuditEvent.objects.filter(action=AuditAction.VIEW).count() == before + 1
    assert event.person == application.youth and event.actor == coordinator
    client.post(f"{BASE}/applications/{application.pk}/", {"verified": "1"})
    application.refresh_from_db()
    assert application.priority_verified_at is not None
    assert (
        application.youth.full_name
        not in client.get(f"{BASE}/manage/applications/?check=priority").content.decode()
    )
    # An employer cannot check priorities.
    assert (
        client_for(rep).post(f"{BASE}/applications/{application.pk}/", {"verified": "0"}).status_code == 404
    )


def test_csv_export_lists_offers_and_is_audited(world, season, coordinator, lottery_ready, client_for):
    run = published(season, coordinator, lottery_ready)
    response = client_for(coordinator).get(f"{BASE}/manage/assignments.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["run", "run_kind", "application"]
    assert len(rows) == 2 and rows[1][0] == str(run.pk) and rows[1][10] == "offered"
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT, details__rows=1).exists()


def test_start_page_links_for_summer_roles(valmiera, season, employer, client_for):
    for role, link in [
        (Role.PROGRAMME_COORDINATOR, "/summer-jobs/manage/"),
        (Role.EMPLOYER_REPRESENTATIVE, "/summer-jobs/employer/"),
        (Role.YOUTH, "/summer-jobs/mine/"),
        (Role.GUARDIAN, "/summer-jobs/mine/"),
    ]:
        html = client_for(user_for(role, valmiera, employer)).get("/lv/account/").content.decode()
        assert link in html, role
    html = client_for(user_for(Role.TEACHER, valmiera, employer)).get("/lv/account/").content.decode()
    assert "/summer-jobs/" not in html


# --- Query counts ---------------------------------------------------------------------------------------


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_rows(season, june, employer, applicant, n):
    for _ in range(n):
        placement = PlacementFactory(season=season, organisation=employer)
        PlacementPeriodFactory(placement=placement, period=june, capacity=2)
        Placement.objects.filter(pk=placement.pk).update(status=PlacementStatus.SUBMITTED)
        other = PlacementFactory(season=season, organisation=employer)
        PlacementPeriodFactory(placement=other, period=june, capacity=1)
        applicant([other], [june], youth={"user": UserFactory()})


# Queries per page, whatever the number of rows (sessions, user, memberships, city, season, the page's
# own reads). A change that adds a query per row makes these fail.
QUERY_COUNTS = {
    "/": 9,
    "/placements/": 8,
    "/employer/": 8,
    "/employer/youths/": 7,
    "/manage/review/": 7,
    "/manage/applications/": 9,
    "/manage/fill/": 6,
    "/manage/": 11,
    "/mine/": 13,
}
# The youth's page once places are held: whether each is settled (certificates, confirmed hours, contracts).
MINE_WITH_OFFERS = QUERY_COUNTS["/mine/"] + 3


@pytest.mark.parametrize("path", list(QUERY_COUNTS))
def test_list_pages_have_a_fixed_query_count(
    path, season, june, employer, rep, coordinator, applicant, lottery_ready, client_for
):
    add_rows(season, june, employer, applicant, 2)
    guardian = UserFactory()
    guardian_person = PersonFactory(city=season.city, user=guardian)
    for application in Application.objects.all():
        GuardianLinkFactory(guardian=guardian_person, youth=application.youth)
    user = {"/employer/": rep, "/employer/youths/": rep, "/mine/": guardian}.get(path, coordinator)
    client = client_for(user)
    url = f"{BASE}{path}"
    if path in {"/employer/youths/", "/mine/"}:
        Application.objects.update(status=ApplicationStatus.SUBMITTED)
    small = count_queries(client, url)
    add_rows(season, june, employer, applicant, 3)
    for application in Application.objects.filter(youth__guardian_links__isnull=True):
        GuardianLinkFactory(guardian=guardian_person, youth=application.youth)
    large = count_queries(client, url)
    assert (small, large) == (QUERY_COUNTS[path], QUERY_COUNTS[path])


def test_employer_youths_and_mine_query_counts_with_offers(
    season, june, employer, rep, applicant, coordinator, lottery_ready, client_for
):
    """The same pages once offers exist: still no query per row."""
    add_rows(season, june, employer, applicant, 4)
    guardian = UserFactory()
    guardian_person = PersonFactory(city=season.city, user=guardian)
    for application in Application.objects.all():
        GuardianLinkFactory(guardian=guardian_person, youth=application.youth)
    published(season, coordinator, lottery_ready)
    assert Assignment.objects.count() == 4
    assert count_queries(client_for(rep), f"{BASE}/employer/youths/") == QUERY_COUNTS["/employer/youths/"]
    assert count_queries(client_for(guardian), f"{BASE}/mine/") == MINE_WITH_OFFERS
