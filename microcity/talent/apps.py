"""Django application configuration for talent attraction."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TalentConfig(AppConfig):
    name = "microcity.talent"
    label = "talent"
    verbose_name = _("Talent attraction (LIVIN)")
