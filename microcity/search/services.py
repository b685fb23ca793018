"""State changes of the search index: other apps put their documents in and take them out here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from django.db import transaction
from django.utils import timezone

from microcity.search import cache as search_cache
from microcity.search.backends import get_backend
from microcity.search.backends.base import PreparedEntry
from microcity.search.exceptions import SearchError
from microcity.search.models import (
    FACET_FIELD_MAX_LENGTH,
    FACET_VALUE_MAX_LENGTH,
    KEY_MAX_LENGTH,
    KIND_MAX_LENGTH,
    Change,
)
from microcity.search.terms import SUPPORTED_LANGUAGES, document_terms, filter_terms

__all__ = ["IndexEntry", "SearchError", "changes_prune", "index_entries", "index_remove"]

# Entries analysed and written per round; bounds memory for a generator of any length.
_CHUNK = 500


@dataclass(frozen=True)
class IndexEntry:
    """One document as its owning app describes it to the search index."""

    key: str  # unique, e.g. "library.material:42"
    kind: str  # "material" | "job" | "page"
    language: str  # "lv" or "en": the analyser language of title and text
    city_id: int | None  # None for platform-wide content
    title: str
    text: str  # summary, body and text extracted from files, concatenated
    facets: dict[str, list[str]]  # e.g. {"type": ["worksheet"], "grade": ["7-9", "10-12"]}
    published_at: dt.datetime
    popularity: int = 0  # e.g. downloads; used by sort="popular"
    # Names of the entry's categories as people say them, in both languages ("Sevis izzināšana",
    # "Self-knowledge", "Informācijas un komunikāciju tehnoloģiju speciālisti"): searchable words,
    # weighted below the title and above the text, and never shown in snippets.
    labels: tuple[str, ...] | list[str] = ()


def _clean_text(value: str) -> str:
    # PostgreSQL text cannot hold NUL, which text extracted from files sometimes contains.
    return value.replace("\x00", " ")


def _prepare(entry: IndexEntry) -> PreparedEntry:
    if not entry.key or len(entry.key) > KEY_MAX_LENGTH:
        raise SearchError(f"An entry key must have 1 to {KEY_MAX_LENGTH} characters: {entry.key!r}.")
    if not entry.kind or len(entry.kind) > KIND_MAX_LENGTH:
        raise SearchError(f"Entry {entry.key!r}: kind must have 1 to {KIND_MAX_LENGTH} characters.")
    if entry.language not in SUPPORTED_LANGUAGES:
        raise SearchError(
            f"Entry {entry.key!r}: language {entry.language!r} is not one of {', '.join(SUPPORTED_LANGUAGES)}."
        )
    if entry.published_at.tzinfo is None:
        raise SearchError(f"Entry {entry.key!r}: published_at must be timezone-aware.")
    if isinstance(entry.labels, str):
        raise SearchError(f"Entry {entry.key!r}: labels must be a list of texts, not a text.")
    facets: list[tuple[str, str]] = []
    for name, values in entry.facets.items():
        if not name or len(name) > FACET_FIELD_MAX_LENGTH:
            raise SearchError(
                f"Entry {entry.key!r}: facet field {name!r} must have 1 to {FACET_FIELD_MAX_LENGTH} characters."
            )
        if isinstance(values, str):
            raise SearchError(f"Entry {entry.key!r}: facet {name!r} must be a list of values, not a string.")
        for value in dict.fromkeys(values):
            if not isinstance(value, str) or not value or len(value) > FACET_VALUE_MAX_LENGTH:
                raise SearchError(
                    f"Entry {entry.key!r}: facet {name!r} value {value!r} must be a text of 1 to"
                    f" {FACET_VALUE_MAX_LENGTH} characters."
                )
            facets.append((name, value))
    title = _clean_text(entry.title)
    text = _clean_text(entry.text)
    return PreparedEntry(
        key=entry.key,
        kind=entry.kind,
        language=entry.language,
        city_id=entry.city_id,
        title=title,
        text=text,
        title_terms=tuple(document_terms(title, language=entry.language)),
        text_terms=tuple(document_terms(text, language=entry.language)),
        filter_terms=tuple(filter_terms(facets)),
        label_terms=tuple(document_terms(_clean_text("\n".join(entry.labels)), language=entry.language)),
        facets=tuple(facets),
        published_at=entry.published_at,
        popularity=int(entry.popularity),
    )


def _chunks(items: Iterable[IndexEntry]) -> Iterator[list[IndexEntry]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, _CHUNK)):
        yield chunk


@transaction.atomic
def index_entries(*, entries: Iterable[IndexEntry]) -> int:
    """Add or replace (by key) documents in the index; returns the number of distinct keys written.

    A key given twice keeps its last version. Everything is written in one transaction: for a full
    re-index on SQLite, call this with chunks of a few thousand entries so that the write lock is held
    briefly each time.
    """
    backend = get_backend()
    keys: set[str] = set()
    for chunk in _chunks(entries):
        # Within one INSERT a key may appear once; across chunks the upsert itself replaces.
        prepared = {entry.key: _prepare(entry) for entry in chunk}
        backend.index(list(prepared.values()))
        keys.update(prepared)
    if keys:
        search_cache.bump()
    return len(keys)


@transaction.atomic
def index_remove(*, keys: Iterable[str]) -> int:
    """Remove documents by key; returns how many were in the index. Unknown keys are ignored."""
    removed = get_backend().remove(list(dict.fromkeys(keys)))
    if removed:
        search_cache.bump()
    return removed


# Replicas catch up from the change log within seconds; a day of it lets one that slept (a worker that
# served nothing overnight) still catch up instead of loading everything again.
CHANGE_LOG_KEEP = dt.timedelta(days=1)


@transaction.atomic
def changes_prune(*, older_than: dt.timedelta = CHANGE_LOG_KEEP) -> int:
    """Delete the change-log rows older than ``older_than``, always keeping the newest one (the position
    replicas compare with). A replica whose last-read change is pruned loads the index again.

    Only a prefix of the log goes (every id below the first one that stays), so a replica that still
    finds its position in the log finds every change after it too.
    """
    newest = Change.objects.order_by("-id").values_list("id", flat=True).first()
    if newest is None:
        return 0
    first_kept = (
        Change.objects.filter(changed_at__gte=timezone.now() - older_than)
        .order_by("id")
        .values_list("id", flat=True)
        .first()
    )
    deleted, _per_model = Change.objects.filter(pk__lt=min(newest, first_kept or newest)).delete()
    return deleted
