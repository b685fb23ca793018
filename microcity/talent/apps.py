"""Django application configuration for talent attraction."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TalentConfig(AppConfig):
    name = "microcity.talent"
    label = "talent"
    verbose_name = _("Talent attraction (LIVIN)")

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished

        from microcity.talent import indexing

        page_published.connect(indexing.page_published, dispatch_uid="talent-index-published")
        page_unpublished.connect(indexing.page_unpublished, dispatch_uid="talent-index-unpublished")
