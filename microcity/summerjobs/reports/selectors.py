"""Reads for the coordinator's season dashboard and equity report: counts computed by the database in a
fixed number of aggregate queries, whatever the number of youths, with small groups hidden.

Privacy: most applicants are minors, and a report is often printed or sent on. A group with fewer than
`SMALL_GROUP` submitted applicants is shown as "fewer than 5" with no figures or rates; when a breakdown
would hide only one group, the next smallest is hidden too, so that the hidden one cannot be worked out
by subtracting the others from the total. See docs/decisions/0011-summer-matching.md ("Reports").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Substr
from django.utils.translation import gettext as _

from microcity.core.models import Occupation, localized
from microcity.disclosure import suppress_counts
from microcity.summerjobs.eligibility import age_category, age_on
from microcity.summerjobs.models import (
    AgeCategory,
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Gender,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    PriorityKind,
    Season,
)

SMALL_GROUP = 5
# An assignment in one of these states was an offer that a youth received (previews stay "proposed").
OFFER_STATUSES = (
    AssignmentStatus.OFFERED,
    AssignmentStatus.ACCEPTED,
    AssignmentStatus.DECLINED,
    AssignmentStatus.EXPIRED,
)
NONE_KEY = "none"


def percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# --- Rates per group (equity) ------------------------------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    """One group of submitted applicants: how many, how many got an offer, how many hold a place."""

    key: str
    label: str
    applicants: int
    offered: int
    accepted: int
    suppressed: bool = False

    @property
    def offered_rate(self) -> Decimal | None:
        return None if self.suppressed else percent(self.offered, self.applicants)

    @property
    def accepted_rate(self) -> Decimal | None:
        return None if self.suppressed else percent(self.accepted, self.applicants)


@dataclass(frozen=True)
class RateTable:
    key: str
    title: str
    rows: list[RateRow]
    total: RateRow

    @property
    def chart(self) -> dict[str, Any]:
        """The rates of the groups that are shown, for the bar chart (the table holds the same figures)."""
        shown = [row for row in self.rows if not row.suppressed]
        return {
            "labels": [row.label for row in shown],
            "unit": "%",
            "max": 100,
            "datasets": [
                {
                    "label": _("With an accepted place (%)"),
                    "data": [float(r.accepted_rate or 0) for r in shown],
                },
                {"label": _("With any offer (%)"), "data": [float(r.offered_rate or 0) for r in shown]},
            ],
        }

    @property
    def has_suppressed(self) -> bool:
        return any(row.suppressed for row in self.rows)


def suppress(rows: list[RateRow]) -> list[RateRow]:
    """Hide groups under SMALL_GROUP applicants, and one more if only one would be hidden (see the module):
    the one implementation of the rule, in the pure `disclosure` package (shared with the results pages)."""
    cells, _total = suppress_counts({row.key: row.applicants for row in rows}, threshold=SMALL_GROUP)
    hidden = {cell.key for cell in cells if cell.suppressed}
    return [replace(row, suppressed=row.key in hidden) for row in rows]


def _total(rows: Iterable[RateRow]) -> RateRow:
    rows = list(rows)
    total = RateRow(
        key="total",
        label=_("All submitted applicants"),
        applicants=sum(r.applicants for r in rows),
        offered=sum(r.offered for r in rows),
        accepted=sum(r.accepted for r in rows),
    )
    return replace(total, suppressed=total.applicants < SMALL_GROUP)


def _submitted(season: Season) -> QuerySet[Application]:
    return Application.objects.filter(season=season, status=ApplicationStatus.SUBMITTED)


def _rates(rows: QuerySet[Application], *dims: str) -> QuerySet[Any]:
    """One aggregate query: per value of `dims`, applicants, those with any offer, those with a place.
    The join to assignments repeats an application once per assignment, hence the distinct counts."""
    return (
        rows.values(*dims)
        .annotate(
            applicants=Count("pk", distinct=True),
            offered=Count("pk", distinct=True, filter=Q(assignments__status__in=OFFER_STATUSES)),
            accepted=Count("pk", distinct=True, filter=Q(assignments__status=AssignmentStatus.ACCEPTED)),
        )
        .order_by()
    )


def _table(key: str, title: str, rows: list[RateRow]) -> RateTable:
    return RateTable(key=key, title=title, rows=suppress(rows), total=_total(rows))


def _row(key: Any, label: str, counts: dict[str, int]) -> RateRow:
    return RateRow(
        key=str(key),
        label=label,
        applicants=counts["applicants"],
        offered=counts["offered"],
        accepted=counts["accepted"],
    )


def priority_group_rows(season: Season) -> list[RateRow]:
    """By the priority group the youth claimed (checked or not), in rank order; no group last."""
    found = list(_rates(_submitted(season), "priority_group__kind", "priority_group__rank"))
    found.sort(
        key=lambda r: (
            r["priority_group__rank"] is None,
            r["priority_group__rank"] or 0,
            r["priority_group__kind"] or "",
        )
    )
    return [
        _row(
            r["priority_group__kind"] or NONE_KEY,
            str(PriorityKind(r["priority_group__kind"]).label)
            if r["priority_group__kind"]
            else _("No priority group"),
            r,
        )
        for r in found
    ]


def reference_day(season: Season) -> dt.date:
    """Ages are counted on the first day of the season's first period (1 June if it has none yet)."""
    first = min((p.starts_on for p in season.periods.all()), default=None)
    return first or dt.date(season.year, 6, 1)


