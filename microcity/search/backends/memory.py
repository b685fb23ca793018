"""Searches answered from an in-memory replica of the index, kept in step with the database.

The database stays the index of record: ``index`` and ``remove`` go to the database backend, which
also logs every write in ``search_change``. Each process keeps, per database and kind, a replica in a
``microcity.invertedindex.InvertedIndex`` (bitmap posting lists), loaded on the first search of the
kind. Before every search the replica reads the newest change id (one primary-key lookup) and, when
the log has moved on, applies the changed entries only; a replica that cannot trust its position (the
change it last read was rolled back, or pruned) loads everything again. See
docs/decisions/0014-in-memory-search.md.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connections

from microcity.invertedindex import Document, Group, InvertedIndex
from microcity.search.backends.base import DatabaseBackend, PreparedEntry, Query, RawResult
from microcity.search.backends.expansion import expand_query, thesaurus
from microcity.search.models import Change, Entry, EntryFacet
from microcity.textsearch.expansion import Correction, Thesaurus

logger = logging.getLogger(__name__)

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)

# A catch-up that touches more entries than this share of the replica (and more than DELTA_RELOAD_MIN)
# loads it again instead, and so does a replica with more than DELTA_RELOAD_MIN dead ordinals (removed
# or replaced entries) that are more than DEAD_RATIO_RELOAD of all.
DELTA_RELOAD_SHARE = 0.25
DELTA_RELOAD_MIN = 1000
DEAD_RATIO_RELOAD = 0.3
# Entries read per query while loading or catching up.
_READ_BATCH = 2000


@dataclass
class Replica:
    index: InvertedIndex = field(default_factory=InvertedIndex)
    loaded: bool = False
    # The newest change the replica has applied: (id, token), or (0, None) when the log was empty.
    change_id: int = 0
    change_token: int | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


_replicas: dict[tuple[str, str, str], Replica] = {}
_replicas_lock = threading.Lock()


def _after_fork_in_child() -> None:
    # A server that forks workers from a process that has started loading (gunicorn --preload) would
    # hand each worker locks held by a thread that does not exist there. Fresh locks; the replicas
    # themselves are consistent between steps (a load replaces the index at its end, and a catch-up
    # only moves the position after it is applied).
    global _replicas_lock
    _replicas_lock = threading.Lock()
    for replica in _replicas.values():
        replica.lock = threading.Lock()


os.register_at_fork(after_in_child=_after_fork_in_child)


def replica_for(alias: str, kind: str) -> Replica:
    key = (alias, str(connections[alias].settings_dict["NAME"]), kind)
    with _replicas_lock:
        replica = _replicas.get(key)
        if replica is None:
            replica = _replicas[key] = Replica()
        return replica


def replicas_loaded(alias: str = "default") -> dict[str, bool]:
    """The kinds this process has a replica of for ``alias``'s database, and whether each is loaded."""
    name = str(connections[alias].settings_dict["NAME"])
    with _replicas_lock:
        return {
            kind: replica.loaded for (a, n, kind), replica in _replicas.items() if (a, n) == (alias, name)
        }


def forget_replicas() -> None:
    """Drop every replica of this process (they load again on the next search)."""
    with _replicas_lock:
        _replicas.clear()


class MemoryBackend:
    """The database backend for writes; the process's replica for searches."""

    def __init__(self, database: DatabaseBackend) -> None:
        self.database = database
        self.alias = database.alias

    def index(self, entries: Sequence[PreparedEntry]) -> int:
        return self.database.index(entries)

    def remove(self, keys: Sequence[str]) -> int:
        return self.database.remove(keys)

    def expand(self, query: Query, words: Thesaurus | None) -> tuple[Query, Correction | None]:
        """``query`` expanded against the vocabulary of its kind's replica (search.backends.expansion);
        the database backends answer the same expanded query as the replica."""
        if words is None or query.clauses is not None or not query.text.strip():
            return query, None
        replica = replica_for(self.alias, query.kind)
        with replica.lock:
            synchronise(replica, self.alias, query.kind)
            return expand_query(query, replica.index, words)

    def search(self, query: Query, words: Thesaurus | None = None) -> RawResult:
        replica = replica_for(self.alias, query.kind)
        with replica.lock:
            synchronise(replica, self.alias, query.kind)
            correction = None
            if words is not None:
                query, correction = expand_query(query, replica.index, words)
            groups = [
                Group(terms=(), languages=languages, clauses=clauses)
                for clauses, languages in DatabaseBackend.language_groups(query).items()
            ]
            result = replica.index.search(
                groups=groups,
                filters=query.filters,
                city_id=query.city_id,
                include_platform_wide=query.include_platform_wide,
                sort=query.sort,
                offset=query.offset,
                limit=query.limit,
                facet_fields=query.facet_fields,
            )
        return RawResult(
            total=result.total,
            hits=self.database.fetch_hits(result.hits),
            facets=result.facets,
            query=query,
            correction=correction,
        )


def _newest_change(alias: str) -> tuple[int, int | None]:
    # Raw SQL: this runs before every search, and the ORM would cost more than the lookup itself.
    with connections[alias].cursor() as cursor:
        cursor.execute(f"SELECT id, token FROM {Change._meta.db_table} ORDER BY id DESC LIMIT 1")
        row = cursor.fetchone()
    return (0, None) if row is None else (int(row[0]), int(row[1]))


