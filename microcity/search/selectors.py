"""Reads of the search index: one query, its page of hits with excerpts, and facet counts."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from microcity.search import cache as search_cache
from microcity.search.backends import get_backend
from microcity.search.backends.base import SORTS, Query
from microcity.search.exceptions import SearchError
from microcity.search.terms import make_snippet, query_terms

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
    )
    # The analysed query is the key, so "Programmētāji" and "programmetaji" share one entry.
    key = "search:result:" + hashlib.blake2b(repr(prepared).encode(), digest_size=16).hexdigest()
    current, cached = search_cache.lookup(key)
    if isinstance(cached, SearchResult):
        return cached
    result = _run(prepared)
    search_cache.store(key, current, result, RESULT_CACHE_SECONDS)
    return result


def _run(prepared: Query) -> SearchResult:
    raw = get_backend().search(prepared)
    facets: dict[str, dict[str, int]] = {}
    for field, counts in raw.facets.items():
        for value in prepared.filters.get(field, ()):
            counts.setdefault(value, 0)
        facets[field] = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    hits = [
        Hit(
            key=hit.key,
            score=float(hit.score),
            title=hit.title,
            snippet=make_snippet(hit.text, language=hit.language, terms=prepared.terms.get(hit.language, ())),
        )
        for hit in raw.hits
    ]
    return SearchResult(total=raw.total, hits=hits, facets=facets)
