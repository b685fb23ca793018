"""Every page through the HTTP client in Latvian and English; the same figures as the selectors; small
groups never on a page or in a file; CSV downloads; the page cache moves on with the ledger."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from microcity.core.models import Indicator, Programme
from microcity.core.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db
YOUTH = Indicator.YOUTH_SUPPORTED


def _url(name: str, lang: str, **kwargs: Any) -> str:
    with translation.override(lang):
        return reverse(f"impact:{name}", kwargs=kwargs)


@pytest.fixture
def ledger(record: Callable[..., Any], valmiera: Any, ventspils: Any, uia: Any) -> dict[str, Any]:
    """12 youths in Valmiera by careers, 3 by summer jobs (a small group), 7 specialists in Ventspils."""
    names = []
    for index in range(12):
        person = PersonFactory(city=valmiera, first_name=f"Slepena{index}", date_of_birth=dt.date(2003, 1, 1))
        names.append(person.first_name)
        record(person=person, on=dt.date(2019, 1 + index % 12, 5))
    for _ in range(3):
        record(on=dt.date(2020, 7, 1), programme=Programme.SUMMER_JOBS)
    for _ in range(7):
        record(
            on=dt.date(2020, 9, 1),
            indicator=Indicator.SPECIALIST_ATTRACTED,
            programme=Programme.TALENT,
            city=ventspils,
        )
    return {"names": names}


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_results_pages_in_both_languages(
    client: Client, ledger: dict[str, Any], valmiera: Any, lang: str
) -> None:
    for url in (
        _url("results", lang),
        _url("city_results", lang, city="valmiera"),
        _url("methodology", lang),
        _url("open_data", lang, city="valmiera"),
    ):
        response = client.get(url + "?period=all")
        assert response.status_code == 200, url
        assert response["Content-Language"] == lang
    page = client.get(_url("city_results", lang, city="valmiera") + "?period=all").content.decode()
    # 15 distinct youths; the 3 of summer jobs are hidden and so is their complement (careers, 12).
    section = page.split('data-indicator="youth_supported"')[1].split("</section>")[0]
    assert re.search(r"data-total>\s*15", section)
    assert 'data-group="summerjobs" data-suppressed' in section
    assert 'data-group="careers" data-suppressed' in section
    assert "data-not-recorded" in page.split('data-indicator="person_retrained"')[1].split("</section>")[0]
    for name in ledger["names"]:
        assert name not in page


def test_the_page_shows_the_selectors_figures(client: Client, ledger: dict[str, Any], uia: Any) -> None:
    page = client.get(_url("results", "en") + "?period=uia").content.decode()
    youth = page.split('data-indicator="youth_supported"')[1].split("</section>")[0]
    specialists = page.split('data-indicator="specialist_attracted"')[1].split("</section>")[0]
    assert re.search(r"data-total>\s*15", youth)
    assert re.search(r"data-total>\s*7", specialists)


def test_results_page_query_count_does_not_grow(
    client: Client, ledger: dict[str, Any], record: Callable[..., Any], django_assert_max_num_queries: Any
) -> None:
    url = _url("results", "en") + "?period=all"
    with django_assert_max_num_queries(12):
        client.get(url)
    for _ in range(40):
        record(on=dt.date(2021, 2, 2))
    with django_assert_max_num_queries(12):
        client.get(url + "&again=1")


def test_public_page_is_cached_and_made_stale_by_the_ledger(
    client: Client, ledger: dict[str, Any], record: Callable[..., Any]
) -> None:
    url = _url("city_results", "en", city="valmiera") + "?period=all"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    record(on=dt.date(2021, 2, 2))
    response = client.get(url)
    assert response.get("X-Page-Cache") != "hit"
    section = response.content.decode().split('data-indicator="youth_supported"')[1].split("</section>")[0]
    assert re.search(r"data-total>\s*16", section)


def _csv(response: Any) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def _assert_no_small_numbers(rows: list[list[str]]) -> None:
    for row in rows[1:]:
        for cell in row[1:]:
            if cell.isdigit():
                assert int(cell) == 0 or int(cell) >= 5, row


@pytest.mark.parametrize("table", ["programme", "city", "age", "month"])
def test_table_csv_hides_small_groups(client: Client, ledger: dict[str, Any], table: str) -> None:
    response = client.get(_url("results_csv", "en", indicator=YOUTH, table=table) + "?period=all")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = _csv(response)
    _assert_no_small_numbers(rows)
    if table == "programme":
        assert ["Youth summer employment", "fewer than 5"] in rows


def test_unknown_table_or_indicator_is_404(client: Client, ledger: dict[str, Any]) -> None:
    assert client.get(_url("results_csv", "en", indicator="nope", table="city")).status_code == 404
    assert client.get(_url("results_csv", "en", indicator=YOUTH, table="nope")).status_code == 404
    assert (
        client.get(_url("city_results_csv", "en", city="valmiera", indicator=YOUTH, table="city")).status_code
        == 404
    )
    assert client.get(_url("city_results", "en", city="nowhere")).status_code == 404


def test_hostile_query_strings_are_harmless(client: Client, ledger: dict[str, Any]) -> None:
    url = _url("results", "en")
    for value in ("=1+1", "\x00\x01", "x" * 100_000, "../../etc", "'; drop table"):
        response = client.get(url, {"period": value})
        assert response.status_code == 200


def test_city_home_shows_the_results_strip(client: Client, ledger: dict[str, Any], valmiera: Any) -> None:
    page = client.get(reverse("core:city", kwargs={"city": "valmiera"})).content.decode()
    assert 'data-section="results"' in page
    assert "#indicator-youth_supported" in page
