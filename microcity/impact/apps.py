"""Django application configuration for results (impact): the public results pages, open data, targets,
the staff drill-down and frozen reports, all computed from the outcome ledger."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The page-cache generation of everything computed from the ledger (core/pagecache.py).
LEDGER_GENERATION = "ledger"


class ImpactConfig(AppConfig):
    name = "microcity.impact"
    label = "impact"
    verbose_name = _("Results")

    def ready(self) -> None:
        from microcity.core import pagecache, registry
        from microcity.core.models import OutcomeRecord
        from microcity.impact import home, permissions
        from microcity.impact.models import ReportingPeriod, Target

        # Cache bookkeeping only: any ledger row, target or period written makes results pages stale.
        pagecache.bump_on_change(LEDGER_GENERATION, OutcomeRecord, Target, ReportingPeriod)
        registry.home_generations.register(LEDGER_GENERATION)
        registry.city_results.register("impact", home.headline_numbers, order=10)
        registry.city_home_cards.register("impact", home.home_cards, order=90)
        registry.platform_home_cards.register("impact", home.home_cards, order=90)

        def manages(user: Any, city: Any, roles: frozenset[str]) -> bool:
            return bool(roles & permissions.RESULTS_ROLES)

        from django.urls import reverse

        registry.start_page.register_link(
            registry.StartPageLink(
                key="impact.manage",
                label=_("Results, targets and frozen reports"),
                url=lambda city: reverse("impact:manage", kwargs={"city": city.slug}),
                shown=manages,
                order=95,
                programme="",
            )
        )
        registry.staff_menu.register(
            registry.StaffMenuItem(
                key="impact.manage",
                label=_("Results and targets"),
                url_name="impact:manage",
                allowed=permissions.can_manage_results,
                icon_name="table",
                order=880,
            )
        )
