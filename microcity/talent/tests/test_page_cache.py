"""Shared public pages (core/pagecache.py): the living guide and the city search are served from the cache
to visitors without a session, a published change is seen on the next request, and nothing of a
signed-in person's ever reaches anyone else."""

from __future__ import annotations

import pytest
from django.test import Client

from microcity.accounts.models import Role
from microcity.accounts.permissions import forget_memberships
from microcity.accounts.tests.factories import MembershipFactory, UserFactory
from microcity.core.tests.factories import OrganisationFactory
from microcity.talent.models import GuidePage
from microcity.talent.tests.test_living import guide  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

GUIDE = "/lv/valmiera/living/"
TOPIC = "/lv/valmiera/living/housing/"


def cached(response) -> bool:
    return response.get("X-Page-Cache") == "hit"


def test_guide_pages_are_shared_with_visitors_without_a_session(guide):  # noqa: F811
    first = Client().get(GUIDE)
    second = Client().get(GUIDE)
    assert first.status_code == second.status_code == 200
    assert not cached(first) and cached(second)
    assert second.content == first.content
    assert "Cookie" in second["Vary"] and "HX-Request" in second["Vary"]
    assert not cached(Client().get(TOPIC)) and cached(Client().get(TOPIC))
    # Each language and each page has its own entry.
    english = Client().get("/en/valmiera/living/")
    assert not cached(english) and "Living in Valmiera" in english.content.decode()


def test_a_published_change_is_on_the_next_request(guide, django_capture_on_commit_callbacks):  # noqa: F811
    Client().get(GUIDE), Client().get(TOPIC)
    assert cached(Client().get(TOPIC))
    housing = GuidePage.objects.get(pk=guide["lv"]["housing"].pk)
    housing.title = "Mājoklis: jauni speciālistu dzīvokļi"
    with django_capture_on_commit_callbacks(execute=True):
        housing.save_revision().publish()
    topic = Client().get(TOPIC)
    index = Client().get(GUIDE)
    assert not cached(topic) and "Mājoklis: jauni speciālistu dzīvokļi" in topic.content.decode()
    assert not cached(index) and "Mājoklis: jauni speciālistu dzīvokļi" in index.content.decode()


def test_a_draft_changes_nothing_and_an_unpublished_page_goes_at_once(guide):  # noqa: F811
    Client().get(GUIDE)
    housing = GuidePage.objects.get(pk=guide["lv"]["housing"].pk)
    housing.title = "Melnraksts"
    housing.save_revision()  # saved, not published
    assert cached(Client().get(GUIDE))
    housing.unpublish()
    index = Client().get(GUIDE).content.decode()
    assert "Melnraksts" not in index and "/lv/valmiera/living/housing/" not in index
    assert Client().get(TOPIC).status_code == 404


def test_a_renamed_city_is_on_the_next_request(guide, valmiera):  # noqa: F811
    before = Client().get(GUIDE).content.decode()
    assert "Valmiera" in before
    valmiera.name_lv = "Valmieras pilsēta"
    valmiera.save()
    after = Client().get(GUIDE)
    assert not cached(after) and "Valmieras pilsēta" in after.content.decode()


def test_signed_in_people_never_get_or_leave_a_shared_page(guide):  # noqa: F811
    alice = UserFactory(email="alice.ozola@example.lv", first_name="Alise")
    bob = UserFactory(email="bob.berzins@example.lv", first_name="Bruno")
    as_alice, as_bob = Client(), Client()
    as_alice.force_login(alice)
    as_bob.force_login(bob)

    # Alice first: her page (sign-out form with her CSRF token) is not kept for anyone.
    hers = as_alice.get(GUIDE)
    assert not cached(hers) and hers["Cache-Control"] == "private, no-store"
    assert 'name="csrfmiddlewaretoken"' in hers.content.decode()
    anonymous = Client().get(GUIDE)
    assert not cached(anonymous)
    html = anonymous.content.decode()
    assert "csrfmiddlewaretoken" not in html and "alice" not in html.lower() and "Alise" not in html

    # Now the anonymous page is cached; Bob still gets his own page, never the shared one.
    assert cached(Client().get(GUIDE))
    his = as_bob.get(GUIDE)
    assert not cached(his) and his["Cache-Control"] == "private, no-store"
    assert "logout" in his.content.decode()
    assert his.content != anonymous.content


