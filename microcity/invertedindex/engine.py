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

Ordering is the search service's (docs/decisions/0007, 0026): a query is a list of clauses, each a
choice of alternatives (the word as typed, its synonyms, its completions), each alternative one or more
terms that must all be present. Relevance is Σ over clauses of the best alternative's weight: an
alternative weighs as its weakest term, a term 3 if it is in the title (plus 1 if also in the text),
else 2 if it is in the category labels, else 1 if it is in the text; the alternative as typed counts
double (EXACT_FACTOR), so an exact match ranks above a synonym in the same place. Ties go to the newer
document (``published_at``), then to the larger ``entry_id``. "newest" is that tie order alone, and
"popular" is popularity, then the same. Two rank arrays hold those orders as integers.

The index also answers what query expansion needs (``document_frequency``, ``terms_with_prefix``):
the vocabulary of the documents alive.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from pyroaring import BitMap

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

SORTS = ("relevance", "newest", "popular")
TITLE_WEIGHT = 3
LABEL_WEIGHT = 2
TEXT_WEIGHT = 1
# The alternative as typed weighs this many times a synonym, completion or correction.
EXACT_FACTOR = 5

# Terms looked at per prefix look-up (see terms_with_prefix).
PREFIX_SCAN_LIMIT = 500

# One alternative of a clause: terms that must all be in the document, and whether it is the query's
# own word (True) or an expansion of it (False).
Alternative = tuple[tuple[str, ...], bool]
# A clause: any one of its alternatives.
Clause = tuple[Alternative, ...]


def exact_clauses(terms: Sequence[str]) -> tuple[Clause, ...]:
    """Plain query terms as clauses: each term must be present, as typed."""
    return tuple((((term,), True),) for term in terms)


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
    label_terms: Sequence[str] = ()  # terms of the labels of the document's categories


