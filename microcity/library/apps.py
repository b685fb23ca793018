"""Django application configuration for the materials library."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "microcity.library"
    label = "library"
    verbose_name = _("Career-education materials")

    def ready(self) -> None:
        from microcity.library.selectors import resolve_hits
        from microcity.search.registry import register

        register("library.material", resolve_hits)
