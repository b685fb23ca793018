"""A generation number for the search index, so that cached results and pages go stale at once.

Every write to the index (``index_entries``, ``index_remove``) moves the generation on; anything
cached from the index (search results here, whole public pages in ``core.pagecache``) stores the
generation it was computed under and is thrown away when that is no longer the current one. The
generation lives in the shared cache (Redis in production, the database cache otherwise), so every
process of a deployment sees the same one.
"""

from __future__ import annotations

import time

from django.core.cache import BaseCache, cache, caches
from django.db import transaction

GENERATION_KEY = "search:generation"
# settings.CACHES alias of the process-local cache that holds results and pages.
LOCAL_CACHE = "local"


def _fresh() -> int:
    # A new generation starts from the clock, not from 1: if the key is evicted, results cached under an
    # old small number can never be mistaken for current ones.
    return time.time_ns()


def generation() -> int:
    """The current generation of the index (created on first use)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _fresh(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return int(value or 0)


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # evicted or never set
        cache.set(GENERATION_KEY, _fresh(), timeout=None)


def bump() -> None:
    """Move the generation on now and once more when the surrounding transaction commits.

    Now, so that reads in this transaction do not see results cached before the write; after commit,
    because another process may have cached results read before the commit under the new number.
    """
    _bump()
    transaction.on_commit(_bump)


def _local() -> BaseCache:
    return caches[LOCAL_CACHE]


def lookup(key: str) -> tuple[int, object | None]:
    """The current generation and what this process has cached under ``key`` for it (None if nothing).

    Results and pages are kept in the process's own memory (the "local" cache): a miss then costs no
    write to a shared store (with the database cache on SQLite every write would take the database's
    write lock), and only the generation, one small read, comes from the shared cache.
    """
    current = generation()
    stored = _local().get(key)
    if stored is not None and stored[0] == current:
        return current, stored[1]
    return current, None


def store(key: str, current: int, value: object, timeout: int) -> None:
    """Cache ``value`` as computed under generation ``current``, in this process."""
    _local().set(key, (current, value), timeout)
