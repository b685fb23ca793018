"""The charge for a booking's use: time at the hourly price plus consumables at their unit prices.

Pure arithmetic (no Django), so that the rule is in one place and tested alone. Each line is rounded half-up
to cents once, and the total is the sum of the rounded lines, so a statement's lines always add up to its
total (as summerjobs/pay does)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ConsumableLine:
    name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return to_cents(self.quantity * self.unit_price)


@dataclass(frozen=True)
class Charge:
    time: Decimal
    consumables: Decimal
    lines: tuple[ConsumableLine, ...]

    @property
    def total(self) -> Decimal:
        return self.time + self.consumables


def charge_for(*, minutes: int, per_hour: Decimal, lines: Iterable[ConsumableLine] = ()) -> Charge:
    """Time is charged by the minute at the hourly price; nothing negative is accepted."""
    if minutes < 0 or per_hour < 0:
        raise ValueError("minutes and prices cannot be negative")
    kept = tuple(lines)
    for line in kept:
        if line.quantity < 0 or line.unit_price < 0:
            raise ValueError("quantities and prices cannot be negative")
    time = to_cents(per_hour * Decimal(minutes) / Decimal(60))
    return Charge(time=time, consumables=sum((line.amount for line in kept), Decimal("0.00")), lines=kept)
