"""Every response to a signed-in person is `private, no-store` (decisions/0015): the pages and downloads with
personal data are listed here, and a view that forgets (or asks for caching) is overruled."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory

from microcity.accounts.models import Role
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.careers.tests.factories import EntryFactory, PortfolioFactory
from microcity.core.tests.factories import YouthFactory
from microcity.summerjobs.tests.factories import SeasonFactory
from microcity.talent import relocation

pytestmark = pytest.mark.django_db

INQUIRY = {
    "first_name": "Jānis",
    "last_name": "Kalniņš",
    "email": "janis@example.com",
    "phone": "",
    "profession": "Inženieris",
    "moving_from": "Dublina",
    "partner_profession": "",
    "children": "",
    "housing_needs": "",
    "planned_move": None,
    "languages": "latviešu",
    "message": "",
}


@pytest.fixture
def world(valmiera: Any) -> dict[str, Any]:
    staff = UserFactory(email="admin@valmiera.example.lv")
    for role in (Role.CITY_ADMINISTRATOR, Role.PROGRAMME_COORDINATOR):
        MembershipFactory(user=staff, city=valmiera, role=role)
    youth_user = UserFactory(email="youth@example.lv")
    MembershipFactory(user=youth_user, city=valmiera, role=Role.YOUTH)
    youth = YouthFactory(user=youth_user, city=valmiera)
    portfolio = PortfolioFactory(person=youth)
    EntryFactory(portfolio=portfolio)
    SeasonFactory(city=valmiera)
    consultant = UserFactory(email="consultant@valmiera.example.lv")
    MembershipFactory(user=consultant, city=valmiera, role=Role.RELOCATION_CONSULTANT)
    case = relocation.inquiry_submit(city=valmiera, data=INQUIRY, language="lv")
    return {"staff": staff, "youth_user": youth_user, "youth": youth, "case": case}


STAFF_PAGES = [
    "/lv/staff/valmiera/people/",
    "/lv/staff/valmiera/people/{youth}/",
    "/lv/staff/valmiera/people/{youth}/edit/",
    "/lv/staff/valmiera/audit/",
    "/lv/valmiera/relocation/cases/",
    "/lv/valmiera/relocation/cases/{case}/",
    "/lv/valmiera/relocation/export.csv",
    "/lv/valmiera/relocation/export.xlsx",
    "/lv/valmiera/summer-jobs/manage/assignments.csv",
    "/lv/valmiera/summer-jobs/after/payroll.csv",
    "/lv/valmiera/summer-jobs/after/payroll.xlsx",
    "/lv/valmiera/summer-jobs/after/claims.csv",
    "/lv/valmiera/summer-jobs/after/claims.xlsx",
    "/lv/valmiera/summer-jobs/manage/dashboard/applications.csv",
    "/lv/valmiera/summer-jobs/manage/dashboard/professions.csv",
    "/lv/valmiera/summer-jobs/manage/equity/gender.csv",
    "/lv/account/",
    "/admin/",
]
YOUTH_PAGES = [
    "/lv/portfolio/",
    "/lv/portfolio/about/",
    "/lv/portfolio/export/",
    "/lv/portfolio/export/?format=json&language=lv&sections=education",
    "/lv/portfolio/export/?format=pdf&language=en&sections=education",
    "/lv/account/my-data/",
    "/lv/account/profile/",
]


def assert_private(response: HttpResponse, page: str) -> None:
    assert response.status_code == 200, page
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives, (page, response["Cache-Control"])


@pytest.mark.parametrize("page", STAFF_PAGES)
def test_staff_pages_and_exports_are_never_stored(page, world):
    client = Client()
    client.force_login(world["staff"])
    url = page.format(youth=world["youth"].pk, case=world["case"].pk)
    assert_private(client.get(url), url)


@pytest.mark.parametrize("page", YOUTH_PAGES)
def test_a_youths_portfolio_and_data_are_never_stored(page, world):
    client = Client()
    client.force_login(world["youth_user"])
    assert_private(client.get(page), page)


def test_a_view_that_asks_for_caching_is_overruled_for_a_signed_in_person(world):
    from microcity.core.middleware import PrivateResponsesMiddleware

    def cached_view(request: Any) -> HttpResponse:
        response = HttpResponse("Sveiki")
        response["Cache-Control"] = "public, max-age=600"
        return response

    request = RequestFactory().get("/")
    request.user = world["staff"]
    response = PrivateResponsesMiddleware(cached_view)(request)
    assert response["Cache-Control"] == "private, no-store"


def test_public_pages_for_visitors_keep_their_own_caching(valmiera):
    response = Client().get("/lv/valmiera/jobs/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
