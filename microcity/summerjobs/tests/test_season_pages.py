"""The coordinator's season pages: set up a season with periods, working-time limits and priority groups,
change it until offers are published (then refused), switch the season the coordination pages show, and
every page for every role."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import YouthFactory
from microcity.summerjobs.models import (
    AgeCategory,
    HourLimit,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    PriorityKind,
    Season,
)
from microcity.summerjobs.seasons import services as seasons_services
from microcity.summerjobs.seasons.services import period_problems, weekdays_between
from microcity.summerjobs.tests.factories import (
    YEAR,
    PriorityGroupFactory,
    SeasonFactory,
    SeasonPeriodFactory,
)
from microcity.summerjobs.workflows import SummerJobsError

pytestmark = pytest.mark.django_db
BASE = "/en/valmiera/summer-jobs/manage"


def limit_fields(prefix_values=None):
    data = {}
    for category, values in seasons_services.DEFAULT_HOUR_LIMITS.items():
        for name, value in values.items():
            if isinstance(value, dt.time):
                value = value.strftime("%H:%M")
            data[f"limit-{category}-{name}"] = "" if value is None else str(value)
    data.update(prefix_values or {})
    return data


def season_post(**changes):
    """A valid new season: two June–July periods, one priority group."""
    data = {
        "season-programme_type": "municipal",
        "season-name": "Jauniešu vasara",
        "season-year": str(YEAR),
        "season-min_age": "13",
        "season-max_age": "19",
        "season-currency": "EUR",
        "season-minimum_wage": "780",
        "season-employer_subsidy_share": "0.5",
        "season-disability_subsidy_share": "1",
        "season-supervisor_share": "0.1",
        "season-city_cofunding_share": "0",
        "season-monthly_hours": "168",
        "season-youths_per_supervisor": "10",
        "season-youths_per_supervisor_with_disability": "5",
        "season-employer_registration_opens": f"{YEAR}-03-01T09:00",
        "season-employer_registration_closes": f"{YEAR}-04-01T17:00",
        "season-youth_registration_opens": f"{YEAR}-04-15T09:00",
        "season-youth_registration_closes": f"{YEAR}-05-15T17:00",
        "season-max_choices": "5",
        "season-offer_acceptance_days": "5",
        "periods-TOTAL_FORMS": "3",
        "periods-INITIAL_FORMS": "0",
        "periods-0-name": "Jūnijs",
        "periods-0-starts_on": f"{YEAR}-06-07",
        "periods-0-ends_on": f"{YEAR}-06-25",
        "periods-0-working_days": "15",
        "periods-1-name": "Jūlijs",
        "periods-1-starts_on": f"{YEAR}-07-05",
        "periods-1-ends_on": f"{YEAR}-07-23",
        "periods-1-working_days": "15",
        "groups-TOTAL_FORMS": "2",
        "groups-INITIAL_FORMS": "0",
        "groups-0-kind": "orphan",
        "groups-0-rank": "1",
        **limit_fields(),
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def coordinator_client(coordinator):
    client = Client()
    client.force_login(coordinator)
    return client


# --- Setting up a season -----------------------------------------------------------------------------


def test_new_season_page_is_prefilled_with_the_labour_law(valmiera, coordinator_client):
    html = coordinator_client.get(f"{BASE}/seasons/new/").content.decode()
    assert re.search(r'name="limit-child-max_hours_per_day" value="4(\.0)?"', html)
    assert re.search(r'name="limit-adolescent-max_hours_per_week" value="35(\.0)?"', html)
    assert re.search(r'name="limit-child-night_starts" value="20:00"', html)
    assert '<label class="form-label" for="id_periods-0-name">' in html
    assert 'type="datetime-local"' in html and 'type="date"' in html


def test_create_a_season_with_periods_limits_and_groups(valmiera, coordinator_client):
    response = coordinator_client.post(
        f"{BASE}/seasons/new/",
        season_post(
            **{"limit-adolescent-max_hours_per_day": "6", "groups-1-kind": "low_income", "groups-1-rank": "2"}
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    season = Season.objects.get(city=valmiera, name="Jauniešu vasara")
    assert season.monthly_hours == Decimal("168.0") and season.max_choices == 5
    assert list(season.periods.values_list("name", "working_days")) == [("Jūnijs", 15), ("Jūlijs", 15)]
    assert list(season.priority_groups.values_list("kind", "rank")) == [("orphan", 1), ("low_income", 2)]
    adolescent = HourLimit.objects.get(season=season, category=AgeCategory.ADOLESCENT)
    assert adolescent.max_hours_per_day == Decimal("6") and adolescent.break_minutes == 30
    assert HourLimit.objects.get(season=season, category=AgeCategory.CHILD).night_starts == dt.time(20, 0)
    # The new season is the one the coordination pages now show.
    assert "Jauniešu vasara" in coordinator_client.get(f"{BASE}/").content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"periods-0-starts_on": f"{YEAR + 1}-06-07", "periods-0-ends_on": f"{YEAR + 1}-06-25"},
            "within the season",
        ),
        ({"periods-0-ends_on": f"{YEAR}-06-01"}, "The last day is before the first day."),
        ({"periods-0-working_days": "16"}, "more working days than weekdays"),
        ({"periods-1-name": "Jūnijs"}, "Two periods have the same name."),
        (
            {"season-allow_multiple_placements": "on", "periods-1-starts_on": f"{YEAR}-06-20"},
            "overlap",
        ),
        ({"periods-0-name": "", "periods-1-name": ""}, "This field is required."),
        ({"limit-child-max_hours_per_day": "5"}, "The Labour Law allows at most 4"),
        ({"limit-adolescent-min_daily_rest_hours": "10"}, "The Labour Law requires at least 12"),
        ({"limit-adult-night_starts": "22:00"}, "Give both the start and the end of the night"),
        # The night window and the break for minors cannot be blanked or narrowed either.
        (
            {"limit-adolescent-night_starts": "", "limit-adolescent-night_ends": ""},
            "forbids work from 22:00 to 06:00",
        ),
        ({"limit-adolescent-night_starts": "23:00"}, "forbids work from 22:00 to 06:00"),
        ({"limit-child-night_ends": "05:00"}, "forbids work from 20:00 to 06:00"),
        (
            {"limit-adolescent-break_after_hours": "", "limit-adolescent-break_minutes": ""},
            "the break after at most 4.5 hours",
        ),
        ({"limit-adolescent-break_minutes": "10"}, "a break of at least 30 minutes"),
        ({"limit-adolescent-break_after_hours": "6"}, "the break after at most 4.5 hours"),
        ({"groups-1-kind": "orphan", "groups-1-rank": "2"}, "Each priority group can be listed once."),
        ({"groups-1-kind": "orphan"}, "Give the group a rank."),
        (
            {"season-youth_registration_closes": f"{YEAR}-04-01T09:00"},
            "Registration must close after it opens.",
        ),
        ({"season-max_age": "12"}, "The maximum age is below the minimum age."),
        ({"season-employer_subsidy_share": "-0.1"}, "A share cannot be negative."),
        ({"season-name": ""}, "This field is required."),
    ],
)
def test_bad_input_is_refused_with_errors_and_nothing_is_lost(valmiera, coordinator_client, changes, message):
    data = season_post(**changes)
    response = coordinator_client.post(f"{BASE}/seasons/new/", data)
    html = response.content.decode()
    assert response.status_code == 200 and 'id="error-summary"' in html
    assert message in html, message
    assert not Season.objects.filter(city=valmiera).exists()
    # What the coordinator typed is still in the form.
    assert 'value="780"' in html and f'value="{YEAR}-07-23"' in html


def test_duplicate_season_name_is_refused_by_the_service(valmiera, coordinator_client):
    assert coordinator_client.post(f"{BASE}/seasons/new/", season_post()).status_code == 302
    response = coordinator_client.post(f"{BASE}/seasons/new/", season_post())
    assert response.status_code == 200 and 'id="error-summary"' in response.content.decode()
    assert Season.objects.filter(city=valmiera).count() == 1


# --- Changing a season ---------------------------------------------------------------------------------


def edit_post(season, **changes):
    """The edit form as the page fills it: the season's fields, periods, groups and limits."""
    periods = list(season.periods.all())
    groups = list(season.priority_groups.all())
    data = season_post(
        **{
            "season-name": season.name,
            "season-employer_registration_opens": timezone.localtime(
                season.employer_registration_opens
            ).strftime("%Y-%m-%dT%H:%M"),
            "season-employer_registration_closes": timezone.localtime(
                season.employer_registration_closes
            ).strftime("%Y-%m-%dT%H:%M"),
            "season-youth_registration_opens": timezone.localtime(season.youth_registration_opens).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "season-youth_registration_closes": timezone.localtime(season.youth_registration_closes).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "periods-TOTAL_FORMS": str(len(periods) + 1),
            "periods-INITIAL_FORMS": str(len(periods)),
            "periods-1-name": None,
            "periods-1-starts_on": None,
            "periods-1-ends_on": None,
            "periods-1-working_days": None,
            "groups-TOTAL_FORMS": str(len(groups) + 1),
            "groups-INITIAL_FORMS": str(len(groups)),
            "groups-0-kind": None,
            "groups-0-rank": None,
        }
    )
    for index, period in enumerate(periods):
        data.update(
            {
                f"periods-{index}-pk": str(period.pk),
                f"periods-{index}-name": period.name,
                f"periods-{index}-starts_on": period.starts_on.isoformat(),
                f"periods-{index}-ends_on": period.ends_on.isoformat(),
                f"periods-{index}-working_days": str(period.working_days),
            }
        )
    for index, group in enumerate(groups):
        data.update({f"groups-{index}-kind": group.kind, f"groups-{index}-rank": str(group.rank)})
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_edit_renames_adds_and_removes(season, june, july, coordinator_client):
    PriorityGroupFactory(season=season, kind=PriorityKind.ORPHAN, rank=1)
    PriorityGroupFactory(season=season, kind=PriorityKind.LARGE_FAMILY, rank=2)
    url = f"{BASE}/seasons/{season.pk}/edit/"
    html = coordinator_client.get(url).content.decode()
    assert season.name in html and "Jūnijs" in html and 'value="large_family" selected' in html
    data = edit_post(
        season,
        **{
            "season-name": "Jauns nosaukums",
            "season-max_choices": "3",
            # Swap the names of the two periods, and add a third.
            "periods-0-name": "Jūlijs",
            "periods-1-name": "Jūnijs",
            "periods-2-name": "Augusts",
            "periods-2-starts_on": f"{YEAR}-08-02",
            "periods-2-ends_on": f"{YEAR}-08-13",
            "periods-2-working_days": "10",
            "groups-1-DELETE": "on",
            "limit-child-max_hours_per_week": "15",
        },
    )
    response = coordinator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    season.refresh_from_db()
    june.refresh_from_db()
    assert (season.name, season.max_choices, june.name) == ("Jauns nosaukums", 3, "Jūlijs")
    assert season.periods.count() == 3
    assert list(season.priority_groups.values_list("kind", flat=True)) == ["orphan"]
    assert HourLimit.objects.get(season=season, category=AgeCategory.CHILD).max_hours_per_week == 15


