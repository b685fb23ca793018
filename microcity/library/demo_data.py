"""Demo career-education materials for the library, read from `data/demo_materials.yaml` beside this module."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from microcity.core.datafiles import read_records

DATA_FILE = Path(__file__).resolve().parent / "data" / "demo_materials.yaml"

REQUIRED_KEYS = (
    "title",
    "summary",
    "body",
    "material_type",
    "grade_bands",
    "skill_areas",
    "subjects",
    "duration_minutes",
    "language",
    "authors",
    "licence",
    "occupations",
    "popularity",
)


@cache
def demo_materials() -> tuple[dict[str, Any], ...]:
    """Every demo material as a dict, in file order; the title identifies a material, so it is unique."""
    return read_records(DATA_FILE, required=REQUIRED_KEYS, unique="title")
