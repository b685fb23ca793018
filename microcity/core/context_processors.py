"""Puts the current city and the language links into every template."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url


def platform(request: HttpRequest) -> dict[str, Any]:
    path = request.get_full_path()
    language_links = [
        {"code": code, "name": name, "url": translate_url(path, code)} for code, name in settings.LANGUAGES
    ]
    return {
        "current_city": getattr(request, "city", None),
        "language_links": language_links,
    }
