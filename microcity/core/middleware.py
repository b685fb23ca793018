"""Keeps every page shown to a signed-in person out of shared and browser caches.

Pages and downloads for a signed-in person are theirs (a portfolio, a case, an export of youths' data): a
proxy must not keep them for the next person, and a browser must not keep them on disk for the next user
of a shared computer. One rule for every response instead of a header that each new view must remember
(decisions/0015).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

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
