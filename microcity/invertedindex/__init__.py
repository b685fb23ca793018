"""Pure Python (no Django): an in-memory inverted index over analysed documents, with bitmap posting
lists, the search service's ranking and disjunctive facet counts. See engine.py."""

from microcity.invertedindex.engine import (
    EXACT_FACTOR,
    LABEL_WEIGHT,
    SORTS,
    TEXT_WEIGHT,
    TITLE_WEIGHT,
    Alternative,
    Clause,
    Document,
    Group,
    InvertedIndex,
    Result,
    exact_clauses,
)

__all__ = [
    "EXACT_FACTOR",
    "LABEL_WEIGHT",
    "SORTS",
    "TEXT_WEIGHT",
    "TITLE_WEIGHT",
    "Alternative",
    "Clause",
    "Document",
    "Group",
    "InvertedIndex",
    "Result",
    "exact_clauses",
]
