"""The de minimis ceiling of Regulation (EU) 2023/2831: a single undertaking (a company and the companies
linked to it) may receive at most EUR 300,000 of de minimis aid over any rolling period of three years.

The period is the three years that end on the day the new aid is granted: aid granted on a day after the
same calendar day three years earlier counts (granted 2023-05-02 counts on 2026-05-01 and 2026-05-02,
no longer on 2026-05-03)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from microcity.grantmaths.money import ZERO, cents

CEILING = Decimal("300000.00")
YEARS = 3


@dataclass(frozen=True)
class PriorAid:
    granted_on: dt.date
    amount: Decimal


def window_start(on: dt.date, *, years: int = YEARS) -> dt.date:
    """The first day that still counts for aid granted on `on`."""
    try:
        start = on.replace(year=on.year - years)
    except ValueError:  # 29 February in a year that has none
        start = on.replace(year=on.year - years, day=28)
    return start + dt.timedelta(days=1)


def used(prior: Iterable[PriorAid], *, on: dt.date) -> Decimal:
    """De minimis aid counted on `on`: granted in the rolling three years up to and including that day."""
    start = window_start(on)
    return sum((cents(aid.amount) for aid in prior if start <= aid.granted_on <= on), ZERO)


def headroom(prior: Iterable[PriorAid], *, on: dt.date, ceiling: Decimal = CEILING) -> Decimal:
    """How much more de minimis aid the single undertaking may receive on `on` (never below zero)."""
    return max(ZERO, ceiling - used(prior, on=on))


def fits(amount: Decimal, prior: Iterable[PriorAid], *, on: dt.date, ceiling: Decimal = CEILING) -> bool:
    return cents(amount) <= headroom(prior, on=on, ceiling=ceiling)
