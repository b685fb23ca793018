"""Loads the ISCO-08 classification (microcity/core/data/isco08_groups.csv) into Occupation rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).resolve().parent / "data" / "isco08_groups.csv"


def read_groups(path: Path = DATA_FILE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_occupations(model: Any, path: Path = DATA_FILE) -> int:
    """Create or update every group, parents first; safe to rerun. `model` is Occupation (or its
    historical version inside a migration). Returns the number of groups in the file."""
    rows = sorted(read_groups(path), key=lambda row: (len(row["code"]), row["code"]))
    existing = {o.code: o for o in model.objects.all()}
    for row in rows:
        code = row["code"]
        parent = existing.get(code[:-1]) if len(code) > 1 else None
        values = {
            "level": int(row["level"]),
            "label_en": row["label_en"],
            "label_lv": row["label_lv"],
            "esco_uri": row["esco_uri"],
            "parent": parent,
        }
        current = existing.get(code)
        if current is None:
            existing[code] = model.objects.create(code=code, **values)
        elif any(getattr(current, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(current, key, value)
            current.save()
    return len(rows)
