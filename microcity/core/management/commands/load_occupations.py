"""Create or update the ISCO-08 occupation groups from the shipped CSV; safe to rerun."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from microcity.core.models import Occupation
from microcity.core.occupations import load_occupations


class Command(BaseCommand):
    help = "Load ISCO-08 groups (Latvian and English labels) from microcity/core/data/isco08_groups.csv."

    def handle(self, *args: Any, **options: Any) -> None:
        count = load_occupations(Occupation)
        self.stdout.write(f"{count} ISCO-08 groups loaded.")
