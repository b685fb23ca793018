"""How the back office (Wagtail's admin at /admin/) runs: its own content security policy and the staff
member's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils import translation


def is_backoffice(request: HttpRequest) -> bool:
    """A request to the back office, or the stand-in request through which Wagtail renders a page's
    preview inside it (`is_dummy`: it carries the public page's path but is shown in an admin frame)."""
    return getattr(request, "is_dummy", False) or request.path_info.startswith(
        tuple(settings.MICROCITY_BACKOFFICE_URL_PREFIXES)
    )


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The public site's policy everywhere except in the back office, which gets the policy that Wagtail's
    admin works under (settings.MICROCITY_BACKOFFICE_CONTENT_SECURITY_POLICY): one place decides which."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_backoffice(request):
            parts.config = settings.MICROCITY_BACKOFFICE_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class BackofficeLanguageMiddleware:
    """The back office speaks the staff member's language, not the browser's: the language chosen in
    Wagtail's account settings wins (Wagtail applies it per view), else the user's own preferred language."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_backoffice(request):
            return self.get_response(request)
        user: Any = getattr(request, "user", None)
        language = getattr(user, "preferred_language", "")
        if user is not None and user.is_authenticated and language in dict(settings.LANGUAGES):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
