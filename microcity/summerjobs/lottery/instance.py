"""The summer lottery's instance: builds a stable-matching instance from a season, solves it with
`microcity.matching.stable_match`, explains each youth's result and counts the run's statistics; the
services that store, publish and discard a run are in services.py. See docs/decisions/0011-summer-matching.md.

The instance. Every (placement, period) with free places is one "placement" of the engine; its capacity
is the places of that period, capped by the supervision ratio of the placement, less the places already
held by offers of earlier published runs. A youth's list is their ranked choices, each expanded into the
choice's periods in which the youth is available, earliest first, keeping only those the youth may take
(age on the period's first day, light work, hazardous work, supervision for a disability, working time of
the youth's age category). Every node orders the youths who listed it by:

1. in follow-up runs of seasons that allow several placements: youths without a place before youths who
   already have one;
2. the rank of the youth's priority group (checked by the coordinator; no group goes last);
3. if the season counts prior agreements: youths whose agreement with this placement the employer
   confirmed;
4. the lottery number.

The lottery number (draw.py): the seed is derived from the secret that the season committed to before
registration and the list of applications frozen when the secret was revealed (commitment.py); each
application of that list gets the key SHA-256("<seed>:<season id>:<application id>") (hex), and the numbers
1, 2, … go to the keys in ascending order. A key depends on nothing but the seed and the application, so a
withdrawal never reshuffles anybody else, and anyone can recompute the draw on the public verification page.
Everything else is ordered by primary key, so the same inputs and seed always give the same result, and
the run stores a fingerprint (SHA-256) of its inputs.

One placement per youth per run: the engine places each applicant at most once. A season may allow more
than one placement per youth; then follow-up runs offer youths who hold a place another one in a period
that does not overlap it (the database refuses two places in one period).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from microcity.matching import stable_match
from microcity.summerjobs import eligibility
from microcity.summerjobs.eligibility import HourRule, PlacementTerms, Problem
from microcity.summerjobs.lottery.commitment import frozen_list
from microcity.summerjobs.lottery.draw import derive_seed, lottery_numbers
from microcity.summerjobs.models import (
    ACTIVE_ASSIGNMENT_STATUSES,
    AgeCategory,
    Application,
    ApplicationStatus,
    Assignment,
    Choice,
    ExplanationCode,
    MatchRunKind,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    Season,
    SeasonPeriod,
)
from microcity.summerjobs.workflows import SummerJobsError

# Ranks of the priority groups are small numbers; no group sorts after all of them.
_NO_PRIORITY = 1 << 30


class MatchError(SummerJobsError):
    """A match run that cannot be made or published as asked."""


# --- The instance ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Node:
    """One (placement, period) with places: one "placement" of the engine."""

    index: int
    pk: int
    placement_id: int
    period_id: int
    places: int  # as the employer offered them
    cap: int  # the supervision limit
    held: int  # places held by offers of earlier published runs
    capacity: int  # what this run may fill


@dataclass(slots=True)
class _Applicant:
    index: int
    pk: int
    born: dt.date | None
    has_disability: bool
    in_basic_education: bool
    priority_rank: int | None
    priority_kind: str | None
    agreement_placement_id: int | None
    lottery_number: int
    gender: str
    school_id: int | None
    school_name: str
    holds_place: bool
    prefs: list[int] = field(default_factory=list)  # node indices, most wanted first
    ranks: list[int] = field(default_factory=list)  # the choice rank of each entry of prefs
    skipped: list[dict[str, Any]] = field(default_factory=list)  # entries that could not be listed, and why

    def key(self, placement_id: int) -> tuple[int, int, int, int]:
        """How a node with this placement orders the applicant: smaller goes first."""
        return (
            1 if self.holds_place else 0,
            self.priority_rank if self.priority_rank is not None else _NO_PRIORITY,
            0 if self.agreement_placement_id == placement_id else 1,
            self.lottery_number,
        )


@dataclass
class Instance:
    season: Season
    kind: str
    seed: str
    applicants: list[_Applicant]
    nodes: list[_Node]
    placement_prefs: list[list[int]]
    placement_labels: dict[int, str]
    periods: dict[int, SeasonPeriod]
    lottery_total: int
    kept: int  # applications holding a place from earlier runs that do not take part
    left_out: int  # applications that declined or let an offer expire
    digest: str = ""


def _hour_rules(season: Season) -> dict[str, HourRule]:
    rules = {limit.category: HourRule.of(limit) for limit in season.hour_limits.all()}
    if set(AgeCategory.values) - set(rules):
        raise MatchError(_("The season has no working-time limits for every age category."))
    return rules


class InstanceBuilder:
    """Reads a season in a fixed number of queries (none per applicant) and builds the engine's input."""

    def __init__(self, season: Season, kind: str) -> None:
        self.season = season
        self.kind = kind
        self.rules = _hour_rules(season)
        self.periods = {p.pk: p for p in season.periods.all()}
        placements = (
            Placement.objects.filter(season=season)
            .select_related("organisation")
            .only(
                "pk",
                "season_id",
                "workplace",
                "organisation__name",
                "status",
                "min_age",
                "is_light_work",
                "is_hazardous",
                "takes_youths_with_disability",
                "hours_per_day",
                "days_per_week",
                "starts_at",
                "ends_at",
                "supervisor_count",
            )
        )
        self.placements = {p.pk: p for p in placements}
        self.labels = {pk: f"{p.workplace} — {p.organisation.name}" for pk, p in self.placements.items()}
        self.terms = {pk: PlacementTerms.of(p) for pk, p in self.placements.items()}
        self._working_time: dict[tuple[int, str], list[Problem]] = {}
        self.nodes_of: defaultdict[int, list[_Node]] = defaultdict(list)

    def working_time(self, placement_id: int, category: str) -> list[Problem]:
        """Working-time problems depend on the placement and the age category only: computed once each."""
        key = (placement_id, category)
        found = self._working_time.get(key)
        if found is None:
            found = eligibility.working_time_problems(
                terms=self.terms[placement_id], rule=self.rules[category]
            )
            self._working_time[key] = found
        return found

    def _held_places(self) -> tuple[Counter[int], defaultdict[int, list[int]], set[int]]:
        """From the season's published runs: places held per node, the periods each applicant holds, and
        the applicants whose offers ended (declined or expired), who are left out of a follow-up run."""
        held_by_node: Counter[int] = Counter()
        held_periods: defaultdict[int, list[int]] = defaultdict(list)
        left_out: set[int] = set()
        for application_id, node_pk, period_id, status in (
            Assignment.objects.filter(run__season=self.season, run__status=MatchRunStatus.PUBLISHED)
            .order_by("pk")
            .values_list("application_id", "placement_period_id", "period_id", "status")
        ):
            if status in ACTIVE_ASSIGNMENT_STATUSES:
                held_by_node[node_pk] += 1
                held_periods[application_id].append(period_id)
            else:
                left_out.add(application_id)
        return held_by_node, held_periods, left_out

    def _nodes(self, held_by_node: Counter[int]) -> list[_Node]:
        """One node per approved placement period, with the places left under the supervision ratio."""
        season = self.season
        nodes: list[_Node] = []
        rows = PlacementPeriod.objects.filter(
            placement__season=season, placement__status=PlacementStatus.APPROVED
        ).values_list("pk", "placement_id", "period_id", "capacity")
        for pk, placement_id, period_id, places in sorted(rows):
            placement = self.placements[placement_id]
            ratio = (
                season.youths_per_supervisor_with_disability
                if placement.takes_youths_with_disability
                else season.youths_per_supervisor
            )
            cap = placement.supervisor_count * ratio
            held = held_by_node[pk]
            node = _Node(
                len(nodes), pk, placement_id, period_id, places, cap, held, max(0, min(places, cap) - held)
            )
            nodes.append(node)
            self.nodes_of[placement_id].append(node)
        for listed in self.nodes_of.values():
            listed.sort(key=lambda n: (self.periods[n.period_id].starts_on, n.period_id))
        return nodes

    def build(self) -> Instance:
        season = self.season
        held_by_node, held_periods, left_out = self._held_places()
        nodes = self._nodes(held_by_node)

        submitted = list(
            Application.objects.filter(season=season, status=ApplicationStatus.SUBMITTED)
            .order_by("pk")
            .values_list(
                "pk",
                "youth__date_of_birth",
                "youth__has_disability",
                "in_basic_education",
                "priority_group__rank",
                "priority_group__kind",
                "priority_verified_at",
                "pre_agreement_id",
                "pre_agreement_confirmed_at",
                "gender",
                "school_id",
                "school__name",
            )
        )
        # The run derives the seed itself from the revealed secret and the frozen list, and draws numbers
        # among that list only: no other seed can reach the lottery (commitment.py, draw.py).
        frozen = frozen_list(season=season)
        seed = derive_seed(secret=season.lottery_secret, application_ids=frozen)
        if seed != season.lottery_seed:
            raise MatchError(
                _("The lottery seed does not follow from the revealed secret and the frozen list.")
            )
        numbers = lottery_numbers(seed=seed, season_id=season.pk, application_ids=frozen)
        if any(row[0] not in numbers for row in submitted):
            raise MatchError(_("An application was submitted after the lottery list was frozen."))
        choices: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        for application_id, rank, placement_id in (
            Choice.objects.filter(application__season=season, application__status=ApplicationStatus.SUBMITTED)
            .order_by("application_id", "rank")
            .values_list("application_id", "rank", "placement_id")
        ):
            choices[application_id].append((rank, placement_id))
        available: defaultdict[int, set[int]] = defaultdict(set)
        through = Application.available_periods.through
        for application_id, period_id in through.objects.filter(
            application__season=season, application__status=ApplicationStatus.SUBMITTED
        ).values_list("application_id", "seasonperiod_id"):
            available[application_id].add(period_id)

        multiple = season.allow_multiple_placements and self.kind == MatchRunKind.FOLLOW_UP
        applicants: list[_Applicant] = []
        kept = 0
        for row in submitted:
            (
                pk,
                born,
                disability,
                basic,
                rank,
                group,
                verified,
                agreement,
                confirmed,
                gender,
                school,
                school_name,
            ) = row
            if pk in left_out:
                continue
            holds = pk in held_periods
            if holds and not multiple:
                kept += 1
                continue
            counted = verified is not None and rank is not None
            applicant = _Applicant(
                index=len(applicants),
                pk=pk,
                born=born,
                has_disability=disability,
                in_basic_education=basic,
                priority_rank=rank if counted else None,
                priority_kind=group if counted else None,
                agreement_placement_id=(
                    agreement if season.allow_pre_agreements and confirmed is not None else None
                ),
                lottery_number=numbers[pk],
                gender=gender,
                school_id=school,
                school_name=school_name or "",
                holds_place=holds,
            )
            self.list_choices(
                applicant, choices.get(pk, []), available.get(pk, set()), held_periods.get(pk, [])
            )
            applicants.append(applicant)

        placement_prefs: list[list[int]] = [[] for _ in nodes]
        for applicant in applicants:
            for node_index in applicant.prefs:
                placement_prefs[node_index].append(applicant.index)
        for node in nodes:
            placement_id = node.placement_id
            placement_prefs[node.index].sort(key=lambda a: applicants[a].key(placement_id))

        instance = Instance(
            season=season,
            kind=self.kind,
            seed=seed,
            applicants=applicants,
            nodes=nodes,
            placement_prefs=placement_prefs,
            placement_labels=self.labels,
            periods=self.periods,
            lottery_total=len(numbers),
            kept=kept,
            left_out=len(left_out),
        )
        instance.digest = _digest(instance)
        return instance

    def list_choices(
        self, applicant: _Applicant, ranked: list[tuple[int, int]], available: set[int], held: list[int]
    ) -> None:
        """Fill the applicant's preference list, and note every choice-period left out and why.

        Hard constraints are applied here, so the engine can only place a youth where the rules allow.
        """
        season = self.season
        taken = [self.periods[p] for p in held]
        # Age, the season's age check and the age category depend on the period only: once per period.
        per_period: dict[int, tuple[int, list[Problem], str]] = {}
        for rank, placement_id in ranked:
            label = self.labels[placement_id]
            if self.placements[placement_id].status != PlacementStatus.APPROVED:
                applicant.skipped.append(_detail("placement_not_open", rank, placement_id, label))
                continue
            common = [n for n in self.nodes_of.get(placement_id, []) if n.period_id in available]
            if not common:
                applicant.skipped.append(_detail("not_available", rank, placement_id, label))
                continue
            for node in common:
                period = self.periods[node.period_id]
                where = (rank, placement_id, label, period)
                if any(period.overlaps(other) for other in taken):
                    applicant.skipped.append(_detail("period_taken", *where))
                    continue
                if applicant.born is None:
                    applicant.skipped.append(_not_eligible(where, [Problem("no_date_of_birth")]))
                    continue
                facts = per_period.get(period.pk)
                if facts is None:
                    age = eligibility.age_on(applicant.born, period.starts_on)
                    facts = per_period[period.pk] = (
                        age,
                        eligibility.season_age_problems(
                            born=applicant.born,
                            period_name=period.name,
                            period_starts_on=period.starts_on,
                            min_age=season.min_age,
                            max_age=season.max_age,
                        ),
                        eligibility.age_category(age=age, in_basic_education=applicant.in_basic_education),
                    )
                age, problems, category = facts
                if not problems:
                    problems = eligibility.placement_problems(
                        age=age,
                        has_disability=applicant.has_disability,
                        period_name=period.name,
                        terms=self.terms[placement_id],
                        working_time=self.working_time(placement_id, category),
                    )
                if problems:
                    applicant.skipped.append(_not_eligible(where, problems))
                elif node.capacity == 0:
                    applicant.skipped.append(_detail("no_places", *where))
                else:
                    applicant.prefs.append(node.index)
                    applicant.ranks.append(rank)


