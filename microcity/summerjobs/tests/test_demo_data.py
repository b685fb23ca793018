"""The demo placements file: every placement names a real ISCO-08 unit group, a lawful age and its periods."""

from __future__ import annotations

import csv
from pathlib import Path

from microcity import labourlaw
from microcity.summerjobs.management.commands.seed_summerjobs import (
    LAST_SUMMER_EXTRA,
    SEASONS,
    VALMIERA,
    VENTSPILS,
)

ISCO = Path(__file__).resolve().parents[2] / "core" / "data" / "isco08_groups.csv"


def test_every_demo_placement_uses_real_codes_and_its_seasons_periods():
    with ISCO.open(encoding="utf-8") as handle:
        unit_groups = {row["code"] for row in csv.DictReader(handle) if row["level"] == "4"}
    for city, specs in (("valmiera", VALMIERA + LAST_SUMMER_EXTRA), ("ventspils", VENTSPILS)):
        periods = len(SEASONS[city]["periods"])
        assert specs, city
        for organisation, workplace, duties, occupation, min_age, *_rest, places, _popularity in specs:
            assert organisation and workplace and duties
            assert occupation in unit_groups, workplace
            assert min_age >= labourlaw.LEGAL_MIN_AGE, workplace
            assert places and set(places) <= set(range(1, periods + 1)), workplace
            assert all(count > 0 for count in places.values()), workplace
