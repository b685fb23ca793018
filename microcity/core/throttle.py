"""A small fixed-window rate limit over the shared cache, for public forms that send e-mail."""

from __future__ import annotations

from django.core.cache import cache


def allow(key: str, *, limit: int, seconds: int) -> bool:
    """True while `key` has been used fewer than `limit` times in the current window."""
    cache_key = f"throttle:{key}"
    if cache.add(cache_key, 1, timeout=seconds):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=seconds)
        return True
    return count <= limit
