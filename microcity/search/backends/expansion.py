"""A query's synonyms, completions and corrections, from the thesaurus and the kind's vocabulary.

The rules are pure (``microcity.textsearch.expansion``); this module feeds them the thesaurus (the file
``search/data/thesaurus.txt`` plus the editors' ``SynonymGroup`` rows) and the vocabulary of the kind's
in-memory replica (``microcity.invertedindex``), and turns a ``Query`` as typed into the ``Query`` that
every backend answers. Both the replica and the database backends get the same expanded query, so they
return the same results (docs/decisions/0026).
"""

from __future__ import annotations

import dataclasses
import threading
from functools import cache
from pathlib import Path

from microcity.invertedindex import InvertedIndex
from microcity.search import cache as search_cache
from microcity.search.backends.base import Query
from microcity.search.terms import MAX_QUERY_TERMS, MAX_TERM_LENGTH, query_terms
from microcity.textsearch.expansion import Correction, Thesaurus, correct, expand, parse_groups, parse_one_way

__all__ = ["THESAURUS_FILE", "expand_query", "thesaurus"]

THESAURUS_FILE = Path(__file__).resolve().parent.parent / "data" / "thesaurus.txt"

_lock = threading.Lock()
_current: tuple[int, Thesaurus] | None = None


@cache
def _file() -> str:
    return THESAURUS_FILE.read_text(encoding="utf-8")


def thesaurus(generation: int | None = None) -> Thesaurus:
    """The file's groups and the editors' ones, built again when the search generation (``generation``
    if the caller has just read it) moves on: saving a synonym group moves it, as every write to the
    index does."""
    global _current
    if generation is None:
        generation = search_cache.generation()
    with _lock:
        if _current is not None and _current[0] == generation:
            return _current[1]
    from microcity.search.models import SynonymGroup

    groups = [*parse_groups(_file()), *(group.phrase_list() for group in SynonymGroup.objects.all())]
    built = Thesaurus.from_groups(groups, parse_one_way(_file()))
    with _lock:
        _current = (generation, built)
    return built


def expand_query(query: Query, index: InvertedIndex, words: Thesaurus) -> tuple[Query, Correction | None]:
    """``query`` with its clauses (synonyms, the last word's completions) and, when some word is in
    no document and close to one that is, the corrected query in place of the typed one."""
    if query.clauses is not None or not query.text.strip():
        return query, None
    text = query.text

    def completions(prefix: str, limit: int) -> list[str]:
        return index.terms_with_prefix(prefix, limit=limit)

    complete = completions if query.complete else None
    correction = None
    if query.correct:
        correction = correct(
            text,
            frequency=index.document_frequency,
            thesaurus=words,
            completions=complete,
            known=index.has_term,
            has_prefix=index.has_prefix,
        )
        if correction is not None:
            text = correction.query
    expanded = expand(text, thesaurus=words, completions=complete, max_terms=MAX_QUERY_TERMS)
    clauses = {
        language: tuple(
            kept
            for clause in language_clauses
            if (kept := tuple(alt for alt in clause if all(len(term) <= MAX_TERM_LENGTH for term in alt[0])))
        )
        for language, language_clauses in expanded.items()
    }
    terms = query_terms(text) if correction is not None else query.terms
    return dataclasses.replace(query, clauses=clauses, terms=terms), correction
