"""Django application configuration for career support: portfolio, counselling and group activities."""

from typing import Any

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "microcity.careers"
    label = "careers"
    verbose_name = _("Career support for youth")

    def ready(self) -> None:
        from microcity.accounts.models import Role
        from microcity.careers import home
        from microcity.careers import personal_data as careers_data
        from microcity.core import registry

        home.register()
        registry.sitemap.register("careers", sitemap_pages)
        home.connect_generation()

        registry.personal_data.register(
            "career_portfolio",
            exporter=careers_data.export_person_portfolio,
            eraser=careers_data.erase_person_careers,
            about="Your digital career portfolio: profile, entries of every section, reflections, goals, "
            "self-assessments and who you shared it with.",
            covers=("careers.Portfolio",),
        )
        registry.personal_data.register(
            "career_counselling",
            exporter=careers_data.export_person_counselling,
            about="Career counselling sessions: time, counsellor, status, topics and agreed next steps.",
            covers=("careers.Booking",),
        )
        registry.personal_data.register(
            "career_activities",
            exporter=careers_data.export_person_activities,
            about="Group activities (career days, job-shadow days, camps) you registered for, and attendance.",
            covers=("careers.Registration",),
        )
        registry.verified_experience.register("careers.portfolio", record_verified_experience)
        from microcity.careers.models import Entry
        from microcity.core import birth_dates

        # A programme vouches for a verified portfolio entry, as done by this person at their age.
        birth_dates.register(
            "portfolio_verification",
            lambda person: Entry.objects.filter(portfolio__person=person, verified_at__isnull=False).exists(),
        )

        def in_city(name: str) -> Any:
            return lambda city: reverse(name, kwargs={"city": city.slug})

        def holds(*wanted: str) -> Any:
            return lambda user, city, roles: bool(roles & set(wanted))

        youth, guardian, counsellor = holds(Role.YOUTH), holds(Role.GUARDIAN), holds(Role.COUNSELLOR)
        for link in (
            registry.StartPageLink(
                key="careers.portfolio",
                label=_("My career portfolio"),
                url=lambda city: reverse("portfolio:overview"),
                shown=youth,
                order=60,
            ),
            registry.StartPageLink(
                key="careers.counselling",
                label=_("Book a career counsellor"),
                url=in_city("careers:counselling"),
                shown=youth,
                order=61,
            ),
            registry.StartPageLink(
                key="careers.activities_youth",
                label=_("Career activities"),
                url=in_city("careers:activities"),
                shown=youth,
                order=62,
            ),
            registry.StartPageLink(
                key="careers.youths",
                label=_("My child's career portfolio"),
                url=lambda city: reverse("portfolio:youths"),
                shown=guardian,
                order=63,
            ),
            registry.StartPageLink(
                key="careers.sessions",
                label=_("Counselling: my sessions"),
                url=in_city("careers:sessions"),
                shown=counsellor,
                order=64,
            ),
            registry.StartPageLink(
                key="careers.availability",
                label=_("Counselling: my availability"),
                url=in_city("careers:availability"),
                shown=counsellor,
                order=65,
            ),
            registry.StartPageLink(
                key="careers.activities_counsellor",
                label=_("Career activities"),
                url=in_city("careers:activities"),
                shown=counsellor,
                order=66,
            ),
            registry.StartPageLink(
                key="careers.overview",
                label=_("Career support overview"),
                url=in_city("careers:overview"),
                shown=holds(Role.PROGRAMME_COORDINATOR, Role.CITY_ADMINISTRATOR),
                order=67,
            ),
            registry.StartPageLink(
                key="careers.activities_teacher",
                label=_("Career activities"),
                url=in_city("careers:activities"),
                shown=holds(Role.TEACHER),
                order=68,
            ),
        ):
            registry.start_page.register_link(link)
        from microcity.careers import attention

        registry.attention.register("careers.counsellor", attention.counsellor, order=20)
        registry.attention.register("careers.youth", attention.youth, order=21)
        registry.attention.register("careers.activities_open", attention.activities_open, order=90)


def record_verified_experience(experience: Any) -> None:
    """Experience another programme vouches for becomes a verified entry of the youth's portfolio."""
    from microcity.careers.models import Section
    from microcity.careers.services import portfolio_add_verified_entry

    portfolio_add_verified_entry(
        person=experience.person,
        section=Section.EXPERIENCE,
        title=experience.title,
        source_key=experience.source_key,
        source_label=experience.source_label,
        organisation_name=experience.organisation_name,
        description=experience.description,
        starts_on=experience.starts_on,
        ends_on=experience.ends_on,
        hours=experience.hours,
        occupation=experience.occupation,
    )


def sitemap_pages(city: Any) -> list[tuple[str, Any]]:
    """Career support's public pages of the city for /sitemap.xml: counselling, activities and each upcoming
    activity."""
    from microcity.careers.selectors import activities_upcoming

    return [
        (reverse("careers:counselling", kwargs={"city": city.slug}), None),
        (reverse("careers:activities", kwargs={"city": city.slug}), None),
        *[
            (reverse("careers:activity", kwargs={"city": city.slug, "pk": pk}), None)
            for pk in activities_upcoming(city=city).values_list("pk", flat=True)
        ],
    ]
