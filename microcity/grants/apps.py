"""Django application configuration for the innovation grants (ZĪLE)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GrantsConfig(AppConfig):
    name = "microcity.grants"
    label = "grants"
    verbose_name = _("Innovation grants (ZĪLE)")

    def ready(self) -> None:
        from microcity.grants import home

        home.register()
