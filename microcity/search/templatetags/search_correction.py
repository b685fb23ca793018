"""``{% search_correction corrected_query query %}``: "Showing results for … — search instead for …"
above the results of a search whose query was corrected (docs/decisions/0026)."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()

# The parameter that asks for the query exactly as typed (no correction); search views read it.
EXACT_PARAMETER = "exact"


@register.inclusion_tag("search/includes/correction.html", takes_context=True)
def search_correction(context: dict[str, Any], corrected_query: str, query: str) -> dict[str, Any]:
    request = context.get("request")
    instead = ""
    corrected = ""
    if request is not None:
        params = request.GET.copy()
        params.pop("page", None)
        params[EXACT_PARAMETER] = "1"
        instead = f"{request.path}?{params.urlencode()}"
        params["q"] = corrected_query
        params.pop(EXACT_PARAMETER)
        corrected = f"{request.path}?{params.urlencode()}"
    return {
        "corrected_query": corrected_query,
        "query": query,
        "instead_url": instead,
        "corrected_url": corrected,
    }


def exact_requested(params: Any) -> bool:
    """Whether a request's parameters ask for the query as typed."""
    return str(params.get(EXACT_PARAMETER, "")) == "1"
