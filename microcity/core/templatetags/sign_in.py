"""`{% sign_in_url %}`: the sign-in form's address that brings the person back to this page (or to the
address given) once they are signed in, so that sign-in is asked for at the moment of an action.

The page's path only, without its query string: these links sit on public pages that are shared between
visitors, and a page must not echo what someone put in its address."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.contrib.auth.views import redirect_to_login

register = template.Library()


@register.simple_tag(takes_context=True)
def sign_in_url(context: Any, next_path: str = "") -> str:
    request = context["request"]
    return str(redirect_to_login(next_path or request.path, settings.LOGIN_URL).url)
