"""Relevance of the new kinds of queries (decision 0026) over the demo materials: the library's set
(library/tests/relevance_lv.py) with a slip in its longest word (corrected), with its last word cut
short (completed), and the skill areas' names in both languages (labels and synonyms). Each must
still find its material in the first ten."""

from __future__ import annotations

import pytest

from microcity.library.tests.relevance_lv import RELEVANCE
from microcity.library.tests.test_relevance import indexed_demo_materials, recall_at_10  # noqa: F401

pytestmark = pytest.mark.django_db


def slipped(query: str) -> str:
    """The longest word with two letters swapped in its middle (deterministic)."""
    words = query.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) >= 5:
        middle = len(word) // 2
        words[longest] = word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
    return " ".join(words)


def cut(query: str) -> str:
    """The last word typed up to its fifth letter."""
    words = query.split()
    words[-1] = words[-1][:5]
    return " ".join(words)


TYPOS = [(slipped(query), title) for query, title in RELEVANCE if slipped(query) != query]
PREFIXES = [(cut(query), title) for query, title in RELEVANCE if cut(query) != query]


def test_the_new_sets_are_large():
    assert len(TYPOS) >= 100 and len(PREFIXES) >= 50


def test_recall_with_a_slip_in_the_longest_word(indexed_demo_materials):  # noqa: F811
    recall, misses = recall_at_10(TYPOS, indexed_demo_materials)
    assert recall >= 0.95, f"recall@10 = {recall:.3f}; first misses: {misses[:10]}"


def test_recall_with_the_last_word_partly_typed(indexed_demo_materials):  # noqa: F811
    recall, misses = recall_at_10(PREFIXES, indexed_demo_materials)
    assert recall >= 0.95, f"recall@10 = {recall:.3f}; first misses: {misses[:10]}"
