"""The search part of the readiness check (core/health.py): is this process's replica of the index loaded?"""

from __future__ import annotations

from django.conf import settings

from microcity.core.health import Degraded
from microcity.search.backends.memory import replicas_loaded


def replica_check() -> str:
    if not getattr(settings, "MICROCITY_SEARCH_IN_MEMORY", True):
        return "searches run in the database"
    replicas = replicas_loaded()
    if not replicas:
        # Nothing started loading (no warm-up in this server): the first search of each kind loads its own.
        return "replica not loaded; the first search of each kind loads it"
    loading = sorted(kind for kind, loaded in replicas.items() if not loaded)
    if loading:
        # Searches still work meanwhile: a search of a kind being loaded waits for its load.
        raise Degraded(f"replica loading ({', '.join(loading)})")
    return f"replica loaded ({', '.join(sorted(replicas))})"
