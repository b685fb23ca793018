"""The search index's generation, so that cached results and pages go stale at once.

Every write to the index (``index_entries``, ``index_remove``) moves the "search" generation on
(``core.pagecache``); search results cached here and whole public pages (``core.pagecache``) store the
generation they were computed under and are thrown away when that is no longer the current one. The
generation lives in the shared cache (Redis in production, the database cache otherwise), so every
process of a deployment sees the same one; results live in each process's own memory.
"""

from __future__ import annotations

from microcity.core import pagecache

NAME = "search"
GENERATION_KEY = f"{NAME}:generation"
# settings.CACHES alias of the process-local cache that holds results and pages.
LOCAL_CACHE = pagecache.LOCAL_CACHE


def generation() -> int:
    """The current generation of the index (created on first use)."""
    return pagecache.generation(NAME)


def bump() -> None:
    """Move the generation on now and once more when the surrounding transaction commits."""
    pagecache.bump(NAME)


def lookup(key: str) -> tuple[int, object | None]:
    """The current generation and what this process has cached under ``key`` for it (None if nothing)."""
    current, found = pagecache.lookup(key, (NAME,))
    return current[0], found


def store(key: str, current: int, value: object, timeout: int) -> None:
    """Cache ``value`` as computed under generation ``current``, in this process."""
    pagecache.store(key, (current,), value, timeout)