def _detail(
    reason: str, rank: int, placement_id: int, label: str, period: SeasonPeriod | None = None, **params: Any
) -> dict[str, Any]:
    entry: dict[str, Any] = {"reason": reason, "rank": rank, "placement_id": placement_id, "placement": label}
    if period is not None:
        entry.update(period_id=period.pk, period=period.name, starts_on=period.starts_on.isoformat())
    entry.update(params)
    return entry


def _not_eligible(where: tuple[int, int, str, SeasonPeriod], problems: list[Problem]) -> dict[str, Any]:
    return _detail("not_eligible", *where, problems=[p.as_dict() for p in problems])


def _digest(instance: Instance) -> str:
    """A fingerprint of everything the result depends on (publishing refuses a preview whose inputs changed)."""
    payload = {
        "season": instance.season.pk,
        "seed": instance.seed,
        "kind": instance.kind,
        "applicants": [[a.pk, a.lottery_number, a.prefs, a.ranks] for a in instance.applicants],
        "nodes": [[n.pk, n.capacity] for n in instance.nodes],
        "placement_prefs": instance.placement_prefs,
    }
    return hashlib.sha256(json.dumps(payload, separators=(",", ":")).encode()).hexdigest()


# --- Solving, explaining, counting ----------------------------------------------------------------------


