"""Category names as searchable words: the labels of an entry's facet values in both languages, and
the ESCO names of an occupation group (docs/decisions/0026). The programmes pass them to the index as
``IndexEntry.labels``."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from django.utils import translation

__all__ = ["LABEL_LANGUAGES", "esco_labels", "in_both_languages"]

LABEL_LANGUAGES = ("lv", "en")
ESCO_OCCUPATIONS = Path(__file__).resolve().parent.parent / "core" / "data" / "esco_occupations_en.csv"


def in_both_languages(labels: Callable[[], Iterable[object]]) -> list[str]:
    """The labels ``labels()`` gives (lazy translations, choice labels) in Latvian and in English."""
    found: list[str] = []
    for language in LABEL_LANGUAGES:
        with translation.override(language):
            found += [str(label) for label in labels()]
    return list(dict.fromkeys(label for label in found if label))


@cache
def _esco_by_isco() -> dict[str, tuple[str, ...]]:
    names: defaultdict[str, list[str]] = defaultdict(list)
    with ESCO_OCCUPATIONS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names[row["isco_code"]].append(row["label_en"])
            names[row["isco_code"]] += [label for label in row["alt_labels_en"].split("|") if label]
    return {code: tuple(dict.fromkeys(labels)) for code, labels in names.items()}


def esco_labels(isco_code: str) -> tuple[str, ...]:
    """The English names ESCO gives the occupations of an ISCO-08 unit group, alternative ones included
    ("programmer", "software engineer" … for 2512)."""
    return _esco_by_isco().get(isco_code, ())
