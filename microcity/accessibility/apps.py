"""The accessibility statement and barrier reports (WCAG 2.1 AA under the EU Web Accessibility Directive)."""

from typing import Any

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    name = "microcity.accessibility"
    label = "accessibility"
    verbose_name = _("Accessibility")

    def ready(self) -> None:
        from microcity.accessibility import attention
        from microcity.accessibility.permissions import HANDLER_ROLES
        from microcity.core import registry

        def holds(user: Any, city: Any, roles: frozenset[str]) -> bool:
            return bool(roles & HANDLER_ROLES)

        registry.start_page.register_link(
            registry.StartPageLink(
                key="accessibility.reports",
                label=_("Accessibility barrier reports"),
                url=lambda city: reverse("accessibility:reports", kwargs={"city": city.slug}),
                shown=holds,
                order=95,
            )
        )
        registry.attention.register("accessibility.reports", attention.reports, order=95)
        from microcity.accessibility.services import erase_person_reports, export_person_reports

        registry.personal_data.register(
            "accessibility_reports",
            exporter=export_person_reports,
            eraser=erase_person_reports,
            about="The accessibility barriers you reported: page, description, assistive technology, "
            "status and the answer you were given.",
            covers=("accessibility.BarrierReport",),
        )
