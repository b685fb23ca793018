"""Django application configuration for career support: portfolio, counselling and group activities."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "microcity.careers"
    label = "careers"
    verbose_name = _("Career support for youth")

    def ready(self) -> None:
        from microcity.careers import personal_data as careers_data
        from microcity.core import personal_data

        personal_data.register(
            "career_portfolio",
            exporter=careers_data.export_person_portfolio,
            eraser=careers_data.erase_person_careers,
        )
        personal_data.register("career_counselling", exporter=careers_data.export_person_counselling)
        personal_data.register("career_activities", exporter=careers_data.export_person_activities)
        from microcity.careers.models import Entry
        from microcity.core import birth_dates

        # A programme vouches for a verified portfolio entry, as done by this person at their age.
        birth_dates.register(
            "portfolio_verification",
            lambda person: Entry.objects.filter(portfolio__person=person, verified_at__isnull=False).exists(),
        )
