"""Demo reporting periods and targets (data/targets.yaml) and one frozen report per demo city; safe to rerun."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from microcity.accounts.models import Membership, Role, User
from microcity.core.datafiles import read_records
from microcity.core.models import City
from microcity.impact import services
from microcity.impact.models import FrozenReport, ReportingPeriod

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "targets.yaml"


def demo_periods() -> tuple[dict[str, Any], ...]:
    return read_records(
        DATA_FILE,
        required=("slug", "name_lv", "name_en", "starts_on", "ends_on", "overall", "cities"),
        unique="slug",
    )


class Command(BaseCommand):
    help = "Create the demo reporting periods, targets and a frozen UIA report per city."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        admin = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
        cities = {c.slug: c for c in City.objects.all()}
        for data in demo_periods():
            period, _created = ReportingPeriod.objects.update_or_create(
                slug=data["slug"],
                defaults={k: data[k] for k in ("name_lv", "name_en", "starts_on", "ends_on")},
            )
            if admin is not None:
                for indicator, value in data["overall"].items():
                    services.target_set(period=period, city=None, indicator=indicator, value=value, by=admin)
            for slug, values in data["cities"].items():
                city = cities.get(slug)
                coordinator = _coordinator(city) if city is not None else None
                if city is None or coordinator is None:
                    continue
                for indicator, value in values.items():
                    services.target_set(
                        period=period, city=city, indicator=indicator, value=value, by=coordinator
                    )
                if (
                    period.slug == "uia"
                    and not FrozenReport.objects.filter(city=city, title=_report_title(period)).exists()
                ):
                    services.report_freeze(
                        city=city,
                        title=_report_title(period),
                        starts_on=period.starts_on,
                        ends_on=period.ends_on,
                        by=coordinator,
                    )
        self.stdout.write("Results: reporting periods, targets and frozen reports are in place.")


def _report_title(period: ReportingPeriod) -> str:
    return f"UIA final report / UIA noslēguma ziņojums {period.starts_on.isoformat()} – {period.ends_on.isoformat()}"


def _coordinator(city: City) -> User | None:
    membership = (
        Membership.objects.filter(city=city, role=Role.PROGRAMME_COORDINATOR, user__is_active=True)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return membership.user if membership is not None else None
