"""View decorators shared by the programmes."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from microcity.core import registry
from microcity.core.models import City


def with_city(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Resolve the `city` URL slug to an active City, put it on the request, and pass it on.

    A page of a programme the city does not run (by the URL's namespace, core.registry.programmes)
    answers 404 with a page that says so and leads to what the city does offer."""

    @wraps(view)
    def wrapper(request: HttpRequest, city: str, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            city_obj = City.objects.get(slug=city, is_active=True)
        except City.DoesNotExist as exc:
            raise Http404("No such city") from exc
        request.city = city_obj  # type: ignore[attr-defined]
        match = request.resolver_match
        programme = registry.programmes.for_namespace(match.namespace) if match is not None else None
        if programme is not None and not city_obj.runs(programme.key):
            return render(
                request, "core/not_offered.html", {"city": city_obj, "programme": programme}, status=404
            )
        return view(request, city_obj, *args, **kwargs)

    return wrapper
