"""Scores to a ranked list: weighted averages, spread and disagreement, the funding line, and a balanced
assignment of evaluators to applications. Pure Python."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from microcity.grantmaths.money import ZERO, cents

POINT = Decimal("0.01")


@dataclass(frozen=True)
class Criterion:
    key: int
    weight: Decimal
    max_score: int


def weighted_total(scores: Mapping[int, int], criteria: Sequence[Criterion]) -> Decimal:
    """One evaluator's total out of 100: each criterion's score as a share of its maximum, weighted by its
    weight among all weights. Missing criteria count as zero."""
    weights = sum((c.weight for c in criteria), Decimal(0))
    if weights <= 0:
        return Decimal("0.00")
    total = sum(
        (
            Decimal(scores.get(c.key, 0)) / Decimal(c.max_score) * c.weight
            for c in criteria
            if c.max_score > 0
        ),
        Decimal(0),
    )
    return (total / weights * 100).quantize(POINT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Summary:
    average: Decimal | None
    spread: Decimal | None  # highest minus lowest total
    count: int

    def disagrees(self, margin: Decimal) -> bool:
        return self.spread is not None and self.spread > margin


def summarise(totals: Iterable[Decimal]) -> Summary:
    values = list(totals)
    if not values:
        return Summary(average=None, spread=None, count=0)
    average = (sum(values, Decimal(0)) / len(values)).quantize(POINT, rounding=ROUND_HALF_UP)
    return Summary(average=average, spread=max(values) - min(values), count=len(values))


@dataclass(frozen=True)
class Candidate:
    key: int
    score: Decimal
    requested: Decimal
    cap: Decimal | None = None  # the most that may be awarded (de minimis headroom), if less


def funding_line(
    candidates: Iterable[Candidate], *, budget: Decimal, minimum: Decimal = ZERO
) -> dict[int, Decimal]:
    """Award in order of score (ties: the earlier key first) while the budget lasts: each gets what it asked
    for, capped by its `cap`; the first that no longer fits gets what is left if that is at least `minimum`
    (a partial award), and the line stops there. Returns the awards by key."""
    left = cents(budget)
    awards: dict[int, Decimal] = {}
    for c in sorted(candidates, key=lambda c: (-c.score, c.key)):
        want = cents(c.requested if c.cap is None else min(c.requested, c.cap))
        if want <= 0:
            continue
        if want <= left:
            awards[c.key] = want
            left -= want
            continue
        if left > 0 and left >= minimum:
            awards[c.key] = left
        break
    return awards


def balanced_assignment(
    applications: Sequence[int],
    evaluators: Sequence[int],
    *,
    per_application: int,
    existing: Mapping[int, Iterable[int]] | None = None,
    excluded: Mapping[int, Iterable[int]] | None = None,
) -> dict[int, list[int]]:
    """New evaluators for each application so that each has `per_application` in all, giving each to the
    evaluator with the fewest applications so far (ties: the lower id). `existing` holds who already has
    which application, `excluded` who must never get it (a declared conflict). Returns the additions; an
    application gets fewer when too few evaluators are free for it."""
    holding: dict[int, set[int]] = {a: set(e) for a, e in (existing or {}).items()}
    barred: dict[int, set[int]] = {a: set(e) for a, e in (excluded or {}).items()}
    load = dict.fromkeys(evaluators, 0)
    for holders in holding.values():
        for e in holders:
            if e in load:
                load[e] += 1
    additions: dict[int, list[int]] = {}
    for app in applications:
        have = holding.get(app, set())
        need = per_application - len(have)
        if need <= 0:
            continue
        free = [(load[e], e) for e in evaluators if e not in have and e not in barred.get(app, set())]
        chosen = [e for _, e in heapq.nsmallest(need, free)]
        for e in chosen:
            load[e] += 1
        if chosen:
            additions[app] = chosen
    return additions
