"""One search box for a city: its jobs, its living guide and the materials library, in one page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from microcity.core.decorators import with_city
from microcity.core.models import City
from microcity.search.registry import resolve
from microcity.search.selectors import search

SECTIONS = [
    ("job", _("Jobs"), True),
    ("page", _("Living guide"), True),
    ("material", _("Career-education materials"), False),
]


@with_city
def city_search(request: HttpRequest, city: City) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    language = (get_language() or "lv")[:2]
    sections = []
    if query:
        for kind, title, city_only in SECTIONS:
            filters = {"language": [language]} if kind == "page" else {}
            result = search(
                kind=kind,
                query=query,
                filters=filters,
                city_id=city.pk if city_only else None,
                include_platform_wide=not city_only,
                per_page=5,
            )
            resolved = resolve([hit.key for hit in result.hits])
            hits = [(resolved[hit.key], hit.snippet) for hit in result.hits if hit.key in resolved]
            sections.append({"kind": kind, "title": title, "total": result.total, "hits": hits})
    return render(request, "search/city_search.html", {"city": city, "query": query, "sections": sections})
