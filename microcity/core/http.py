"""Small helpers for views: the client's address for the audit log and rate limits, htmx-aware rendering."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

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
