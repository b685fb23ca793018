"""Connects django-allauth to Microcity: e-mails in the user's language, sign-up landing on the start page,
client addresses from `core.http`."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation

from microcity.core.http import client_address


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request: HttpRequest) -> str:
        return reverse("accounts:start")

    def get_client_ip(self, request: HttpRequest) -> str:
        """allauth's per-address sign-in limits count the same address as the audit log and our limits."""
        address = client_address(request)
        if not address:
            raise PermissionDenied("Unable to determine client IP address")
        return address

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language() or "lv"
        user.preferred_language = language[:2] if language[:2] in ("lv", "en") else "lv"
        if commit:
            user.save()
        return user
