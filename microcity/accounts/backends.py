"""Authentication backends: the signed-in user loaded with whether they have a second factor, and Django
permissions granted from Microcity roles, so that Wagtail's admin follows the same rules."""

from __future__ import annotations

from typing import Any

from allauth.account.auth_backends import AuthenticationBackend as AllauthAuthenticationBackend
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend

from microcity.accounts import mfa, permissions
from microcity.accounts.models import Role, User


class _LoadsSecondFactor:
    """Loads the session's user together with whether they have a second factor, in the same query.

    `SecondFactorSessionMiddleware` asks this on every request of a session that has not passed a second
    factor (that is, of everyone who has none); read here, it costs no query of its own.
    """

    def get_user(self, user_id: Any) -> User | None:
        user = mfa.with_second_factor_flag(User._default_manager.all()).filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None  # type: ignore[attr-defined]


class ModelBackend(_LoadsSecondFactor, DjangoModelBackend):
    pass


class AuthenticationBackend(_LoadsSecondFactor, AllauthAuthenticationBackend):
    pass


# Model permissions that a role gives in the back office. Which rows a user sees is decided by the
# city-scoped selectors behind each admin view, never by these codes alone.
ROLE_PERMISSIONS: dict[str, set[str]] = {
    Role.PROGRAMME_COORDINATOR: {
        "core.view_person",
        "core.add_person",
        "core.change_person",
        "core.view_organisation",
        "core.add_organisation",
        "core.change_organisation",
    },
    Role.CITY_ADMINISTRATOR: {
        "core.view_person",
        "core.add_person",
        "core.change_person",
        "core.view_organisation",
        "core.add_organisation",
        "core.change_organisation",
        "core.view_city",
        "core.change_city",
        "accounts.view_membership",
        "accounts.add_membership",
        "accounts.change_membership",
        "accounts.delete_membership",
        "core.view_auditevent",
    },
    Role.COUNSELLOR: {"core.view_person", "core.view_organisation"},
    Role.CONTENT_EDITOR: {"core.view_organisation"},
}


class RolePermissionBackend:
    """An authentication backend that authenticates nobody and answers `has_perm` from roles."""

    def authenticate(self, request: Any, **credentials: Any) -> None:
        return None

    def get_user(self, user_id: int) -> None:
        return None

    def has_perm(self, user_obj: Any, perm: str, obj: Any = None) -> bool:
        if not getattr(user_obj, "is_active", False):
            return False
        if perm == "wagtailadmin.access_admin":
            return permissions.can_access_back_office(user_obj)
        return any(perm in ROLE_PERMISSIONS.get(role, set()) for role in permissions.roles_of(user_obj))

    def has_module_perms(self, user_obj: Any, app_label: str) -> bool:
        return any(
            code.startswith(f"{app_label}.")
            for role in permissions.roles_of(user_obj)
            for code in ROLE_PERMISSIONS.get(role, set())
        )
