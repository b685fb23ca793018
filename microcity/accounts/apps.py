"""Django application configuration for accounts."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "microcity.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from allauth.mfa.signals import authenticator_added

        from microcity.accounts import coming, permissions
        from microcity.accounts.mfa import record_activated_factor
        from microcity.accounts.models import GuardianLink
        from microcity.core import birth_dates, registry

        coming.register()
        authenticator_added.connect(record_activated_factor, dispatch_uid="microcity-record-activated-factor")

        # A guardian's consent names the youth as a minor: their age is a fact the consent relies on.
        birth_dates.register(
            "guardian_link", lambda person: GuardianLink.objects.filter(youth=person).exists()
        )

        for item in (
            registry.StaffMenuItem(
                key="accounts.people",
                label=_("People directory"),
                url_name="staff:people",
                allowed=permissions.can_view_people_directory,
                icon_name="group",
                order=900,
            ),
            registry.StaffMenuItem(
                key="accounts.roles",
                label=_("Roles and access"),
                url_name="staff:roles",
                allowed=permissions.can_manage_memberships,
                icon_name="lock",
                order=910,
            ),
            registry.StaffMenuItem(
                key="accounts.programmes",
                label=_("City programmes"),
                url_name="staff:programmes",
                allowed=permissions.can_change_city_settings,
                icon_name="cogs",
                order=915,
            ),
            registry.StaffMenuItem(
                key="accounts.audit",
                label=_("Audit log"),
                url_name="staff:audit",
                allowed=permissions.can_view_audit_log,
                icon_name="history",
                order=920,
            ),
        ):
            registry.staff_menu.register(item)
