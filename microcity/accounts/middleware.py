"""Sign-in guards that every request passes: a session counts only once its second factor is passed,
staff without two-factor sign-in are sent to set it up (where the installation requires it), and the
back offices answer people whose role has no place there with a page instead of a sign-in loop."""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from microcity.accounts import mfa
from microcity.accounts.permissions import can_access_back_office, can_access_django_admin, is_city_staff


class SecondFactorSessionMiddleware:
    """Signs out a session whose user has two-factor sign-in but whose session never passed it.

    Whatever form or helper signed the session in (a library's own login page, `force_login`, a session
    from before two-factor was switched on), the session is trusted only with allauth's record that this
    session passed the second factor. This holds for every role and page, whatever
    MICROCITY_REQUIRE_STAFF_MFA says (decisions/0015).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        # The session's record is read first: only a session without one costs a query.
        if (
            user.is_authenticated
            and not mfa.session_passed_second_factor(request, user)
            and mfa.second_factor_enabled(user)
        ):
            logout(request)
            target = request.get_full_path() if request.method == "GET" else "/"
            login_url = reverse("account_login")
            return redirect(f"{login_url}?{urlencode({REDIRECT_FIELD_NAME: target})}")
        return self.get_response(request)


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


class BackOfficeRoleMiddleware:
    """Wagtail's admin (/admin/) is for staff roles, Django's (/django-admin/) for superusers.

    Both send a signed-in person without access to their sign-in page, which sends a signed-in person
    back: a redirect loop. Here they get a 403 page that says so and links to their start page.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            path = request.path_info
            if path.startswith(reverse("wagtailadmin_home")) and not can_access_back_office(user):
                return self._not_for_your_role(request, area="back_office")
            if path.startswith(reverse("admin:index")) and not can_access_django_admin(user):
                return self._not_for_your_role(request, area="django_admin")
        return self.get_response(request)

    @staticmethod
    def _not_for_your_role(request: HttpRequest, *, area: str) -> HttpResponse:
        return render(request, "accounts/not_for_your_role.html", {"area": area}, status=403)