@dataclass(frozen=True)
class Group:
    """A query as analysed for some languages: a document of one of ``languages`` must satisfy every
    clause (one of its alternatives, each of whose terms is in its title, labels or text). Plain
    ``terms`` are clauses of one exact alternative each; ``clauses``, when given, replaces them. With
    one group for all languages, ``languages`` is ignored."""

    terms: tuple[str, ...]
    languages: tuple[str, ...]
    clauses: tuple[Clause, ...] | None = None

    def query_clauses(self) -> tuple[Clause, ...]:
        return exact_clauses(self.terms) if self.clauses is None else self.clauses


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
        self._labels: dict[str, BitMap] = {}
        # Sorted vocabulary for prefix look-ups, built on demand after a change.
        self._sorted_terms: list[str] | None = None
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
        labels: defaultdict[str, list[int]] = defaultdict(list)
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
            for term in doc.label_terms:
                labels[term].append(ordinal)
            for pair in doc.facets:
                facets[pair].append(ordinal)
            self._document_facets.append(tuple(doc.facets))
            languages[doc.language].append(ordinal)
            cities[doc.city_id].append(ordinal)
        for source, target in ((title, self._title), (text, self._text), (labels, self._labels)):
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
        self._sorted_terms = None

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
        return BitMap.union(
            self._title.get(term, _EMPTY), self._text.get(term, _EMPTY), self._labels.get(term, _EMPTY)
        )

    def _clause(self, clause: Clause) -> BitMap:
        return _union([_intersect([self._posting(term) for term in terms]) for terms, _exact in clause])

    def _match(self, groups: Sequence[Group]) -> tuple[BitMap | None, list[tuple[Group, BitMap | None]]]:
        """The documents the query terms allow (None: all), and per group the documents it scores
        (None: every matched document)."""
        if len(groups) == 1:
            group = groups[0]
            clauses = group.query_clauses()
            if not clauses:
                return None, []
            return _intersect([self._clause(clause) for clause in clauses]), [(group, None)]
        parts: list[BitMap] = []
        scoring: list[tuple[Group, BitMap | None]] = []
        for group in groups:
            languages = _union([self._languages.get(language, _EMPTY) for language in group.languages])
            clauses = group.query_clauses()
            if clauses:
                parts.append(_intersect([languages, *(self._clause(clause) for clause in clauses)]))
                scoring.append((group, languages))
            else:
                parts.append(languages)
        return _union(parts), scoring

    def _scores(
        self, result: BitMap, ordinals: np.ndarray, scoring: list[tuple[Group, BitMap | None]]
    ) -> np.ndarray | None:
        """Relevance per matched ordinal (aligned with ``ordinals``), or None when nothing is scored."""
        if not scoring:
            return None
        scores = np.zeros(len(ordinals), dtype=np.int64)
        for group, languages in scoring:
            members = result if languages is None else result & languages
            if not members:
                continue
            member_ordinals = np.frombuffer(members.to_array(), dtype=np.uint32)
            positions = None if languages is None else np.searchsorted(ordinals, member_ordinals)
            group_scores = np.zeros(len(member_ordinals), dtype=np.int64)
            for clause in group.query_clauses():
                if len(clause) == 1 and len(clause[0][0]) == 1 and clause[0][1]:
                    self._add_exact_term(group_scores, members, member_ordinals, clause[0][0][0])
                else:
                    group_scores += self._clause_scores(clause, members, member_ordinals)
            if positions is None:
                scores += group_scores
            else:
                scores[positions] += group_scores
        return scores

    def _add_exact_term(self, scores: np.ndarray, members: BitMap, ordinals: np.ndarray, term: str) -> None:
        """The common clause (one term, as typed): every member has the term somewhere, so start at the
        text's weight and add the difference for the (usually few) members with it in a label or the
        title."""
        scores += EXACT_FACTOR * TEXT_WEIGHT
        in_title = members & self._title.get(term, _EMPTY)
        if in_title:
            scores[_positions(ordinals, in_title)] += EXACT_FACTOR * (TITLE_WEIGHT - TEXT_WEIGHT)
            in_both = in_title & self._text.get(term, _EMPTY)
            if in_both:
                scores[_positions(ordinals, in_both)] += EXACT_FACTOR * TEXT_WEIGHT
        labels = self._labels.get(term)
        if labels:
            in_labels = (members & labels) - in_title
            if in_labels:
                scores[_positions(ordinals, in_labels)] += EXACT_FACTOR * (LABEL_WEIGHT - TEXT_WEIGHT)

    def _term_weights(self, members: BitMap, ordinals: np.ndarray, term: str) -> np.ndarray:
        weights = np.zeros(len(ordinals), dtype=np.int64)
        for source, weight in (
            (self._text, TEXT_WEIGHT),
            (self._labels, LABEL_WEIGHT),
            (self._title, TITLE_WEIGHT),
        ):
            found = members & source.get(term, _EMPTY)
            if found:
                weights[_positions(ordinals, found)] = weight
        in_both = members & self._title.get(term, _EMPTY) & self._text.get(term, _EMPTY)
        if in_both:
            weights[_positions(ordinals, in_both)] += TEXT_WEIGHT
        return weights

    def _clause_scores(self, clause: Clause, members: BitMap, ordinals: np.ndarray) -> np.ndarray:
        best = np.zeros(len(ordinals), dtype=np.int64)
        for terms, exact in clause:
            weakest: np.ndarray | None = None
            for term in terms:
                weights = self._term_weights(members, ordinals, term)
                weakest = weights if weakest is None else np.minimum(weakest, weights)
            if weakest is not None:
                np.maximum(best, weakest * (EXACT_FACTOR if exact else 1), out=best)
        return best

    # --- Vocabulary ---------------------------------------------------------------------------------

    def has_term(self, term: str) -> bool:
        """Whether ``term`` was ever indexed (a cheap first test; its documents may all be gone)."""
        return term in self._title or term in self._text or term in self._labels

    def document_frequency(self, term: str) -> int:
        """How many documents alive have ``term`` in their title, labels or text."""
        if term not in self._title and term not in self._text and term not in self._labels:
            return 0
        return self._posting(term).intersection_cardinality(self._alive)

    def _vocabulary(self) -> list[str]:
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self._title.keys() | self._text.keys() | self._labels.keys())
        return self._sorted_terms

    def has_prefix(self, prefix: str) -> bool:
        """Whether some indexed term starts with ``prefix`` (its documents may be gone)."""
        terms = self._vocabulary()
        position = bisect_left(terms, prefix)
        return position < len(terms) and terms[position].startswith(prefix)

    def terms_with_prefix(self, prefix: str, *, limit: int) -> list[str]:
        """At most ``limit`` terms of documents alive that start with ``prefix`` (the term itself
        included), the most frequent first (then alphabetical)."""
        terms = self._vocabulary()
        found: list[tuple[int, str]] = []
        position = bisect_left(terms, prefix)
        # A short prefix of a large vocabulary may start thousands of terms: the first ones (in
        # alphabetical order) are looked at, which keeps a keystroke's cost bounded.
        end = min(len(terms), position + PREFIX_SCAN_LIMIT)
        while position < end and terms[position].startswith(prefix):
            frequency = self.document_frequency(terms[position])
            if frequency:
                found.append((-frequency, terms[position]))
            position += 1
        found.sort()
        return [term for _frequency, term in found[:limit]]


def _positions(ordinals: np.ndarray, found: BitMap) -> np.ndarray:
    """Where the ordinals of ``found`` (a subset of ``ordinals``, which is sorted) are in ``ordinals``."""
    return np.searchsorted(ordinals, np.frombuffer(found.to_array(), dtype=np.uint32))


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
