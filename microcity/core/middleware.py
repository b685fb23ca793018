"""Middleware of the platform: private responses, request ids, and answers for a missing database or file.

Keeps every page shown to a signed-in person out of shared and browser caches.

Pages and downloads for a signed-in person are theirs (a portfolio, a case, an export of youths' data): a
proxy must not keep them for the next person, and a browser must not keep them on disk for the next user
of a shared computer. One rule for every response instead of a header that each new view must remember
(decisions/0015).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation

from microcity.core import logs

logger = logging.getLogger(__name__)

# What a 503 asks clients (and crawlers) to wait before trying again, in seconds.
RETRY_AFTER_SECONDS = 30

PRIVATE = "private, no-store"


class PrivateResponsesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Asked before and after: a sign-out turns the user anonymous on the way, a sign-in the other way.
        signed_in = request.user.is_authenticated
        response = self.get_response(request)
        if signed_in or request.user.is_authenticated:
            _make_private(response)
        return response


def _make_private(response: HttpResponse) -> None:
    directives = {d.strip().lower() for d in response.get("Cache-Control", "").split(",") if d.strip()}
    if {"private", "no-store"} <= directives:
        return  # e.g. Django's never_cache: already stricter
    # Anything else (public, max-age, s-maxage) is overruled: no page for a signed-in person is shared.
    response["Cache-Control"] = PRIVATE


class RequestIdMiddleware:
    """Gives every request an id (the X-Request-ID a proxy sent, or a new one) that every log line written
    while serving it carries (core/logs.py) and that the response names in its own X-Request-ID."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        current = logs.new_request_id(request.headers.get("X-Request-ID"))
        token = logs.request_id.set(current)
        request.request_id = current  # type: ignore[attr-defined]
        try:
            response = self.get_response(request)
        finally:
            logs.request_id.reset(token)
        response["X-Request-ID"] = current
        return response


class UnavailableMiddleware:
    """A view that finds the database gone answers 503 (and says when to come back), not a 500; a stored
    file that is missing (lost, or on another copy's disk) answers 404 with a page that says so.

    Failures outside a view (a session read in a middleware) reach `core.views.server_error`, which
    answers the same 503; this middleware catches the view's own first, where DEBUG would show a traceback.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if is_database_unavailable(exception):
            return database_unavailable_response(request, exception)
        if isinstance(exception, FileNotFoundError):
            logger.warning("A stored file is missing: %s (%s)", exception, request.path, exc_info=exception)
            return render(request, "404_file.html", status=404)
        return None


def is_database_unavailable(exception: BaseException) -> bool:
    return isinstance(exception, OperationalError | InterfaceError)


def database_unavailable_response(request: HttpRequest, exception: BaseException) -> HttpResponse:
    """The translated 503 page, drawn without the database (no context processors, no session)."""
    logger.error("Database unavailable: %s: %s (%s)", type(exception).__name__, exception, request.path)
    language = translation.get_language_from_path(request.path_info) or translation.get_language() or "lv"
    with translation.override(language):
        body = render_to_string("503.html", {"language_code": language})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
