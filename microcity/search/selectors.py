"""Reads of the search index: one query, its page of hits with excerpts, and facet counts."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from microcity.invertedindex import EXACT_FACTOR
from microcity.search import cache as search_cache
from microcity.search.backends import get_backend
from microcity.search.backends.base import SORTS, DatabaseBackend, Query, RawResult
from microcity.search.backends.expansion import thesaurus
from microcity.search.backends.memory import MemoryBackend
from microcity.search.exceptions import SearchError
from microcity.search.terms import make_snippet, query_terms
from microcity.textsearch.expansion import query_words
from microcity.textsearch.folding import fold

__all__ = ["MAX_PER_PAGE", "Hit", "SearchError", "SearchResult", "search"]

MAX_PER_PAGE = 100
# Results are cached until the index changes (see search.cache); the timeout only bounds how long an
# unused entry occupies the cache.
RESULT_CACHE_SECONDS = 600


@dataclass(frozen=True)
class Hit:
    key: str
    score: float
    title: str  # as indexed, not escaped
    # An excerpt of the text around the first match, HTML-escaped, matches in <mark>…</mark>; a
    # SafeString, so templates show it as it is.
    snippet: str


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: list[Hit]
    # field → value → count, most frequent value first (then alphabetical).
    facets: dict[str, dict[str, int]]
    # When some word of the query was in no document and close to one that is: the query these
    # results are for ("Showing results for …"); the query as typed is the caller's. Empty otherwise.
    corrected_query: str = ""


def search(
    *,
    kind: str,
    query: str = "",
    filters: dict[str, list[str]] | None = None,
    city_id: int | None = None,
    include_platform_wide: bool = True,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    facet_fields: Sequence[str] = (),
    correct: bool = True,
    complete: bool = True,
) -> SearchResult:
    """Entries of ``kind`` that contain every term of ``query`` and pass ``filters``.

    - The query is analysed like the documents (textsearch.analyze) in each supported language, and a
      document must contain every term of the query as analysed in the document's own language. A
      query with no terms (empty, punctuation, stop words) lists every entry of the kind; stop words
      are judged per language ("un" restricts English entries, not Latvian ones).
    - ``filters``: field → accepted values; any of a field's values passes (OR), every field must pass
      (AND). A field with an empty list does not filter.
    - ``city_id``: entries of that city, plus platform-wide ones (city_id None) when
      ``include_platform_wide``; None means no restriction by city.
    - ``sort``: "relevance" (3 per term found in the title, plus 1 if also in the text, 1 per term
      found only in the text; ties newest first), "newest" or "popular" (ties newest first); the last
      tie-break is the entry first indexed later, so both databases give the same order.
    - ``facet_fields``: counts per value over the result set with every filter applied except the
      field's own (disjunctive faceting), so the other values of a filtered field keep their counts. A
      selected value is listed even when its count is 0.
    - Expansion (docs/decisions/0026): a word or phrase of the thesaurus also finds its synonyms; the
      last word also finds the indexed words it begins (``complete``); a word in no document is
      replaced by the closest one that is (``correct``), and ``corrected_query`` says so. Matches of
      the words as typed rank above synonyms and completions in the same field.
    """
    if not kind:
        raise SearchError("A search needs a kind.")
    if sort not in SORTS:
        raise SearchError(f"Unknown sort {sort!r}; expected one of {', '.join(SORTS)}.")
    if page < 1:
        raise SearchError("Pages are numbered from 1.")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise SearchError(f"per_page must be between 1 and {MAX_PER_PAGE}.")
    if isinstance(facet_fields, str):
        raise SearchError("facet_fields must be a sequence of field names, not a string.")
    clean_filters: dict[str, tuple[str, ...]] = {}
    for field, values in (filters or {}).items():
        if isinstance(values, str):
            raise SearchError(f"Filter {field!r} must be a list of values, not a string.")
        if values:
            clean_filters[field] = tuple(dict.fromkeys(values))

    terms = query_terms(query)
    prepared = Query(
        kind=kind,
        terms=terms,
        filters=clean_filters,
        city_id=city_id,
        include_platform_wide=include_platform_wide,
        sort=sort,
        offset=(page - 1) * per_page,
        limit=per_page,
        facet_fields=tuple(dict.fromkeys(facet_fields)),
        text=query,
        complete=complete,
        correct=correct,
    )
    # The query's folded words are the key, so "Programmētāji" and "programmetaji" share one entry.
    folded = " ".join(fold(word.group()) for word in query_words(query))
    key_source = dataclasses.replace(prepared, text=folded + (" " if query[-1:].isspace() else ""))
    key = "search:result:" + hashlib.blake2b(repr(key_source).encode(), digest_size=16).hexdigest()
    current, cached = search_cache.lookup(key)
    if isinstance(cached, SearchResult):
        return cached
    result = _run(prepared, current)
    search_cache.store(key, current, result, RESULT_CACHE_SECONDS)
    return result


def _run(prepared: Query, generation: int) -> SearchResult:
    backend = get_backend()
    words = thesaurus(generation) if prepared.text else None
    raw: RawResult
    if isinstance(backend, MemoryBackend):
        raw = backend.search(prepared, words=words)
    elif isinstance(backend, DatabaseBackend):
        # The database answers the query as the replica would: expanded against the same vocabulary
        # (one more query: has the index changed since the replica last looked?).
        expanded, correction = MemoryBackend(backend).expand(prepared, words)
        raw = dataclasses.replace(backend.search(expanded), correction=correction)
    else:  # another engine (OpenSearch, say) expands by itself
        raw = backend.search(prepared)
    answered = raw.query or prepared
    marked = {
        language: tuple(
            dict.fromkeys(term for clause in clauses for terms, _exact in clause for term in terms)
        )
        for language, clauses in answered.language_clauses().items()
    }
    facets: dict[str, dict[str, int]] = {}
    for field, counts in raw.facets.items():
        for value in prepared.filters.get(field, ()):
            counts.setdefault(value, 0)
        facets[field] = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    hits = [
        Hit(
            key=hit.key,
            # On the scale of decision 0007 (3 for a typed word in the title, 1 in the text).
            score=hit.score / EXACT_FACTOR,
            title=hit.title,
            snippet=make_snippet(hit.text, language=hit.language, terms=marked.get(hit.language, ())),
        )
        for hit in raw.hits
    ]
    return SearchResult(
        total=raw.total,
        hits=hits,
        facets=facets,
        corrected_query=raw.correction.query if raw.correction is not None else "",
    )
