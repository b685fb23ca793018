"""Public pages of the platform: the home page, each city's home page and the health check.

The home pages show the cards that the programmes register (core.registry), so core imports none."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from microcity.core import registry, selectors
from microcity.core.decorators import with_city
from microcity.core.models import City, OrganisationKind


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    cities = list(selectors.cities_public())
    programmes = registry.platform_home_cards.for_city(None)
    return render(request, "core/home.html", {"cities": cities, "programmes": programmes})


@require_GET
@with_city
def city_home(request: HttpRequest, city: City) -> HttpResponse:
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
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any database failure means "not healthy"
        return JsonResponse(
            {"status": "error", "database": "unavailable", "detail": type(exc).__name__}, status=503
        )
    return JsonResponse({"status": "ok", "database": connection.vendor})
