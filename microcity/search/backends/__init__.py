"""Search backends: one interface, an implementation per engine, chosen by the database in use."""

from __future__ import annotations

from django.db import connections

from microcity.search.backends.base import DatabaseBackend, SearchBackend
from microcity.search.backends.postgresql import PostgreSQLBackend
from microcity.search.backends.sqlite import SQLiteBackend

__all__ = ["SearchBackend", "get_backend"]

_BY_VENDOR: dict[str, type[DatabaseBackend]] = {
    "sqlite": SQLiteBackend,
    "postgresql": PostgreSQLBackend,
}


def get_backend(alias: str = "default") -> SearchBackend:
    """The backend for the database ``alias``; an unsupported database is a configuration error."""
    vendor = connections[alias].vendor
    try:
        return _BY_VENDOR[vendor](alias)
    except KeyError:
        raise NotImplementedError(f"Search has no backend for the {vendor!r} database.") from None
