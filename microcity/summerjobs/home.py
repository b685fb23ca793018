"""The summer jobs programme on a city's home page: its card, and registration that is open now (for
youths or for employers) with the date it closes, in one query."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.core import registry
from microcity.core.dates import long_date


def register() -> None:
    registry.programmes.register(
        registry.Programme(
            key="summerjobs",
            label=gettext_lazy("Summer jobs for youths"),
            url_namespaces=("summerjobs",),
            order=30,
        )
    )
    registry.city_home_cards.register("summerjobs", home_cards, order=30)
    registry.open_now.register("summerjobs", open_now, order=10)


def home_cards(city: Any) -> list[registry.CityHomeCard]:
    return [
        registry.CityHomeCard(
            url=reverse("summerjobs:season", kwargs={"city": city.slug}),
            title=gettext_lazy("Summer jobs for youths"),
            summary=gettext_lazy(
                "A paid summer job with a local employer for youths from 13, places given by a fair lottery."
            ),
            icon="bi-sun",
            call_to_action=gettext_lazy("How to take part"),
            programme="summerjobs",
        )
    ]


def open_now(city: Any) -> list[registry.OpenNowItem]:
    from microcity.summerjobs.models import Season

    season = Season.objects.filter(city=city).order_by("-year", "name").first()
    if season is None:
        return []
    now = timezone.now()
    url = reverse("summerjobs:season", kwargs={"city": city.slug})
    items = []
    if season.youth_registration_open(now):
        closes = season.youth_registration_closes
        items.append(
            registry.OpenNowItem(
                title=_("Summer jobs: youths apply now"),
                detail=_("Registration is open until %(date)s")
                % {"date": long_date(closes, "dative", year=False)},
                url=url,
                icon="bi-sun",
                programme="summerjobs",
                when=closes,
            )
        )
    if season.employer_registration_open(now):
        closes = season.employer_registration_closes
        items.append(
            registry.OpenNowItem(
                title=_("Summer jobs: employers offer placements"),
                detail=_("Registration is open until %(date)s")
                % {"date": long_date(closes, "dative", year=False)},
                url=url,
                icon="bi-building",
                programme="summerjobs",
                when=closes,
            )
        )
    return items
