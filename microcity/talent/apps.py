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

        from microcity.accounts.models import Role
        from microcity.core import registry
        from microcity.talent import indexing
        from microcity.talent import permissions as can
        from microcity.talent.relocation import erase_person_cases, export_person_cases
        from microcity.talent.selectors import resolve_job_hits, resolve_page_hits, sitemap_pages
        from microcity.talent.services import export_person_job_alerts

        registry.personal_data.register(
            "relocation_cases",
            exporter=export_person_cases,
            eraser=erase_person_cases,
            about="Your relocation cases with the contact point: intake, stage, offers and follow-ups.",
            covers=("talent.RelocationCase",),
        )
        registry.personal_data.register(
            "job_alerts",
            exporter=export_person_job_alerts,
            about="Job alerts confirmed from your e-mail address: the search, when it started and stopped.",
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
        registry.programmes.register(
            registry.Programme(
                key="talent",
                label=_("Jobs, living guide and relocation"),
                url_namespaces=("talent",),
                order=10,
            )
        )
        registry.city_home_cards.register("talent", city_home_cards, order=10)
        registry.sitemap.register("talent", sitemap_pages)
        from microcity.talent.selectors import workforce_figures
        from microcity.talent.services import job_draft_from_need

        registry.workforce_figures.register("talent.jobs", workforce_figures, order=10)
        registry.hiring_plans.register_handler("talent.draft_jobs", job_draft_from_need)
        registry.open_now.register("talent", open_now, order=40)
        # Its cards (the living guide's) and "new jobs this week" (from the search index's writes).
        registry.home_generations.register("search", indexing.GUIDE_GENERATION)
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
            registry.StartPageLink(
                key="talent.my_jobs",
                label=_("Our jobs"),
                url=lambda city: reverse("talent:my_jobs", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: Role.EMPLOYER_REPRESENTATIVE in roles,
                order=41,
            ),
            registry.StartPageLink(
                key="talent.review",
                label=_("Jobs waiting for review"),
                url=lambda city: reverse("talent:review_queue", kwargs={"city": city.slug}),
                shown=lambda user, city, roles: can.can_review_jobs(user, city),
                order=42,
            ),
            registry.StartPageLink(
                key="talent.guide_moderation",
                label=_("Living guide: pages to moderate (back office)"),
                url=lambda city: reverse("wagtailadmin_home"),
                shown=lambda user, city, roles: Role.CONTENT_EDITOR in roles,
                order=43,
            ),
        ):
            registry.start_page.register_link(link)
        from microcity.talent import attention

        registry.attention.register("talent.relocation", attention.relocation, order=30)
        registry.attention.register("talent.reviews", attention.reviews, order=40)
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
    """The jobs board, the living guide (once the city has one in this language) and the contact point."""
    from django.utils.translation import get_language

    from microcity.core.registry import CityHomeCard
    from microcity.talent.models import LivingGuideIndexPage

    language = (get_language() or "lv")[:2]
    cards = [
        CityHomeCard(
            url=reverse("talent:jobs", kwargs={"city": city.slug}),
            title=_("Jobs"),
            summary=_("Vacancies of local employers, each with its salary range; new jobs by e-mail."),
            icon="bi-briefcase",
            call_to_action=_("See the jobs"),
            programme="talent",
        )
    ]
    if LivingGuideIndexPage.objects.live().filter(city=city, locale__language_code=language).exists():
        cards.append(
            CityHomeCard(
                url=reverse("talent:living", kwargs={"city": city.slug}),
                title=_("Living guide"),
                summary=_(
                    "Housing, schools, healthcare, leisure and documents, and stories of people who moved."
                ),
                icon="bi-house-heart",
                call_to_action=_("Read the living guide"),
                programme="talent",
            )
        )
    cards.append(
        CityHomeCard(
            url=reverse("talent:relocate", kwargs={"city": city.slug}),
            title=_("Moving here"),
            summary=_("A personal consultant helps you and your family find jobs, housing and schools."),
            icon="bi-signpost-split",
            call_to_action=_("Ask the contact point"),
            programme="talent",
        )
    )
    return cards


def open_now(city: Any) -> list[Any]:
    """Jobs published this week (one query)."""
    import datetime as dt

    from django.db.models import Count, Min
    from django.utils import timezone
    from django.utils.translation import ngettext

    from microcity.core import pagecache
    from microcity.core.registry import OpenNowItem
    from microcity.talent.selectors import open_jobs

    since = timezone.now() - dt.timedelta(days=7)
    found = (
        open_jobs(city=city)
        .filter(published_at__gte=since)
        .aggregate(n=Count("pk"), first=Min("published_at"))
    )
    count = found["n"]
    if not count:
        return []
    # The count falls when the week of the earliest of them is over, without a write.
    pagecache.changes_at(found["first"] + dt.timedelta(days=7))
    return [
        OpenNowItem(
            title=ngettext("%(n)d new job this week", "%(n)d new jobs this week", count) % {"n": count},
            detail=_("From local employers, with the salary range"),
            url=reverse("talent:jobs", kwargs={"city": city.slug}),
            icon="bi-briefcase",
            programme="talent",
        )
    ]
