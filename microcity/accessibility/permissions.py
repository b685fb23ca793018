"""Who handles barrier reports: the city's content editors and administrators (and superusers)."""

from __future__ import annotations

from typing import Any

from microcity.accounts import permissions
from microcity.accounts.models import Role
from microcity.core.models import City

HANDLER_ROLES = frozenset({Role.CONTENT_EDITOR, Role.CITY_ADMINISTRATOR})


def can_handle_reports(user: Any, city: City) -> bool:
    return permissions.is_superuser(user) or permissions.has_any_role(user, HANDLER_ROLES, city)
