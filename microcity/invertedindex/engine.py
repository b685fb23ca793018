"""An in-memory inverted index with bitmap posting lists: match, rank, page and facet counts.

Each document gets an ordinal (0, 1, 2, … in the order it was added). Every posting list is a
compressed bitmap of ordinals (Roaring, through ``pyroaring``): one per term in titles, one per term in
texts, one per facet value, language and city. A search is a few bitmap intersections and unions in C;
a facet count is ``intersection_cardinality`` of the result with a value's bitmap, which never builds
the intersection. Nothing here grows with the number of matching documents in Python, except the
ranking, which gathers one integer key per match in numpy and partitions them.

Removing or replacing a document marks its ordinal dead (it leaves ``alive``, which every search
intersects with) and gives the new version a new ordinal; ``dead_ratio`` tells the owner when to build
the index again from scratch.

Ordering is the search service's (docs/decisions/0007): relevance is Σ over query terms of 3 if the
term is in the title (plus 1 if also in the text), else 1; ties go to the newer document
(``published_at``), then to the larger ``entry_id``. "newest" is that tie order alone, and "popular"
is popularity, then the same. Two rank arrays hold those orders as integers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from pyroaring import BitMap

__all__ = ["SORTS", "TEXT_WEIGHT", "TITLE_WEIGHT", "Document", "Group", "InvertedIndex", "Result"]

SORTS = ("relevance", "newest", "popular")
TITLE_WEIGHT = 3
TEXT_WEIGHT = 1

_EMPTY = BitMap()


@dataclass(frozen=True)
class Document:
    """One document as the index stores it: already analysed into distinct terms."""

    entry_id: int  # the owner's unique id, also the last tie-break of every order
    language: str
    city_id: int | None
    published_at: int  # any integer that orders dates, e.g. microseconds since the epoch
    popularity: int
    title_terms: Sequence[str]
    text_terms: Sequence[str]
    facets: Sequence[tuple[str, str]]  # (field, value) pairs


@dataclass(frozen=True)
class Group:
    """Query terms as analysed for some languages: a document of one of ``languages`` must contain
    every term (in its title or text). With one group for all languages, ``languages`` is ignored."""

    terms: tuple[str, ...]
    languages: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    total: int
    hits: list[tuple[int, int]]  # (entry_id, score), in order
    facets: dict[str, dict[str, int]]  # field → value → count, values with a count of 0 left out


class InvertedIndex:
    """Not thread-safe: the owner serialises writes with searches."""

    def __init__(self) -> None:
        self._ordinal_of: dict[int, int] = {}
        self._entry_ids = np.zeros(0, dtype=np.int64)
        self._published = np.zeros(0, dtype=np.int64)
        self._popularity = np.zeros(0, dtype=np.int64)
        self._size = 0  # ordinals handed out, dead ones included
        self._alive = BitMap()
        self._title: dict[str, BitMap] = {}
        self._text: dict[str, BitMap] = {}
        self._facets: dict[str, dict[str, BitMap]] = {}
        self._languages: dict[str, BitMap] = {}
        self._cities: dict[int | None, BitMap] = {}
        # Facet values per ordinal, for counting a field with many values over a small result.
        self._document_facets: list[Sequence[tuple[str, str]]] = []
        self._rank_newest = np.zeros(0, dtype=np.int64)
        self._rank_popular = np.zeros(0, dtype=np.int64)
        self._ranks_stale = False

    # --- Writing ------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._alive)

    @property
    def dead(self) -> int:
        """Ordinals that belong to removed or replaced documents."""
        return self._size - len(self._alive)

    @property
    def dead_ratio(self) -> float:
        """Share of ordinals that belong to removed or replaced documents."""
        return 0.0 if not self._size else 1 - len(self._alive) / self._size

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._ordinal_of

    def add(self, documents: Iterable[Document]) -> None:
        """Add documents; one with an entry_id already present replaces it."""
        documents = list(documents)
        if not documents:
            return
        self.remove(doc.entry_id for doc in documents if doc.entry_id in self._ordinal_of)
        # Later copies of one entry_id in the same call win.
        latest = {doc.entry_id: doc for doc in documents}
        documents = list(latest.values())
        first = self._size
        count = len(documents)
        self._grow(first + count)
        title: defaultdict[str, list[int]] = defaultdict(list)
        text: defaultdict[str, list[int]] = defaultdict(list)
        facets: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
        languages: defaultdict[str, list[int]] = defaultdict(list)
        cities: defaultdict[int | None, list[int]] = defaultdict(list)
        for ordinal, doc in enumerate(documents, start=first):
            self._ordinal_of[doc.entry_id] = ordinal
            self._entry_ids[ordinal] = doc.entry_id
            self._published[ordinal] = doc.published_at
            self._popularity[ordinal] = doc.popularity
            for term in doc.title_terms:
                title[term].append(ordinal)
            for term in doc.text_terms:
                text[term].append(ordinal)
            for pair in doc.facets:
                facets[pair].append(ordinal)
            self._document_facets.append(tuple(doc.facets))
            languages[doc.language].append(ordinal)
            cities[doc.city_id].append(ordinal)
        for source, target in ((title, self._title), (text, self._text)):
            for term, ordinals in source.items():
                _extend(target, term, ordinals)
        for (field, value), ordinals in facets.items():
            _extend(self._facets.setdefault(field, {}), value, ordinals)
        for language, ordinals in languages.items():
            _extend(self._languages, language, ordinals)
        for city, ordinals in cities.items():
            _extend(self._cities, city, ordinals)
        self._alive.update(range(first, first + count))
        self._size = first + count
        self._ranks_stale = True

    def remove(self, entry_ids: Iterable[int]) -> int:
        """Forget documents by entry_id (unknown ones are ignored); returns how many were present."""
        removed = 0
        for entry_id in entry_ids:
            ordinal = self._ordinal_of.pop(entry_id, None)
            if ordinal is not None:
                self._alive.discard(ordinal)
                removed += 1
        return removed

    def _grow(self, needed: int) -> None:
        if needed <= len(self._entry_ids):
            return
        capacity = max(needed, 2 * len(self._entry_ids), 1024)
        for name in ("_entry_ids", "_published", "_popularity"):
            old = getattr(self, name)
            new = np.zeros(capacity, dtype=np.int64)
            new[: len(old)] = old
            setattr(self, name, new)

    def _ranks(self) -> tuple[np.ndarray, np.ndarray]:
        if self._ranks_stale:
            size = self._size
            ids, published, popularity = (
                self._entry_ids[:size],
                self._published[:size],
                self._popularity[:size],
            )
            # Ascending rank = ascending (published_at, entry_id): the largest rank comes first.
            newest = np.empty(size, dtype=np.int64)
            newest[np.lexsort((ids, published))] = np.arange(size, dtype=np.int64)
            popular = np.empty(size, dtype=np.int64)
            popular[np.lexsort((ids, published, popularity))] = np.arange(size, dtype=np.int64)
            self._rank_newest, self._rank_popular = newest, popular
            self._ranks_stale = False
        return self._rank_newest, self._rank_popular

    # --- Searching ----------------------------------------------------------------------------------

    def search(
        self,
        *,
        groups: Sequence[Group],
        filters: Mapping[str, Sequence[str]],
        city_id: int | None,
        include_platform_wide: bool,
        sort: str,
        offset: int,
        limit: int,
        facet_fields: Sequence[str],
    ) -> Result:
        """Documents that match ``groups`` (see Group), pass every filter (OR within a field, AND
        across fields) and the city; a page of them in ``sort`` order, their number, and disjunctive
        facet counts: a filtered field's values are counted without that field's own filter."""
        if sort not in SORTS:
            raise ValueError(f"Unknown sort {sort!r}.")
        core = [self._alive]
        if city_id is not None:
            city = self._cities.get(city_id, _EMPTY)
            if include_platform_wide:
                city = city | self._cities.get(None, _EMPTY)
            core.append(city)
        matched, scoring = self._match(groups)
        if matched is not None:
            core.append(matched)
        base = _intersect(core)
        filter_sets = {
            field: _union([self._facets.get(field, {}).get(value, _EMPTY) for value in values])
            for field, values in filters.items()
            if values
        }
        result = _intersect([base, *filter_sets.values()])

        facets: dict[str, dict[str, int]] = {}
        for field in facet_fields:
            if field in filter_sets:
                others = [bitmap for name, bitmap in filter_sets.items() if name != field]
                counted = _intersect([base, *others])
            else:
                counted = result
            facets[field] = self._count(field, counted)

        total = len(result)
        if not total or offset >= total:
            return Result(total=total, hits=[], facets=facets)
        ordinals = np.frombuffer(result.to_array(), dtype=np.uint32).astype(np.int64)
        scores = self._scores(result, ordinals, scoring)
        newest, popular = self._ranks()
        if sort == "relevance":
            keys = newest[ordinals] if scores is None else (scores << 32) | newest[ordinals]
        elif sort == "newest":
            keys = newest[ordinals]
        else:
            keys = popular[ordinals]
        wanted = min(offset + limit, total)
        # The ``wanted`` largest keys, unordered (all of them when the page reaches the end), then sorted.
        top = np.argpartition(keys, total - wanted)[total - wanted :] if wanted < total else np.arange(total)
        ordered = top[np.argsort(keys[top])[::-1]][offset : offset + limit]
        hits = [
            (int(self._entry_ids[ordinals[position]]), 0 if scores is None else int(scores[position]))
            for position in ordered
        ]
        return Result(total=total, hits=hits, facets=facets)

    def _count(self, field: str, documents: BitMap) -> dict[str, int]:
        """Documents per value of ``field`` (values with none left out)."""
        values = self._facets.get(field, {})
        if len(documents) * 4 < len(values):
            # Few documents, many values (organisations, say): walk the documents instead.
            counts: defaultdict[str, int] = defaultdict(int)
            for ordinal in documents:
                for name, value in self._document_facets[ordinal]:
                    if name == field:
                        counts[value] += 1
            return dict(counts)
        found = {}
        for value, bitmap in values.items():
            count = documents.intersection_cardinality(bitmap)
            if count:
                found[value] = count
        return found

    def _posting(self, term: str) -> BitMap:
        return self._title.get(term, _EMPTY) | self._text.get(term, _EMPTY)

    def _match(self, groups: Sequence[Group]) -> tuple[BitMap | None, list[tuple[Group, BitMap | None]]]:
        """The documents the query terms allow (None: all), and per group the documents it scores
        (None: every matched document)."""
        if len(groups) == 1:
            group = groups[0]
            if not group.terms:
                return None, []
            return _intersect([self._posting(term) for term in group.terms]), [(group, None)]
        parts: list[BitMap] = []
        scoring: list[tuple[Group, BitMap | None]] = []
        for group in groups:
            languages = _union([self._languages.get(language, _EMPTY) for language in group.languages])
            if group.terms:
                parts.append(_intersect([languages, *(self._posting(term) for term in group.terms)]))
                scoring.append((group, languages))
            else:
                parts.append(languages)
        return _union(parts), scoring

    def _scores(
        self, result: BitMap, ordinals: np.ndarray, scoring: list[tuple[Group, BitMap | None]]
    ) -> np.ndarray | None:
        """Relevance per matched ordinal (aligned with ``ordinals``), or None when nothing is scored.

        Every term of a matched document's group is in its title or its text, so the score starts at
        TEXT_WEIGHT per term and adds the difference for terms in the title (usually few documents).
        """
        if not scoring:
            return None
        scores = np.zeros(len(ordinals), dtype=np.int64)
        for group, languages in scoring:
            members = result if languages is None else result & languages
            if not members:
                continue
            if languages is not None:
                positions = np.searchsorted(ordinals, np.frombuffer(members.to_array(), dtype=np.uint32))
                scores[positions] += TEXT_WEIGHT * len(group.terms)
            else:
                scores += TEXT_WEIGHT * len(group.terms)
            for term in group.terms:
                in_title = members & self._title.get(term, _EMPTY)
                if not in_title:
                    continue
                positions = np.searchsorted(ordinals, np.frombuffer(in_title.to_array(), dtype=np.uint32))
                scores[positions] += TITLE_WEIGHT - TEXT_WEIGHT
                in_both = in_title & self._text.get(term, _EMPTY)
                if in_both:
                    positions = np.searchsorted(ordinals, np.frombuffer(in_both.to_array(), dtype=np.uint32))
                    scores[positions] += TEXT_WEIGHT
        return scores


def _extend(target: dict, key: object, ordinals: list[int]) -> None:
    bitmap = target.get(key)
    if bitmap is None:
        target[key] = BitMap(ordinals)
    else:
        bitmap.update(ordinals)


def _intersect(bitmaps: list[BitMap]) -> BitMap:
    ordered = sorted(bitmaps, key=len)
    if len(ordered) == 1:
        return ordered[0].copy()
    return BitMap.intersection(*ordered)


def _union(bitmaps: list[BitMap]) -> BitMap:
    if not bitmaps:
        return BitMap()
    if len(bitmaps) == 1:
        return bitmaps[0].copy()
    return BitMap.union(*bitmaps)