def solve(instance: Instance) -> list[int]:
    """Node index per applicant (or -1), checked against the hard constraints before anything is stored."""
    matched = stable_match(
        [a.prefs for a in instance.applicants],
        instance.placement_prefs,
        [n.capacity for n in instance.nodes],
    )
    filled: Counter[int] = Counter()
    for applicant, node_index in zip(instance.applicants, matched, strict=True):
        if node_index < 0:
            continue
        if node_index not in applicant.prefs:
            raise MatchError(f"Application {applicant.pk} was placed at a node it may not take.")
        filled[node_index] += 1
    for node_index, count in filled.items():
        if count > instance.nodes[node_index].capacity:
            raise MatchError(f"Node {instance.nodes[node_index].pk} is over capacity.")
    return matched


def explain_results(instance: Instance, matched: list[int]) -> list[tuple[str, dict[str, Any]]]:
    """(code, params) per applicant: where they were placed, and for each better choice-period why not.

    Stability guarantees that every node the youth listed above their place is full of youths who go
    before them at that node; the reason given is the first key in which the node's last admitted youth
    (its cut-off) beats the youth.
    """
    applicants = instance.applicants
    cutoff: dict[int, tuple[int, int, int, int]] = {}
    count: Counter[int] = Counter()
    for applicant, node_index in zip(applicants, matched, strict=True):
        if node_index >= 0:
            count[node_index] += 1
            key = applicant.key(instance.nodes[node_index].placement_id)
            if node_index not in cutoff or key > cutoff[node_index]:
                cutoff[node_index] = key
    results: list[tuple[str, dict[str, Any]]] = []
    for applicant, node_index in zip(applicants, matched, strict=True):
        placed_at = applicant.prefs.index(node_index) if node_index >= 0 else len(applicant.prefs)
        placed_rank = applicant.ranks[placed_at] if node_index >= 0 else None
        details: list[dict[str, Any]] = []
        for better, rank in zip(applicant.prefs[:placed_at], applicant.ranks[:placed_at], strict=True):
            node = instance.nodes[better]
            if count[better] < node.capacity or better not in cutoff:
                raise MatchError(f"Unstable result at node {node.pk} for application {applicant.pk}.")
            mine, theirs = applicant.key(node.placement_id), cutoff[better]
            reason = ("filled_first_placement", "filled_priority", "filled_pre_agreement", "filled_lottery")[
                next(i for i in range(4) if theirs[i] != mine[i])
            ]
            details.append(
                _detail(
                    reason,
                    rank,
                    node.placement_id,
                    instance.placement_labels[node.placement_id],
                    instance.periods[node.period_id],
                    cutoff=theirs[3],
                )
            )
        details += [d for d in applicant.skipped if placed_rank is None or d["rank"] <= placed_rank]
        details.sort(key=lambda d: (d["rank"], d.get("starts_on", "")))
        params: dict[str, Any] = {
            "lottery_number": applicant.lottery_number,
            "lottery_total": instance.lottery_total,
            "priority_group": applicant.priority_kind,
            "details": details,
        }
        if node_index >= 0:
            node = instance.nodes[node_index]
            params["placed"] = _detail(
                "placed",
                placed_rank or 0,
                node.placement_id,
                instance.placement_labels[node.placement_id],
                instance.periods[node.period_id],
            )
            results.append((ExplanationCode.PLACED, params))
        else:
            results.append((ExplanationCode.NOT_PLACED, params))
    return results