def synchronise(replica: Replica, alias: str, kind: str) -> None:
    """Bring the replica up to the newest change in the log (the caller holds ``replica.lock``).

    The newest change is read *before* the entries, so entries read later may be newer than it; the
    next catch-up applies them again, which changes nothing.
    """
    newest = _newest_change(alias)
    if replica.loaded and newest == (replica.change_id, replica.change_token):
        return
    if replica.loaded and replica.change_id and newest[0] > replica.change_id:
        # One statement, so one snapshot: the replica's own position and everything after it. Pruning
        # removes the oldest ids only (services.changes_prune), so if the position is still there,
        # nothing after it is missing; if it is gone or holds another token, load again.
        log = list(
            Change.objects.using(alias)
            .filter(pk__gte=replica.change_id, pk__lte=newest[0])
            .order_by("pk")
            .values_list("pk", "token", "entry_id")
        )
        if log and log[0][:2] == (replica.change_id, replica.change_token):
            changed = {entry_id for _pk, _token, entry_id in log[1:]}
            if len(changed) <= max(DELTA_RELOAD_MIN, DELTA_RELOAD_SHARE * len(replica.index)):
                replica.index.remove(changed)
                for batch in _batches(alias, kind, sorted(changed)):
                    replica.index.add(batch)
                replica.change_id, replica.change_token = newest
                if replica.index.dead < DELTA_RELOAD_MIN or replica.index.dead_ratio <= DEAD_RATIO_RELOAD:
                    return
    _load(replica, alias, kind, newest)


def _load(replica: Replica, alias: str, kind: str, newest: tuple[int, int | None]) -> None:
    index = InvertedIndex()
    for batch in _batches(alias, kind, None):
        index.add(batch)  # in batches: the analysed terms of every entry at once would be large
    replica.index = index
    replica.change_id, replica.change_token = newest
    replica.loaded = True


def _batches(alias: str, kind: str, entry_ids: list[int] | None) -> Iterable[list[Document]]:
    """The entries of ``kind`` (all of them, or those of ``entry_ids`` that are still of that kind), in
    batches by id, so that neither database hands over every entry's terms at once."""
    if entry_ids is not None:
        for start in range(0, len(entry_ids), _READ_BATCH):
            chunk = entry_ids[start : start + _READ_BATCH]
            yield _read(alias, f"e.kind = %s AND e.id IN ({', '.join(['%s'] * len(chunk))})", [kind, *chunk])
        return
    after = 0
    while batch := _read(alias, "e.kind = %s AND e.id > %s", [kind, after], limit=_READ_BATCH):
        yield batch
        if len(batch) < _READ_BATCH:
            return
        after = batch[-1].entry_id


def _microseconds(value: dt.datetime | str) -> int:
    """Microseconds since the epoch of a stored publication time: SQLite returns its text (UTC,
    "YYYY-MM-DD HH:MM:SS[.ffffff]"), PostgreSQL an aware datetime. Parsed here rather than by the ORM,
    whose per-row conversion took a quarter of a load."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return (value - _EPOCH) // _MICROSECOND


def _read(alias: str, where: str, params: list[Any], limit: int | None = None) -> list[Document]:
    """Entries ``e`` that pass ``where``, in id order (at most ``limit``), with their facet values."""
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT e.id, e.language, e.city_id, e.published_at, e.popularity, e.title_terms, e.text_terms,"
            " e.label_terms"
            f" FROM {Entry._meta.db_table} e WHERE {where} ORDER BY e.id"
            + ("" if limit is None else f" LIMIT {int(limit)}"),
            params,
        )
        rows = cursor.fetchall()
        if not rows:
            return []
        by_entry: defaultdict[int, list[tuple[str, str]]] = defaultdict(list)
        cursor.execute(
            f"SELECT f.entry_id, f.field, f.value FROM {EntryFacet._meta.db_table} f"
            f" JOIN {Entry._meta.db_table} e ON e.id = f.entry_id WHERE {where} AND e.id <= %s",
            [*params, rows[-1][0]],
        )
        for entry_id, name, value in cursor.fetchall():
            by_entry[entry_id].append((name, value))
    return [
        Document(
            entry_id=pk,
            language=language,
            city_id=city_id,
            published_at=_microseconds(published_at),
            popularity=popularity,
            title_terms=title_terms.split(),
            text_terms=text_terms.split(),
            facets=by_entry.get(pk, ()),
            label_terms=label_terms.split(),
        )
        for pk, language, city_id, published_at, popularity, title_terms, text_terms, label_terms in rows
    ]


def warm(alias: str = "default") -> list[str]:
    """Load a replica for every kind in the index, so that no visitor waits for the first load."""
    with connections[alias].cursor() as cursor:
        cursor.execute(f"SELECT DISTINCT kind FROM {Entry._meta.db_table}")
        kinds = sorted(row[0] for row in cursor.fetchall())
    for kind in kinds:
        replica = replica_for(alias, kind)
        with replica.lock:
            synchronise(replica, alias, kind)
    thesaurus()  # the file's synonyms and the editors'
    return kinds


def warm_in_background() -> threading.Thread:
    """Warm the replicas in a daemon thread (a server process calls this once when it starts); a search
    that arrives meanwhile waits for its kind's load instead of starting a second one."""

    def run() -> None:
        try:
            warm()
        except Exception:  # the first search loads instead; nothing here may stop the server
            logger.exception("Loading the search replicas failed; searches will load them.")
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name="search-warm", daemon=True)
    thread.start()
    return thread
