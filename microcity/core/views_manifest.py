"""The web app manifest: the platform's name in the visitor's language, its colours and icons."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

THEME_COLOUR = "#1d4f91"


@require_GET
@cache_control(public=True, max_age=60 * 60 * 24)
def manifest(request: HttpRequest) -> JsonResponse:
    language = get_language() or "lv"
    data = {
        "name": _("Microcity: jobs, career support and a good life in a small city"),
        "short_name": "Microcity",
        "description": _("Microcity: jobs, career support and a good life in a small city."),
        "lang": language,
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response
