"""Create or complete every city's living-guide groups, permissions, workflow and collection."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from microcity.core.models import City
from microcity.talent.living_access import guide_access_ensure


class Command(BaseCommand):
    help = "Give each city's guide editors and moderators their own pages in Wagtail (safe to rerun)."

    def handle(self, *args: Any, **options: Any) -> None:
        for city in City.objects.order_by("slug"):
            editors, moderators = guide_access_ensure(city=city)
            self.stdout.write(f"{city.slug}: {editors.name}, {moderators.name}")
