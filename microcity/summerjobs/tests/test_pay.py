"""Pay and subsidies (pay/money.py, pure): figures computed by hand for a minimum wage of 780 EUR over 168 hours,
so the minimum hourly rate is 780 / 168 = 4.642857142857… and the lowest rate paid is 4.6429."""

from __future__ import annotations

from decimal import Decimal

import pytest

from microcity.summerjobs.pay.money import PayRules, cents, hourly_rate, hours_of, pay_line, pay_totals

D = Decimal


def rules(**changes: object) -> PayRules:
    values: dict[str, object] = {
        "minimum_wage": D("780.00"),
        "monthly_hours": D("168.0"),
        "employer_subsidy_share": D("0.500"),
        "disability_subsidy_share": D("1.000"),
        "supervisor_share": D("0.100"),
        "city_cofunding_share": D("0.000"),
    }
    values.update(changes)
    return PayRules(**values)  # type: ignore[arg-type]


def test_rounding_is_half_up_to_cents() -> None:
    assert cents(D("2.345")) == D("2.35")  # banker's rounding would give 2.34
    assert cents(D("2.344999")) == D("2.34")
    assert cents(D("0.005")) == D("0.01")
    assert hours_of(20) == D("0.33") and hours_of(30) == D("0.50") and hours_of(0) == D("0.00")


def test_minimum_rates() -> None:
    season = rules()
    assert season.minimum_hourly_rate == D(780) / D(168)
    # Rounded up, never down: 4.642857… → 4.6429.
    assert season.minimum_pay_rate == D("4.6429")
    assert rules(minimum_wage=D("700.00"), monthly_hours=D("160")).minimum_pay_rate == D("4.3750")


def test_fifteen_days_of_four_hours_without_a_contract() -> None:
    line = pay_line(rules=rules(), minutes=60 * 60, contract_rate=None, disability=False)
    assert line.hours == D("60.00")
    assert line.rate == D("4.6429") and not line.rate_raised
    assert line.gross == D("278.57")  # 60 × 4.6429 = 278.574
    assert line.subsidy == D("139.29")  # 0.5 × 780/168 × 60 = 139.2857…
    assert line.supervisor == D("27.86")  # 0.1 × 780/168 × 60 = 27.857…
    assert line.cofunding == D("0.00")
    assert line.employer_cost == D("139.28")  # 278.57 − 139.29


def test_a_full_month_with_a_disability() -> None:
    line = pay_line(rules=rules(), minutes=168 * 60, contract_rate=None, disability=True)
    assert line.gross == D("780.01")  # 168 × 4.6429 = 780.0072: never below the minimum wage
    assert line.subsidy == D("780.00")  # 100 % of the minimum wage, exactly
    assert line.supervisor == D("78.00")
    assert line.employer_cost == D("0.01")


def test_the_contract_rate_and_city_cofunding() -> None:
    season = rules(city_cofunding_share=D("0.200"))
    line = pay_line(rules=season, minutes=2250, contract_rate=D("5.0000"), disability=False)  # 37.5 h
    assert line.rate == D("5.0000")
    assert line.gross == D("187.50")
    assert line.subsidy == D("87.05")  # 0.5 × 4.642857… × 37.5 = 87.0535…
    assert line.supervisor == D("17.41")  # 17.4107…
    assert line.cofunding == D("34.82")  # 0.2 × 174.107… = 34.8214…
    assert line.employer_cost == D("100.45")


def test_a_contract_rate_below_the_minimum_is_raised() -> None:
    assert hourly_rate(rules(), D("4.0000")) == (D("4.6429"), True)
    assert hourly_rate(rules(), D("4.6428")) == (D("4.6429"), True)
    assert hourly_rate(rules(), D("4.6429")) == (D("4.6429"), False)
    line = pay_line(rules=rules(), minutes=600, contract_rate=D("4.0000"), disability=False)
    assert line.rate_raised and line.gross == D("46.43")  # 10 × 4.6429 = 46.429


def test_the_employers_cost_is_never_negative() -> None:
    generous = rules(disability_subsidy_share=D("1.200"))
    line = pay_line(rules=generous, minutes=600, contract_rate=None, disability=True)
    assert line.gross == D("46.43") and line.subsidy == D("55.71")  # 1.2 × 46.42857…
    assert line.employer_cost == D("0.00")


def test_no_hours_no_money() -> None:
    line = pay_line(rules=rules(), minutes=0, contract_rate=D("6.0000"), disability=False)
    assert (line.gross, line.subsidy, line.supervisor, line.cofunding, line.employer_cost) == (D("0.00"),) * 5


def test_totals_are_sums_of_rounded_lines() -> None:
    # One minute: 4.6429 / 60 = 0.07738 → 0.08 a line; three lines 0.24, while rounding the sum gives 0.23.
    lines = [pay_line(rules=rules(), minutes=1, contract_rate=None, disability=False) for _ in range(3)]
    totals = pay_totals(lines)
    assert totals.jobs == 3 and totals.minutes == 3
    assert totals.gross == D("0.24")
    assert totals.subsidy == sum(line.subsidy for line in lines) == D("0.12")
    assert pay_totals([]).gross == D("0.00") and pay_totals([]).jobs == 0


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        rules(monthly_hours=D("0"))
    with pytest.raises(ValueError):
        rules(minimum_wage=D("0"))
    with pytest.raises(ValueError):
        pay_line(rules=rules(), minutes=-1, contract_rate=None, disability=False)


def test_pay_module_knows_nothing_of_django() -> None:
    import ast
    from pathlib import Path

    import microcity.summerjobs.pay.money as module

    tree = ast.parse(Path(module.__file__).read_text())
    imported = {
        name.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for name in node.names
    } | {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "django" not in imported and "microcity" not in imported
