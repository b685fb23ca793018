"""Reads of investor attraction: who sees which leads (decided once, here), the pipeline board and list,
the report, the city's live figures for the offer and the info packs, and open hiring needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from microcity.core import registry
from microcity.core.models import City, Occupation, Organisation, OrganisationKind
from microcity.investors import permissions
from microcity.investors.figures import suppressed
from microcity.investors.models import (
    DATED_KINDS,
    FUNNEL,
    Activity,
    Country,
    HiringPlanLine,
    Incentive,
    Lead,
    Sector,
    Site,
    Stage,
)

BOARD_STAGES = (
    Stage.LEAD,
    Stage.INFO_PACK,
    Stage.VISIT,
    Stage.NEGOTIATION,
    Stage.ON_HOLD,
    Stage.WON,
    Stage.AFTERCARE,
    Stage.LOST,
)


def leads_visible_to(*, user: Any, city: City) -> QuerySet[Lead]:
    """Every lead of the city for its investment managers and administrators; none for anyone else."""
    if not permissions.can_work_leads(user, city):
        return Lead.objects.none()
    return Lead.objects.filter(city=city)


def published_sites(*, city: City) -> QuerySet[Site]:
    return Site.objects.filter(city=city, is_published=True).order_by("kind", "name_lv", "pk")


def published_incentives(*, city: City) -> QuerySet[Incentive]:
    return Incentive.objects.filter(city=city, is_published=True).order_by("name_lv", "pk")


@dataclass(frozen=True)
class LeadFilters:
    stage: str = ""
    sector: str = ""
    country: str = ""
    manager: int | None = None
    query: str = ""
    overdue: bool = False


def _overdue_filter(today: dt.date) -> Q:
    # A semi-join from the open dated entries (a partial index holds them), not a probe per lead.
    overdue = Activity.objects.filter(kind__in=DATED_KINDS, done_at__isnull=True, due_on__lt=today)
    return Q(pk__in=overdue.values("lead_id"))


def lead_list(*, user: Any, city: City, filters: LeadFilters) -> QuerySet[Lead]:
    leads = leads_visible_to(user=user, city=city).select_related("manager")
    if filters.stage:
        leads = leads.filter(stage=filters.stage)
    if filters.sector:
        leads = leads.filter(sector=filters.sector)
    if filters.country:
        leads = leads.filter(country=filters.country)
    if filters.manager:
        leads = leads.filter(manager_id=filters.manager)
    if filters.query:
        leads = leads.filter(Q(company__icontains=filters.query) | Q(contact_name__icontains=filters.query))
    if filters.overdue:
        leads = leads.filter(_overdue_filter(timezone.localdate()))
    return leads.order_by("-updated_at", "-pk")


def board(*, user: Any, city: City, per_stage: int = 6) -> list[dict[str, Any]]:
    """One column per stage: how many leads, their planned jobs and capital, and the latest few."""
    leads = leads_visible_to(user=user, city=city)
    totals = {
        row["stage"]: row
        for row in leads.values("stage").annotate(
            n=Count("pk"), jobs=Sum("planned_jobs"), capital=Sum("planned_capital_eur")
        )
    }
    # The latest few of each stage: one short query per stage, each read in index order (a window over every
    # lead of the city would sort them all); the number of queries is fixed by the stages, not the leads.
    by_stage = {
        stage.value: list(
            leads.filter(stage=stage).select_related("manager").order_by("-updated_at", "-pk")[:per_stage]
        )
        for stage in BOARD_STAGES
    }
    columns = []
    for stage in BOARD_STAGES:
        row = totals.get(stage.value, {})
        latest = by_stage[stage.value]
        columns.append(
            {
                "stage": stage,
                "count": row.get("n", 0),
                "jobs": row.get("jobs") or 0,
                "capital": row.get("capital") or Decimal(0),
                "leads": latest,
            }
        )
    return columns


def lead_detail(*, user: Any, city: City, pk: int) -> Lead:
    return leads_visible_to(user=user, city=city).select_related("manager", "organisation", "city").get(pk=pk)


def timeline(*, lead: Lead) -> list[Activity]:
    return list(lead.activities.select_related("author"))


def overdue_count(*, user: Any, city: City, today: dt.date | None = None) -> int:
    day = today or timezone.localdate()
    return (
        Activity.objects.filter(
            lead__city=city, kind__in=DATED_KINDS, done_at__isnull=True, due_on__lt=day, lead__manager=user
        ).count()
        if permissions.can_work_leads(user, city)
        else 0
    )


def new_inquiries(*, user: Any, city: City) -> int:
    """Leads from the inquiry form not yet touched (still "lead", with nothing on the timeline but the
    inquiry itself)."""
    if not permissions.can_work_leads(user, city):
        return 0
    return Lead.objects.filter(city=city, stage=Stage.LEAD, source="inquiry", activities__isnull=True).count()


# --- Live figures ------------------------------------------------------------------------------------


def city_figures(*, city: City, today: dt.date | None = None) -> dict[str, Any]:
    """The "why here" figures of the city, computed now from live records (never typed in): population,
    schools and universities, and every programme's workforce figures (core.registry.workforce_figures)
    per ISCO-08 major group, with small counts suppressed. Plain data (strings and numbers), so that an
    info pack can keep it as it was on the day."""
    schools = dict(
        Organisation.objects.filter(
            city=city, kind__in=[OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY]
        )
        .values_list("kind")
        .annotate(n=Count("pk"))
    )
    groups = dict(Occupation.objects.filter(level=1).values_list("code", "label_lv" if _lv() else "label_en"))
    figures = registry.workforce_figures.for_city(city)
    measures: dict[str, str] = {}
    rows: dict[str, dict[str, Any]] = {}
    totals: dict[str, int] = {}
    for figure in figures:
        measures.setdefault(figure.measure, str(figure.label))
        totals[figure.measure] = totals.get(figure.measure, 0) + figure.count
        if not figure.group:
            continue
        row = rows.setdefault(
            figure.group,
            {"group": figure.group, "label": groups.get(figure.group, figure.group), "counts": {}},
        )
        shown = suppressed(figure.count)
        row["counts"][figure.measure] = shown
        if shown is not None and figure.salary_min is not None and figure.salary_max is not None:
            row["salary"] = [
                str(Decimal(figure.salary_min).quantize(Decimal(1))),
                str(Decimal(figure.salary_max).quantize(Decimal(1))),
            ]
    ordered = [rows[code] for code in sorted(rows)]
    # Columns for the measures given by group; one given only as a total is not a column of zeros.
    grouped = [key for key in measures if any(key in row["counts"] for row in ordered)]
    for row in ordered:
        row["cells"] = [row["counts"].get(key, 0) for key in grouped]
    return {
        "as_of": (today or timezone.localdate()).isoformat(),
        "population": city.population,
        "schools": schools.get(OrganisationKind.SCHOOL, 0),
        "universities": schools.get(OrganisationKind.UNIVERSITY, 0),
        "measures": [{"key": key, "label": measures[key]} for key in grouped],
        "rows": ordered,
        "totals": [{"key": key, "label": measures[key], "count": totals[key]} for key in measures],
    }


def _lv() -> bool:
    from django.utils.translation import get_language

    return (get_language() or "lv")[:2] == "lv"


# --- Hiring plans as retraining demand ---------------------------------------------------------------


def open_hiring_needs(city: Any) -> list[registry.HiringNeed]:
    """The hiring needs of the city's won investors still ahead (core.registry.hiring_plans), for a
    retraining programme's planning: occupation, count and date, with the investor's organisation."""
    lines = (
        HiringPlanLine.objects.filter(
            lead__city=city, lead__stage__in=[Stage.WON, Stage.AFTERCARE], needed_by__gte=timezone.localdate()
        )
        .select_related("occupation", "lead__organisation")
        .order_by("needed_by", "pk")
    )
    return [hiring_need(line, city=city, by=None) for line in lines]


def hiring_need(line: HiringPlanLine, *, city: Any, by: Any) -> registry.HiringNeed:
    return registry.HiringNeed(
        source_key=f"investors.hiring:{line.pk}",
        city=city,
        organisation=line.lead.organisation,
        occupation=line.occupation,
        count=line.count,
        needed_by=line.needed_by,
        salary_min=line.salary_min,
        salary_max=line.salary_max,
        by=by,
    )


# --- Report ------------------------------------------------------------------------------------------


def report(*, user: Any, city: City, now: dt.datetime | None = None) -> dict[str, Any]:
    """The funnel (how many leads reached each step, the share of the step before, and the average days
    spent in it), the leads by sector and by country, and planned against actual jobs and capital of the
    won investors. Read from the leads and their stage changes in two queries."""
    moment = now or timezone.now()
    leads = leads_visible_to(user=user, city=city)
    order = {stage.value: index for index, stage in enumerate(FUNNEL)}
    order[Stage.AFTERCARE.value] = order[Stage.WON.value]
    furthest: dict[int, int] = {}
    entered: dict[int, list[tuple[str, dt.datetime]]] = {}
    current: dict[int, str] = {}
    for pk, stage, created in leads.values_list("pk", "stage", "created_at"):
        furthest[pk] = order.get(stage, 0)
        entered[pk] = [(Stage.LEAD.value, created)]
        current[pk] = stage
    changes = (
        Activity.objects.filter(lead__in=leads, kind="stage")
        .exclude(to_stage="")
        .values_list("lead_id", "to_stage", "created_at")
        .order_by("created_at", "pk")
    )
    for lead_id, stage, at in changes:
        furthest[lead_id] = max(furthest[lead_id], order.get(stage, 0))
        entered[lead_id].append((stage, at))
    days: dict[str, list[float]] = {stage.value: [] for stage in FUNNEL[:-1]}
    for steps in entered.values():
        for index, (stage, at) in enumerate(steps):
            if stage not in days:
                continue
            end = steps[index + 1][1] if index + 1 < len(steps) else moment
            days[stage].append(max(0.0, (end - at).total_seconds() / 86400))
    funnel = []
    previous: int | None = None
    for index, stage in enumerate(FUNNEL):
        count = sum(1 for value in furthest.values() if value >= index)
        spent = days.get(stage.value) or []
        funnel.append(
            {
                "stage": stage,
                "count": count,
                "rate": round(100 * count / previous) if previous else None,
                "days": round(sum(spent) / len(spent)) if spent else None,
            }
        )
        previous = count
    won_stages = [Stage.WON, Stage.AFTERCARE]
    won = leads.filter(stage__in=won_stages).aggregate(
        n=Count("pk"),
        planned_jobs=Sum("planned_jobs"),
        actual_jobs=Sum("actual_jobs"),
        planned_capital=Sum("planned_capital_eur"),
        actual_capital=Sum("actual_capital_eur"),
    )
    counts = Count("pk"), Count("pk", filter=Q(stage__in=won_stages))
    by_sector = list(leads.values("sector").annotate(n=counts[0], won=counts[1]).order_by("-n", "sector"))
    by_country = list(leads.values("country").annotate(n=counts[0], won=counts[1]).order_by("-n", "country"))
    sectors, countries = dict(Sector.choices), dict(Country.choices)
    for row in by_sector:
        row["label"] = str(sectors.get(row["sector"], row["sector"]))
    for row in by_country:
        row["label"] = str(countries.get(row["country"], row["country"]))
    return {
        "total": len(current),
        "by_stage": [(stage, sum(1 for s in current.values() if s == stage.value)) for stage in BOARD_STAGES],
        "funnel": funnel,
        "by_sector": by_sector,
        "by_country": by_country,
        "won": won,
    }
