"""Demo barrier reports through the real service; a second run adds nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand

from microcity.accessibility import services
from microcity.accessibility.models import BarrierReport
from microcity.core.datafiles import read_records
from microcity.core.models import City

DEMO_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_reports.yaml"
FIELDS = ("city", "language", "page_url", "description", "assistive_technology", "name", "email")


class Command(BaseCommand):
    help = "Create demo accessibility barrier reports (safe to rerun)."

    def handle(self, *args: Any, **options: Any) -> None:
        created = 0
        for row in read_records(DEMO_FILE, required=FIELDS):
            city = City.objects.filter(slug=row["city"]).first()
            if (
                city is None
                or BarrierReport.objects.filter(city=city, description=row["description"]).exists()
            ):
                continue
            services.report_submit(city=city, data=row, language=row["language"])
            created += 1
        self.stdout.write(f"{created} demo barrier reports created.")
