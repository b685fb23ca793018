"""PostgreSQL: a weighted tsvector of the analysed terms (A: title, B: text) with a GIN index."""

from __future__ import annotations

from typing import Any

from microcity.search.backends.base import DatabaseBackend

# Generated column added by migration 0002; Django's model does not know it.
VECTOR_COLUMN = "search_vector"


def _lexeme(term: str) -> str:
    # tsquery input syntax for one literal lexeme. Casting text to tsquery (unlike to_tsquery) applies no
    # parser or dictionary, so the lexeme is exactly the analyser's term.
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgreSQLBackend(DatabaseBackend):
    def match_condition(self, terms: tuple[str, ...]) -> tuple[str, list[Any]]:
        return f"e.{VECTOR_COLUMN} @@ %s::tsquery", [" & ".join(_lexeme(term) for term in terms)]

    def title_condition(self, term: str) -> tuple[str, list[Any]]:
        return f"e.{VECTOR_COLUMN} @@ %s::tsquery", [_lexeme(term) + ":A"]

    def text_condition(self, term: str) -> tuple[str, list[Any]]:
        return f"e.{VECTOR_COLUMN} @@ %s::tsquery", [_lexeme(term) + ":B"]
