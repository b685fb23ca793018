"""Tokenising and the language dispatch behind ``analyze``."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import english, latvian
from .folding import fold
from .stopwords import ENGLISH_STOP_WORDS, LATVIAN_STOP_WORDS

__all__ = ["SUPPORTED_LANGUAGES", "analyze"]

# A word is a run of letters and digits in any script; "_" is excluded because \w includes it.
# Hyphens and other punctuation therefore split ("e-pasts" → "e", "pasts").
_LATVIAN_WORD = re.compile(r"[^\W_]+")
# English keeps inner apostrophes so contractions and possessives reach the stop list and Porter2
# as one word ("don't", "career's"); a leading or trailing apostrophe is a quote mark.
_ENGLISH_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _analyze_latvian(text: str) -> list[str]:
    stop_words = LATVIAN_STOP_WORDS
    stem = latvian.stem
    return [stem(word) for word in _LATVIAN_WORD.findall(fold(text)) if word not in stop_words]


def _analyze_english(text: str) -> list[str]:
    stop_words = ENGLISH_STOP_WORDS
    stem = english.stem
    return [stem(word) for word in _ENGLISH_WORD.findall(fold(text)) if word not in stop_words]


_ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    "lv": _analyze_latvian,
    "en": _analyze_english,
}

SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(sorted(_ANALYZERS))


def analyze(text: str, language: str = "lv") -> list[str]:
    """Turn ``text`` into index terms: one term per word that is not a stop word, in text order.

    The same function is used for documents and for queries, so both sides meet on the same terms.
    Raises ``ValueError`` for a language other than "lv" or "en".
    """
    analyzer = _ANALYZERS.get(language)
    if analyzer is None:
        raise ValueError(
            f"Unsupported language {language!r} for text analysis; expected one of: "
            + ", ".join(SUPPORTED_LANGUAGES)
        )
    return analyzer(text)
