"""View decorators shared by the programmes."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse

from microcity.core.models import City


def with_city(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Resolve the `city` URL slug to an active City, put it on the request, and pass it on."""

    @wraps(view)
    def wrapper(request: HttpRequest, city: str, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            city_obj = City.objects.get(slug=city, is_active=True)
        except City.DoesNotExist as exc:
            raise Http404("No such city") from exc
        request.city = city_obj  # type: ignore[attr-defined]
        return view(request, city_obj, *args, **kwargs)

    return wrapper
