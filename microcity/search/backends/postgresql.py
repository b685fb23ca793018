"""PostgreSQL: a weighted tsvector (A: title, B: text, D: filter tokens) with a GIN index."""

from __future__ import annotations

from typing import Any

from microcity.search.backends.base import AllOf, DatabaseBackend, Expression

# Generated column added by migrations 0002/0003; Django's model does not know it.
VECTOR_COLUMN = "search_vector"


def _lexeme(term: str) -> str:
    # tsquery input syntax for one literal lexeme. Casting text to tsquery (unlike to_tsquery) applies no
    # parser or dictionary, so the lexeme is exactly the analyser's term.
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgreSQLBackend(DatabaseBackend):
    def render(self, expression: Expression) -> str:
        if isinstance(expression, str):
            return _lexeme(expression)
        joiner = " & " if isinstance(expression, AllOf) else " | "
        return "(" + joiner.join(self.render(part) for part in expression.parts) + ")"

    def rows_matching(self) -> str:
        return f"{self.entry_table} e WHERE e.{VECTOR_COLUMN} @@ %s::tsquery"

    def ids_matching(self) -> str:
        return f"SELECT e.id FROM {self.entry_table} e WHERE e.{VECTOR_COLUMN} @@ %s::tsquery"

    # The same test as on SQLite, on the stored term lists: the title terms are in the (narrow) heap row
    # that the match reads anyway, where the vector would have to be fetched from TOAST for every row.
    def title_condition(self, term: str) -> tuple[str, list[Any]]:
        return "strpos(' ' || e.title_terms || ' ', %s) > 0", [f" {term} "]

    def text_condition(self, term: str) -> tuple[str, list[Any]]:
        return "strpos(' ' || e.text_terms || ' ', %s) > 0", [f" {term} "]
