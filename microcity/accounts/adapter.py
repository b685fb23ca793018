"""Connects django-allauth to Microcity: e-mails in the user's language, sign-up landing on the start page,
client addresses from `core.http`, links in e-mails from the configured site address (`core.links`)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation

from microcity.core.http import client_address
from microcity.core.links import absolute_url


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

    # allauth builds these links from the request's Host header; e-mails use the configured address instead.
    def get_email_confirmation_url(self, request: HttpRequest, emailconfirmation: Any) -> str:
        return absolute_url("account_confirm_email", emailconfirmation.key)

    def get_reset_password_from_key_url(self, key: str) -> str:
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_account_already_exists_mail(self, email: str) -> None:
        context = {
            "signup_url": absolute_url("account_signup"),
            "password_reset_url": absolute_url("account_reset_password"),
        }
        self.send_mail("account/email/account_already_exists", email, context)
