"""English stemming with the Snowball English (Porter2) algorithm."""

from __future__ import annotations

import threading
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

__all__ = ["stem"]

# Snowball stemmer objects keep the word being stemmed in instance state, so one instance shared
# between request threads could interleave two words; each thread gets its own.
_local = threading.local()


def _stemmer() -> object:
    stemmer: object | None = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer("english")
        _local.stemmer = stemmer
    return stemmer


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """Return the Porter2 stem of one lower-case English word; words with digits stay unchanged."""
    if not word.replace("'", "").isalpha():
        return word
    return str(_stemmer().stemWord(word))  # type: ignore[attr-defined]