def test_a_period_or_group_in_use_cannot_be_removed(
    season, june, july, coordinator_client, placement_with, applicant
):
    garden = placement_with({june: 2})
    group = PriorityGroupFactory(season=season, kind=PriorityKind.ORPHAN, rank=1)
    applicant([garden], [june], priority_group=group, priority_evidence="Lēmums nr. 1")
    url = f"{BASE}/seasons/{season.pk}/edit/"
    response = coordinator_client.post(url, edit_post(season, **{"periods-0-DELETE": "on"}))
    assert response.status_code == 200 and "cannot be removed" in response.content.decode()
    assert season.periods.count() == 2
    response = coordinator_client.post(url, edit_post(season, **{"groups-0-DELETE": "on"}))
    assert response.status_code == 200 and "applications claim it" in response.content.decode()
    assert season.priority_groups.count() == 1


def test_rules_are_frozen_once_offers_are_published(season, june, coordinator_client):
    MatchRun.objects.create(
        season=season,
        kind=MatchRunKind.INITIAL,
        status=MatchRunStatus.PUBLISHED,
        seed="x",
        inputs_digest="0" * 64,
        published_at=timezone.now(),
    )
    url = f"{BASE}/seasons/{season.pk}/edit/"
    html = coordinator_client.get(url).content.decode()
    assert "data-frozen" in html and "disabled" in html and "Save the season" not in html
    response = coordinator_client.post(url, edit_post(season, **{"season-name": "Cits"}), follow=True)
    assert "its rules can no longer change" in response.content.decode()
    season.refresh_from_db()
    assert season.name != "Cits"


