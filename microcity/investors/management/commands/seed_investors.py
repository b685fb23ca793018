"""Build the demo cities' investment offers and pipelines through the services; safe to rerun."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import Role, User
from microcity.core.datafiles import read_records
from microcity.core.models import City, Occupation
from microcity.investors import services
from microcity.investors.models import ActivityKind, Incentive, Lead, Site, Stage

DATA = Path(__file__).resolve().parents[2] / "data"
OFFER_FILE = DATA / "demo_offer.yaml"
LEADS_FILE = DATA / "demo_leads.yaml"
# The demo's dates are written as of this day and move with the calendar, so that a lead that came in last
# week still did when the demo is built a year later.
WRITTEN_ON = dt.date(2026, 12, 7)
# The steps a lead took to reach its stage (after "lead").
PATHS: dict[str, list[str]] = {
    Stage.LEAD: [],
    Stage.INFO_PACK: [Stage.INFO_PACK],
    Stage.VISIT: [Stage.INFO_PACK, Stage.VISIT],
    Stage.NEGOTIATION: [Stage.INFO_PACK, Stage.VISIT, Stage.NEGOTIATION],
    Stage.ON_HOLD: [Stage.INFO_PACK, Stage.VISIT, Stage.ON_HOLD],
    Stage.WON: [Stage.INFO_PACK, Stage.VISIT, Stage.NEGOTIATION, Stage.WON],
    Stage.AFTERCARE: [Stage.INFO_PACK, Stage.VISIT, Stage.NEGOTIATION, Stage.WON, Stage.AFTERCARE],
    Stage.LOST: [Stage.INFO_PACK, Stage.VISIT, Stage.LOST],
}


def offer_records() -> tuple[dict[str, Any], ...]:
    return read_records(OFFER_FILE, required=("city", "sites", "incentives"), unique="city")


def lead_records() -> tuple[dict[str, Any], ...]:
    return read_records(
        LEADS_FILE,
        required=(
            "city",
            "company",
            "country",
            "sector",
            "contact",
            "source",
            "stage",
            "started",
            "jobs",
            "capital",
        ),
        unique="company",
    )


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _email(contact: str, company: str) -> str:
    first = _ascii(contact.split()[0])
    domain = "".join(ch for ch in _ascii(company.split()[0]) if ch.isalnum())
    return f"{first}@{domain}.example.com"


class Command(BaseCommand):
    help = "Create the demo investment offers (Ventspils, Valmiera) and their pipelines of investor leads."

    def handle(self, *args: Any, **options: Any) -> None:
        shift = timezone.localdate() - WRITTEN_ON
        made = 0
        for city in City.objects.filter(slug__in={r["city"] for r in offer_records()}):
            manager = (
                User.objects.filter(memberships__city=city, memberships__role=Role.INVESTMENT_MANAGER)
                .order_by("pk")
                .first()
            )
            if manager is None:
                self.stdout.write(f"{city.slug}: no investment manager, no investors' demo")
                continue
            self._offer(city, manager)
            for record in lead_records():
                if (
                    record["city"] == city.slug
                    and not Lead.objects.filter(city=city, company=record["company"]).exists()
                ):
                    self._lead(city, manager, record, shift)
                    made += 1
        self.stdout.write(f"Investors: {made} leads made")

    @transaction.atomic
    def _offer(self, city: City, manager: User) -> None:
        for record in offer_records():
            if record["city"] != city.slug:
                continue
            for site in record["sites"]:
                if not Site.objects.filter(city=city, name_lv=site["name_lv"]).exists():
                    data = {
                        key: Decimal(str(value))
                        if isinstance(value, float | int) and not isinstance(value, bool)
                        else value
                        for key, value in site.items()
                    }
                    services.site_save(city=city, by=manager, data=data)
            for item in record["incentives"]:
                if not Incentive.objects.filter(city=city, name_lv=item["name_lv"]).exists():
                    services.incentive_save(city=city, by=manager, data=dict(item))

    @transaction.atomic
    def _lead(self, city: City, manager: User, record: dict[str, Any], shift: dt.timedelta) -> None:
        today = timezone.localdate()

        def moment(day: dt.date, hour: int = 10) -> dt.datetime:
            return timezone.make_aware(dt.datetime.combine(min(day, today), dt.time(hour)))

        started: dt.date = record["started"] + shift
        decided: dt.date | None = record["decided"] + shift if record.get("decided") else None
        lead = services.lead_create(
            city=city,
            by=manager,
            now=moment(started, 9),
            data={
                "company": record["company"],
                "country": record["country"],
                "sector": record["sector"],
                "size": record.get("size", ""),
                "contact_name": record["contact"],
                "contact_email": _email(record["contact"], record["company"]),
                "source": record["source"],
                "language": "lv" if record["country"] == "LV" else "en",
                "project": "",
                "planned_jobs": record["jobs"],
                "planned_capital_eur": Decimal(record["capital"]),
                "manager": manager,
            },
        )
        services.activity_add(
            lead=lead,
            by=manager,
            kind=ActivityKind.CALL,
            text="Pirmā saruna: projekts, vajadzīgā platība un darbinieki.",
            now=moment(started + dt.timedelta(days=2), 11),
        )
        path = PATHS[record["stage"]]
        # The steps before the decision spread evenly between the first day and the decision (or today).
        end = decided or min(today, started + dt.timedelta(days=30 * (len(path) + 1)))
        before = [stage for stage in path if stage not in (Stage.WON, Stage.LOST, Stage.AFTERCARE)]
        for index, stage in enumerate(before, start=1):
            day = started + (end - started) * index / (len(before) + 1)
            if stage == Stage.VISIT:
                services.activity_add(
                    lead=lead,
                    by=manager,
                    kind=ActivityKind.VISIT,
                    text="Objektu apskate ar uzņēmuma vadību.",
                    due_on=day,
                    now=moment(day - dt.timedelta(days=7), 12),
                )
            services.lead_transition(lead=lead, to=stage, by=manager, now=moment(day, 14))
            lead.refresh_from_db()
        for activity in lead.activities.filter(
            kind=ActivityKind.VISIT, done_at__isnull=True, due_on__lt=today
        ):
            services.activity_done(activity=activity, by=manager, now=moment(activity.due_on or today, 17))
        if Stage.WON in path and decided:
            services.lead_transition(lead=lead, to=Stage.WON, by=manager, on=decided, now=moment(decided, 15))
        if Stage.LOST in path and decided:
            services.lead_transition(
                lead=lead,
                to=Stage.LOST,
                by=manager,
                lost_reason=record["lost_reason"],
                on=decided,
                now=moment(decided, 15),
            )
        if Stage.AFTERCARE in path and decided:
            lead.refresh_from_db()
            services.lead_transition(
                lead=lead, to=Stage.AFTERCARE, by=manager, now=moment(decided + dt.timedelta(days=60), 10)
            )
            visit_day = decided + dt.timedelta(days=180)
            if visit_day < today:
                visit = services.activity_add(
                    lead=lead,
                    by=manager,
                    kind=ActivityKind.AFTERCARE,
                    text="Pēcinvestīciju vizīte: darbinieku piesaiste un paplašināšanās plāni.",
                    due_on=visit_day,
                    now=moment(visit_day - dt.timedelta(days=14)),
                )
                services.activity_done(activity=visit, by=manager, now=moment(visit_day, 16))
            lead.refresh_from_db()
            services.lead_update(
                lead=lead,
                by=manager,
                data={
                    "actual_jobs": record.get("actual_jobs"),
                    "actual_capital_eur": Decimal(record["actual_capital"])
                    if record.get("actual_capital")
                    else None,
                },
            )
        lead.refresh_from_db()
        if lead.is_open and record["stage"] != Stage.ON_HOLD:
            services.activity_add(
                lead=lead,
                by=manager,
                kind=ActivityKind.TASK,
                text="Nosūtīt atbildes uz jautājumiem par pieslēgumiem un nomas nosacījumiem.",
                due_on=today + dt.timedelta(days=3 if record["stage"] != Stage.LEAD else -2),
                now=moment(today - dt.timedelta(days=5)),
            )
        lead.refresh_from_db()
        for code, count, months, low, high in record.get("hiring", []):
            services.hiring_line_add(
                lead=lead,
                by=manager,
                occupation=Occupation.objects.get(code=str(code)),
                count=count,
                needed_by=today + dt.timedelta(days=30 * months),
                salary_min=Decimal(low),
                salary_max=Decimal(high),
            )
        if record.get("hand_over"):
            services.hiring_plan_hand_over(lead=lead, by=manager)
