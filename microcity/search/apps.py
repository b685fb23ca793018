"""Django application configuration for the search service."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "microcity.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from microcity.core import health
        from microcity.search.health import replica_check

        health.register("search", replica_check, required=False)