def _age_tables(season: Season, day: dt.date) -> tuple[list[RateRow], list[RateRow]]:
    """Ages and the Labour Law's age categories on `day`: the database groups by date of birth (at most a
    few thousand distinct days however many youths apply), Python folds the days into ages."""
    by_age: dict[int | None, dict[str, int]] = defaultdict(
        lambda: {"applicants": 0, "offered": 0, "accepted": 0}
    )
    by_category: dict[str, dict[str, int]] = defaultdict(
        lambda: {"applicants": 0, "offered": 0, "accepted": 0}
    )
    for r in _rates(_submitted(season), "youth__date_of_birth", "in_basic_education"):
        born = r["youth__date_of_birth"]
        age = age_on(born, day) if born is not None else None
        category = (
            str(age_category(age=age, in_basic_education=r["in_basic_education"]))
            if age is not None
            else NONE_KEY
        )
        for bucket in (by_age[age], by_category[category]):
            for name in ("applicants", "offered", "accepted"):
                bucket[name] += r[name]
    ages = [
        _row(
            age if age is not None else NONE_KEY, str(age) if age is not None else _("Not known"), by_age[age]
        )
        for age in sorted(by_age, key=lambda a: (a is None, a or 0))
    ]
    categories = [
        _row(key, str(AgeCategory(key).label) if key != NONE_KEY else _("Not known"), by_category[key])
        for key in [*AgeCategory.values, NONE_KEY]
        if key in by_category
    ]
    return ages, categories


def equity_report(*, season: Season) -> list[RateTable]:
    """Placement rates by priority group, gender, age category and age, school and residence: five
    aggregate queries and one for the season's periods (the day ages are counted on)."""
    day = reference_day(season)
    ages, categories = _age_tables(season, day)
    genders = {str(g.value): str(g.label) for g in Gender}
    gender_rows = sorted(_rates(_submitted(season), "gender"), key=lambda r: (r["gender"] == "", r["gender"]))
    schools = sorted(
        _rates(_submitted(season), "school_id", "school__name"),
        key=lambda r: (r["school_id"] is None, (r["school__name"] or "").casefold()),
    )
    residences = _rates(
        _submitted(season), "residence_city_id", "residence_city__name_lv", "residence_city__name_en"
    )
    residence_rows = sorted(
        (
            _row(
                r["residence_city_id"] or NONE_KEY,
                localized(
                    SimpleNamespace(
                        name_lv=r["residence_city__name_lv"], name_en=r["residence_city__name_en"]
                    ),
                    "name",
                )
                if r["residence_city_id"]
                else _("Not given"),
                r,
            )
            for r in residences
        ),
        key=lambda row: (row.key == NONE_KEY, row.label.casefold()),
    )
    return [
        _table("priority-group", _("By priority group"), priority_group_rows(season)),
        _table(
            "gender",
            _("By gender"),
            [_row(r["gender"] or NONE_KEY, genders.get(r["gender"], r["gender"]), r) for r in gender_rows],
        ),
        _table(
            "age-category",
            _("By age category on %(day)s") % {"day": day.strftime("%d.%m.%Y")},
            categories,
        ),
        _table("age", _("By age on %(day)s") % {"day": day.strftime("%d.%m.%Y")}, ages),
        _table(
            "school",
            _("By school"),
            [_row(r["school_id"] or NONE_KEY, r["school__name"] or _("No school given"), r) for r in schools],
        ),
        _table("residence", _("By city of residence"), residence_rows),
    ]