def test_service_update_replaces_periods_and_checks_them(season, june, coordinator):
    with pytest.raises(SummerJobsError, match="within the season"):
        seasons_services.season_update(season=season, by=coordinator, data={"year": YEAR + 1})
    seasons_services.season_update(
        season=season,
        by=coordinator,
        data={},
        periods=[
            {
                "pk": june.pk,
                "name": "Jūnijs",
                "starts_on": june.starts_on,
                "ends_on": june.ends_on,
                "working_days": 10,
            }
        ],
        priority_groups={PriorityKind.ORPHAN: 1},
        hour_limits={AgeCategory.ADULT: {"max_hours_per_day": Decimal("7")}},
    )
    june.refresh_from_db()
    assert june.working_days == 10
    assert HourLimit.objects.get(season=season, category=AgeCategory.ADULT).max_hours_per_day == 7


def test_period_rules():
    assert weekdays_between(dt.date(2027, 6, 7), dt.date(2027, 6, 25)) == 15  # Monday to Friday, 3 weeks
    assert weekdays_between(dt.date(2027, 6, 12), dt.date(2027, 6, 13)) == 0  # a weekend
    june = {
        "name": "A",
        "starts_on": dt.date(2027, 6, 7),
        "ends_on": dt.date(2027, 6, 25),
        "working_days": 15,
    }
    overlapping = {
        **june,
        "name": "B",
        "starts_on": dt.date(2027, 6, 21),
        "ends_on": dt.date(2027, 7, 2),
        "working_days": 5,
    }
    assert period_problems(year=2027, periods=[june, overlapping], allow_overlap=True) == []
    assert "overlap" in period_problems(year=2027, periods=[june, overlapping], allow_overlap=False)[0]
    assert period_problems(year=2027, periods=[], allow_overlap=True)


