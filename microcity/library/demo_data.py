"""Demo career-education materials for the library, read from `data/demo_materials.yaml` beside this module."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

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


class DemoDataError(ValueError):
    """The demo data file is not in the shape the loader expects."""


@cache
def demo_materials() -> tuple[dict[str, Any], ...]:
    """Every demo material as a dict, in file order; checked for its keys and unique titles."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        rows = yaml.safe_load(handle)
    if not isinstance(rows, list):
        raise DemoDataError(f"{DATA_FILE.name}: expected a list of materials")
    titles: set[str] = set()
    for number, row in enumerate(rows, start=1):
        missing = [key for key in REQUIRED_KEYS if not isinstance(row, dict) or key not in row]
        if missing:
            raise DemoDataError(f"{DATA_FILE.name}: material {number} lacks {', '.join(missing)}")
        if row["title"] in titles:
            raise DemoDataError(f"{DATA_FILE.name}: title {row['title']!r} appears twice")
        titles.add(row["title"])
    return tuple(rows)
