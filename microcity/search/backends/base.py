"""What every search backend does, and the parts the two database backends share.

A backend receives documents that are already analysed and queries that are already split into terms
(``microcity.search.terms``), so each engine only matches, ranks, counts and stores. The database
backends share the storage (plain ORM upserts; the database keeps its full-text structure in step by
itself) and the shape of the one SQL statement that answers a search; they differ in the syntax of a
full-text match and in how a term's presence in the title or the text is tested.

How a search is answered (see docs/decisions/0007-search-service.md):

- Every facet value of an entry is also indexed as a token next to its words, so "these terms and
  these facet filters" is one full-text match: the engine intersects posting lists instead of testing
  rows one by one. Kind, city and language are tested on the entry row, which the match reads anyway.
  Each language group of the query (lv and en usually analyse a query differently) is one block.
- That gives the result set ``m``: the page of hits (ordered in SQL) and the total come from it.
- Facet counts are an indexed GROUP BY over the facet rows of the matching entries: fields that are
  not filtered are counted over ``m``; a filtered field F over its own match without F's filter
  (disjunctive faceting), reading only F's rows.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from django.db import connections
from django.db.models.functions import Substr
from django.utils import timezone

from microcity.invertedindex import (
    EXACT_FACTOR,
    LABEL_WEIGHT,
    TEXT_WEIGHT,
    TITLE_WEIGHT,
    Clause,
    exact_clauses,
)
from microcity.search.models import Change, Entry, EntryFacet
from microcity.search.terms import SNIPPET_SCAN_CHARS, SUPPORTED_LANGUAGES, facet_token
from microcity.textsearch.expansion import Correction

SORTS = ("relevance", "newest", "popular")

# Score of one query term (the in-memory engine's weights, microcity.invertedindex): TITLE_WEIGHT when
# it occurs in the title, plus TEXT_WEIGHT when it occurs in the text; else LABEL_WEIGHT in a category
# label; else TEXT_WEIGHT in the text. The alternative as typed counts EXACT_FACTOR times (see
# score_expression).

_ORDER_BY = {
    "relevance": "score DESC, published_at DESC, id DESC",
    "newest": "published_at DESC, id DESC",
    "popular": "popularity DESC, published_at DESC, id DESC",
}

# Rows per INSERT: well inside SQLite's limit on bound variables, large enough to amortise round trips.
_BATCH = 500


@dataclass(frozen=True)
class PreparedEntry:
    """An entry ready to store: validated, with its terms analysed."""

    key: str
    kind: str
    language: str
    city_id: int | None
    title: str
    text: str
    title_terms: tuple[str, ...]
    text_terms: tuple[str, ...]
    filter_terms: tuple[str, ...]
    facets: tuple[tuple[str, str], ...]
    published_at: dt.datetime
    popularity: int
    label_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Query:
    """A validated search request."""

    kind: str
    # Analysed query terms per language; a document is matched with the terms of its own language.
    terms: Mapping[str, tuple[str, ...]]
    filters: Mapping[str, tuple[str, ...]]
    city_id: int | None
    include_platform_wide: bool
    sort: str
    offset: int
    limit: int
    facet_fields: tuple[str, ...]
    # The query as typed, for its expansion (search.expansion): synonyms, the last word's completions
    # (``complete``) and corrections of unknown words (``correct``).
    text: str = ""
    complete: bool = True
    correct: bool = True
    # The query expanded per language; None: ``terms`` as typed (a backend expands ``text`` first).
    clauses: Mapping[str, tuple[Clause, ...]] | None = None

    def language_clauses(self) -> dict[str, tuple[Clause, ...]]:
        if self.clauses is not None:
            return {language: tuple(self.clauses.get(language, ())) for language in SUPPORTED_LANGUAGES}
        return {language: exact_clauses(self.terms.get(language, ())) for language in SUPPORTED_LANGUAGES}


@dataclass(frozen=True)
class RawHit:
    key: str
    score: int
    title: str
    text: str
    language: str


@dataclass(frozen=True)
class RawResult:
    total: int
    hits: list[RawHit]
    facets: dict[str, dict[str, int]]
    # The query as the backend answered it (expanded) and the correction it made, if any.
    query: Query | None = None
    correction: Correction | None = None


class SearchBackend(Protocol):
    """The contract an engine implements; an OpenSearch backend would implement the same three calls."""

    def index(self, entries: Sequence[PreparedEntry]) -> int: ...

    def remove(self, keys: Sequence[str]) -> int: ...

    def search(self, query: Query) -> RawResult:
        """Answer ``query``; the in-memory backend also takes ``words`` (a thesaurus) and expands it."""
        ...


# A full-text condition: a term, or every one / any one of several conditions.
@dataclass(frozen=True)
class AllOf:
    parts: tuple[Expression, ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Expression, ...]


Expression = str | AllOf | AnyOf


def all_of(*parts: Expression | None) -> Expression | None:
    kept = tuple(part for part in parts if part is not None)
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else AllOf(kept)


def any_of(*parts: Expression) -> Expression:
    return parts[0] if len(parts) == 1 else AnyOf(tuple(parts))


class DatabaseBackend:
    """Search in the application's own database; subclasses supply the vendor-specific SQL."""

    entry_table = Entry._meta.db_table

    # The facet rows (``f``) of the entries of a set: a FROM clause and the start of a WHERE clause, to
    # which conditions on ``facet_field_column`` are appended. "{source}" names the set.
    facet_join = "{source} b JOIN search_entry_facet f ON f.entry_id = b.id WHERE 1 = 1"
    facet_field_column = "f.field"

    def __init__(self, alias: str = "default") -> None:
        self.alias = alias

    # --- Vendor-specific pieces --------------------------------------------------------------------

    def render(self, expression: Expression) -> str:
        """``expression`` in the engine's full-text query language."""
        raise NotImplementedError

    def match_condition(self) -> str:
        """SQL that is true for an entry ``e`` that matches the full-text query given as its parameter."""
        raise NotImplementedError

    def title_condition(self, term: str) -> tuple[str, list[Any]]:
        """SQL that is true when ``term`` occurs in the title of ``e``."""
        raise NotImplementedError

    def text_condition(self, term: str) -> tuple[str, list[Any]]:
        """SQL that is true when ``term`` occurs in the text of ``e``."""
        raise NotImplementedError

    def label_condition(self, term: str) -> tuple[str, list[Any]]:
        """SQL that is true when ``term`` occurs in the category labels of ``e``."""
        raise NotImplementedError

    greatest = "GREATEST"
    least = "LEAST"

    # --- Storage --------------------------------------------------------------------------------------

    def lock_changes(self) -> None:
        """Serialise index writers until the transaction ends, so that change ids grow in commit order.

        SQLite needs nothing: a write transaction holds the database's write lock until it commits.
        """

    def record_changes(self, changed: Sequence[tuple[str, int]]) -> None:
        """Log (kind, entry id) pairs that were written or removed, for the in-memory replicas."""
        if not changed:
            return
        token = secrets.randbits(62)
        now = timezone.now()
        Change.objects.using(self.alias).bulk_create(
            (Change(kind=kind, entry_id=entry_id, token=token, changed_at=now) for kind, entry_id in changed),
            batch_size=_BATCH,
        )

    def index(self, entries: Sequence[PreparedEntry]) -> int:
        self.lock_changes()
        now = timezone.now()
        update_fields = [
            "kind",
            "language",
            "city_id",
            "title",
            "text",
            "title_terms",
            "text_terms",
            "filter_terms",
            "label_terms",
            "published_at",
            "popularity",
            "indexed_at",
        ]
        for start in range(0, len(entries), _BATCH):
            batch = entries[start : start + _BATCH]
            rows = [
                Entry(
                    key=entry.key,
                    kind=entry.kind,
                    language=entry.language,
                    city_id=entry.city_id,
                    title=entry.title,
                    text=entry.text,
                    title_terms=" ".join(entry.title_terms),
                    text_terms=" ".join(entry.text_terms),
                    filter_terms=" ".join(entry.filter_terms),
                    label_terms=" ".join(entry.label_terms),
                    published_at=entry.published_at,
                    popularity=entry.popularity,
                    indexed_at=now,
                )
                for entry in batch
            ]
            # One upsert by key: a re-indexed document keeps its row (and id) and is replaced whole.
            Entry.objects.using(self.alias).bulk_create(
                rows, update_conflicts=True, unique_fields=["key"], update_fields=update_fields
            )
            ids = [row.pk for row in rows]
            if None in ids:  # pragma: no cover - both supported databases return ids from upserts
                by_key = dict(
                    Entry.objects.using(self.alias)
                    .filter(key__in=[entry.key for entry in batch])
                    .values_list("key", "pk")
                )
                for row in rows:
                    row.pk = by_key[row.key]
            EntryFacet.objects.using(self.alias).filter(entry_id__in=[row.pk for row in rows]).delete()
            EntryFacet.objects.using(self.alias).bulk_create(
                EntryFacet(entry_id=row.pk, field=field, value=value)
                for row, entry in zip(rows, batch, strict=True)
                for field, value in entry.facets
            )
            self.record_changes([(row.kind, row.pk) for row in rows])
        return len(entries)

    def remove(self, keys: Sequence[str]) -> int:
        self.lock_changes()
        removed = 0
        for start in range(0, len(keys), _BATCH):
            batch = keys[start : start + _BATCH]
            gone = list(Entry.objects.using(self.alias).filter(key__in=batch).values_list("kind", "pk"))
            # only("pk"): the cascade needs ids, not the documents' text.
            _total, per_model = Entry.objects.using(self.alias).filter(key__in=batch).only("pk").delete()
            removed += per_model.get(Entry._meta.label, 0)
            self.record_changes(gone)
        return removed

    # --- Search -----------------------------------------------------------------------------------

    def search(self, query: Query) -> RawResult:
        sql, params = self.search_sql(query)
        hit_order: list[tuple[int, int, int]] = []  # (rank, id, score)
        total = 0
        facets: dict[str, dict[str, int]] = {field: {} for field in query.facet_fields}
        with connections[self.alias].cursor() as cursor:
            cursor.execute(sql, params)
            for part, entry_id, score, rank, field, value, count in cursor.fetchall():
                if part == 0:
                    hit_order.append((rank, entry_id, score))
                elif part == 1:
                    total = count
                else:
                    facets[field][value] = count
        hit_order.sort()
        return RawResult(
            total=total,
            hits=self.fetch_hits([(entry_id, score) for _rank, entry_id, score in hit_order]),
            facets=facets,
            query=query,
        )

    def fetch_hits(self, ranked: Sequence[tuple[int, int | None]]) -> list[RawHit]:
        """The page's hits, in the order of ``ranked`` (entry id, score): keys, titles and the start of
        each text (for the snippet), in one query."""
        rows = {
            row["pk"]: row
            for row in Entry.objects.using(self.alias)
            .filter(pk__in=[entry_id for entry_id, _score in ranked])
            .values("pk", "key", "title", "language", snippet_text=Substr("text", 1, SNIPPET_SCAN_CHARS))
        }
        hits = [
            RawHit(
                key=rows[entry_id]["key"],
                score=int(score or 0),
                title=rows[entry_id]["title"],
                text=rows[entry_id]["snippet_text"] or "",
                language=rows[entry_id]["language"],
            )
            for entry_id, score in ranked
            if entry_id in rows
        ]
        return hits

    def _term_weight(self, term: str) -> tuple[str, list[Any]]:
        """The weight of ``term`` in ``e``: title (+ text), else label, else text, else 0."""
        title_sql, title_params = self.title_condition(term)
        text_sql, text_params = self.text_condition(term)
        label_sql, label_params = self.label_condition(term)
        return (
            f"(CASE WHEN {title_sql} THEN {TITLE_WEIGHT} + (CASE WHEN {text_sql} THEN {TEXT_WEIGHT} ELSE 0 END)"
            f" WHEN {label_sql} THEN {LABEL_WEIGHT} WHEN {text_sql} THEN {TEXT_WEIGHT} ELSE 0 END)"
        ), [*title_params, *text_params, *label_params, *text_params]

    def _extreme(self, function: str, parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else f"{function}({', '.join(parts)})"

    def score_expression(self, clauses: tuple[Clause, ...]) -> tuple[str, list[Any]]:
        """Σ over clauses of the best alternative: EXACT_FACTOR (as typed) or 1 (an expansion) times
        the weight of its weakest term (see _term_weight); the engine's score, to the integer.

        A clause of one term as typed is present in every matched entry, so its text is only read
        when the term is in the title: the (long) text is rarely read.
        """
        if not clauses:
            return "0", []
        parts: list[str] = []
        params: list[Any] = []
        for clause in clauses:
            if len(clause) == 1 and len(clause[0][0]) == 1 and clause[0][1]:
                term = clause[0][0][0]
                title_sql, title_params = self.title_condition(term)
                text_sql, text_params = self.text_condition(term)
                label_sql, label_params = self.label_condition(term)
                parts.append(
                    f"(CASE WHEN {title_sql} THEN {EXACT_FACTOR * TITLE_WEIGHT}"
                    f" + (CASE WHEN {text_sql} THEN {EXACT_FACTOR * TEXT_WEIGHT} ELSE 0 END)"
                    f" WHEN {label_sql} THEN {EXACT_FACTOR * LABEL_WEIGHT} ELSE {EXACT_FACTOR * TEXT_WEIGHT} END)"
                )
                params += title_params + text_params + label_params
                continue
            alternatives: list[str] = []
            for terms, exact in clause:
                weights: list[str] = []
                for term in terms:
                    weight_sql, weight_params = self._term_weight(term)
                    weights.append(weight_sql)
                    params += weight_params
                alternatives.append(f"{EXACT_FACTOR if exact else 1} * {self._extreme(self.least, weights)}")
            parts.append(f"({self._extreme(self.greatest, alternatives)})")
        return " + ".join(parts), params

    @staticmethod
    def language_groups(query: Query) -> dict[tuple[Clause, ...], tuple[str, ...]]:
        """Languages grouped by their analysis of the query: usually one or two groups."""
        groups: dict[tuple[Clause, ...], list[str]] = {}
        for language, clauses in query.language_clauses().items():
            groups.setdefault(clauses, []).append(language)
        return {clauses: tuple(languages) for clauses, languages in groups.items()}

    def blocks(self, query: Query, *, scored: bool, except_field: str | None = None) -> tuple[str, list[Any]]:
        """The entries that match, as one SELECT per language group joined by UNION ALL: their ids, and
        with ``scored`` also their date, popularity and score.

        Kind, city and language are tested on the entry row, which is read anyway; the query terms and
        the facet filters (but ``except_field``'s) are one full-text match.
        """
        groups = self.language_groups(query)
        facet_conditions = [
            any_of(*(facet_token(field, value) for value in values))
            for field, values in query.filters.items()
            if values and field != except_field
        ]
        selects: list[str] = []
        params: list[Any] = []
        for clauses, languages in groups.items():
            where = ["e.kind = %s"]
            where_params: list[Any] = [query.kind]
            if query.city_id is not None:
                where.append(
                    "(e.city_id = %s OR e.city_id IS NULL)"
                    if query.include_platform_wide
                    else "e.city_id = %s"
                )
                where_params.append(query.city_id)
            if len(groups) > 1:
                where.append(f"e.language IN ({', '.join(['%s'] * len(languages))})")
                where_params += languages
            words = [
                any_of(*(AllOf(terms) if len(terms) > 1 else terms[0] for terms, _exact in clause))
                for clause in clauses
            ]
            expression = all_of(*words, *facet_conditions)
            if expression is not None:
                where.append(self.match_condition())
                where_params.append(self.render(expression))
            columns = "e.id"
            if scored:
                score_sql, score_params = self.score_expression(clauses)
                columns += f", e.published_at, e.popularity, {score_sql} AS score"
                params += score_params
            selects.append(f"SELECT {columns} FROM {self.entry_table} e WHERE {' AND '.join(where)}")
            params += where_params
        return " UNION ALL ".join(selects), params

    def search_sql(self, query: Query) -> tuple[str, list[Any]]:
        """One statement: the page of hits (part 0), the total (part 1) and the facet counts (part 2)."""
        matching, params = self.blocks(query, scored=True)
        ctes = [f"m AS MATERIALIZED ({matching})"]
        # Disjunctive faceting: a filtered field's values are counted over the match without its filter.
        filtered = {field for field, values in query.filters.items() if values}
        counted_apart = [field for field in query.facet_fields if field in filtered]
        for position, field in enumerate(counted_apart):
            block_sql, block_params = self.blocks(query, scored=False, except_field=field)
            ctes.append(f"m{position} AS MATERIALIZED ({block_sql})")
            params += block_params

        order = _ORDER_BY[query.sort]
        sql = [
            f"WITH {', '.join(ctes)}",
            f"SELECT 0 AS part, h.id, h.score, row_number() OVER (ORDER BY {order}) AS hit_rank,"
            " NULL AS field, NULL AS value, NULL AS n FROM"
            f" (SELECT id, score, published_at, popularity FROM m ORDER BY {order} LIMIT %s OFFSET %s) h",
            "UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, COUNT(*) FROM m",
        ]
        params += [query.limit, query.offset]
        column = self.facet_field_column
        counted_together = [field for field in query.facet_fields if field not in filtered]
        if counted_together:
            sql.append(
                "UNION ALL SELECT 2, NULL, NULL, NULL, f.field, f.value, COUNT(*)"
                f" FROM {self.facet_join.format(source='m')}"
                f" AND {column} IN ({', '.join(['%s'] * len(counted_together))}) GROUP BY f.field, f.value"
            )
            params += counted_together
        for position, field in enumerate(counted_apart):
            sql.append(
                "UNION ALL SELECT 2, NULL, NULL, NULL, f.field, f.value, COUNT(*)"
                f" FROM {self.facet_join.format(source=f'm{position}')} AND {column} = %s"
                " GROUP BY f.field, f.value"
            )
            params.append(field)
        return " ".join(sql), params
