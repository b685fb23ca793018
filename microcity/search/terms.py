"""Where text becomes index terms (documents and queries alike) and where matches are shown again (snippets)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from microcity.textsearch import SUPPORTED_LANGUAGES, analyze

__all__ = [
    "MAX_QUERY_TERMS",
    "MAX_TERM_LENGTH",
    "SUPPORTED_LANGUAGES",
    "document_terms",
    "make_snippet",
    "query_terms",
]

# Longer "words" are hashes, base64 or URLs glued together by text extraction: nobody searches for
# them, and PostgreSQL refuses lexemes over 2 kB. Dropped on both sides, so results stay the same.
MAX_TERM_LENGTH = 60
# A pasted paragraph becomes a query of its first terms rather than a statement of unbounded size.
MAX_QUERY_TERMS = 16

SNIPPET_CHARS = 220
# How much text before the first match the excerpt shows, so the match is read in context.
SNIPPET_LEAD = 70
# Only this much of a document is scanned for a match to show; deeper matches get the opening lines.
SNIPPET_SCAN_CHARS = 20_000


def _distinct(terms: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(term for term in terms if len(term) <= MAX_TERM_LENGTH))


def document_terms(text: str, *, language: str) -> list[str]:
    """The distinct index terms of ``text`` in order of first occurrence."""
    return _distinct(analyze(text, language))


def query_terms(query: str) -> dict[str, tuple[str, ...]]:
    """The query's terms per language: a document is matched with the terms of its own language."""
    return {language: tuple(_distinct(analyze(query, language))[:MAX_QUERY_TERMS]) for language in SUPPORTED_LANGUAGES}


# Words as the analyser splits them (see textsearch.analyzer), applied to the original text so that a
# match can be located in it. English keeps inner apostrophes, typographic ones included.
_WORDS: Mapping[str, re.Pattern[str]] = {
    "lv": re.compile(r"[^\W_]+"),
    "en": re.compile(r"[^\W_]+(?:['\u2018\u2019\u02bc`\u00b4][^\W_]+)*"),
}
_SPACES = re.compile(r"\s+")


def _plain(text: str) -> str:
    return str(escape(_SPACES.sub(" ", text)))


def make_snippet(text: str, *, language: str, terms: Iterable[str]) -> SafeString:
    """A short excerpt of ``text`` around the first word that matches ``terms``, HTML-escaped.

    Each matching word is wrapped in ``<mark>``; "…" marks text cut off at either end. Without a match
    within the first ``SNIPPET_SCAN_CHARS`` characters the excerpt is the opening of the text.
    """
    wanted = frozenset(terms)
    text = unicodedata.normalize("NFC", text[:SNIPPET_SCAN_CHARS]).strip()
    words = _WORDS.get(language, _WORDS["lv"])
    verdicts: dict[str, bool] = {}
    # (start, end, matched) of every word up to the end of the excerpt.
    spans: list[tuple[int, int, bool]] = []
    window_start: int | None = None
    window_end = SNIPPET_CHARS
    for found in words.finditer(text):
        start, end = found.span()
        if window_start is not None and end > window_end:
            break
        word = found.group()
        matched = verdicts.get(word)
        if matched is None:
            matched = bool(wanted) and not wanted.isdisjoint(analyze(word, language))
            verdicts[word] = matched
        spans.append((start, end, matched))
        if matched and window_start is None:
            # Open the excerpt at the first word that begins within SNIPPET_LEAD characters before
            # the match, so the excerpt never starts mid-word.
            window_start = next(s for s, _e, _m in spans if s >= start - SNIPPET_LEAD)
            window_end = window_start + SNIPPET_CHARS
    if window_start is None:
        window_start = 0
        window_end = SNIPPET_CHARS
    if window_end >= len(text):
        window_end = len(text)
    else:
        # Close after the last whole word that fits.
        inside = [e for s, e, _m in spans if s >= window_start and e <= window_end]
        if inside:
            window_end = inside[-1]

    parts: list[str] = ["… "] if window_start > 0 else []
    position = window_start
    for start, end, matched in spans:
        if not matched or start < window_start or end > window_end:
            continue
        parts.append(_plain(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(_plain(text[position:window_end]))
    if window_end < len(text):
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of the text was escaped above.
