"""Django application configuration for the makerspace (DARE) and EdTech rooms: machines, inductions,
bookings and usage."""

from typing import Any

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class MakerspaceConfig(AppConfig):
    name = "microcity.makerspace"
    label = "makerspace"
    verbose_name = _("Makerspace (DARE)")

    def ready(self) -> None:
        from microcity.accounts.models import Role
        from microcity.core import registry
        from microcity.makerspace import attention, personal_data
        from microcity.makerspace.permissions import INSTRUCTOR_ROLES, REPORT_ROLES

        registry.programmes.register(
            registry.Programme(
                key="makerspace", label=_("Makerspace (DARE)"), url_namespaces=("makerspace",), order=50
            )
        )
        registry.coming_programmes.unregister("makerspace")
        registry.city_home_cards.register("makerspace", home_cards, order=50)

        def in_city(name: str) -> Any:
            return lambda city: reverse(name, kwargs={"city": city.slug})

        def holds(wanted: frozenset[str]) -> Any:
            return lambda user, city, roles: bool(roles & wanted)

        for link in (
            registry.StartPageLink(
                key="makerspace.index",
                label=_("Makerspace: machines and booking"),
                url=in_city("makerspace:index"),
                shown=holds(frozenset({Role.YOUTH, Role.TEACHER})),
                order=80,
            ),
            registry.StartPageLink(
                key="makerspace.mine",
                label=_("My makerspace bookings"),
                url=in_city("makerspace:mine"),
                shown=holds(frozenset({Role.YOUTH, Role.TEACHER})),
                order=81,
            ),
            registry.StartPageLink(
                key="makerspace.desk",
                label=_("Makerspace: today's bookings"),
                url=in_city("makerspace:desk"),
                shown=holds(INSTRUCTOR_ROLES),
                order=82,
            ),
            registry.StartPageLink(
                key="makerspace.inductions",
                label=_("Makerspace: inductions"),
                url=in_city("makerspace:inductions"),
                shown=holds(INSTRUCTOR_ROLES),
                order=83,
            ),
            registry.StartPageLink(
                key="makerspace.report",
                label=_("Makerspace: usage report"),
                url=in_city("makerspace:report"),
                shown=holds(REPORT_ROLES),
                order=84,
            ),
        ):
            registry.start_page.register_link(link)
        registry.attention.register("makerspace.desk", attention.desk, order=80)
        registry.personal_data.register(
            "makerspace",
            exporter=personal_data.export_person,
            eraser=personal_data.erase_person,
            about="The makerspace: your member type, the inductions you were given, your bookings, the time "
            "and consumables used and what they cost.",
            covers=("makerspace.Member", "makerspace.Induction", "makerspace.Booking"),
        )


def home_cards(city: Any) -> list[Any]:
    from microcity.core.registry import CityHomeCard

    if city is None:
        return []
    return [
        CityHomeCard(
            url=reverse("makerspace:index", kwargs={"city": city.slug}),
            title=_("Makerspace"),
            summary=_(
                "Book a laser cutter, 3D printer or a room, take an induction and make your idea real."
            ),
            icon="bi-tools",
            call_to_action=_("See machines and free times"),
            programme="makerspace",
        )
    ]
