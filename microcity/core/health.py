"""What `/healthz/ready` tells the load balancer: whether this copy can serve, dependency by dependency.

Each check names its dependency, its state and how long it took. A dependency the copy cannot serve without
(the database, the file storage) that fails makes the copy "error" and the answer 503, so the load balancer
sends people elsewhere; one it can do without (Redis as cache or queue: the database cache and the outbox
stand in; a search replica still loading: the first search loads it) makes it "degraded", with 200.
Apps add their own checks with `register` (core imports no app: search registers its replica).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection

OK, DEGRADED, ERROR = "ok", "degraded", "error"


class Degraded(Exception):  # noqa: N818 - a state, not a failure
    """Raised by a check whose dependency works, but not fully (the message says how)."""


@dataclass(frozen=True)
class Check:
    name: str
    # Returns a short detail when the dependency answers; raises Degraded, or anything else when it does not.
    run: Callable[[], str]
    # Whether the copy can serve without it: a failed required check is "error", any other "degraded".
    required: bool


_checks: dict[str, Check] = {}


def register(name: str, run: Callable[[], str], *, required: bool) -> None:
    _checks[name] = Check(name=name, run=run, required=required)


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def _cache() -> str:
    ping = getattr(cache, "ping", None)
    if ping is None:  # the database or local-memory cache: a read is the test
        cache.get("healthz:probe")
        return type(cache).__name__
    try:
        ping()
    except Exception as error:
        raise Degraded(f"Redis does not answer ({type(error).__name__}); using the database cache") from error
    return "redis"


def _queue() -> str:
    from microcity.core import outbox
    from microcity.core.tasks import queue_ping

    try:
        kind = queue_ping()
    except Exception as error:
        pending = outbox.messages_pending()
        raise Degraded(
            f"the queue does not answer ({type(error).__name__}); {pending} messages wait in the outbox"
        ) from error
    if given_up := outbox.messages_given_up():
        raise Degraded(
            f"{given_up} outbox messages failed {outbox.MAX_ATTEMPTS} times and wait for an operator"
        )
    return kind


def _storage() -> str:
    if isinstance(default_storage, FileSystemStorage):
        location = default_storage.location
        os.makedirs(location, exist_ok=True)  # as the storage itself would on the first upload
        if not os.access(location, os.W_OK):
            raise OSError(f"the media folder is not writable: {location}")
        return "local folder (shared by every copy only if it is a shared volume)"
    # Object storage: a question about a name that is not there must still be answered.
    default_storage.exists("healthz-probe")
    return type(default_storage).__name__


register("database", _database, required=True)
register("cache", _cache, required=False)
register("queue", _queue, required=False)
register("storage", _storage, required=True)


def _run(check: Check) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        detail, state = check.run(), OK
    except Degraded as degraded:
        detail, state = str(degraded), DEGRADED
    except Exception as error:  # noqa: BLE001 - any failure of a dependency is its state, not ours
        detail = f"{type(error).__name__}: {error}"[:300]
        state = ERROR if check.required else DEGRADED
    return {"state": state, "latency_ms": round((time.perf_counter() - started) * 1000, 1), "detail": detail}


def readiness() -> tuple[str, dict[str, dict[str, Any]]]:
    """The overall state and each check's result. The database goes first: others may need it."""
    results = {name: _run(check) for name, check in _checks.items()}
    states = {result["state"] for result in results.values()}
    overall = ERROR if ERROR in states else DEGRADED if DEGRADED in states else OK
    return overall, results
