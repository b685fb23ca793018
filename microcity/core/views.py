"""Public pages of the platform: the home page, each city's home page and the health check.

The home pages show the cards that the programmes register (core.registry), so core imports none."""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from microcity.core import health, registry, selectors
from microcity.core.decorators import with_city
from microcity.core.middleware import database_unavailable_response, is_database_unavailable
from microcity.core.models import City, OrganisationKind
from microcity.core.pagecache import cache_public_page


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    cities = list(selectors.cities_public())
    programmes = registry.platform_home_cards.for_city(None)
    return render(request, "core/home.html", {"cities": cities, "programmes": programmes})


@cache_public_page(depends_on=registry.home_generations.names, timeout=120)
@require_GET
@with_city
def city_home(request: HttpRequest, city: City) -> HttpResponse:
    """The city's front door; anonymous visitors share it until what a programme shows here changes
    (registry.home_generations) or a moment that a provider told (pagecache.changes_at) comes."""
    partners = list(
        selectors.organisations_in(city=city).filter(is_partner=True).order_by("kind", "name")[:24]
    )
    schools = list(
        selectors.organisations_in(city=city)
        .filter(kind__in=[OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY])
        .order_by("name")[:24]
    )
    return render(
        request,
        "core/city_home.html",
        {
            "city": city,
            "partners": partners,
            "schools": schools,
            "programmes": registry.city_home_cards.for_city(city),
            "open_now": registry.open_now.for_city(city),
            # The results strip: empty (and not shown) until the results page registers its numbers.
            "results": registry.city_results.for_city(city),
        },
    )


@require_GET
def about(request: HttpRequest) -> HttpResponse:
    return render(request, "core/about.html")


@never_cache
@require_GET
def healthz_live(request: HttpRequest) -> JsonResponse:
    """The process answers (nothing else is asked: a copy whose database is down is alive, not ready)."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Ready: 200 when this copy can serve ("ok", or "degraded" with what it does without), else 503."""
    status, checks = health.readiness()
    body: dict[str, object] = {"status": status, "checks": checks}
    if checks["database"]["state"] == health.OK:
        body["database"] = checks["database"]["detail"]  # the vendor, as /healthz always said
    return JsonResponse(body, status=503 if status == health.ERROR else 200)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database that does not answer is a 503 with Retry-After; anything else Django's 500."""
    error = sys.exc_info()[1]
    if error is not None and is_database_unavailable(error):
        return database_unavailable_response(request, error)
    return defaults.server_error(request)
