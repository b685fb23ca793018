"""The breadcrumb trail of a public page: Home › City › Programme › Page.

`{% breadcrumbs city _("Jobs") jobs_url job.title %}`: the city (or None for a page of the whole
platform), then label and address pairs, and last the current page's label (no address). The platform's
home and the city's home come first by themselves."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(city: Any, *parts: Any) -> dict[str, Any]:
    if len(parts) % 2 != 1:
        raise template.TemplateSyntaxError(
            "breadcrumbs takes the city, label and address pairs, then the current page's label"
        )
    trail = [{"label": _("Home"), "url": reverse("core:home")}]
    if city is not None:
        trail.append({"label": city.name, "url": reverse("core:city", kwargs={"city": city.slug})})
    for index in range(0, len(parts) - 1, 2):
        trail.append({"label": parts[index], "url": parts[index + 1]})
    return {"trail": trail, "current": parts[-1]}
