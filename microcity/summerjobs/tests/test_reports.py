"""The season dashboard and the equity report: figures against a hand-counted season, small groups hidden
(also by subtraction), a fixed number of queries, the pages and CSV files for every role."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.models import AuditAction, AuditEvent, Occupation, OrganisationKind
from microcity.core.tests.factories import OrganisationFactory, YouthFactory
from microcity.summerjobs.models import (
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    PlacementStatus,
    PriorityKind,
)
from microcity.summerjobs.reports import selectors as reports_selectors
from microcity.summerjobs.reports.selectors import RateRow, suppress
from microcity.summerjobs.tests.factories import PriorityGroupFactory

pytestmark = pytest.mark.django_db
BASE = "/en/valmiera/summer-jobs/manage"

# (gender, priority group?, age on 7 June, with school A?, answer) of the twelve submitted applicants:
# an answer is (placement "p1"/"p2", status) or None for no offer.
YOUTHS = [
    ("female", True, 14, True, ("p1", AssignmentStatus.ACCEPTED)),
    ("female", True, 15, True, ("p1", AssignmentStatus.ACCEPTED)),
    ("female", True, 16, True, ("p2", AssignmentStatus.DECLINED)),
    ("female", True, 16, True, None),
    ("female", True, 17, True, None),
    ("female", False, 16, False, ("p2", AssignmentStatus.ACCEPTED)),
    ("male", False, 16, False, ("p1", AssignmentStatus.OFFERED)),
    ("male", False, 16, False, ("p2", AssignmentStatus.EXPIRED)),
    ("male", False, 18, False, None),
    ("male", False, 18, False, None),
    ("male", False, 19, False, None),
    ("other", False, 15, False, None),
]


def _offer(run, application, place, status, now):
    return Assignment.objects.create(
        run=run,
        application=application,
        placement_period=place,
        period=place.period,
        choice_rank=1,
        lottery_number=application.pk,
        status=status,
        offered_at=None if status == AssignmentStatus.PROPOSED else now,
        deadline=None if status == AssignmentStatus.PROPOSED else now + dt.timedelta(days=3),
    )


@pytest.fixture
def world(season, june, july, placement_with, applicant, coordinator, ventspils):
    """The hand-counted season: two approved placements (ISCO major groups 9 and 5) with 3 + 2 places in
    June, a draft one, twelve submitted applications (see YOUTHS), a draft and a withdrawn one, one
    published run with six offers and a preview whose proposal must count nowhere."""
    sales = Occupation.objects.filter(level=4, code__startswith="5").order_by("code").first()
    p1 = placement_with({june: 3})
    p2 = placement_with({june: 2}, occupation=sales)
    draft = placement_with({july: 4}, status=PlacementStatus.DRAFT)
    places = {"p1": p1.periods.get(), "p2": p2.periods.get()}
    group = PriorityGroupFactory(season=season, kind=PriorityKind.LOW_INCOME, rank=1)
    school = OrganisationFactory(
        city=season.city, kind=OrganisationKind.SCHOOL, name="Valmieras 2. vidusskola"
    )
    now = timezone.now()
    run = MatchRun.objects.create(
        season=season,
        kind=MatchRunKind.INITIAL,
        status=MatchRunStatus.PUBLISHED,
        seed="x",
        inputs_digest="0" * 64,
        published_at=now,
    )
    preview = MatchRun.objects.create(
        season=season, kind=MatchRunKind.FOLLOW_UP, seed="x", inputs_digest="1" * 64
    )
    applications = []
    for gender, priority, age, with_school, answer in YOUTHS:
        application = applicant(
            [p1, p2],
            [june],
            age=age,
            gender=gender,
            priority_group=group if priority else None,
            school=school if with_school else None,
            residence_city=ventspils if gender == "other" else season.city,
        )
        if answer is not None:
            _offer(run, application, places[answer[0]], answer[1], now)
        applications.append(application)
    _offer(preview, applications[8], places["p1"], AssignmentStatus.PROPOSED, now)
    applicant([p1], [june], status=ApplicationStatus.DRAFT, submitted_at=None)
    applicant([p1], [june], status=ApplicationStatus.WITHDRAWN)
    return {"p1": p1, "p2": p2, "draft": draft, "sales": sales, "applications": applications}


def rows_of(table):
    return {row.key: row for row in table.rows}


# --- The figures ------------------------------------------------------------------------------------


def test_dashboard_figures_match_the_hand_count(season, world):
    data = reports_selectors.season_dashboard(season=season)
    assert {r.key: r.count for r in data.applications} == {"draft": 1, "submitted": 12, "withdrawn": 1}
    assert {r.key: r.count for r in data.placements if r.count} == {"approved": 2, "draft": 1}
    assert {r.key: r.count for r in data.offers} == {"offered": 1, "accepted": 3, "declined": 1, "expired": 1}
    assert (data.places, data.accepted, data.offers_total, str(data.fill_rate)) == (5, 3, 6, "60.0")
    professions = {row.key: row for row in data.professions}
    assert set(professions) == {"5", "9"}
    nine, five = professions["9"], professions["5"]
    assert (nine.placements, nine.places, nine.offered, nine.accepted, str(nine.fill_rate)) == (
        1,
        3,
        3,
        2,
        "66.7",
    )
    assert (five.places, five.offered, five.accepted, five.declined, five.expired) == (2, 3, 1, 1, 1)
    assert nine.label.startswith("9 ") and len(nine.label) > 2  # with the ISCO major group's name
    groups = rows_of(data.priority_groups)
    assert (groups["low_income"].applicants, groups["low_income"].offered, groups["low_income"].accepted) == (
        5,
        3,
        2,
    )
    assert (groups["none"].applicants, groups["none"].offered, groups["none"].accepted) == (7, 3, 1)


def test_equity_rates_and_small_groups(season, world):
    tables = {t.key: t for t in reports_selectors.equity_report(season=season)}
    priority = rows_of(tables["priority-group"])
    assert (
        str(priority["low_income"].accepted_rate) == "40.0"
        and str(priority["low_income"].offered_rate) == "60.0"
    )
    assert str(priority["none"].accepted_rate) == "14.3" and str(priority["none"].offered_rate) == "42.9"
    total = tables["priority-group"].total
    assert (total.applicants, total.offered, total.accepted, total.suppressed) == (12, 6, 3, False)

    gender = rows_of(tables["gender"])
    assert (gender["female"].applicants, gender["female"].offered, gender["female"].accepted) == (6, 4, 3)
    # "other" has one applicant; hiding only it would let anyone subtract it from the total, so the next
    # smallest group (male, five) is hidden as well.
    assert gender["other"].suppressed and gender["male"].suppressed and not gender["female"].suppressed
    assert gender["male"].accepted_rate is None

    categories = rows_of(tables["age-category"])
    assert categories["child"].suppressed and categories["adult"].suppressed
    assert (categories["adolescent"].applicants, categories["adolescent"].offered) == (8, 5)
    ages = rows_of(tables["age"])
    assert [key for key, row in ages.items() if not row.suppressed] == ["16"]
    assert (ages["16"].applicants, ages["16"].offered, ages["16"].accepted) == (5, 4, 1)

    schools = tables["school"].rows
    assert [(r.label, r.applicants, r.accepted) for r in schools] == [
        ("Valmieras 2. vidusskola", 5, 2),
        ("No school given", 7, 1),
    ]
    # Valmiera 11, Ventspils 1: both hidden (otherwise Ventspils = total − Valmiera).
    assert all(row.suppressed for row in tables["residence"].rows)
    assert {row.label for row in tables["residence"].rows} == {"Valmiera", "Ventspils"}
    # The chart only carries the groups the table shows.
    assert tables["gender"].chart["labels"] == ["Female"]


def test_suppression_rules():
    def row(key, n):
        return RateRow(key=key, label=key, applicants=n, offered=0, accepted=0)

    assert [r.suppressed for r in suppress([row("a", 5), row("b", 9)])] == [False, False]
    assert [r.suppressed for r in suppress([row("a", 4), row("b", 9), row("c", 6)])] == [True, False, True]
    assert [r.suppressed for r in suppress([row("a", 1), row("b", 2), row("c", 9)])] == [True, True, False]
    assert [r.suppressed for r in suppress([row("a", 3)])] == [True]
    assert reports_selectors._total([row("a", 2), row("b", 2)]).suppressed


def test_reports_take_a_fixed_number_of_queries(
    season, world, june, applicant, placement_with, django_assert_num_queries
):
    with django_assert_num_queries(6):
        reports_selectors.season_dashboard(season=season)
    with django_assert_num_queries(6):
        reports_selectors.equity_report(season=season)
    other = placement_with(
        {june: 5}, occupation=Occupation.objects.filter(level=4, code__startswith="2").first()
    )
    for age in (13, 14, 15, 16, 17, 18):
        applicant([other], [june], age=age, gender="female")
    with django_assert_num_queries(6):
        reports_selectors.season_dashboard(season=season)
    with django_assert_num_queries(6):
        reports_selectors.equity_report(season=season)


# --- The pages and the CSV files -------------------------------------------------------------------------


PAGES = ["dashboard/", "equity/", "dashboard/professions.csv", "equity/gender.csv"]


def user_for(kind, valmiera, ventspils, employer):
    if kind == "anonymous":
        return None
    user = UserFactory()
    if kind == "youth":
        YouthFactory(city=valmiera, user=user)
    elif kind == "employer":
        MembershipFactory(user=user, city=valmiera, role=Role.EMPLOYER_REPRESENTATIVE, organisation=employer)
    elif kind == "supervisor":
        MembershipFactory(user=user, city=valmiera, role=Role.WORK_SUPERVISOR, organisation=employer)
    elif kind == "other_coordinator":
        MembershipFactory(user=user, city=ventspils, role=Role.PROGRAMME_COORDINATOR)
    elif kind == "coordinator":
        MembershipFactory(user=user, city=valmiera, role=Role.PROGRAMME_COORDINATOR)
    return user


@pytest.mark.parametrize(
    "kind", ["anonymous", "youth", "employer", "supervisor", "other_coordinator", "coordinator"]
)
def test_report_pages_for_every_role(kind, world, valmiera, ventspils, employer):
    client = Client()
    user = user_for(kind, valmiera, ventspils, employer)
    if user is not None:
        client.force_login(user)
    for page in PAGES:
        response = client.get(f"{BASE}/{page}")
        if kind == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], page
        elif kind == "coordinator":
            assert response.status_code == 200, page
        else:
            assert response.status_code == 403, (kind, page)
            assert b"Valmieras 2. vidusskola" not in response.content


def test_dashboard_page_shows_the_figures_with_charts_and_tables(world, coordinator):
    client = Client()
    client.force_login(coordinator)
    html = client.get(f"{BASE}/dashboard/").content.decode()
    assert "data-places>5<" in html and "data-accepted>3<" in html and "60.0 %" in html
    assert 'data-offers="expired">1<' in html and 'data-applications="withdrawn">1<' in html
    # Every chart is hidden from assistive technology and until the script draws it; its figures are in JSON.
    assert html.count("data-chart=") == 3 and html.count('aria-hidden="true" hidden') == 3
    assert 'id="chart-professions-data" type="application/json"' in html
    assert "vendor/chartjs/chart.umd.min.js" in html and "js/report-charts.js" in html
    assert html.count('class="table-responsive" tabindex="0" role="region"') == 5


def test_equity_page_hides_small_groups_and_explains_why(world, coordinator):
    client = Client()
    client.force_login(coordinator)
    html = client.get(f"{BASE}/equity/").content.decode()
    assert "data-privacy-note" in html and "fewer than 5" in html
    assert 'data-group="other" data-suppressed' in html and 'data-group="male" data-suppressed' in html
    assert '<tr data-group="female">' in html
    assert html.count("data-chart=") == 6


def test_csv_files_hold_the_same_figures_and_are_audited(world, coordinator):
    client = Client()
    client.force_login(coordinator)
    response = client.get(f"{BASE}/equity/gender.csv")
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Group", "Submitted applicants"]
    by_group = {row[0]: row[1:] for row in rows[1:]}
    assert by_group["Female"] == ["6", "4", "66,7", "3", "50,0"]
    assert by_group["Male"][0] == "fewer than 5" and by_group["Other"][0] == "fewer than 5"
    assert by_group["All submitted applicants"][0] == "12"
    professions = list(
        csv.reader(
            io.StringIO(client.get(f"{BASE}/dashboard/professions.csv").content.decode("utf-8-sig")),
            delimiter=";",
        )
    )
    assert professions[-1][0] == "Total" and professions[-1][2] == "5" and professions[-1][-1] == "60,0"
    for table in ("applications", "placements", "offers", "priority-group"):
        assert client.get(f"{BASE}/dashboard/{table}.csv").status_code == 200
    for table in ("priority-group", "age-category", "age", "school", "residence"):
        assert client.get(f"{BASE}/equity/{table}.csv").status_code == 200
    assert client.get(f"{BASE}/equity/youths.csv").status_code == 404
    assert client.get(f"{BASE}/dashboard/youths.csv").status_code == 404
    assert AuditEvent.objects.filter(
        action=AuditAction.EXPORT, details__report="equity", details__table="gender"
    ).exists()


def test_report_pages_keep_their_query_count_as_the_season_grows(
    world, coordinator, june, applicant, placement_with
):
    client = Client()
    client.force_login(coordinator)

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = {page: count(f"{BASE}/{page}") for page in PAGES}
    more = placement_with(
        {june: 4}, occupation=Occupation.objects.filter(level=4, code__startswith="3").first()
    )
    for age in range(13, 20):
        applicant([more], [june], age=age, gender="male", residence_city=None)
    assert {page: count(f"{BASE}/{page}") for page in PAGES} == before


def test_empty_season_reports(season, coordinator):
    client = Client()
    client.force_login(coordinator)
    html = client.get(f"{BASE}/dashboard/").content.decode()
    assert "No approved placement yet." in html and "data-fill-rate>—<" in html
    assert "No submitted application yet." in client.get(f"{BASE}/equity/").content.decode()
