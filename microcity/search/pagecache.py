"""Whole-page caching of public lists built from the search index (see ``core.pagecache``).

A page built from search results depends on the index ("search") and on the cities and organisations
it names ("site"). Pages cached this way must not contain per-visitor data such as a CSRF token: forms
that post live on their own pages.
"""

from __future__ import annotations

from collections.abc import Callable

from microcity.core.pagecache import View
from microcity.core.pagecache import cache_public_page as _cache_public_page
from microcity.search.cache import NAME as SEARCH

SITE = "site"


def cache_public_page(*, timeout: int = 120, also: tuple[str, ...] = ()) -> Callable[[View], View]:
    """Share the view's page with session-less visitors until the index, a city or ``also`` changes."""
    return _cache_public_page(depends_on=(SEARCH, SITE, *also), timeout=timeout)