# --- Switching the managed season ----------------------------------------------------------------------


def test_the_coordinator_switches_the_managed_season(season, valmiera, coordinator_client):
    older = SeasonFactory(city=valmiera, name="Pagājušā vasara", year=YEAR - 1)
    SeasonPeriodFactory(season=older, starts_on=dt.date(YEAR - 1, 6, 7), ends_on=dt.date(YEAR - 1, 6, 25))
    html = coordinator_client.get(f"{BASE}/").content.decode()
    assert season.name in html
    listing = coordinator_client.get(f"{BASE}/seasons/").content.decode()
    assert f'data-season="{older.pk}"' in listing and "data-managed" in listing
    response = coordinator_client.post(f"{BASE}/seasons/{older.pk}/select/")
    assert response.status_code == 302
    assert "Pagājušā vasara" in coordinator_client.get(f"{BASE}/").content.decode()
    assert "Pagājušā vasara" in coordinator_client.get(f"{BASE}/dashboard/").content.decode()
    # The public page still shows the latest season.
    assert season.name in coordinator_client.get("/en/valmiera/summer-jobs/").content.decode()
    # A season of another city cannot be chosen.
    elsewhere = SeasonFactory(name="Ventspils vasara")
    assert coordinator_client.post(f"{BASE}/seasons/{elsewhere.pk}/select/").status_code == 404
    assert coordinator_client.get(f"{BASE}/seasons/{elsewhere.pk}/edit/").status_code == 404


# --- Every page, every role ------------------------------------------------------------------------------


def client_for_kind(kind, valmiera, ventspils, employer):
    client = Client()
    if kind == "anonymous":
        return client
    user = UserFactory()
    if kind == "youth":
        YouthFactory(city=valmiera, user=user)
    elif kind == "employer":
        MembershipFactory(user=user, city=valmiera, role=Role.EMPLOYER_REPRESENTATIVE, organisation=employer)
    elif kind == "other_coordinator":
        MembershipFactory(user=user, city=ventspils, role=Role.PROGRAMME_COORDINATOR)
    elif kind == "coordinator":
        MembershipFactory(user=user, city=valmiera, role=Role.PROGRAMME_COORDINATOR)
    client.force_login(user)
    return client


