"""Django application configuration for investor attraction."""

from typing import Any

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class InvestorsConfig(AppConfig):
    name = "microcity.investors"
    label = "investors"
    verbose_name = _("Investor attraction")

    def ready(self) -> None:
        from microcity.core import registry
        from microcity.investors import attention, permissions
        from microcity.investors.selectors import open_hiring_needs

        registry.programmes.register(
            registry.Programme(
                key="investors",
                label=_("Investor attraction"),
                url_namespaces=("investors",),
                order=60,
            )
        )
        registry.coming_programmes.unregister("investors")
        registry.city_home_cards.register("investors", home_cards, order=60)
        registry.hiring_plans.register_provider("investors.hiring_plans", open_hiring_needs)

        def in_city(name: str) -> Any:
            return lambda city: reverse(name, kwargs={"city": city.slug})

        def manager(user: Any, city: Any, roles: frozenset[str]) -> bool:
            return bool(roles & permissions.LEAD_ROLES)

        for link in (
            registry.StartPageLink(
                key="investors.board",
                label=_("Investor pipeline"),
                url=in_city("investors:board"),
                shown=manager,
                order=80,
            ),
            registry.StartPageLink(
                key="investors.leads",
                label=_("Investor leads"),
                url=in_city("investors:leads"),
                shown=manager,
                order=81,
            ),
            registry.StartPageLink(
                key="investors.report",
                label=_("Investor attraction report"),
                url=in_city("investors:report"),
                shown=manager,
                order=82,
            ),
            registry.StartPageLink(
                key="investors.offer",
                label=_("Investment offer"),
                url=in_city("investors:offer"),
                shown=manager,
                order=83,
            ),
        ):
            registry.start_page.register_link(link)
        registry.attention.register("investors.leads", attention.leads, order=80)


def home_cards(city: Any) -> list[Any]:
    from microcity.core.registry import CityHomeCard

    if city is None:
        return []
    return [
        CityHomeCard(
            url=reverse("investors:offer", kwargs={"city": city.slug}),
            title=_("Invest here"),
            summary=_("Sites, premises and incentives for companies, with one contact person at the city."),
            icon="bi-building-up",
            call_to_action=_("See the investment offer"),
            programme="investors",
        )
    ]
