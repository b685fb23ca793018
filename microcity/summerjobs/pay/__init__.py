"""Pay and subsidies: the pure arithmetic (money.py) and the season's payroll, claims and exports (payroll.py)."""
