"""Django application configuration for talent attraction."""

from typing import Any

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class TalentConfig(AppConfig):
    name = "microcity.talent"
    label = "talent"
    verbose_name = _("Talent attraction (LIVIN)")

    def ready(self) -> None:
        from django.db.models.signals import post_delete
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from microcity.core import registry
        from microcity.talent import indexing
        from microcity.talent import permissions as can
        from microcity.talent.relocation import erase_person_cases, export_person_cases
        from microcity.talent.selectors import resolve_job_hits, resolve_page_hits

        registry.personal_data.register(
            "relocation_cases", exporter=export_person_cases, eraser=erase_person_cases
        )
        registry.search_sources.register(
            registry.SearchSource(
                prefix="talent.job",
                kind="job",
                resolver=resolve_job_hits,
                section=_("Jobs"),
                more_label=_("All matching jobs"),
                more_url=lambda city: reverse("talent:jobs", kwargs={"city": city.slug}),
                order=10,
            )
        )
        registry.search_sources.register(
            registry.SearchSource(
                prefix="talent.page",
                kind="page",
                resolver=resolve_page_hits,
                section=_("Living guide"),
                by_language=True,
                order=20,
            )
        )
        registry.city_home_cards.register("talent", city_home_cards, order=10)
        for link in (
            registry.StartPageLink(
                key="talent.cases",
                label=_("Relocation cases"),
                url=lambda city: reverse("talent:case_board", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: can.can_work_cases(user, city),
                order=30,
            ),
            registry.StartPageLink(
                key="talent.jobs",
                label=_("Jobs"),
                url=lambda city: reverse("talent:jobs", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: can.can_post_job(user) or can.can_review_jobs(user, city),
                order=40,
            ),
        ):
            registry.start_page.register_link(link)
        registry.start_page.register_personal_link(
            registry.PersonalLink(
                key="talent.my_relocation", label=_("My move"), url_name="talent:my_relocation", order=10
            )
        )
        page_published.connect(indexing.page_published, dispatch_uid="talent-index-published")
        page_unpublished.connect(indexing.page_unpublished, dispatch_uid="talent-index-unpublished")
        for signal, name in (
            (page_published, "published"),
            (page_unpublished, "unpublished"),
            (post_page_move, "moved"),
        ):
            signal.connect(indexing.guide_changed, dispatch_uid=f"talent-guide-{name}")
        post_delete.connect(indexing.guide_changed, sender=Page, dispatch_uid="talent-guide-deleted")


def city_home_cards(city: Any) -> list[Any]:
    """The living guide (once the city has one in this language), the contact point and the jobs board."""
    from django.utils.translation import get_language

    from microcity.core.registry import CityHomeCard
    from microcity.talent.models import LivingGuideIndexPage

    language = (get_language() or "lv")[:2]
    cards = []
    if LivingGuideIndexPage.objects.live().filter(city=city, locale__language_code=language).exists():
        cards.append(
            CityHomeCard(
                url=reverse("talent:living", kwargs={"city": city.slug}),
                title=_("Living guide"),
                summary=_(
                    "Housing, schools, healthcare, leisure and documents, and stories of people who moved."
                ),
            )
        )
    return [
        *cards,
        CityHomeCard(
            url=reverse("talent:relocate", kwargs={"city": city.slug}),
            title=_("Moving here"),
            summary=_("A personal consultant helps you and your family find jobs, housing and schools."),
        ),
        CityHomeCard(
            url=reverse("talent:jobs", kwargs={"city": city.slug}),
            title=_("Jobs"),
            summary=_("Vacancies of local employers, each with its salary range; new jobs by e-mail."),
        ),
    ]
