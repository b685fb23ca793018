"""A programme the city has switched off (City.programmes) leaves no trace on the start page (its tools and
what it counts for the person's attention) nor in the city search (its hits)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.utils import timezone, translation

from microcity.accounts.models import Role
from microcity.careers.tests.factories import BookingFactory
from microcity.core import registry
from microcity.core.tests.factories import YouthFactory
from microcity.search.tests.factories import index, make_entry
from microcity.talent.models import JobStatus
from microcity.tests.test_start_page import attention, job, member, start_page

pytestmark = pytest.mark.django_db


def switch_off(city: Any, key: str) -> None:
    city.programmes = ",".join(k for k in registry.programmes.registered_keys() if k != key)
    city.full_clean()
    city.save()


def tools(html: str, city: Any) -> list[str]:
    """The addresses of the tool links in the city's panel of the start page."""
    found = re.search(rf'data-tools="{city.slug}">(.*?)</ul>', html, flags=re.S)
    assert found, "the city's panel of tools"
    return re.findall(r'href="([^"]+)"', found.group(1))


def test_a_switched_off_programme_has_no_tools_nor_attention_items_on_the_start_page(client_for, valmiera):
    counsellor = member(valmiera, Role.COUNSELLOR)
    soon = min(timezone.now() + dt.timedelta(minutes=30), timezone.localtime().replace(hour=23, minute=0))
    BookingFactory(city=valmiera, youth=YouthFactory(city=valmiera), counsellor=counsellor, starts_at=soon)
    with translation.override("en"):
        careers_urls = [
            link.url(valmiera)
            for link in registry.start_page.links_for(user=counsellor, city=valmiera, roles=[Role.COUNSELLOR])
            if link.key.startswith("careers.")
        ]
    assert careers_urls, "a counsellor has counselling tools"

    html = start_page(client_for, counsellor)
    assert "careers.sessions_today" in attention(html)
    assert set(careers_urls) <= set(tools(html, valmiera))

    switch_off(valmiera, "careers")
    html = start_page(client_for, counsellor)
    assert not [key for key in attention(html) if key.startswith("careers.")]
    assert not set(careers_urls) & set(tools(html, valmiera))
    # The city's home page stays among the tools.
    assert f"/en/{valmiera.slug}/" in tools(html, valmiera)


def test_the_city_search_leaves_out_hits_of_a_switched_off_programme(client, valmiera):
    found_job = job(valmiera, JobStatus.PUBLISHED)
    index(make_entry(f"talent.job:{found_job.pk}", kind="job", city_id=valmiera.pk, title="Zilonis"))

    def sections(query: str) -> dict[str, str]:
        response = client.get(f"/lv/{valmiera.slug}/search/", {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        return dict(
            re.findall(r'<section class="mb-4" aria-labelledby="s-(\w+)">(.*?)</section>', html, re.S)
        )

    every = sections("zilonis")
    assert "Programmētājs" in every["job"] and {"job", "page", "material"} <= set(every)

    switch_off(valmiera, "talent")
    without_talent = sections("zilonis")
    assert "job" not in without_talent and "page" not in without_talent and "material" in without_talent

    switch_off(valmiera, "library")
    without_library = sections("zilonis")
    assert "material" not in without_library and "Programmētājs" in without_library["job"]
