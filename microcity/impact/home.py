"""What the results app shows on a city's home page: the results strip (headline numbers of the current
period, each linking to its place on the results page) and a card to the results and open data."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from microcity.core.registry import CityHomeCard, HeadlineNumber
from microcity.impact import selectors


def headline_numbers(city: Any) -> list[HeadlineNumber]:
    period = selectors.default_period(selectors.periods())
    found = selectors.results(
        scope=selectors.Scope.for_period(city, period), period=period, with_series=False
    )
    address = reverse("impact:city_results", kwargs={"city": city.slug})
    query = f"?period={period.slug}" if period is not None else ""
    return [
        HeadlineNumber(label=r.label, value=r.total.count, url=f"{address}{query}#indicator-{r.key}")
        for r in found.indicators
        if r.recorded and not r.total.suppressed
    ]


def home_cards(city: Any) -> list[CityHomeCard]:
    if city is None:
        return [
            CityHomeCard(
                url=reverse("impact:results"),
                title=_("Results"),
                summary=_("What the programmes achieved, counted from their records, against the targets."),
                icon="bi-bar-chart",
                call_to_action=_("See the results"),
            )
        ]
    if not city.programme_keys:
        # A city that runs no programme has no results to show; its home page says so instead.
        return []
    return [
        CityHomeCard(
            url=reverse("impact:city_results", kwargs={"city": city.slug}),
            title=_("Results and open data"),
            summary=_("What the programmes achieved, counted from their records, against the targets."),
            icon="bi-bar-chart",
            call_to_action=_("See the results"),
        )
    ]
