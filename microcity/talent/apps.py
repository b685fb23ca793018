"""Django application configuration for talent attraction."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TalentConfig(AppConfig):
    name = "microcity.talent"
    label = "talent"
    verbose_name = _("Talent attraction (LIVIN)")

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished

        from microcity.core import personal_data
        from microcity.search.registry import register
        from microcity.talent.relocation import erase_person_cases, export_person_cases

        personal_data.register("relocation_cases", exporter=export_person_cases, eraser=erase_person_cases)
        from microcity.talent import indexing
        from microcity.talent.selectors import resolve_job_hits, resolve_page_hits

        register("talent.job", resolve_job_hits)
        register("talent.page", resolve_page_hits)
        page_published.connect(indexing.page_published, dispatch_uid="talent-index-published")
        page_unpublished.connect(indexing.page_unpublished, dispatch_uid="talent-index-unpublished")
