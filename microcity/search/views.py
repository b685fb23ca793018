"""One search box for a city: a section per search source that the programmes register (core.registry)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from microcity.core.decorators import with_city
from microcity.core.models import City
from microcity.core.registry import search_sources
from microcity.search.pagecache import cache_public_page
from microcity.search.selectors import search
from microcity.search.templatetags.search_correction import exact_requested


@cache_public_page()
@with_city
def city_search(request: HttpRequest, city: City) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    language = (get_language() or "lv")[:2]
    sections = []
    corrected_query = ""
    exact = exact_requested(request.GET)
    if query:
        for source in search_sources.sections(city):
            result = search(
                kind=source.kind,
                query=query,
                filters={"language": [language]} if source.by_language else {},
                city_id=city.pk if source.city_only else None,
                include_platform_wide=not source.city_only,
                per_page=5,
                correct=not exact,
            )
            corrected_query = corrected_query or result.corrected_query
            resolved = search_sources.resolve([hit.key for hit in result.hits])
            hits = [(resolved[hit.key], hit.snippet) for hit in result.hits if hit.key in resolved]
            sections.append(
                {
                    "kind": source.kind,
                    "title": source.section,
                    "total": result.total,
                    "hits": hits,
                    "more_url": source.more_url(city) if source.more_url else "",
                    "more_label": source.more_label,
                }
            )
    return render(
        request,
        "search/city_search.html",
        {"city": city, "query": query, "sections": sections, "corrected_query": corrected_query},
    )
