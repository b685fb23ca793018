"""Counselling and group activities before sign-in: what they are, who the counsellors are and how to book,
and sign-in asked for at the moment of an action, bringing the person back to where they were."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.utils import timezone

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import PASSWORD, MembershipFactory, UserFactory
from microcity.careers.models import Registration
from microcity.careers.tests.factories import ActivityFactory
from microcity.core.tests.factories import OrganisationFactory, YouthFactory

pytestmark = pytest.mark.django_db


def sign_in_link(path: str) -> str:
    return f'href="{path[:3]}/accounts/login/?next={quote(path, safe="/")}"'


def verified(user: Any) -> Any:
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def counsellor(valmiera: Any) -> Any:
    user = UserFactory(first_name="Inese", last_name="Kalniņa", email="inese.private@example.lv")
    school = OrganisationFactory(city=valmiera, name="Valmieras Valsts ģimnāzija", kind="school")
    MembershipFactory(user=user, city=valmiera, role=Role.COUNSELLOR, organisation=school)
    return user


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_an_anonymous_visitor_learns_what_counselling_is_before_signing_in(client, counsellor, lang):
    response = client.get(f"/{lang}/valmiera/counselling/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Inese Kalniņa" in html and "Valmieras Valsts ģimnāzija" in html
    assert "inese.private@example.lv" not in html  # only what is meant to be public
    assert sign_in_link(f"/{lang}/valmiera/counselling/") in html
    assert 'data-action="sign-in-to-book"' in html
    if lang == "en":
        assert "What it is" in html and "How to book" in html


def test_counsellors_of_another_city_or_inactive_are_not_listed(client, valmiera, ventspils, counsellor):
    other = UserFactory(first_name="Jānis", last_name="Ventiņš")
    MembershipFactory(user=other, city=ventspils, role=Role.COUNSELLOR)
    gone = UserFactory(first_name="Aiga", last_name="Aizgājusi", is_active=False)
    MembershipFactory(user=gone, city=valmiera, role=Role.COUNSELLOR)
    html = client.get("/en/valmiera/counselling/").content.decode()
    assert "Inese Kalniņa" in html
    assert "Ventiņš" not in html and "Aizgājusi" not in html


def test_the_public_counselling_page_reads_few_queries(client, valmiera, django_assert_max_num_queries):
    for _n in range(8):
        MembershipFactory(user=UserFactory(), city=valmiera, role=Role.COUNSELLOR)
    with django_assert_max_num_queries(4):
        client.get("/en/valmiera/counselling/")


def test_sign_in_from_the_counselling_page_comes_back_to_book(client, valmiera, counsellor):
    youth_user = verified(UserFactory(email="youth@example.lv"))
    YouthFactory(city=valmiera, user=youth_user)
    response = client.post(
        "/en/accounts/login/?next=/en/valmiera/counselling/",
        {"login": "youth@example.lv", "password": PASSWORD, "next": "/en/valmiera/counselling/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/valmiera/counselling/"
    html = client.get("/en/valmiera/counselling/").content.decode()
    assert "Book a session" in html and 'data-action="sign-in-to-book"' not in html


def test_sign_in_ignores_a_next_address_on_another_site(client, valmiera):
    verified(UserFactory(email="youth@example.lv"))
    response = client.post(
        "/en/accounts/login/",
        {"login": "youth@example.lv", "password": PASSWORD, "next": "https://evil.example.com/"},
    )
    assert response.status_code == 302 and "evil.example.com" not in response["Location"]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_activities_are_public_and_registering_asks_for_sign_in(client, valmiera, lang):
    activity = ActivityFactory(city=valmiera, title="Ēnu diena")
    listing = client.get(f"/{lang}/valmiera/activities/")
    assert listing.status_code == 200 and "Ēnu diena" in listing.content.decode()
    path = f"/{lang}/valmiera/activities/{activity.pk}/"
    page = client.get(path)
    assert page.status_code == 200
    assert sign_in_link(path) in page.content.decode()
    posted = client.post(path, {"action": "register"})
    assert posted.status_code == 302
    assert posted["Location"] == f"/{lang}/accounts/login/?next={path}"
    assert not Registration.objects.exists()


def test_after_sign_in_the_youth_registers_on_the_same_page(client, valmiera):
    activity = ActivityFactory(city=valmiera)
    path = f"/en/valmiera/activities/{activity.pk}/"
    user = verified(UserFactory(email="youth@example.lv"))
    youth = YouthFactory(city=valmiera, user=user)
    response = client.post(
        f"/en/accounts/login/?next={path}", {"login": user.email, "password": PASSWORD, "next": path}
    )
    assert response["Location"] == path
    client.post(path, {"action": "register"})
    assert Registration.objects.filter(activity=activity, youth=youth).exists()


def test_a_signed_in_adult_is_told_who_activities_are_for(client_for, user_with_role, valmiera):
    activity = ActivityFactory(city=valmiera, starts_at=timezone.now() + dt.timedelta(days=9))
    c = client_for(user_with_role(Role.GUARDIAN))
    html = c.get(f"/en/valmiera/activities/{activity.pk}/").content.decode()
    assert 'data-state="not-youth"' in html


def test_the_public_activity_list_reads_few_queries(client, valmiera, django_assert_max_num_queries):
    for _ in range(10):
        ActivityFactory(city=valmiera)
    with django_assert_max_num_queries(4):
        assert Client().get("/en/valmiera/activities/").status_code == 200


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_summer_jobs_ask_for_sign_in_at_apply_and_come_back(client, valmiera, lang):
    from microcity.summerjobs.tests.factories import SeasonFactory

    SeasonFactory(city=valmiera)
    html = client.get(f"/{lang}/valmiera/summer-jobs/").content.decode()
    assert f'href="/{lang}/valmiera/summer-jobs/apply/"' in html
    if lang == "en":
        assert "Sign in to apply" in html
    response = client.get(f"/{lang}/valmiera/summer-jobs/apply/")
    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/accounts/login/?next=/{lang}/valmiera/summer-jobs/apply/"
