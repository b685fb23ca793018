"""Django application configuration for the search service."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "microcity.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from microcity.core import health, pagecache
        from microcity.search.cache import NAME
        from microcity.search.health import replica_check
        from microcity.search.models import SynonymGroup

        health.register("search", replica_check, required=False)
        # Editors' synonyms change what searches find: cached results and pages go, and the thesaurus
        # is built again (search.backends.expansion).
        pagecache.bump_on_change(NAME, SynonymGroup)
