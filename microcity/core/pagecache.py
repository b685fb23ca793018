"""Whole public pages shared between visitors without a session, made stale by named generations.

A visitor who has never signed in, has no pending messages and sends no session cookie gets the same
page as every other such visitor for the same address, so the rendered response can be shared.

**Generations.** Each kind of content that public pages are built from has a generation: a number in
the shared cache (``default``: Redis in production, the database cache otherwise), moved on whenever
that content changes (``bump``): "search" by every write to the search index, "site" by a change to a
city or an organisation (core/apps.py), "guide" by a published, unpublished, moved or deleted living
guide page (talent/apps.py). A page stores the generations it was built under and is thrown away as
soon as one of them has moved, so a published change is seen on the next request, by every copy of the
application behind a load balancer. A missing generation starts from the clock, so an evicted one can
never make an old page current again. A page is also never served on another day than the one it was
built on (a job's deadline passes at midnight without a write), and ``timeout`` bounds whatever else no
generation tracks.

**Moments.** What changes at a given moment without any write (a registration window that closes at
17:00, an activity that ends) is told by the code that reads it: ``changes_at(moment)`` while the page
is rendered. The page is then kept only until the earliest such moment, to the microsecond, so the
first request after it gets a fresh page.

**Storage.** Pages live in each process's own memory (the ``local`` cache alias): a miss writes nothing
shared (with the database cache on SQLite every cache write takes the database's write lock), and a hit
costs one small read of the shared cache for the generations (docs/decisions/0012, 0020).

**What is never shared.** Only GET/HEAD 200 responses rendered without anything of the visitor's: no
CSRF token used, no cookie set, no ``Cache-Control`` of the view's own, no session change, no queued
message. Signed-in people (a session cookie) always get a fresh page. Responses say ``Vary: Cookie,
HX-Request`` so that an HTTP cache on the way keeps the same rule.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import BaseCache, cache, caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers

View = Callable[..., HttpResponse]

# settings.CACHES alias of the process-local cache that holds pages (and search results).
LOCAL_CACHE = "local"
VARY = ("Cookie", "HX-Request")


def _key(name: str) -> str:
    return f"{name}:generation"


def _fresh() -> int:
    # From the clock, not from 1: if the key is evicted, pages cached under an old small number can never
    # be mistaken for current ones.
    return time.time_ns()


def generations(names: Iterable[str]) -> tuple[int, ...]:
    """The current generation of each name (created on first use), in one round trip to the cache."""
    names = tuple(names)
    found = cache.get_many([_key(name) for name in names])
    values = []
    for name in names:
        value = found.get(_key(name))
        if value is None:
            cache.add(_key(name), _fresh(), timeout=None)
            value = cache.get(_key(name))
        values.append(int(value or 0))
    return tuple(values)


def generation(name: str) -> int:
    return generations((name,))[0]


def _bump_now(name: str) -> None:
    try:
        cache.incr(_key(name))
    except ValueError:  # evicted or never set
        cache.set(_key(name), _fresh(), timeout=None)


def bump(name: str) -> None:
    """Move the generation on now and once more when the surrounding transaction commits.

    Now, so that reads in this transaction do not see pages cached before the write; after commit,
    because another process may have cached a page read before the commit under the new number.
    """
    _bump_now(name)
    transaction.on_commit(lambda: _bump_now(name))


def local_cache() -> BaseCache:
    return caches[LOCAL_CACHE]


# The earliest moment (a POSIX timestamp) at which the page being built changes without a write; None
# outside a cached view or when nothing was told.
_changes_at: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "pagecache_changes_at", default=None
)
_collecting: contextvars.ContextVar[bool] = contextvars.ContextVar("pagecache_collecting", default=False)


def changes_at(moment: dt.datetime | None) -> None:
    """Tell the page being built that what it shows changes at ``moment`` without any write (a window
    closes, an activity ends): the page is not served from the cache from that moment on. Harmless
    outside a cached page; a moment in the past is ignored (it has already happened)."""
    if moment is None or not _collecting.get():
        return
    stamp = moment.timestamp()
    if stamp <= time.time():
        return
    earliest = _changes_at.get()
    if earliest is None or stamp < earliest:
        _changes_at.set(stamp)


def lookup(key: str, names: Iterable[str]) -> tuple[tuple[int, ...], object | None]:
    """The current generations and what this process has cached under ``key`` for them (None if nothing)."""
    current = generations(names)
    stored = local_cache().get(key)
    if stored is not None and stored[0] == current and (stored[2] is None or time.time() < stored[2]):
        return current, stored[1]
    return current, None


def store(
    key: str, current: tuple[int, ...], value: object, timeout: int, *, until: float | None = None
) -> None:
    """Cache ``value`` as built under the generations ``current``, in this process, for at most ``timeout``
    seconds and not at or after the POSIX time ``until``."""
    if until is not None:
        left = until - time.time()
        if left <= 0:
            return
        timeout = min(timeout, max(1, int(left) + 1))  # the entry's own `until` is the exact bound
    local_cache().set(key, (current, value, until), timeout)


def shareable(request: HttpRequest) -> bool:
    """Whether the visitor is one of the many who would all get the same page."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def nothing_personal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response carries nothing of this visitor's: no token, cookie, session or message."""
    session = getattr(request, "session", None)
    messages = getattr(request, "_messages", None)
    return not (
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or response.cookies
        or response.has_header("Cache-Control")
        or (session is not None and session.modified)
        or (messages is not None and getattr(messages, "_queued_messages", None))
    )