def test_city_search_is_shared_and_a_new_job_is_found_next_time(guide, post_job):  # noqa: F811
    url = "/lv/valmiera/search/?q=programmetajs"
    first = Client().get(url)
    assert "Programmētājs (Python)" not in first.content.decode()
    assert cached(Client().get(url))
    post_job()
    found = Client().get(url)
    assert not cached(found) and "Programmētājs (Python)" in found.content.decode()
    # Another query is another page.
    assert not cached(Client().get("/lv/valmiera/search/?q=dzivoklis"))


def test_a_visitor_with_a_message_waiting_gets_a_page_of_their_own(guide):  # noqa: F811
    Client().get(GUIDE)
    visitor = Client()
    visitor.cookies["messages"] = "anything"
    assert not cached(visitor.get(GUIDE))


def test_employers_are_shared_and_a_new_employer_with_a_job_is_listed_next_time(post_job, rep, valmiera):
    post_job()
    url = "/lv/valmiera/employers/"
    Client().get(url)
    assert cached(Client().get(url))
    newcomer = OrganisationFactory(city=valmiera, name="SIA Gaujas Koks")
    MembershipFactory(user=rep, city=valmiera, role=Role.EMPLOYER_REPRESENTATIVE, organisation=newcomer)
    forget_memberships(rep)
    assert "SIA Gaujas Koks" not in Client().get(url).content.decode()  # no open job yet
    post_job(organisation=newcomer, title="Galdnieks")
    listed = Client().get(url)
    assert not cached(listed) and "SIA Gaujas Koks" in listed.content.decode()
    newcomer.name = "SIA Gaujas Koks un Partneri"
    newcomer.save()
    assert "SIA Gaujas Koks un Partneri" in Client().get(url).content.decode()


def test_city_search_reads_guide_addresses_in_a_fixed_number_of_queries(guide):  # noqa: F811
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index_page = guide["lv"]["index"]

    def add_topic(slug: str) -> None:
        page = GuidePage(
            title=f"Bibliotēka {slug}",
            slug=slug,
            topic="leisure",
            summary="Bibliotēka.",
            body="<p>Grāmatas.</p>",
        )
        index_page.add_child(instance=page)
        page.save_revision().publish()

    reader = UserFactory()

    def search() -> tuple[int, str]:
        signed_in = Client()
        signed_in.force_login(reader)  # never from the page cache
        signed_in.get("/lv/valmiera/search/", {"q": "bibliotēka"})  # the in-memory index catches up first
        with CaptureQueriesContext(connection) as captured:
            html = signed_in.get("/lv/valmiera/search/", {"q": "bibliotēka"}).content.decode()
        return len(captured), html

    add_topic("library-1")
    few, html = search()
    assert 'href="/lv/valmiera/living/library-1/"' in html
    add_topic("library-2")
    add_topic("library-3")
    many, html = search()
    for slug in ("library-1", "library-2", "library-3"):
        assert f'href="/lv/valmiera/living/{slug}/"' in html
    assert many == few


def test_no_shared_page_is_served_on_the_day_after_it_was_built(post_job):
    import datetime as dt
    from unittest import mock

    from django.utils import timezone

    post_job()
    Client().get("/lv/valmiera/employers/")
    assert cached(Client().get("/lv/valmiera/employers/"))
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with mock.patch("microcity.core.pagecache.timezone.localdate", return_value=tomorrow):
        assert not cached(Client().get("/lv/valmiera/employers/"))
