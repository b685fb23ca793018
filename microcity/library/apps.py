"""Django application configuration for the materials library."""

from typing import Any

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "microcity.library"
    label = "library"
    verbose_name = _("Career-education materials")

    def ready(self) -> None:
        from microcity.core import registry
        from microcity.library.selectors import resolve_hits

        # The materials library is the same for every city (the sitemap lists an address once).
        registry.sitemap.register("library", lambda city: [(reverse("library:index"), None)])

        registry.search_sources.register(
            registry.SearchSource(
                prefix="library.material",
                kind="material",
                resolver=resolve_hits,
                section=_("Career-education materials"),
                city_only=False,
                more_label=_("All matching materials"),
                more_url=lambda city: reverse("library:index"),
                order=30,
            )
        )
        # The library is the same for every city: a city that does not run it only loses its card.
        registry.programmes.register(
            registry.Programme(key="library", label=_("Career-education materials"), order=40)
        )
        registry.city_home_cards.register("library", home_cards, order=40)
        from microcity.library import attention
        from microcity.library.permissions import REVIEWER_ROLES, SUBMITTER_ROLES

        def holds(wanted: frozenset[str]) -> Any:
            return lambda user, city, roles: bool(roles & wanted)

        for link in (
            registry.StartPageLink(
                key="library.index",
                label=_("Career-education materials"),
                url=lambda city: reverse("library:index"),
                shown=holds(SUBMITTER_ROLES),
                order=70,
            ),
            registry.StartPageLink(
                key="library.new",
                label=_("Submit a material"),
                url=lambda city: reverse("library:new"),
                shown=holds(SUBMITTER_ROLES),
                order=71,
            ),
            registry.StartPageLink(
                key="library.mine",
                label=_("My materials"),
                url=lambda city: reverse("library:mine"),
                shown=holds(SUBMITTER_ROLES),
                order=72,
            ),
            registry.StartPageLink(
                key="library.review",
                label=_("Materials waiting for review"),
                url=lambda city: reverse("library:review_queue"),
                shown=holds(REVIEWER_ROLES),
                order=73,
            ),
        ):
            registry.start_page.register_link(link)
        registry.attention.register("library.materials", attention.materials, order=70)
        registry.platform_home_cards.register("library", home_cards, order=40)


def home_cards(city: Any) -> list[Any]:
    """The library is the same for every city, so it is on the platform's home page too."""
    from microcity.core.registry import CityHomeCard

    return [
        CityHomeCard(
            url=reverse("library:index"),
            title=_("Career-education materials"),
            summary=_(
                "Lesson plans, worksheets and guides on careers for teachers, counsellors and parents."
            ),
            icon="bi-journal-bookmark",
            call_to_action=_("Find materials"),
            programme="library",
        )
    ]