def page_key(view: View, request: HttpRequest) -> str:
    variant = "htmx" if request.headers.get("HX-Request") == "true" else "page"
    # The local date too: what is open (a job's deadline, a season's period) changes at midnight without
    # any write, so no page built on one day is served on the next.
    address = (
        f"{view.__module__}.{view.__qualname__}|{variant}|{timezone.localdate().isoformat()}|"
        f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    )
    return "page:" + hashlib.blake2b(address.encode(), digest_size=16).hexdigest()


def cache_public_page(
    *, depends_on: Iterable[str] | Callable[[], Iterable[str]], timeout: int = 120
) -> Callable[[View], View]:
    """Serve the view's 200 responses to session-less visitors from the cache (see the module).

    ``depends_on`` names the generations whose content the page shows (or is a function returning them,
    asked on each request: what programmes registered); put the decorator outermost, so that a hit skips
    the view's own work (finding the city, permission checks).
    """
    fixed = None if callable(depends_on) else tuple(depends_on)

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not shareable(request):
                response = view(request, *args, **kwargs)
                patch_vary_headers(response, VARY)
                return response
            key = page_key(view, request)
            names = fixed if fixed is not None else tuple(depends_on())  # type: ignore[operator]
            current, cached = lookup(key, names)
            if isinstance(cached, tuple):
                content, content_type = cached
                response = HttpResponse(content, content_type=content_type)
                response["X-Page-Cache"] = "hit"
                patch_vary_headers(response, VARY)
                return response
            collecting = _collecting.set(True)
            moment = _changes_at.set(None)
            try:
                response = view(request, *args, **kwargs)
                if response.status_code == 200 and not response.streaming:
                    if hasattr(response, "render") and callable(response.render):
                        response.render()  # a TemplateResponse (a Wagtail page) is rendered late otherwise
                    if nothing_personal(request, response):
                        content = (response.content, response["Content-Type"])
                        store(key, current, content, timeout, until=_changes_at.get())
            finally:
                _changes_at.reset(moment)
                _collecting.reset(collecting)
            patch_vary_headers(response, VARY)
            return response

        return wrapper

    return decorator


def bump_on_change(name: str, *models: type, ignore_fields: frozenset[str] = frozenset()) -> None:
    """Move the generation ``name`` whenever a row of one of ``models`` is saved or deleted (cache
    bookkeeping, no business rule). A save of only ``ignore_fields`` (a user's ``last_login``) does not."""
    from django.db.models.signals import post_delete, post_save

    def saved(sender: Any, update_fields: Iterable[str] | None = None, **kwargs: Any) -> None:
        if update_fields is not None and ignore_fields and set(update_fields) <= ignore_fields:
            return
        bump(name)

    def deleted(sender: Any, **kwargs: Any) -> None:
        bump(name)

    for model in models:
        label = f"{model._meta.app_label}.{model.__name__}"  # type: ignore[attr-defined]
        post_save.connect(saved, sender=model, weak=False, dispatch_uid=f"pagecache-{name}-save-{label}")
        post_delete.connect(
            deleted, sender=model, weak=False, dispatch_uid=f"pagecache-{name}-delete-{label}"
        )
