"""Money of a grant: budget totals, the aid-intensity and strand limits, and the final payment.

Every money line is rounded half-up to cents once, at its end; totals are sums of rounded lines, so that
a budget adds up to the cent to the lines it is made of (as summerjobs/pay/money.py does). Shares such as
the aid intensity are exact Decimals (0.8 for 80 %)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def cents(value: Decimal) -> Decimal:
    """Half-up to whole cents (2.345 → 2.35), never banker's rounding."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Line:
    """One cost line of a budget: a quantity times a unit price, eligible for the grant or not."""

    quantity: Decimal
    unit_price: Decimal
    eligible: bool = True

    @property
    def cost(self) -> Decimal:
        return cents(self.quantity * self.unit_price)


@dataclass(frozen=True)
class BudgetTotals:
    total: Decimal
    eligible: Decimal
    ineligible: Decimal
    requested: Decimal
    own_funding: Decimal
    intensity: Decimal | None  # requested / eligible, None when nothing is eligible


def budget_totals(lines: Iterable[Line], *, requested: Decimal) -> BudgetTotals:
    """The totals of a budget and the applicant's own co-financing for the grant they ask for."""
    costs = [(line.cost, line.eligible) for line in lines]
    total = sum((cost for cost, _ in costs), ZERO)
    eligible = sum((cost for cost, ok in costs if ok), ZERO)
    requested = cents(requested)
    intensity = (requested / eligible) if eligible > 0 else None
    return BudgetTotals(
        total=total,
        eligible=eligible,
        ineligible=total - eligible,
        requested=requested,
        own_funding=total - requested,
        intensity=intensity,
    )


@dataclass(frozen=True)
class StrandRules:
    """A strand's limits on one grant: the amount (EUR) and the largest share of eligible costs."""

    min_amount: Decimal
    max_amount: Decimal
    max_intensity: Decimal
    min_intensity: Decimal = Decimal("0")


# Codes of what breaks a strand's rules; the Django side turns them into translated messages.
NOTHING_REQUESTED = "nothing_requested"
BELOW_MINIMUM = "below_minimum"
ABOVE_MAXIMUM = "above_maximum"
NO_ELIGIBLE_COSTS = "no_eligible_costs"
ABOVE_INTENSITY = "above_intensity"
BELOW_INTENSITY = "below_intensity"


def max_grant(eligible: Decimal, rules: StrandRules) -> Decimal:
    """The largest grant the strand allows for these eligible costs."""
    return min(rules.max_amount, cents(eligible * rules.max_intensity))


def rule_breaches(totals: BudgetTotals, rules: StrandRules) -> list[str]:
    """What the request breaks, in a fixed order; empty when it keeps every rule."""
    found: list[str] = []
    if totals.requested <= 0:
        return [NOTHING_REQUESTED]
    if totals.requested < rules.min_amount:
        found.append(BELOW_MINIMUM)
    if totals.requested > rules.max_amount:
        found.append(ABOVE_MAXIMUM)
    if totals.eligible <= 0:
        found.append(NO_ELIGIBLE_COSTS)
    else:
        # Compared in cents, as the applicant sees it: intensity × eligible rounded half-up.
        if totals.requested > cents(totals.eligible * rules.max_intensity):
            found.append(ABOVE_INTENSITY)
        if rules.min_intensity > 0 and totals.requested < cents(totals.eligible * rules.min_intensity):
            found.append(BELOW_INTENSITY)
    return found


@dataclass(frozen=True)
class Settlement:
    """The final payment of a grant: what is still due (`payment`) or what must come back (`recovery`)."""

    earned: Decimal  # min(award, intensity × accepted eligible costs)
    advance: Decimal
    payment: Decimal
    recovery: Decimal


def advance_amount(award: Decimal, share: Decimal) -> Decimal:
    return cents(award * share)


def settlement(
    *, award: Decimal, intensity: Decimal, accepted_eligible: Decimal, advance: Decimal
) -> Settlement:
    """final = min(award, intensity × accepted eligible costs) − advance; a negative result is a recovery."""
    if award < 0 or accepted_eligible < 0 or advance < 0:
        raise ValueError("money amounts cannot be negative")
    earned = min(cents(award), cents(intensity * accepted_eligible))
    difference = earned - cents(advance)
    if difference >= 0:
        return Settlement(earned=earned, advance=cents(advance), payment=difference, recovery=ZERO)
    return Settlement(earned=earned, advance=cents(advance), payment=ZERO, recovery=-difference)
