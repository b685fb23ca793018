"""Puts what the user's roles open into every template: whether the back office is theirs."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from microcity.accounts import permissions


def roles(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    return {"is_city_staff": bool(user and permissions.is_city_staff(user))}
