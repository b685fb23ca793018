"""The demo data files of talent: jobs with the board's codes and ISCO-08 groups, a living guide in both languages."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from microcity.core.datafiles import DataFileError
from microcity.talent import living_demo
from microcity.talent.living_demo import guide
from microcity.talent.management.commands.seed_jobs import demo_jobs
from microcity.talent.models import EmploymentType, GuideTopic, WorkplaceType

ISCO = Path(__file__).resolve().parents[2] / "core" / "data" / "isco08_groups.csv"


def test_every_demo_job_uses_the_board_codes():
    with ISCO.open(encoding="utf-8") as handle:
        unit_groups = {row["code"] for row in csv.DictReader(handle) if row["level"] == "4"}
    jobs = demo_jobs()
    assert len(jobs) >= 15
    for job in jobs:
        assert str(job["occupation"]) in unit_groups, job["title"]
        assert job["employment_type"] in EmploymentType.values, job["title"]
        assert job["workplace_type"] in WorkplaceType.values, job["title"]
        assert 0 < job["salary_min"] <= job["salary_max"], job["title"]


def test_every_demo_guide_page_has_both_languages_and_a_known_topic():
    demo = guide()
    assert set(demo) == {"ventspils", "valmiera"}
    for slug, data in demo.items():
        assert data["intro"]["lv"] and data["intro"]["en"], slug
        assert {item["topic"] for item in data["topics"]} <= set(GuideTopic.values), slug
        assert data["stories"], slug
        for story in data["stories"]:
            # The byline is written per language: a Latvian page never shows the English one.
            assert story["lv"]["person"] != story["en"]["person"], story["slug"]
        for item in [*data["topics"], *data["stories"]]:
            for language in ("lv", "en"):
                text = item[language]
                assert text["title"].strip() and text["summary"].strip() and text["body"].strip()


def test_a_guide_page_without_its_translation_is_refused(tmp_path, monkeypatch):
    city = tmp_path / "pilseta"
    for folder in ("topics", "stories"):
        (city / folder).mkdir(parents=True)
    (city / "index.lv.md").write_text("Sveiki!\n", encoding="utf-8")
    (city / "index.en.md").write_text("Hello!\n", encoding="utf-8")
    (city / "topics" / "01-housing.lv.md").write_text(
        "---\ntitle: Mājoklis\nsummary: Kur dzīvot\n---\n\nTeksts.\n", encoding="utf-8"
    )
    monkeypatch.setattr(living_demo, "GUIDE_DIR", tmp_path)
    living_demo.guide.cache_clear()
    try:
        with pytest.raises(DataFileError, match="topics/housing: no text in en"):
            living_demo.guide()
    finally:
        living_demo.guide.cache_clear()
