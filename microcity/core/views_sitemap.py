"""/sitemap.xml (the sitemaps.org protocol) and /robots.txt: the public pages of every active city in every
language, with each programme's pages from `registry.sitemap` (jobs with their last change, guides…)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.etree import ElementTree as ET  # noqa: S405 - we write XML, never parse it

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from microcity.core import exports, registry
from microcity.core.links import absolute_url
from microcity.core.models import City

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# Sign-in, accounts, personal and staff pages: nothing there for a search engine.
PRIVATE_PREFIXES = ("accounts/", "account/", "staff/", "portfolio/", "pages/_util/")


def sitemap_entries() -> list[tuple[str, Any]]:
    entries: list[tuple[str, Any]] = []
    cities = list(City.objects.filter(is_active=True).order_by("pk"))
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            entries += [(reverse("core:home"), None), (reverse("core:about"), None)]
            for city in cities:
                entries.append((reverse("core:city", kwargs={"city": city.slug}), None))
                entries += registry.sitemap.for_city(city)
    return entries


def _lastmod(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat() if isinstance(value, dt.date) else ""


@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    ET.register_namespace("", NS)
    urlset = ET.Element(f"{{{NS}}}urlset")
    seen: set[str] = set()
    for path, lastmod in sitemap_entries():
        location = absolute_url(path)
        if location in seen:
            continue
        seen.add(location)
        url = ET.SubElement(urlset, f"{{{NS}}}url")
        ET.SubElement(url, f"{{{NS}}}loc").text = exports.clean_text(location)
        if stamp := _lastmod(lastmod):
            ET.SubElement(url, f"{{{NS}}}lastmod").text = stamp
    body = ET.tostring(urlset, encoding="utf-8", xml_declaration=True)
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_GET
def robots(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *"]
    lines += ["Disallow: /admin/", "Disallow: /django-admin/", "Disallow: /documents/"]
    lines += [f"Disallow: /*/{prefix}" for prefix in PRIVATE_PREFIXES]
    lines += ["", f"Sitemap: {absolute_url('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
