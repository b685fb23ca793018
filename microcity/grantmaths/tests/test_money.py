"""Budget totals, strand rules and the final payment, to the cent."""

from decimal import Decimal as D

import pytest

from microcity.grantmaths import money
from microcity.grantmaths.money import Line, StrandRules


def test_cents_rounds_half_up_not_to_even():
    assert money.cents(D("2.345")) == D("2.35")
    assert money.cents(D("2.335")) == D("2.34")
    assert money.cents(D("0.005")) == D("0.01")
    assert money.cents(D("-2.345")) == D("-2.35")


def test_lines_are_rounded_one_by_one_and_totals_are_their_sums():
    lines = [Line(D("3"), D("0.335")), Line(D("3"), D("0.335")), Line(D("1"), D("10"), eligible=False)]
    # 1.005 → 1.01 per line: the total is 2.02, not round(2.01) of the unrounded sum.
    totals = money.budget_totals(lines, requested=D("1.50"))
    assert totals.total == D("12.02")
    assert totals.eligible == D("2.02")
    assert totals.ineligible == D("10.00")
    assert totals.own_funding == D("10.52")
    assert totals.total == totals.eligible + totals.ineligible


ZILE = StrandRules(
    min_amount=D("2000"), max_amount=D("10000"), max_intensity=D("0.8"), min_intensity=D("0.6")
)


@pytest.mark.parametrize(
    ("eligible", "requested", "breaches"),
    [
        (D("10000"), D("8000"), []),
        (D("10000"), D("8000.01"), [money.ABOVE_INTENSITY]),
        (D("10000"), D("5999.99"), [money.BELOW_INTENSITY]),
        (D("10000"), D("6000"), []),
        (D("15000"), D("10000.01"), [money.ABOVE_MAXIMUM]),
        (D("2000"), D("1600"), [money.BELOW_MINIMUM]),
        (D("0"), D("3000"), [money.NO_ELIGIBLE_COSTS]),
        (D("5000"), D("0"), [money.NOTHING_REQUESTED]),
    ],
)
def test_strand_rules(eligible, requested, breaches):
    totals = money.budget_totals([Line(D("1"), eligible)], requested=requested)
    assert money.rule_breaches(totals, ZILE) == breaches


def test_intensity_is_compared_in_cents():
    # 80 % of 3333.33 is 2666.664 → 2666.66; asking 2666.66 is fine, 2666.67 is not.
    rules = StrandRules(min_amount=D("0"), max_amount=D("10000"), max_intensity=D("0.8"))
    ok = money.budget_totals([Line(D("1"), D("3333.33"))], requested=D("2666.66"))
    too_much = money.budget_totals([Line(D("1"), D("3333.33"))], requested=D("2666.67"))
    assert money.rule_breaches(ok, rules) == []
    assert money.rule_breaches(too_much, rules) == [money.ABOVE_INTENSITY]
    assert money.max_grant(D("3333.33"), rules) == D("2666.66")


def test_final_payment_is_what_was_earned_less_the_advance():
    s = money.settlement(award=D("8000"), intensity=D("0.8"), accepted_eligible=D("9000"), advance=D("2400"))
    assert (s.earned, s.payment, s.recovery) == (D("7200.00"), D("4800.00"), D("0.00"))


def test_final_payment_never_exceeds_the_award():
    s = money.settlement(award=D("8000"), intensity=D("0.8"), accepted_eligible=D("20000"), advance=D("2400"))
    assert s.earned == D("8000.00")
    assert s.payment == D("5600.00")


def test_spending_less_than_the_advance_covers_is_a_recovery():
    s = money.settlement(award=D("8000"), intensity=D("0.8"), accepted_eligible=D("1000"), advance=D("2400"))
    assert s.earned == D("800.00")
    assert s.payment == D("0.00")
    assert s.recovery == D("1600.00")


def test_settlement_rounds_the_earned_amount_half_up():
    s = money.settlement(award=D("5000"), intensity=D("0.7"), accepted_eligible=D("1000.05"), advance=D("0"))
    assert s.earned == D("700.04")  # 700.035 → 700.04


def test_negative_money_is_refused():
    with pytest.raises(ValueError):
        money.settlement(award=D("-1"), intensity=D("0.8"), accepted_eligible=D("1"), advance=D("0"))


def test_advance_share():
    assert money.advance_amount(D("7777.77"), D("0.3")) == D("2333.33")
