"""A small fixed-window rate limit over the shared cache, for public forms that send e-mail.

Each window has its own counter (the window's number is part of the key), and the counter's expiry is
set to the window's end after every increment: some cache backends (the database cache among them)
implement `incr` as get-then-set and so give the counter their default timeout again on each increment.
"""

from __future__ import annotations

import time

from django.core.cache import cache


def allow(key: str, *, limit: int, seconds: int) -> bool:
    """True while `key` has been used fewer than `limit` times in the current window of `seconds`."""
    now = time.time()
    window = int(now // seconds)
    cache_key = f"throttle:{key}:{seconds}:{window}"
    expires_in = int((window + 1) * seconds - now) + 1  # the rest of the window, rounded up
    if cache.add(cache_key, 1, timeout=expires_in):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=expires_in)
        return True
    cache.touch(cache_key, timeout=expires_in)
    return count <= limit
