"""Background work of the search index."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="3", minute="50"))
def prune_change_log() -> None:
    """Nightly: the change log only needs the last day (see search.services.changes_prune)."""
    from microcity.search.services import changes_prune

    changes_prune()
