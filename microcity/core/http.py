"""Small helpers for views: the client's address for the audit log, htmx-aware rendering, and reading ids,
dates and moments from a query or a post, where a malformed value is the client's error (400), never ours."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest
from django.utils import timezone

# The largest id a database key holds (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def client_address(request: HttpRequest) -> str | None:
    """The client's IP address; behind a trusted proxy, the first X-Forwarded-For entry."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip() or None
    return request.META.get("REMOTE_ADDR") or None


def safe_next(request: HttpRequest) -> str | None:
    """The `next` address of a form post, if it stays on this site (no open redirects)."""
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return None


def id_param(raw: Any) -> int:
    """A record id from a query parameter or a posted field. Anything but plain digits of a database id
    raises BadRequest, which Django answers with 400 (templates/400.html)."""
    text = str(raw if raw is not None else "").strip()
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= MAX_ID:
        raise BadRequest("malformed id")
    return int(text)


def date_param(raw: Any) -> dt.date:
    """An ISO date (yyyy-mm-dd) from a query or a post, within the plan window (core.forms), else 400."""
    from microcity.core.forms import PLAN_WINDOW

    try:
        day = dt.date.fromisoformat(str(raw or ""))
    except ValueError as exc:
        raise BadRequest("malformed date") from exc
    earliest, latest = PLAN_WINDOW.bounds()
    if not earliest <= day <= latest:
        raise BadRequest("date out of range")
    return day


def moment_param(raw: Any) -> dt.datetime:
    """An ISO moment with its UTC offset from a query or a post, within the plan window, else 400.
    Checked before any conversion: a moment near year 1 or 9999 cannot be converted to another zone."""
    try:
        moment = dt.datetime.fromisoformat(str(raw or ""))
    except ValueError as exc:
        raise BadRequest("malformed moment") from exc
    if timezone.is_naive(moment):
        raise BadRequest("a moment needs its UTC offset")
    date_param(moment.date().isoformat())
    return moment
