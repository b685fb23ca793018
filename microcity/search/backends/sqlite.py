"""SQLite: an FTS5 table over the analysed terms finds the entries; the stored term lists score them."""

from __future__ import annotations

from typing import Any

from microcity.search.backends.base import DatabaseBackend
from microcity.search.models import EntryFacet

# Created by migration 0002 (external content: the terms are stored once, in search_entry; triggers on
# search_entry keep the FTS index in step).
FTS_TABLE = "search_entry_fts"


def _fts_string(term: str) -> str:
    # A quoted FTS5 string is a literal term, whatever it spells ("and", "near", "title_terms:").
    return '"' + term.replace('"', '""') + '"'


class SQLiteBackend(DatabaseBackend):
    # Facet rows of each matching entry, read from the (entry, field, value) index. Each piece keeps
    # SQLite's planner on that plan whether or not ANALYZE has been run:
    # - CROSS JOIN fixes the join order (matching entries outside, their facet rows inside);
    # - a one-row range instead of "=" stops SQLite (3.38+, with statistics) from building a Bloom
    #   filter over the whole facet table on every search;
    # - "+f.field" keeps the (field, value) index from being chosen to scan every row of a field.
    facet_join = f"base b CROSS JOIN {EntryFacet._meta.db_table} f WHERE f.entry_id BETWEEN b.id AND b.id"
    facet_field_column = "+f.field"

    def match_condition(self, terms: tuple[str, ...]) -> tuple[str, list[Any]]:
        # Space-separated strings are ANDed by FTS5; "e.id IN (…)" lets SQLite walk the (usually few)
        # matching rowids and fetch each entry by its primary key.
        return (
            f"e.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)",
            [" ".join(_fts_string(term) for term in terms)],
        )

    def title_condition(self, term: str) -> tuple[str, list[Any]]:
        return "instr(' ' || e.title_terms || ' ', %s) > 0", [f" {term} "]

    def text_condition(self, term: str) -> tuple[str, list[Any]]:
        return "instr(' ' || e.text_terms || ' ', %s) > 0", [f" {term} "]
