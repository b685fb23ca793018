"""The demo data files of core: every city, organisation and sign-in uses the platform's codes."""

from __future__ import annotations

import pytest

from microcity.accounts.management.commands.seed_demo import demo_cities, demo_sign_ins
from microcity.accounts.models import Role
from microcity.core.datafiles import DataFileError, read_markdown, read_records
from microcity.core.models import OrganisationKind


def test_every_demo_city_uses_the_platform_codes():
    cities = demo_cities()
    assert {city["slug"] for city in cities} == {"ventspils", "valmiera"}
    for city in cities:
        names = {row["name"] for row in city["organisations"]}
        assert len(names) == len(city["organisations"]), city["slug"]
        assert {row["kind"] for row in city["organisations"]} <= set(OrganisationKind.values)
        for local, _first, _last, role, organisation in demo_sign_ins(city["slug"]):
            assert role in Role.values, local
            assert organisation is None or organisation in names, local
    valmiera_roles = {role for *_rest, role, _org in demo_sign_ins("valmiera")}
    assert valmiera_roles == set(Role.values), "Valmiera has one demo sign-in per role"


def test_data_file_errors_name_the_file_and_the_entry(tmp_path):
    records = tmp_path / "rows.yaml"
    records.write_text("- slug: a\n- slug: a\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="rows.yaml: slug 'a' appears twice"):
        read_records(records, required=("slug",), unique="slug")
    records.write_text("slug: a\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="expected a list"):
        read_records(records, required=())
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Mājoklis\n---\n\nTeksts.\n", encoding="utf-8")
    assert read_markdown(page, required=("title",)) == ({"title": "Mājoklis"}, "Teksts.")
    page.write_text("Nav galvenes\n", encoding="utf-8")
    assert read_markdown(page) == ({}, "Nav galvenes")
    with pytest.raises(DataFileError, match="page.md: the file must start"):
        read_markdown(page, required=("title",))
    page.write_text("---\ntitle: x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not closed"):
        read_markdown(page)
