"""Django application configuration for the core domain."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "microcity.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from microcity.accounts.models import GuardianLink
        from microcity.core import birth_dates

        # A guardian's consent names the youth as a minor: their age is a fact the consent relies on.
        birth_dates.register(
            "guardian_link", lambda person: GuardianLink.objects.filter(youth=person).exists()
        )
