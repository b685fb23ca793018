"""Who may submit, edit, review and see materials. The library is platform-wide, not per city."""

from __future__ import annotations

from typing import Any

from microcity.accounts import permissions
from microcity.accounts.models import Role
from microcity.library.models import Material, MaterialStatus

SUBMITTER_ROLES = frozenset({Role.TEACHER, Role.COUNSELLOR, Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR})
REVIEWER_ROLES = frozenset({Role.CONTENT_EDITOR})
EDITABLE_BY_AUTHOR = {MaterialStatus.DRAFT, MaterialStatus.RETURNED}


def can_submit_material(user: Any) -> bool:
    return permissions.is_superuser(user) or permissions.has_any_role(user, SUBMITTER_ROLES)


def can_review_material(user: Any, material: Material | None = None) -> bool:
    return permissions.is_superuser(user) or permissions.has_any_role(user, REVIEWER_ROLES)


def _is_author(user: Any, material: Material) -> bool:
    return bool(getattr(user, "is_authenticated", False) and material.submitted_by_id == user.pk)


def can_view_material(user: Any, material: Material) -> bool:
    if material.status == MaterialStatus.PUBLISHED:
        return True
    return _is_author(user, material) or can_review_material(user, material)


def can_edit_material(user: Any, material: Material) -> bool:
    if can_review_material(user, material):
        return material.status != MaterialStatus.ARCHIVED
    return _is_author(user, material) and material.status in EDITABLE_BY_AUTHOR


def can_use_material(user: Any, material: Material) -> bool:
    """Favourites, collections and "used with my class" are for signed-in people."""
    return bool(getattr(user, "is_authenticated", False)) and material.status == MaterialStatus.PUBLISHED
