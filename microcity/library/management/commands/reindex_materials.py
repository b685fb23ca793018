"""Rebuild the library's part of the search index from the published materials; safe to rerun."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from microcity.library.services import materials_reindex


class Command(BaseCommand):
    help = "Re-index every published material (text, facets, popularity)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"{materials_reindex()} materials indexed.")
