"""The city's home page as the front door: a card per programme the city runs, what is open now, the
programme switches (a switched-off programme loses its card and its pages say so) and breadcrumbs."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import UserFactory
from microcity.careers.tests.factories import ActivityFactory, AvailabilityFactory
from microcity.core.models import AuditEvent, City
from microcity.summerjobs.tests.factories import SeasonFactory

pytestmark = pytest.mark.django_db

CARD = re.compile(r'data-programme="([a-z]+)"')


def cards(html: str) -> list[str]:
    section = html.split('data-section="programmes"', 1)[1]
    return CARD.findall(section)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_programme_the_city_runs_is_a_card_with_its_next_step(client, valmiera, lang):
    html = client.get(f"/{lang}/valmiera/").content.decode()
    assert set(cards(html)) == {
        "talent",
        "careers",
        "summerjobs",
        "library",
        "makerspace",
        "courses",
        "grants",
        "investors",
    }
    for path in (
        "/valmiera/jobs/",
        "/valmiera/relocate/",
        "/valmiera/counselling/",
        "/valmiera/activities/",
        "/valmiera/summer-jobs/",
        "/materials/",
        "/valmiera/makerspace/",
    ):
        assert f'href="/{lang}{path}"' in html, path
    assert 'class="bi bi-briefcase' in html
    assert "See the jobs" in html if lang == "en" else "See the jobs" not in html


def test_a_city_that_switches_a_programme_off_loses_its_card_and_its_pages_say_so(client, valmiera):
    valmiera.programmes = "talent,library"
    valmiera.save()
    html = client.get("/en/valmiera/").content.decode()
    assert set(cards(html)) == {"talent", "library"}
    assert "/en/valmiera/counselling/" not in html.split('data-section="programmes"', 1)[1]
    for path in ("/en/valmiera/counselling/", "/en/valmiera/activities/", "/en/valmiera/summer-jobs/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert b'data-state="not-offered"' in response.content
        assert b'href="/en/valmiera/"' in response.content
    assert client.get("/en/valmiera/jobs/").status_code == 200
    # The library is the whole platform's: switching it off in a city only removes the card.
    valmiera.programmes = "talent"
    valmiera.save()
    assert "library" not in cards(client.get("/en/valmiera/").content.decode())
    assert client.get("/en/materials/").status_code == 200


def test_a_city_that_runs_nothing_says_so(client, valmiera):
    valmiera.programmes = ""
    valmiera.save()
    html = client.get("/en/valmiera/").content.decode()
    assert cards(html) == []
    assert "has not switched on any programme" in html
    assert client.get("/en/valmiera/jobs/").status_code == 404


def test_a_new_city_runs_every_registered_programme(valmiera):
    assert City.objects.get(pk=valmiera.pk).programme_keys == {
        "talent",
        "careers",
        "summerjobs",
        "library",
        "makerspace",
        "courses",
        "grants",
        "investors",
    }


def test_an_unknown_programme_key_is_refused(valmiera):
    from django.core.exceptions import ValidationError

    valmiera.programmes = "talent,casino"
    with pytest.raises(ValidationError):
        valmiera.full_clean()


def test_open_now_shows_registration_until_a_date_activities_with_places_and_counselling(client, valmiera):
    SeasonFactory(city=valmiera)
    ActivityFactory(city=valmiera, title="Ēnu diena ražotnē", capacity=5)
    full = ActivityFactory(city=valmiera, title="Pilna nometne", capacity=1)
    from microcity.careers.tests.factories import RegistrationFactory

    RegistrationFactory(activity=full)
    AvailabilityFactory(city=valmiera, counsellor=UserFactory(), weekday=timezone.localdate().weekday())
    html = client.get("/en/valmiera/").content.decode()
    top = html.split('data-section="open-now"', 1)[1].split('data-section="programmes"', 1)[0]
    assert "Summer jobs: youths apply now" in top
    assert "Registration is open until" in top
    assert "Ēnu diena ražotnē" in top and "5 places left" in top
    assert "Pilna nometne" not in top
    assert "Counsellors receive this week" in top
    # In Latvian the date after "līdz" is in the dative.
    lv = client.get("/lv/valmiera/").content.decode()
    assert re.search(
        r"līdz \d+\. (janvārim|februārim|martam|aprīlim|maijam|jūnijam|jūlijam|augustam|"
        r"septembrim|oktobrim|novembrim|decembrim)",
        lv,
    )


def test_open_now_leaves_out_a_programme_the_city_does_not_run(client, valmiera):
    SeasonFactory(city=valmiera)
    valmiera.programmes = "talent,careers,library"
    valmiera.save()
    html = client.get("/en/valmiera/").content.decode()
    assert "Summer jobs: youths apply now" not in html


def test_without_anything_open_there_is_no_open_now_and_no_results_strip(client, valmiera):
    html = client.get("/en/valmiera/").content.decode()
    assert 'data-section="open-now"' not in html
    assert 'data-section="results"' not in html


def test_the_city_home_reads_a_fixed_number_of_queries(client, valmiera, django_assert_max_num_queries):
    SeasonFactory(city=valmiera)
    for n in range(6):
        ActivityFactory(city=valmiera, starts_at=timezone.now() + dt.timedelta(days=5 + n))
    AvailabilityFactory(city=valmiera, counsellor=UserFactory(), weekday=timezone.localdate().weekday())
    with django_assert_max_num_queries(12):
        assert client.get("/en/valmiera/").status_code == 200


def test_the_city_home_of_a_signed_in_youth_reads_a_fixed_number_of_queries(
    client_for, valmiera, django_assert_max_num_queries
):
    from microcity.core.tests.factories import YouthFactory

    youth = YouthFactory(city=valmiera, user=UserFactory())
    for n in range(6):
        ActivityFactory(city=valmiera, starts_at=timezone.now() + dt.timedelta(days=5 + n))
    c = client_for(youth.user)
    with django_assert_max_num_queries(16):
        assert c.get("/en/valmiera/").status_code == 200


def test_breadcrumbs_lead_back_to_the_city_and_home(client, valmiera):
    html = client.get("/en/valmiera/activities/").content.decode()
    trail = html.split('class="breadcrumb"', 1)[1].split("</ol>", 1)[0]
    assert 'href="/en/"' in trail and 'href="/en/valmiera/"' in trail
    assert 'aria-current="page"' in trail and "Group activities" in trail
    assert 'itemtype="https://schema.org/BreadcrumbList"' in html


# --- The switches in the back office -----------------------------------------------------------------


def test_the_city_administrator_switches_programmes_and_it_is_audited(client_for, user_with_role, valmiera):
    admin = user_with_role(Role.CITY_ADMINISTRATOR)
    c = client_for(admin)
    page = c.get("/en/staff/valmiera/programmes/")
    assert page.status_code == 200
    assert page.content.decode().count('type="checkbox"') == 8
    response = c.post("/en/staff/valmiera/programmes/", {"programmes": ["talent", "library"]})
    assert response.status_code == 302
    valmiera.refresh_from_db()
    assert valmiera.programmes == "talent,library"
    event = AuditEvent.objects.filter(city=valmiera).latest("pk")
    assert event.details["switched_off"] == [
        "careers",
        "courses",
        "grants",
        "investors",
        "makerspace",
        "summerjobs",
    ]
    assert c.get("/en/valmiera/counselling/").status_code == 404


def test_unknown_keys_are_refused_by_the_form(client_for, user_with_role, valmiera):
    c = client_for(user_with_role(Role.CITY_ADMINISTRATOR))
    response = c.post("/en/staff/valmiera/programmes/", {"programmes": ["talent", "casino"]})
    assert response.status_code == 200
    valmiera.refresh_from_db()
    assert valmiera.runs("careers")


@pytest.mark.parametrize("role", [Role.PROGRAMME_COORDINATOR, Role.COUNSELLOR, Role.YOUTH])
def test_nobody_else_switches_programmes(client_for, user_with_role, valmiera, role):
    c = client_for(user_with_role(role))
    assert c.get("/en/staff/valmiera/programmes/").status_code == 403
    assert c.post("/en/staff/valmiera/programmes/", {"programmes": []}).status_code == 403
    valmiera.refresh_from_db()
    assert valmiera.runs("careers")


def test_an_administrator_of_another_city_does_not_switch_this_one(
    client_for, user_with_role, valmiera, ventspils
):
    c = client_for(user_with_role(Role.CITY_ADMINISTRATOR, city=ventspils))
    assert c.post("/en/staff/valmiera/programmes/", {"programmes": []}).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, valmiera):
    response = client.get("/en/staff/valmiera/programmes/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
