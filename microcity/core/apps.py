"""Django application configuration for the core domain."""

from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The generation of shared public pages that show cities and organisations (core/pagecache.py).
SITE_GENERATION = "site"


def site_changed(sender: Any, **kwargs: Any) -> None:
    """A city or an organisation changed: pages that show one are stale (cache bookkeeping, no rule)."""
    from microcity.core import pagecache

    pagecache.bump(SITE_GENERATION)


class CoreConfig(AppConfig):
    name = "microcity.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from microcity.core.models import City, Organisation

        for model in (City, Organisation):
            post_save.connect(
                site_changed, sender=model, dispatch_uid=f"pagecache-site-save-{model.__name__}"
            )
            post_delete.connect(
                site_changed, sender=model, dispatch_uid=f"pagecache-site-delete-{model.__name__}"
            )
