"""Open data: the package descriptor describes every file exactly (a Table Schema check written here, since
the frictionless library is not a dependency), every published count is 0 or at least 5, and no file holds
a name, an e-mail or a date of birth."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from microcity.core.models import Indicator, Programme
from microcity.core.tests.factories import PersonFactory
from microcity.disclosure import SMALL_GROUP

pytestmark = pytest.mark.django_db


def _url(name: str, lang: str = "en", **kwargs: Any) -> str:
    with translation.override(lang):
        return reverse(f"impact:{name}", kwargs=kwargs)


@pytest.fixture
def ledger(record: Callable[..., Any], valmiera: Any) -> list[Any]:
    people = []
    for index in range(9):
        person = PersonFactory(
            city=valmiera,
            first_name=f"Vards{index}",
            email=f"slepens{index}@example.lv",
            date_of_birth=dt.date(2002, 3, 4),
        )
        people.append(person)
        record(person=person, on=dt.date(2019, 1 + index, 1))
    for _ in range(2):
        record(on=dt.date(2020, 1, 1), programme=Programme.SUMMER_JOBS)
    record(on=dt.date(2020, 2, 2), indicator=Indicator.SPECIALIST_ATTRACTED, programme=Programme.TALENT)
    return people


def _valid(value: str, field: dict[str, Any], missing: list[str]) -> bool:
    if value in missing:
        return True
    kind = field["type"]
    if kind == "integer":
        return bool(re.fullmatch(r"\d+", value)) and int(value) >= field.get("constraints", {}).get(
            "minimum", 0
        )
    if kind == "boolean":
        return value in field["trueValues"] + field["falseValues"]
    if kind == "yearmonth":
        return bool(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value))
    if kind == "year":
        return bool(re.fullmatch(r"\d{4}", value))
    return kind == "string"


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_package_describes_every_file_and_no_small_group_is_published(
    client: Client, ledger: list[Any], lang: str
) -> None:
    page = client.get(_url("open_data", lang, city="valmiera"))
    assert page.status_code == 200
    descriptor = json.loads(client.get(_url("open_data_package", lang, city="valmiera")).content)
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    names = {r["name"] for r in descriptor["resources"]}
    assert names == {
        "indicator-totals",
        "indicators-by-month",
        "indicators-by-programme",
        "indicators-by-age-band",
    }
    base = _url("open_data", lang, city="valmiera")
    secrets = [p.first_name for p in ledger] + [p.email for p in ledger] + ["2002-03-04"]
    for resource in descriptor["resources"]:
        response = client.get(base + resource["path"])
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        text = response.content.decode("utf-8")
        assert not text.startswith("\ufeff")
        for secret in secrets:
            assert secret not in text
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        fields = resource["schema"]["fields"]
        assert rows[0] == [f["name"] for f in fields]
        assert len(rows) > 1
        missing = resource["schema"]["missingValues"]
        for row in rows[1:]:
            assert len(row) == len(fields)
            for value, field in zip(row, fields, strict=True):
                assert _valid(value, field, missing), (resource["name"], row)
            record = dict(zip(rows[0], row, strict=True))
            count = record.get("subjects", record.get("cumulative_subjects"))
            assert count is not None
            assert (count == "") == (record["suppressed"] == "1")
            assert count == "" or int(count) == 0 or int(count) >= SMALL_GROUP


def test_the_small_groups_are_marked_suppressed(client: Client, ledger: list[Any]) -> None:
    text = client.get(
        _url("open_data_csv", city="valmiera", dataset="indicators-by-programme")
    ).content.decode()
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert ["youth_supported", "summerjobs", "", "1"] in rows
    assert ["youth_supported", "careers", "", "1"] in rows  # the complement
    totals = list(
        csv.reader(
            io.StringIO(
                client.get(
                    _url("open_data_csv", city="valmiera", dataset="indicator-totals")
                ).content.decode()
            ),
            delimiter=";",
        )
    )
    assert ["youth_supported", "11", "0"] in totals
    assert ["specialist_attracted", "", "1"] in totals
    assert ["person_retrained", "0", "0"] in totals


def test_dcat_catalogue_entry(client: Client, ledger: list[Any], settings: Any) -> None:
    settings.SITE_URL = "https://microcity.example.org"
    response = client.get(_url("open_data_catalogue", "lv", city="valmiera"))
    assert response["Content-Type"] == "application/ld+json"
    entry = json.loads(response.content)
    assert entry["@type"] == "dcat:Dataset"
    assert entry["dct:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/"
    assert entry["dct:title"]["@language"] == "lv"
    downloads = [d["dcat:downloadURL"]["@id"] for d in entry["dcat:distribution"]]
    assert all(
        url.startswith("https://microcity.example.org/lv/valmiera/open-data/") and url.endswith(".csv")
        for url in downloads
    )


def test_unknown_dataset_and_city_are_404(client: Client, ledger: list[Any]) -> None:
    assert client.get(_url("open_data_csv", city="valmiera", dataset="people")).status_code == 404
    assert client.get(_url("open_data", city="nowhere")).status_code == 404
