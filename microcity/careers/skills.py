"""Loads the curated skills list (careers/data/skills.csv, Latvian and English labels) into Skill rows.

ESCO's own export (core/data/esco_skills_en.csv) has English labels only; a youth picks skills in
Latvian, so the project ships its own list of common skills, linked to ESCO where the label is ESCO's.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).resolve().parent / "data" / "skills.csv"
FIELDS = ("category", "label_en", "label_lv", "isco_groups", "esco_uri")


def read_skills(path: Path = DATA_FILE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_skills(model: Any, path: Path = DATA_FILE) -> tuple[int, int]:
    """Create or update every skill of the file; skills no longer in it stop being offered but stay,
    since portfolios may hold them. Safe to rerun. `model` is Skill or its historical version inside a
    migration. Returns (created, updated)."""
    rows = read_skills(path)
    existing = {skill.code: skill for skill in model.objects.all()}
    created = updated = 0
    for row in rows:
        values: dict[str, Any] = {field: row[field] for field in FIELDS}
        values["is_active"] = True
        current = existing.get(row["code"])
        if current is None:
            model.objects.create(code=row["code"], **values)
            created += 1
        elif any(getattr(current, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(current, key, value)
            current.save()
            updated += 1
    codes = {row["code"] for row in rows}
    model.objects.exclude(code__in=codes).filter(is_active=True).update(is_active=False)
    return created, updated
