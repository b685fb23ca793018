"""Says in the log that a dependency (the cache, the queue) does not answer: once a minute, not per request.

A Redis that is down would otherwise write a warning for every page view; one line a minute per component
and process is enough for an operator to see when it started, that it goes on, and when it ended.
"""

from __future__ import annotations

import logging
import threading
import time

logger = logging.getLogger("microcity.outages")

# Seconds between two warnings about the same component.
EVERY = 60.0

_lock = threading.Lock()
_last_warned: dict[str, float] = {}
_suppressed: dict[str, int] = {}


def report(component: str, error: BaseException, consequence: str) -> None:
    """Log that `component` failed with `error` (and what happens instead), at most once per EVERY seconds."""
    now = time.monotonic()
    with _lock:
        last = _last_warned.get(component)
        if last is not None and now - last < EVERY:
            _suppressed[component] = _suppressed.get(component, 0) + 1
            return
        _last_warned[component] = now
        suppressed = _suppressed.pop(component, 0)
    logger.warning(
        "%s unavailable (%s: %s); %s%s",
        component,
        type(error).__name__,
        error,
        consequence,
        f" ({suppressed} more failures since the last warning)" if suppressed else "",
    )


def recovered(component: str) -> None:
    """Log once that `component` answers again (if it was reported as down)."""
    with _lock:
        if _last_warned.pop(component, None) is None:
            return
        _suppressed.pop(component, None)
    logger.warning("%s answers again", component)


def forget() -> None:
    """For tests: nothing reported yet."""
    with _lock:
        _last_warned.clear()
        _suppressed.clear()
