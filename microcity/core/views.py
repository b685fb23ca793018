"""Public pages of the platform: the home page, each city's home page and the health check."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from microcity.core import selectors
from microcity.core.decorators import with_city
from microcity.core.models import City, OrganisationKind


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    cities = list(selectors.cities_public())
    return render(request, "core/home.html", {"cities": cities})


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
        {"city": city, "partners": partners, "schools": schools, "programmes": programmes_for(city)},
    )


def programmes_for(city: City) -> list[dict[str, str]]:
    """Entries to the programmes that this installation has built; none is linked before it exists."""
    from microcity.talent.models import LivingGuideIndexPage

    language = (get_language() or "lv")[:2]
    entries = []
    if LivingGuideIndexPage.objects.live().filter(city=city, locale__language_code=language).exists():
        entries.append(
            {
                "url": reverse("talent:living", kwargs={"city": city.slug}),
                "title": _("Living guide"),
                "summary": _(
                    "Housing, schools, healthcare, leisure and documents, and stories of people who moved."
                ),
            }
        )
    return entries + [
        {
            "url": reverse("talent:relocate", kwargs={"city": city.slug}),
            "title": _("Moving here"),
            "summary": _("A personal consultant helps you and your family find jobs, housing and schools."),
        },
        {
            "url": reverse("talent:jobs", kwargs={"city": city.slug}),
            "title": _("Jobs"),
            "summary": _("Vacancies of local employers, each with its salary range; new jobs by e-mail."),
        },
        {
            "url": reverse("library:index"),
            "title": _("Career-education materials"),
            "summary": _(
                "Lesson plans, worksheets and guides on careers for teachers, counsellors and parents."
            ),
        },
    ]


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
