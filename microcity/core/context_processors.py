"""Puts the current city and the language links into every template."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language


@lru_cache(maxsize=4096)
def _language_url(path: str, code: str, active: str | None) -> str:
    # translate_url resolves the path (which depends on the active language, hence the key) and reverses
    # it in the other language, about half a millisecond a language on every page; the URL configuration
    # does not change while the process runs, so the answer for a path is always the same.
    return translate_url(path, code)


def platform(request: HttpRequest) -> dict[str, Any]:
    path = request.get_full_path()
    active = get_language()
    language_links = [
        {"code": code, "name": name, "url": _language_url(path, code, active)}
        for code, name in settings.LANGUAGES
    ]
    return {
        "current_city": getattr(request, "city", None),
        "language_links": language_links,
    }
