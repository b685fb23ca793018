"""The acting user of a view, as services take it: a signed-in `User` (views behind login_required)."""

from __future__ import annotations

from typing import cast

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from microcity.accounts.models import User


def acting_user(request: HttpRequest) -> User:
    """The signed-in user; an anonymous visitor may do nothing that a service records as theirs."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    return cast(User, request.user)
