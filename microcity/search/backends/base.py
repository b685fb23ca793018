"""What every search backend does, and the parts the two database backends share.

A backend receives documents that are already analysed and queries that are already split into terms
(``microcity.search.terms``), so each engine only matches, ranks, counts and stores. The database
backends share the storage (plain ORM upserts; the database keeps its full-text structure in step by
itself) and the shape of the one SQL statement that answers a search; they differ in how terms are
matched and how a term's presence in the title or the text is tested.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from django.db import connections
from django.db.models.functions import Substr
from django.utils import timezone

from microcity.search.models import Entry, EntryFacet
from microcity.search.terms import SNIPPET_SCAN_CHARS, SUPPORTED_LANGUAGES

SORTS = ("relevance", "newest", "popular")

# Score of one query term: TITLE_WEIGHT when it occurs in the title, plus TEXT_WEIGHT when it occurs in
# the text. Every matched document has every term in one or the other (AND semantics).
TITLE_WEIGHT = 3
TEXT_WEIGHT = 1

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
    facets: tuple[tuple[str, str], ...]
    published_at: dt.datetime
    popularity: int


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


class SearchBackend(Protocol):
    """The contract an engine implements; an OpenSearch backend would implement the same three calls."""

    def index(self, entries: Sequence[PreparedEntry]) -> int: ...

    def remove(self, keys: Sequence[str]) -> int: ...

    def search(self, query: Query) -> RawResult: ...


class DatabaseBackend:
    """Search in the application's own database; subclasses say how terms are matched and tested."""

    entry_table = Entry._meta.db_table
    facet_table = EntryFacet._meta.db_table

    def __init__(self, alias: str = "default") -> None:
        self.alias = alias

    # --- Vendor-specific pieces --------------------------------------------------------------------

    def match_condition(self, terms: tuple[str, ...]) -> tuple[str, list[Any]]:
        """SQL that is true for an entry ``e`` containing every one of ``terms`` (title or text)."""
        raise NotImplementedError

    # The facet rows of the matching entries ``base b``, as ``f``: a FROM clause and the start of a
    # WHERE clause, to which conditions on ``facet_field_column`` are added.
    facet_join = f"base b JOIN {EntryFacet._meta.db_table} f ON f.entry_id = b.id WHERE 1 = 1"
    facet_field_column = "f.field"

    def title_condition(self, term: str) -> tuple[str, list[Any]]:
        """SQL that is true when ``term`` occurs in the title of ``e``."""
        raise NotImplementedError

    def text_condition(self, term: str) -> tuple[str, list[Any]]:
        """SQL that is true when ``term`` occurs in the text of ``e``."""
        raise NotImplementedError

    # --- Storage --------------------------------------------------------------------------------------

    def index(self, entries: Sequence[PreparedEntry]) -> int:
        now = timezone.now()
        update_fields = [
            "kind",
            "language",
            "city_id",
            "title",
            "text",
            "title_terms",
            "text_terms",
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
                ids = list(
                    Entry.objects.using(self.alias)
                    .filter(key__in=[entry.key for entry in batch])
                    .values_list("pk", flat=True)
                )
            EntryFacet.objects.using(self.alias).filter(entry_id__in=ids).delete()
            EntryFacet.objects.using(self.alias).bulk_create(
                EntryFacet(entry_id=row.pk, field=field, value=value)
                for row, entry in zip(rows, batch, strict=True)
                for field, value in entry.facets
            )
        return len(entries)

    def remove(self, keys: Sequence[str]) -> int:
        removed = 0
        for start in range(0, len(keys), _BATCH):
            batch = keys[start : start + _BATCH]
            # only("pk"): the cascade needs ids, not the documents' text.
            _total, per_model = Entry.objects.using(self.alias).filter(key__in=batch).only("pk").delete()
            removed += per_model.get(Entry._meta.label, 0)
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
        rows = {
            row["pk"]: row
            for row in Entry.objects.using(self.alias)
            .filter(pk__in=[entry_id for _rank, entry_id, _score in hit_order])
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
            for _rank, entry_id, score in hit_order
            if entry_id in rows
        ]
        return RawResult(total=total, hits=hits, facets=facets)

    def score_expression(self, terms: tuple[str, ...]) -> tuple[str, list[Any]]:
        """Σ over terms: TITLE_WEIGHT (+ TEXT_WEIGHT if also in the text) if in the title, else TEXT_WEIGHT.

        The text is only tested for terms found in the title: a matched entry that lacks a term in
        its title has it in its text, so the (long) text is rarely read.
        """
        if not terms:
            return "0", []
        parts: list[str] = []
        params: list[Any] = []
        for term in terms:
            title_sql, title_params = self.title_condition(term)
            text_sql, text_params = self.text_condition(term)
            parts.append(
                f"(CASE WHEN {title_sql} THEN {TITLE_WEIGHT} + (CASE WHEN {text_sql} THEN {TEXT_WEIGHT} ELSE 0 END)"
                f" ELSE {TEXT_WEIGHT} END)"
            )
            params += title_params + text_params
        return " + ".join(parts), params

    def search_sql(self, query: Query) -> tuple[str, list[Any]]:
        """One statement: the page of hits (part 0), the total (part 1) and the facet counts (part 2).

        ``base`` holds every entry that matches the query, the kind and the city, with one 0/1 flag per
        filtered field. Hits and the total need all flags; the count of a value of field F needs every
        flag but F's own (disjunctive faceting), so entries failing two or more filters are left out of
        ``base`` at once.
        """
        filter_fields = [field for field, values in query.filters.items() if values]
        flag_sql: list[str] = []
        flag_params: list[Any] = []
        for position, field in enumerate(filter_fields):
            values = query.filters[field]
            flag_sql.append(
                f"CASE WHEN EXISTS (SELECT 1 FROM {self.facet_table} ff WHERE ff.entry_id = e.id"
                f" AND ff.field = %s AND ff.value IN ({', '.join(['%s'] * len(values))}))"
                f" THEN 1 ELSE 0 END AS f{position}"
            )
            flag_params += [field, *values]

        common_sql = ["e.kind = %s"]
        common_params: list[Any] = [query.kind]
        if query.city_id is not None:
            if query.include_platform_wide:
                common_sql.append("(e.city_id = %s OR e.city_id IS NULL)")
            else:
                common_sql.append("e.city_id = %s")
            common_params.append(query.city_id)

        # Languages whose analysis of the query gave the same terms share one block of the union.
        groups: dict[tuple[str, ...], list[str]] = {}
        for language in SUPPORTED_LANGUAGES:
            groups.setdefault(query.terms.get(language, ()), []).append(language)
        blocks: list[str] = []
        block_params: list[Any] = []
        for terms, languages in groups.items():
            score_sql, score_params = self.score_expression(terms)
            where_sql = list(common_sql)
            where_params = list(common_params)
            if len(groups) > 1:
                where_sql.append(f"e.language IN ({', '.join(['%s'] * len(languages))})")
                where_params += languages
            if terms:
                match_sql, match_params = self.match_condition(terms)
                where_sql.append(match_sql)
                where_params += match_params
            columns = ", ".join(
                ["e.id", "e.published_at", "e.popularity", f"{score_sql} AS score", *flag_sql]
            )
            blocks.append(f"SELECT {columns} FROM {self.entry_table} e WHERE {' AND '.join(where_sql)}")
            block_params += score_params + flag_params + where_params

        union = " UNION ALL ".join(blocks)
        flags = [f"f{position}" for position in range(len(filter_fields))]
        if len(flags) > 1:
            base = f"SELECT * FROM ({union}) u WHERE {' + '.join(flags)} >= {len(flags) - 1}"
        else:
            base = union
        all_flags = " AND ".join(f"{flag} = 1" for flag in flags) or "1 = 1"

        sql = [
            f"WITH base AS MATERIALIZED ({base})",
            "SELECT 0 AS part, h.id, h.score, row_number() OVER (ORDER BY "
            + _ORDER_BY[query.sort]
            + ") AS hit_rank, NULL AS field, NULL AS value, NULL AS n FROM ("
            f"SELECT id, score, published_at, popularity FROM base WHERE {all_flags}"
            f" ORDER BY {_ORDER_BY[query.sort]} LIMIT %s OFFSET %s) h",
            f"UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, COUNT(*) FROM base WHERE {all_flags}",
        ]
        params: list[Any] = [*block_params, query.limit, query.offset]
        if query.facet_fields:
            # A value of field F counts when every other field's filter holds: F's own flag is waived.
            field = self.facet_field_column
            others = "".join(f" AND ({field} = %s OR b.{flag} = 1)" for flag in flags)
            sql.append(
                "UNION ALL SELECT 2, NULL, NULL, NULL, f.field, f.value, COUNT(*)"
                f" FROM {self.facet_join} AND {field} IN ({', '.join(['%s'] * len(query.facet_fields))}){others}"
                " GROUP BY f.field, f.value"
            )
            params += [*query.facet_fields, *filter_fields]
        return " ".join(sql), params
