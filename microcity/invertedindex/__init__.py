"""Pure Python (no Django): an in-memory inverted index over analysed documents, with bitmap posting
lists, the search service's ranking and disjunctive facet counts. See engine.py."""

from microcity.invertedindex.engine import SORTS, Document, Group, InvertedIndex, Result

__all__ = ["SORTS", "Document", "Group", "InvertedIndex", "Result"]
