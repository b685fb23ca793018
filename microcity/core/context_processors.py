"""Puts the current city, the language links and the user's start-page roles into every template."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url

from microcity.accounts import permissions


def platform(request: HttpRequest) -> dict[str, Any]:
    path = request.get_full_path()
    language_links = [
        {"code": code, "name": name, "url": translate_url(path, code)} for code, name in settings.LANGUAGES
    ]
    user = getattr(request, "user", None)
    return {
        "current_city": getattr(request, "city", None),
        "language_links": language_links,
        "is_city_staff": bool(user and permissions.is_city_staff(user)),
    }