@pytest.mark.parametrize("kind", ["anonymous", "youth", "employer", "other_coordinator", "coordinator"])
def test_season_pages_for_every_role(kind, season, june, valmiera, ventspils, employer):
    client = client_for_kind(kind, valmiera, ventspils, employer)
    pages = [f"{BASE}/seasons/", f"{BASE}/seasons/new/", f"{BASE}/seasons/{season.pk}/edit/"]
    for url in pages:
        response = client.get(url)
        if kind == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
        else:
            assert response.status_code == (200 if kind == "coordinator" else 403), (kind, url)
    before = Season.objects.count()
    response = client.post(f"{BASE}/seasons/new/", season_post())
    assert response.status_code == (302 if kind in {"anonymous", "coordinator"} else 403)
    assert Season.objects.count() == before + (1 if kind == "coordinator" else 0)
    response = client.post(
        f"{BASE}/seasons/{season.pk}/edit/", edit_post(season, **{"season-name": "Uzlauzts"})
    )
    season.refresh_from_db()
    assert (season.name == "Uzlauzts") == (kind == "coordinator")
    response = client.post(f"{BASE}/seasons/{season.pk}/select/")
    assert response.status_code in ({302} if kind in {"anonymous", "coordinator"} else {403})


# --- The Labour Law's ceilings in the season service ----------------------------------------------


@pytest.mark.parametrize(
    ("category", "values", "message"),
    [
        (AgeCategory.ADOLESCENT, {"night_starts": None, "night_ends": None}, "forbids work from 22:00"),
        (AgeCategory.ADOLESCENT, {"night_starts": dt.time(23, 0)}, "forbids work from 22:00"),
        (AgeCategory.CHILD, {"night_ends": dt.time(5, 0)}, "forbids work from 20:00"),
        (AgeCategory.ADOLESCENT, {"break_minutes": 10}, "a break of at least 30 minutes"),
        (
            AgeCategory.ADOLESCENT,
            {"break_after_hours": None, "break_minutes": 0},
            "the break after at most 4.5 hours",
        ),
        (AgeCategory.ADOLESCENT, {"max_hours_per_day": Decimal("8")}, "allows at most 7"),
        (AgeCategory.CHILD, {"min_daily_rest_hours": Decimal("12")}, "requires at least 14 hours"),
    ],
)
def test_the_season_service_refuses_limits_looser_than_the_law(
    season, coordinator, category, values, message
):
    """A forged POST or another caller goes past the form; the service is where the law holds."""
    before = {limit.category: limit.break_minutes for limit in season.hour_limits.all()}
    with pytest.raises(SummerJobsError, match=message):
        seasons_services.season_update(season=season, by=coordinator, data={}, hour_limits={category: values})
    assert {limit.category: limit.break_minutes for limit in season.hour_limits.all()} == before
    with pytest.raises(SummerJobsError, match=message):
        seasons_services.season_create(
            city=season.city,
            by=coordinator,
            data={**{name: getattr(season, name) for name in seasons_services.SEASON_FIELDS}, "name": "Cita"},
            periods=[
                {"name": "Jūnijs", "starts_on": dt.date(YEAR, 6, 7), "ends_on": dt.date(YEAR, 6, 25)}
                | {"working_days": 15}
            ],
            hour_limits={category: {**seasons_services.DEFAULT_HOUR_LIMITS[category], **values}},
        )


def test_the_season_service_allows_stricter_limits(season, coordinator):
    stricter = {
        "night_starts": dt.time(21, 0),
        "night_ends": dt.time(7, 0),
        "break_after_hours": Decimal("4"),
        "break_minutes": 45,
        "max_hours_per_day": Decimal("6"),
    }
    seasons_services.season_update(
        season=season, by=coordinator, data={}, hour_limits={AgeCategory.ADOLESCENT: stricter}
    )
    row = HourLimit.objects.get(season=season, category=AgeCategory.ADOLESCENT)
    assert (row.night_starts, row.break_minutes, row.max_hours_per_day) == (dt.time(21, 0), 45, 6)