# --- The dashboard -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountRow:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class ProfessionRow:
    """An ISCO-08 major group: the places of approved placements in it and how offers fill them."""

    key: str
    label: str
    placements: int
    places: int
    offered: int
    accepted: int
    declined: int
    expired: int

    @property
    def fill_rate(self) -> Decimal | None:
        return percent(self.accepted, self.places)


@dataclass
class Dashboard:
    applications: list[CountRow]
    placements: list[CountRow]
    offers: list[CountRow]
    places: int
    accepted: int
    professions: list[ProfessionRow]
    priority_groups: RateTable
    offers_total: int = field(default=0)

    @property
    def fill_rate(self) -> Decimal | None:
        return percent(self.accepted, self.places)

    @property
    def profession_chart(self) -> dict[str, Any]:
        return {
            "labels": [row.label for row in self.professions],
            "unit": "",
            "datasets": [
                {"label": _("Places"), "data": [row.places for row in self.professions]},
                {"label": _("Accepted"), "data": [row.accepted for row in self.professions]},
            ],
        }

    @property
    def status_chart(self) -> dict[str, Any]:
        return {
            "labels": [row.label for row in self.offers],
            "unit": "",
            "datasets": [{"label": _("Offers"), "data": [row.count for row in self.offers]}],
        }


def _status_counts(rows: QuerySet[Any], labels: type[Any], skip: Iterable[str] = ()) -> list[CountRow]:
    found = {r["status"]: r["n"] for r in rows.values("status").annotate(n=Count("pk")).order_by()}
    return [CountRow(s, str(labels(s).label), found.get(s, 0)) for s in labels.values if s not in set(skip)]


def season_dashboard(*, season: Season) -> Dashboard:
    """The season in figures (six aggregate queries): applications, placements and places, offers and
    answers, the fill rate, and places and fill per profession group (ISCO-08 major group)."""
    applications = _status_counts(Application.objects.filter(season=season), ApplicationStatus)
    placements = _status_counts(Placement.objects.filter(season=season), PlacementStatus)
    major = Substr("placement__occupation__code", 1, 1)
    places_by_major = {
        r["major"]: r
        for r in PlacementPeriod.objects.filter(
            placement__season=season, placement__status=PlacementStatus.APPROVED
        )
        .annotate(major=major)
        .values("major")
        .annotate(places=Sum("capacity"), placements=Count("placement", distinct=True))
        .order_by()
    }
    offers_by_major: dict[str, dict[str, int]] = defaultdict(dict)
    for r in (
        Assignment.objects.filter(run__season=season, run__status=MatchRunStatus.PUBLISHED)
        .annotate(major=Substr("placement_period__placement__occupation__code", 1, 1))
        .values("major", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        offers_by_major[r["major"]][r["status"]] = r["n"]
    majors = sorted(set(places_by_major) | set(offers_by_major))
    labels = {o.code: o.label for o in Occupation.objects.filter(level=1, code__in=majors)}
    professions = []
    for code in majors:
        counts = offers_by_major.get(code, {})
        professions.append(
            ProfessionRow(
                key=code,
                label=f"{code} {labels.get(code, '')}".strip(),
                placements=places_by_major.get(code, {}).get("placements", 0),
                places=places_by_major.get(code, {}).get("places") or 0,
                offered=sum(counts.get(s, 0) for s in OFFER_STATUSES),
                accepted=counts.get(AssignmentStatus.ACCEPTED, 0),
                declined=counts.get(AssignmentStatus.DECLINED, 0),
                expired=counts.get(AssignmentStatus.EXPIRED, 0),
            )
        )
    offer_totals: dict[str, int] = defaultdict(int)
    for counts in offers_by_major.values():
        for status, n in counts.items():
            offer_totals[status] += n
    offers = [CountRow(s, str(AssignmentStatus(s).label), offer_totals.get(s, 0)) for s in OFFER_STATUSES]
    return Dashboard(
        applications=applications,
        placements=placements,
        offers=offers,
        offers_total=sum(row.count for row in offers),
        places=sum(p.places for p in professions),
        accepted=offer_totals.get(AssignmentStatus.ACCEPTED, 0),
        professions=professions,
        priority_groups=_table(
            "priority-group", _("Submitted applicants by priority group"), priority_group_rows(season)
        ),
    )
