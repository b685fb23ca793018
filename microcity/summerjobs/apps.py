"""Django application configuration for the youth summer employment programme."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SummerJobsConfig(AppConfig):
    name = "microcity.summerjobs"
    label = "summerjobs"
    verbose_name = _("Youth summer employment")

    def ready(self) -> None:
        from microcity.core import personal_data
        from microcity.summerjobs.services import erase_person_applications, export_person_applications

        personal_data.register(
            "summer_jobs", exporter=export_person_applications, eraser=erase_person_applications
        )
        from microcity.core import birth_dates
        from microcity.summerjobs.models import Application, Contract

        # Eligibility, the working-time limits and the documents a youth needs all follow the age.
        birth_dates.register(
            "summer_application", lambda person: Application.objects.filter(youth=person).exists()
        )
        birth_dates.register(
            "summer_contract",
            lambda person: Contract.objects.filter(assignment__application__youth=person).exists(),
        )
