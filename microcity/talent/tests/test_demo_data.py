"""The demo jobs file: every entry loads and uses the jobs board's codes and real ISCO-08 unit groups."""

from __future__ import annotations

import csv
from pathlib import Path

from microcity.talent.management.commands.seed_jobs import demo_jobs
from microcity.talent.models import EmploymentType, WorkplaceType

ISCO = Path(__file__).resolve().parents[2] / "core" / "data" / "isco08_groups.csv"


def test_every_demo_job_uses_the_board_codes():
    with ISCO.open(encoding="utf-8") as handle:
        unit_groups = {row["code"] for row in csv.DictReader(handle) if row["level"] == "4"}
    jobs = demo_jobs()
    assert len(jobs) >= 15
    for job in jobs:
        assert str(job["occupation"]) in unit_groups, job["title"]
        assert job["employment_type"] in EmploymentType.values, job["title"]
        assert job["workplace_type"] in WorkplaceType.values, job["title"]
        assert 0 < job["salary_min"] <= job["salary_max"], job["title"]
