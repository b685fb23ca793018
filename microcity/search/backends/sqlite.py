"""SQLite: an FTS5 table over the analysed terms and facet tokens; the stored term lists score."""

from __future__ import annotations

from typing import Any

from django.db import connections

from microcity.search.backends.base import AllOf, DatabaseBackend, Expression, Query, RawResult

# Created by migrations 0002/0003 (external content: the terms are stored once, in search_entry;
# triggers on search_entry keep the FTS index in step).
FTS_TABLE = "search_entry_fts"

# SQLite reads pages through its own small cache (2 MB by default) with a system call per miss; a
# search touches a few thousand pages, which memory-mapped I/O reads straight from the OS page cache,
# two to three times faster. Set on each connection the first time it searches. (Better still in the
# project's SQLite init_command, for every connection: see docs/decisions/0007-search-service.md.)
MMAP_BYTES = 1 << 30


class SQLiteBackend(DatabaseBackend):
    # Facet rows of each entry of the set, read from the (entry, field, value) index. Each piece keeps
    # SQLite's planner on that plan whether or not ANALYZE has been run:
    # - CROSS JOIN fixes the join order (the set outside, its facet rows inside);
    # - a one-row range instead of "=" stops SQLite (3.38+, with statistics) from building a Bloom
    #   filter over the whole facet table on every search;
    # - "+f.field" keeps the planner from walking every row of a field through another index.
    facet_join = "{source} b CROSS JOIN search_entry_facet f WHERE f.entry_id BETWEEN b.id AND b.id"
    facet_field_column = "+f.field"

    def search(self, query: Query) -> RawResult:
        wrapper = connections[self.alias]
        wrapper.ensure_connection()
        raw = wrapper.connection
        if getattr(wrapper, "_search_mmap_connection", None) is not raw:
            raw.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            wrapper._search_mmap_connection = raw  # type: ignore[attr-defined]
        return super().search(query)

    def render(self, expression: Expression) -> str:
        if isinstance(expression, str):
            # A quoted FTS5 string is a literal term, whatever it spells ("and", "near", "col:").
            return '"' + expression.replace('"', '""') + '"'
        joiner = " AND " if isinstance(expression, AllOf) else " OR "
        return "(" + joiner.join(self.render(part) for part in expression.parts) + ")"

    def match_condition(self) -> str:
        # SQLite walks the (usually few) matching rowids and fetches each entry by its primary key.
        return f"e.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"

    def title_condition(self, term: str) -> tuple[str, list[Any]]:
        return "instr(' ' || e.title_terms || ' ', %s) > 0", [f" {term} "]

    def text_condition(self, term: str) -> tuple[str, list[Any]]:
        return "instr(' ' || e.text_terms || ' ', %s) > 0", [f" {term} "]

    def label_condition(self, term: str) -> tuple[str, list[Any]]:
        return "instr(' ' || e.label_terms || ' ', %s) > 0", [f" {term} "]

    # SQLite's scalar max() and min() of two or more arguments.
    greatest = "max"
    least = "min"
