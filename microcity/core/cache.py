"""Django's Redis cache that keeps the site up while Redis is down.

Every operation goes to Redis; when Redis does not answer, it goes to the FALLBACK cache alias instead (the
database cache for "default", so that sign-in throttling and the per-address limits keep counting), or,
with no fallback, misses quietly (a get finds nothing, a set keeps nothing). After a failure Redis is left
alone for RETRY_AFTER seconds, so that a Redis that hangs costs one timeout, not one per request; then it is
tried again, and when it answers everything goes back to it without a restart. The failure is logged once a
minute (core/outages.py). Settings: OPTIONS {"FALLBACK": "<alias>"} besides redis-py's connection options.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from django.core.cache import BaseCache, caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from microcity.core import outages

# Seconds during which a Redis that just failed is not asked again (per process and server address).
RETRY_AFTER = 5.0
# Errors that mean "Redis did not answer", as against a mistake of the caller (incr of a missing key).
UNREACHABLE = (RedisError, OSError)

_down_until: dict[str, float] = {}
_lock = threading.Lock()


class ResilientRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        options = dict(params.get("OPTIONS") or {})
        self._fallback_alias: str | None = options.pop("FALLBACK", None)
        # Without timeouts, a Redis behind a dropped connection would hold every request for minutes.
        options.setdefault("socket_connect_timeout", 1.0)
        options.setdefault("socket_timeout", 1.0)
        super().__init__(server, {**params, "OPTIONS": options})
        self._server_key = str(server)

    # --- the one path every operation takes -------------------------------------------------------
    def _redis_is_resting(self) -> bool:
        with _lock:
            return time.monotonic() < _down_until.get(self._server_key, 0.0)

    def _fallback(self) -> BaseCache | None:
        return caches[self._fallback_alias] if self._fallback_alias else None

    def _call(self, name: str, default: Any, *args: Any, **kwargs: Any) -> Any:
        if not self._redis_is_resting():
            try:
                result = getattr(super(), name)(*args, **kwargs)
            except UNREACHABLE as error:
                with _lock:
                    _down_until[self._server_key] = time.monotonic() + RETRY_AFTER
                outages.report(
                    "cache (Redis)",
                    error,
                    f"using the {self._fallback_alias!r} cache" if self._fallback_alias else "cache misses",
                )
            else:
                outages.recovered("cache (Redis)")
                return result
        fallback = self._fallback()
        if fallback is None:
            return default
        return getattr(fallback, name)(*args, **kwargs)

    def ping(self) -> None:
        """Ask Redis itself (never the fallback), for the readiness check; raises if it does not answer."""
        self._cache.get_client(write=True).ping()  # type: ignore[attr-defined]

    # --- Django's cache API -----------------------------------------------------------------------
    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return bool(self._call("add", False, key, value, timeout, version=version))

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        return self._call("get", default, key, default, version=version)

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        self._call("set", None, key, value, timeout, version=version)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return bool(self._call("touch", False, key, timeout, version=version))

    def delete(self, key: Any, version: int | None = None) -> bool:
        return bool(self._call("delete", False, key, version=version))

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        return dict(self._call("get_many", {}, keys, version=version))

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return bool(self._call("has_key", False, key, version=version))

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        result = self._call("incr", None, key, delta, version=version)
        if result is None:  # neither Redis nor a fallback: as for a key that is not there
            raise ValueError(f"Key '{key}' not found")
        return int(result)

    def set_many(self, data: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[Any]:
        return list(self._call("set_many", list(data), data, timeout, version=version))

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._call("delete_many", None, keys, version=version)

    def clear(self) -> None:
        self._call("clear", None)
