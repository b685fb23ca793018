"""Whole-page caching of public lists built from the search index, for visitors without a session.

A visitor who has never signed in, has no pending messages and sends no session cookie gets the
same page as every other such visitor for the same address, so the rendered response can be shared.
It stays valid until the search index changes (``search.cache`` generation) and at most ``timeout``
seconds, which bounds how long a job past its deadline (expiry is checked when the page is built)
can still be listed. Pages that are cached this way must not contain per-visitor data such as a CSRF
token: forms that post live on their own pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from microcity.search import cache as search_cache

View = Callable[..., HttpResponse]


def _shareable(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _nothing_personal(request: HttpRequest, response: HttpResponse) -> bool:
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


def cache_public_page(*, timeout: int = 120) -> Callable[[View], View]:
    """Serve the view's 200 responses to session-less visitors from the cache (see the module)."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _shareable(request):
                return view(request, *args, **kwargs)
            variant = "htmx" if request.headers.get("HX-Request") == "true" else "page"
            address = f"{view.__module__}.{view.__qualname__}|{variant}|{request.get_full_path()}"
            key = "page:" + hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
            current, cached = search_cache.lookup(key)
            if isinstance(cached, tuple):
                content, content_type = cached
                response = HttpResponse(content, content_type=content_type)
                response["X-Page-Cache"] = "hit"
                return response
            response = view(request, *args, **kwargs)
            if (
                response.status_code == 200
                and not response.streaming
                and _nothing_personal(request, response)
            ):
                search_cache.store(key, current, (response.content, response["Content-Type"]), timeout)
            return response

        return wrapper

    return decorator
