"""Django application configuration for accounts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "microcity.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from allauth.mfa.signals import authenticator_added

        from microcity.accounts.mfa import record_activated_factor

        authenticator_added.connect(record_activated_factor, dispatch_uid="microcity-record-activated-factor")
