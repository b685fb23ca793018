"""Small helpers for views: the client's address for the audit log and rate limits, htmx-aware rendering,
and reading ids, dates and moments from a query or a post, where a malformed value is the client's error
(400), never ours."""

from __future__ import annotations

import datetime as dt
import ipaddress
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest
from django.utils import timezone

# The largest id a database key holds (a signed 64-bit integer).
MAX_ID = 2**63 - 1

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str | None:
    """The client's IP address: the one place that decides it, for the audit log and every rate limit.

    `X-Forwarded-For` is believed only when the connection comes from a proxy listed in
    MICROCITY_TRUSTED_PROXIES (addresses or networks, env TRUSTED_PROXIES). The header is then read from
    the right, past our own proxies, to the first address that is not one of them: whatever a client
    writes into the header itself lies to the left of that and is never used.
    """
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return None
    trusted = _networks(tuple(getattr(settings, "MICROCITY_TRUSTED_PROXIES", ())))
    if not trusted or not any(remote in network for network in trusted):
        return str(remote)
    address = remote
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        hop = _parse(entry)
        if hop is None:
            break  # not an address: what lies left of it cannot be trusted either
        address = hop
        if not any(hop in network for network in trusted):
            break
    return str(address)


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
