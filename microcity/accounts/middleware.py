"""Sends staff who have no two-factor sign-in to set it up, where the installation requires it."""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from microcity.accounts.permissions import is_city_staff


class StaffMfaRequiredMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if getattr(settings, "MICROCITY_REQUIRE_STAFF_MFA", False) and self._must_set_up(request):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_set_up(request: HttpRequest) -> bool:
        user = request.user
        if not user.is_authenticated or not is_city_staff(user):
            return False
        path = request.path_info
        # Every allauth page (2FA set-up, re-authentication, sign-out, e-mail) and static files stay
        # reachable; everything else waits until 2FA is on.
        accounts_prefix = reverse("account_login").rsplit("/login/", 1)[0] + "/"
        if path.startswith((accounts_prefix, "/static/", "/healthz")):
            return False
        return not is_mfa_enabled(user)
