"""Grants Django permissions from Microcity roles, so that Wagtail's admin follows the same rules."""

from __future__ import annotations

from typing import Any

from microcity.accounts import permissions
from microcity.accounts.models import Role

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
