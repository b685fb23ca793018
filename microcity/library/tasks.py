"""Background work of the library."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="2", minute="40"))
def refresh_material_popularity() -> None:
    """Nightly: downloads and uses change "most used" order, so the index takes the new counts."""
    from microcity.library.services import materials_reindex

    materials_reindex()
