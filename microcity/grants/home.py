"""What grants contribute to shared pages (core.registry): the programme, the city home card, start-page
buttons per role and what waits for a person on their start page; and the note of "coming" goes."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from microcity.core import registry


def register() -> None:
    from microcity.grants import attention, permissions

    registry.programmes.register(
        registry.Programme(
            key="grants", label=_("Innovation grants (ZĪLE)"), url_namespaces=("grants",), order=50
        )
    )
    registry.coming_programmes.unregister("grants")
    registry.city_home_cards.register("grants", home_cards, order=50)

    def city_url(name: str) -> Any:
        return lambda city: reverse(name, kwargs={"city": city.slug})

    for link in (
        registry.StartPageLink(
            key="grants.manage",
            label=_("Innovation grants: calls and applications"),
            url=city_url("grants:manage"),
            shown=lambda user, city, roles: bool(roles & permissions.COORDINATOR_ROLES),
            order=60,
        ),
        registry.StartPageLink(
            key="grants.reviews",
            label=_("Innovation grants: my reviews"),
            url=city_url("grants:reviews"),
            shown=lambda user, city, roles: bool(roles & permissions.EVALUATOR_ROLES),
            order=61,
        ),
        registry.StartPageLink(
            key="grants.mine",
            label=_("Innovation grants: our applications"),
            url=city_url("grants:mine"),
            shown=lambda user, city, roles: bool(roles & permissions.APPLICANT_ROLES),
            order=62,
        ),
    ):
        registry.start_page.register_link(link)
    registry.attention.register("grants.work", attention.work, order=60)
    registry.personal_data.register(
        "grant_applications", exporter=export_person_applications, about=PERSONAL_DATA_ABOUT
    )


PERSONAL_DATA_ABOUT = _(
    "Innovation-grant applications you made for an organisation: the call, the organisation, the project, "
    "its status, when it was submitted and the grant requested."
)


def export_person_applications(person: Any) -> list[dict[str, Any]]:
    """The grant applications a person made (they belong to the organisation and stay when the person
    leaves; the link to the person is then cleared by the account's deletion)."""
    from microcity.grants.models import Application

    if person.user_id is None:
        return []
    return [
        {
            "call": a.call.title,
            "organisation": a.organisation.name,
            "title": a.title,
            "status": a.status,
            "submitted_at": a.submitted_at,
            "requested": a.requested,
        }
        for a in Application.objects.filter(applicant_id=person.user_id).select_related(
            "call", "organisation"
        )
    ]


def home_cards(city: Any) -> list[registry.CityHomeCard]:
    return [
        registry.CityHomeCard(
            url=reverse("grants:index", kwargs={"city": city.slug}),
            title=_("Innovation grants (ZĪLE)"),
            summary=_(
                "Small grants for companies' innovation: the calls, how to apply and the funded projects."
            ),
            icon="bi-lightbulb",
            call_to_action=_("See the calls"),
            programme="grants",
        )
    ]
