"""The search part of the readiness check (core/health.py): is this process's replica of the index loaded?"""

from __future__ import annotations

from django.conf import settings

from microcity.core.health import Degraded
from microcity.search.backends.memory import replicas_loaded


def replica_check() -> str:
    if not getattr(settings, "MICROCITY_SEARCH_IN_MEMORY", True):
        return "searches run in the database"
    loaded = replicas_loaded()
    waiting = sorted(kind for kind, done in loaded.items() if not done)
    if not loaded or waiting:
        # Searches still work: the first of each kind loads its replica (and waits for it).
        raise Degraded(f"replica not loaded yet ({', '.join(waiting) or 'none started'})")
    return f"replica loaded ({', '.join(sorted(loaded))})"
