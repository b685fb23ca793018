"""Search backends: one interface, an implementation per engine, chosen by the database in use."""

from __future__ import annotations

from django.conf import settings
from django.db import connections

from microcity.search.backends.base import DatabaseBackend, SearchBackend
from microcity.search.backends.memory import MemoryBackend
from microcity.search.backends.postgresql import PostgreSQLBackend
from microcity.search.backends.sqlite import SQLiteBackend

__all__ = ["SearchBackend", "get_backend", "get_database_backend"]

_BY_VENDOR: dict[str, type[DatabaseBackend]] = {
    "sqlite": SQLiteBackend,
    "postgresql": PostgreSQLBackend,
}


def get_database_backend(alias: str = "default") -> DatabaseBackend:
    """The database's own backend for ``alias``; an unsupported database is a configuration error."""
    vendor = connections[alias].vendor
    try:
        return _BY_VENDOR[vendor](alias)
    except KeyError:
        raise NotImplementedError(f"Search has no backend for the {vendor!r} database.") from None


def get_backend(alias: str = "default") -> SearchBackend:
    """The backend searches and writes go through: the process's in-memory replica in front of the
    database (settings.MICROCITY_SEARCH_IN_MEMORY, the default), or the database alone."""
    database = get_database_backend(alias)
    if getattr(settings, "MICROCITY_SEARCH_IN_MEMORY", True):
        return MemoryBackend(database)
    return database
