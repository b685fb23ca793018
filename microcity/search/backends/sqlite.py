"""SQLite: an FTS5 table over the analysed terms finds the entries; the stored term lists score them."""

from __future__ import annotations

from typing import Any

from microcity.search.backends.base import DatabaseBackend

# Created by migration 0002 (external content: the terms are stored once, in search_entry; triggers on
# search_entry keep the FTS index in step).
FTS_TABLE = "search_entry_fts"


def _fts_string(term: str) -> str:
    # A quoted FTS5 string is a literal term, whatever it spells ("and", "near", "title_terms:").
    return '"' + term.replace('"', '""') + '"'


class SQLiteBackend(DatabaseBackend):
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
