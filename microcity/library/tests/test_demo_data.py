"""The demo materials file: every entry loads, uses the library's codes and names real ISCO-08 groups."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from microcity.core.datafiles import DataFileError
from microcity.library import demo_data
from microcity.library.models import ContentLanguage, GradeBand, Licence, MaterialType, SkillArea

ISCO = Path(demo_data.__file__).resolve().parents[1] / "core" / "data" / "isco08_groups.csv"


def test_every_demo_material_uses_the_library_codes():
    rows = demo_data.demo_materials()
    assert len(rows) >= 250
    with ISCO.open(encoding="utf-8") as handle:
        isco_codes = {row["code"] for row in csv.DictReader(handle)}
    for row in rows:
        assert row["material_type"] in MaterialType.values, row["title"]
        assert set(row["grade_bands"]) <= set(GradeBand.values), row["title"]
        assert set(row["skill_areas"]) <= set(SkillArea.values), row["title"]
        assert row["language"] in ContentLanguage.values, row["title"]
        assert row["licence"] in Licence.values, row["title"]
        assert set(map(str, row["occupations"])) <= isco_codes, row["title"]
        assert row["title"].strip() and row["summary"].strip() and row["body"].strip()


def test_a_broken_file_is_reported_with_the_entry_at_fault(tmp_path, monkeypatch):
    broken = tmp_path / "materials.yaml"
    broken.write_text("- title: Viens\n  summary: Bez pārējā\n", encoding="utf-8")
    monkeypatch.setattr(demo_data, "DATA_FILE", broken)
    demo_data.demo_materials.cache_clear()
    try:
        with pytest.raises(DataFileError, match="record 1 lacks body"):
            demo_data.demo_materials()
    finally:
        demo_data.demo_materials.cache_clear()
