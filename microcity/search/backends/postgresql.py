"""PostgreSQL: a weighted tsvector (A: title, B: text, C: category labels, D: facet tokens) with a GIN index."""

from __future__ import annotations

from typing import Any

from django.db import connections

from microcity.search.backends.base import AllOf, DatabaseBackend, Expression

# Key of the advisory lock that serialises writers of the index (any fixed number of our own).
CHANGE_LOCK_KEY = 0x6D6963726F5345  # "microSE"

# Generated column added by migrations 0002/0003; Django's model does not know it.
VECTOR_COLUMN = "search_vector"


def _lexeme(term: str) -> str:
    # tsquery input syntax for one literal lexeme. Casting text to tsquery (unlike to_tsquery) applies no
    # parser or dictionary, so the lexeme is exactly the analyser's term.
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgreSQLBackend(DatabaseBackend):
    # One index scan over the sorted ids of the set, instead of a nested loop that restarts an index
    # scan per entry: about twice as fast once a set has hundreds of entries.
    facet_join = "search_entry_facet f WHERE f.entry_id = ANY(ARRAY(SELECT id FROM {source}))"

    def lock_changes(self) -> None:
        # Held until the transaction ends: a second writer waits here, before it takes a change id, so
        # ids grow in commit order and a replica that has read up to id N has missed nothing below it.
        with connections[self.alias].cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHANGE_LOCK_KEY])

    def render(self, expression: Expression) -> str:
        if isinstance(expression, str):
            return _lexeme(expression)
        joiner = " & " if isinstance(expression, AllOf) else " | "
        return "(" + joiner.join(self.render(part) for part in expression.parts) + ")"

    def match_condition(self) -> str:
        return f"e.{VECTOR_COLUMN} @@ %s::tsquery"

    # The same test as on SQLite, on the stored term lists: the title terms are in the (narrow) heap row
    # that the match reads anyway, where the vector would have to be fetched from TOAST for every row.
    def title_condition(self, term: str) -> tuple[str, list[Any]]:
        return "strpos(' ' || e.title_terms || ' ', %s) > 0", [f" {term} "]

    def text_condition(self, term: str) -> tuple[str, list[Any]]:
        return "strpos(' ' || e.text_terms || ' ', %s) > 0", [f" {term} "]

    def label_condition(self, term: str) -> tuple[str, list[Any]]:
        return "strpos(' ' || e.label_terms || ' ', %s) > 0", [f" {term} "]
