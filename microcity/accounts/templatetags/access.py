"""Template helper that asks the permission predicates: `{% load access %}`."""

from __future__ import annotations

from typing import Any

from django import template

from microcity.accounts import permissions

register = template.Library()


@register.simple_tag
def allowed(predicate: str, user: Any, obj: Any = None) -> bool:
    """`{% allowed "can_view_person" request.user person as ok %}` asks accounts.permissions."""
    func = getattr(permissions, predicate)
    return bool(func(user, obj) if obj is not None else func(user))
