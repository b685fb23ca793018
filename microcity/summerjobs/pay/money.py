"""Pay, subsidies and co-funding of summer jobs from confirmed hours: pure Python (Decimal, no Django).

The rules (docs/decisions/0011, "Pay and subsidies"): the youth earns at least the minimum wage pro rata,
that is at least `minimum_wage / monthly_hours` an hour; the programme pays the employer a share of the
minimum wage pro rata for the hours worked (a larger share for a youth with a disability), the supervisor
a share, and the city may add co-funding. Every money line is rounded half-up to cents once, at its end,
and totals are sums of rounded lines, so that a claim adds up to the cent to the rows it is made of.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
# Hourly rates have four decimals, as Contract.hourly_rate does.
RATE_PLACE = Decimal("0.0001")
MINUTES_PER_HOUR = 60


def cents(value: Decimal) -> Decimal:
    """Half-up to whole cents (2.345 → 2.35), the way a payslip rounds, not banker's rounding."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def hours_of(minutes: int) -> Decimal:
    """Minutes as hours to two decimals, for display and for the certificate (half-up)."""
    return cents(Decimal(minutes) / MINUTES_PER_HOUR)


@dataclass(frozen=True)
class PayRules:
    """A season's pay parameters as plain values; the shares are shares of the monthly minimum wage."""

    minimum_wage: Decimal
    monthly_hours: Decimal
    employer_subsidy_share: Decimal
    disability_subsidy_share: Decimal
    supervisor_share: Decimal
    city_cofunding_share: Decimal

    def __post_init__(self) -> None:
        if self.monthly_hours <= 0:
            raise ValueError("monthly_hours must be positive")
        if self.minimum_wage <= 0:
            raise ValueError("minimum_wage must be positive")

    @property
    def minimum_hourly_rate(self) -> Decimal:
        """Exact (not rounded): subsidies and co-funding are shares of it, so that a full month of hours
        gives exactly the share of the monthly minimum wage."""
        return self.minimum_wage / self.monthly_hours

    @property
    def minimum_pay_rate(self) -> Decimal:
        """The lowest rate a youth is paid: the minimum hourly rate rounded *up* to four decimals, so that
        it is never below the minimum and a payslip can be checked as hours × the printed rate."""
        return self.minimum_hourly_rate.quantize(RATE_PLACE, rounding=ROUND_CEILING)


@dataclass(frozen=True)
class PayLine:
    """One youth's job: hours and every money line, each already rounded to cents."""

    minutes: int
    rate: Decimal  # the hourly rate paid, four decimals, never below the minimum
    rate_raised: bool  # the contract's rate was below the minimum and the minimum is paid instead
    disability: bool
    gross: Decimal
    subsidy: Decimal
    supervisor: Decimal
    cofunding: Decimal
    employer_cost: Decimal

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)


@dataclass(frozen=True)
class PayTotals:
    jobs: int
    minutes: int
    gross: Decimal
    subsidy: Decimal
    supervisor: Decimal
    cofunding: Decimal
    employer_cost: Decimal

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)


def hourly_rate(rules: PayRules, contract_rate: Decimal | None) -> tuple[Decimal, bool]:
    """The rate paid: the contract's, or the minimum if there is no contract or it is below the minimum.
    The second value says whether a contract's rate had to be raised."""
    minimum = rules.minimum_pay_rate
    if contract_rate is None:
        return minimum, False
    if contract_rate < rules.minimum_hourly_rate:
        return minimum, True
    return contract_rate.quantize(RATE_PLACE, rounding=ROUND_CEILING), False


def pay_line(*, rules: PayRules, minutes: int, contract_rate: Decimal | None, disability: bool) -> PayLine:
    """Pay and subsidies for `minutes` of confirmed work. Unconfirmed hours are the caller's to leave out."""
    if minutes < 0:
        raise ValueError("minutes must not be negative")
    hours = Decimal(minutes) / MINUTES_PER_HOUR
    rate, raised = hourly_rate(rules, contract_rate)
    minimum = rules.minimum_hourly_rate
    share = rules.disability_subsidy_share if disability else rules.employer_subsidy_share
    gross = cents(hours * rate)
    subsidy = cents(share * minimum * hours)
    return PayLine(
        minutes=minutes,
        rate=rate,
        rate_raised=raised,
        disability=disability,
        gross=gross,
        subsidy=subsidy,
        supervisor=cents(rules.supervisor_share * minimum * hours),
        cofunding=cents(rules.city_cofunding_share * minimum * hours),
        # A share above 1 (allowed as data) would make the subsidy exceed the pay; the employer then pays 0.
        employer_cost=max(Decimal("0.00"), gross - subsidy),
    )


def pay_totals(lines: Iterable[PayLine]) -> PayTotals:
    """Sums of the rounded lines (never rounded again)."""
    jobs = minutes = 0
    gross = subsidy = supervisor = cofunding = cost = Decimal("0.00")
    for line in lines:
        jobs += 1
        minutes += line.minutes
        gross += line.gross
        subsidy += line.subsidy
        supervisor += line.supervisor
        cofunding += line.cofunding
        cost += line.employer_cost
    return PayTotals(
        jobs=jobs,
        minutes=minutes,
        gross=gross,
        subsidy=subsidy,
        supervisor=supervisor,
        cofunding=cofunding,
        employer_cost=cost,
    )