def run_statistics(
    instance: Instance, matched: list[int], explanations: list[tuple[str, dict[str, Any]]]
) -> dict[str, Any]:
    """Aggregates for the coordinator's preview: no names, only counts."""
    by_rank: Counter[str] = Counter()

    def tally() -> dict[str, int]:
        return {"applicants": 0, "placed": 0, "unplaced": 0}

    groups: defaultdict[str, dict[str, int]] = defaultdict(tally)
    genders: defaultdict[str, dict[str, int]] = defaultdict(tally)
    schools: dict[str, dict[str, Any]] = {}
    periods: defaultdict[str, dict[str, int]] = defaultdict(lambda: {"places": 0, "filled": 0})
    for node in instance.nodes:
        name = instance.periods[node.period_id].name
        periods[name]["places"] += node.capacity
    not_eligible = no_eligible_choice = 0
    for applicant, node_index, (_code, params) in zip(
        instance.applicants, matched, explanations, strict=True
    ):
        placed = node_index >= 0
        outcome = "placed" if placed else "unplaced"
        if placed:
            by_rank[str(params["placed"]["rank"])] += 1
            periods[instance.periods[instance.nodes[node_index].period_id].name]["filled"] += 1
        groups[applicant.priority_kind or "none"]["applicants"] += 1
        groups[applicant.priority_kind or "none"][outcome] += 1
        genders[applicant.gender or "not_stated"]["applicants"] += 1
        genders[applicant.gender or "not_stated"][outcome] += 1
        school_key = str(applicant.school_id or "none")
        school = schools.setdefault(
            school_key,
            {"school_id": applicant.school_id, "name": applicant.school_name, "applicants": 0, "placed": 0},
        )
        school["applicants"] += 1
        school["placed"] += int(placed)
        not_eligible += sum(1 for d in applicant.skipped if d["reason"] == "not_eligible")
        no_eligible_choice += int(not applicant.prefs)
    placed_total = sum(1 for m in matched if m >= 0)
    return {
        "kind": instance.kind,
        "applications": instance.lottery_total,
        "participants": len(instance.applicants),
        "kept_from_earlier_runs": instance.kept,
        "left_out_declined_or_expired": instance.left_out,
        "placed": placed_total,
        "unplaced": len(instance.applicants) - placed_total,
        "places": sum(n.capacity for n in instance.nodes),
        "places_capped_by_supervision": sum(max(0, n.places - n.cap) for n in instance.nodes),
        "by_choice_rank": dict(sorted(by_rank.items(), key=lambda item: int(item[0]))),
        "by_priority_group": dict(sorted(groups.items())),
        "by_gender": dict(sorted(genders.items())),
        "by_school": sorted(schools.values(), key=lambda s: (s["name"], s["school_id"] or 0)),
        "by_period": dict(periods),
        "choices_not_eligible": not_eligible,
        "applicants_without_eligible_choice": no_eligible_choice,
    }


def build_instance(season: Season, kind: str) -> Instance:
    """The instance of a run of this kind for the season, read from the database as it is now."""
    return InstanceBuilder(season, kind).build()
