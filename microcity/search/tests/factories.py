"""Building blocks for search tests: entries with sensible defaults, indexed in one call."""

from __future__ import annotations

import datetime as dt
from typing import Any

from microcity.search.services import IndexEntry, index_entries

BASE_TIME = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)


def make_entry(key: str, /, **overrides: Any) -> IndexEntry:
    """An entry of kind "material" in Latvian, published ``days`` days after BASE_TIME."""
    days = overrides.pop("days", 0)
    values: dict[str, Any] = {
        "key": key,
        "kind": "material",
        "language": "lv",
        "city_id": None,
        "title": f"Materiāls {key}",
        "text": "",
        "facets": {},
        "published_at": BASE_TIME + dt.timedelta(days=days),
        "popularity": 0,
    }
    values.update(overrides)
    return IndexEntry(**values)


def index(*entries: IndexEntry) -> int:
    return index_entries(entries=entries)
