"""Absolute links to this site, built from one configured address: `settings.SITE_URL` (environment variable
`BASE_URL`; `make demo` sets it from `PORT`). Every link that leaves the site (e-mails, calendar files,
feeds, PDFs, share links, structured data) goes through `absolute_url`, so that it works wherever it is opened
and never depends on the Host header of whichever request happened to cause it. A test guards that no other
module glues the address to a path by hand."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse


def site_url() -> str:
    """The configured address without a trailing slash, e.g. "https://microcity.example.org"."""
    return str(settings.SITE_URL).rstrip("/")


def site_domain() -> str:
    """The host name of the configured address (calendar event identifiers, message ids)."""
    return urlsplit(site_url()).hostname or "microcity.example"


def absolute_url(path_or_url_name: str, *args: Any, **kwargs: Any) -> str:
    """An absolute link from a path ("/lv/valmiera/jobs/") or a URL name with its arguments
    (`absolute_url("talent:job", city="valmiera", pk=3, slug="x")`), reversed in the active language.
    An address that is already absolute is returned as it is."""
    if path_or_url_name.startswith(("http://", "https://")):
        return path_or_url_name
    if path_or_url_name.startswith("/"):
        if args or kwargs:
            raise TypeError("A path takes no arguments; pass a URL name to reverse instead.")
        path = path_or_url_name
    else:
        path = reverse(path_or_url_name, args=args or None, kwargs=kwargs or None)
    return site_url() + path
