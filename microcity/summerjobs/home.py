"""The summer jobs programme on a city's home page: its card, and registration that is open now (for
youths or for employers) with the date it closes, in one query.

Public pages that show the season (the city's home page, the summer-jobs landing page) are shared between
anonymous visitors (core/pagecache.py) under the "summerjobs" generation, moved by every save of a season,
its periods and priority groups, a placement or a match run; the moments its registration windows open and
close are told to the page cache, so a window that closes at 17:00 is closed on the first request after."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.core import pagecache, registry
from microcity.core.dates import long_date

# The generation of shared public pages that show a season (core/pagecache.py).
GENERATION = "summerjobs"


def connect_generation() -> None:
    from microcity.summerjobs.models import MatchRun, Placement, PriorityGroup, Season, SeasonPeriod

    pagecache.bump_on_change(GENERATION, Season, SeasonPeriod, PriorityGroup, Placement, MatchRun)


def season_moments(season: Any) -> None:
    """Tell a shared page the moments when the season's registration windows open and close."""
    for moment in (
        season.employer_registration_opens,
        season.employer_registration_closes,
        season.youth_registration_opens,
        season.youth_registration_closes,
    ):
        pagecache.changes_at(moment)


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
    registry.home_generations.register(GENERATION)


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
    season_moments(season)
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
