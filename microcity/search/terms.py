"""Where text becomes index terms (documents and queries alike) and where matches are shown again (snippets)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from microcity.textsearch import SUPPORTED_LANGUAGES, analyze

__all__ = [
    "MAX_QUERY_TERMS",
    "MAX_TERM_LENGTH",
    "SUPPORTED_LANGUAGES",
    "document_terms",
    "facet_token",
    "filter_terms",
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
    return {
        language: tuple(_distinct(analyze(query, language))[:MAX_QUERY_TERMS])
        for language in SUPPORTED_LANGUAGES
    }


# Facet tokens: each facet value of an entry is indexed next to its words, so that one full-text
# match applies every facet filter (the engine intersects posting lists). A token is "_" and 16 hex
# digits of a hash of field and value: the analyser never emits "_" (its words are runs of letters and
# digits), so no word can be mistaken for a token, and a token passes every tokenizer in one piece.
def facet_token(field: str, value: str) -> str:
    # The "facet" prefix is part of the hash because indexes built by migration 0003 contain it.
    digest = hashlib.blake2b(f"facet\x00{field}\x00{value}".encode(), digest_size=8).hexdigest()
    return f"_{digest}"


def filter_terms(facets: Iterable[tuple[str, str]]) -> list[str]:
    """The facet tokens of an entry's (field, value) pairs."""
    return list(dict.fromkeys(facet_token(field, value) for field, value in facets))


# Words as the analyser splits them (see textsearch.analyzer), applied to the original text so that a
# match can be located in it. English keeps inner apostrophes, typographic ones included.
_WORDS: Mapping[str, re.Pattern[str]] = {
    "lv": re.compile(r"[^\W_]+"),
    "en": re.compile(r"[^\W_]+(?:['\u2018\u2019\u02bc`\u00b4][^\W_]+)*"),
}
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=200_000)
def _word_terms(word: str, language: str) -> frozenset[str]:
    # Snippets look at every word up to the first match; real text repeats its words a lot.
    return frozenset(analyze(word, language))


def make_snippet(text: str, *, language: str, terms: Iterable[str]) -> SafeString:
    """A short excerpt of ``text`` around the first word that matches ``terms``, HTML-escaped.

    Each matching word in the excerpt is wrapped in ``<mark>``; "…" marks text cut off at either end.
    Without a match within the first ``SNIPPET_SCAN_CHARS`` characters the excerpt is the opening.
    """
    wanted = frozenset(terms)
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", text[:SNIPPET_SCAN_CHARS])).strip()
    words = _WORDS.get(language, _WORDS["lv"])

    def matches(word: str) -> bool:
        return not wanted.isdisjoint(_word_terms(word, language))

    start = 0
    end = SNIPPET_CHARS
    if wanted:
        for found in words.finditer(text):
            if matches(found.group()):
                first, first_end = found.span()
                if first > SNIPPET_LEAD:
                    # Open the excerpt at a word boundary about SNIPPET_LEAD characters before the match.
                    space = text.find(" ", first - SNIPPET_LEAD, first)
                    start = space + 1 if space >= 0 else first
                end = max(start + SNIPPET_CHARS, first_end)
                break
    if end >= len(text):
        end = len(text)
    else:
        # Close at the last word boundary that fits.
        space = text.rfind(" ", start, end + 1)
        if space > start:
            end = space

    parts: list[str] = ["… "] if start > 0 else []
    position = start
    if wanted:
        for found in words.finditer(text, start, end):
            if matches(found.group()):
                parts.append(str(escape(text[position : found.start()])))
                parts.append(f"<mark>{escape(found.group())}</mark>")
                position = found.end()
    parts.append(str(escape(text[position:end])))
    if end < len(text):
        parts.append(" …")
    # Every piece of the text was escaped above; only the <mark> tags are markup.
    return mark_safe("".join(parts))  # noqa: S308
