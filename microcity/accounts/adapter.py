"""Connects django-allauth to Microcity: e-mails in the user's language, sign-up landing on the start page."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request: HttpRequest) -> str:
        return reverse("accounts:start")

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language() or "lv"
        user.preferred_language = language[:2] if language[:2] in ("lv", "en") else "lv"
        if commit:
            user.save()
        return user
