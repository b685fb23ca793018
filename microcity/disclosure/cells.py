"""Small-cell suppression and the "first occurrence" rule behind every headline number.

Rules (docs/decisions/0025-impact.md):

* **Primary suppression.** A group (cell) with at least 1 and fewer than `threshold` subjects is hidden.
  An empty group (0) is not a disclosure about anyone and is shown.
* **Complementary suppression.** If a breakdown would hide exactly one cell and its total is published,
  the hidden value is the total minus the others: the next smallest non-empty cell is hidden too (the
  method of the summer-jobs equity report, now implemented once, here).
* **Small totals.** A total under `threshold` (but not 0) is hidden with every cell of its breakdown.
* **Cumulative series.** A point of a running total is published only if it moved by 0 or by at least
  `threshold` since the last published point; the last point (the total) is always anchored, and points
  before it are withdrawn until its step is safe, so that no difference of two published points is a
  small group.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

SMALL_GROUP = 5

K = TypeVar("K", bound=Hashable)
S = TypeVar("S", bound=Hashable)


@dataclass(frozen=True)
class Cell:
    """One published count: `value` is None when the cell is hidden."""

    key: str
    count: int
    suppressed: bool

    @property
    def value(self) -> int | None:
        return None if self.suppressed else self.count


def _small(count: int, threshold: int) -> bool:
    return 0 < count < threshold


def suppress_counts(counts: Mapping[str, int], *, threshold: int = SMALL_GROUP) -> tuple[list[Cell], Cell]:
    """The cells of one breakdown (in the mapping's order) and its total, with small groups hidden.

    The total is the sum of the cells: every breakdown here partitions its subjects (each counted once,
    under its first occurrence), so the cells add up to the published total."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    for key, count in counts.items():
        if count < 0:
            raise ValueError(f"negative count for {key!r}")
    total = sum(counts.values())
    if _small(total, threshold):
        cells = [Cell(key=k, count=c, suppressed=c > 0) for k, c in counts.items()]
        return cells, Cell(key="total", count=total, suppressed=True)
    hidden = {k for k, c in counts.items() if _small(c, threshold)}
    if len(hidden) == 1:
        others = sorted(((c, k) for k, c in counts.items() if k not in hidden and c > 0))
        if others:
            hidden.add(others[0][1])
    cells = [Cell(key=k, count=c, suppressed=k in hidden) for k, c in counts.items()]
    return cells, Cell(key="total", count=total, suppressed=False)


def cumulative_points(increments: Sequence[int], *, threshold: int = SMALL_GROUP) -> list[int | None]:
    """Running totals of `increments` (new subjects per month), with None where a point is withheld.

    Forward pass: publish a point when the running total moved by 0 or by at least `threshold` since the
    last published point. Then the final point (the period's total, published elsewhere anyway) is
    anchored: if its step from the last published point is small, earlier points are withdrawn until it
    is not (back to the start, whose implicit point is 0). If the total itself is small, nothing is shown.
    """
    running: list[int] = []
    total = 0
    for step in increments:
        if step < 0:
            raise ValueError("negative increment")
        total += step
        running.append(total)
    if not running:
        return []
    if _small(total, threshold):
        return [None if value else 0 for value in running]
    published: list[int | None] = []
    last = 0
    for value in running:
        step = value - last
        if step == 0 or step >= threshold:
            published.append(value)
            last = value
        else:
            published.append(None)
    # Anchor the final total and withdraw points before it until its step is safe.
    published[-1] = running[-1]
    for index in range(len(published) - 2, -1, -1):
        point = published[index]
        if point is None:
            continue
        step = running[-1] - point
        if step == 0 or step >= threshold:
            break
        published[index] = None
    # A point between two published ones must also be safe on both sides; the forward pass made each
    # published step safe from the previous published point, and withdrawals only merge steps, which
    # keeps them >= threshold (a sum of a safe step and anything non-negative).
    return published


def first_occurrences(
    rows: Iterable[tuple[S, dt.date, int, K]],
) -> dict[S, K]:
    """For rows (subject, date, row id, attributes): each subject's attributes from its first row (the
    earliest date, then the lowest row id). This is how a person supported by two programmes or in two
    cities is counted once, under where and when they were first counted. The reference for the
    database's window query (impact.selectors), which a test compares against it."""
    best: dict[S, tuple[dt.date, int, K]] = {}
    for subject, day, row_id, attributes in rows:
        current = best.get(subject)
        if current is None or (day, row_id) < (current[0], current[1]):
            best[subject] = (day, row_id, attributes)
    return {subject: found[2] for subject, found in best.items()}


AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("under-15", 0, 14),
    ("15-19", 15, 19),
    ("20-24", 20, 24),
    ("25-34", 25, 34),
    ("35-54", 35, 54),
    ("55-plus", 55, None),
)
UNKNOWN_AGE = "unknown"


def age_band(born: dt.date | None, on: dt.date) -> str:
    """The age band on a day (full years); "unknown" without a date of birth or with one after the day."""
    if born is None or born > on:
        return UNKNOWN_AGE
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for key, low, high in AGE_BANDS:
        if years >= low and (high is None or years <= high):
            return key
    return UNKNOWN_AGE
