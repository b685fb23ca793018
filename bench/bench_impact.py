"""Timing of the results pages and open data over a large outcome ledger, on PostgreSQL.

Run from the repository root, for example:

    .venv/bin/python bench/bench_impact.py                       # 1,000,000 ledger rows, 5 years, 2 cities
    .venv/bin/python bench/bench_impact.py --rows 100000 --repeat 3   # smaller
    .venv/bin/python bench/bench_impact.py --fresh               # drop and rebuild the database first

What it does (see bench/README-impact.md):

1. Database: PostgreSQL database --database-url (default microcity_impact_bench on 127.0.0.1, trust
   authentication), created with psycopg when missing, dropped first with --fresh; `migrate`.
2. Data, once per size: two cities, --people people (dates of birth 1960–2012) and --rows ledger rows
   over 2019-01-01..2023-12-31 spread over the seven indicators and their programmes (one person appears
   in several rows, programmes and cities, as in life), with bulk_create and a fixed seed; a reporting
   period and targets; VACUUM ANALYZE.
3. Timing, --repeat times each: the all-cities results page and one city's page through Django's test
   client with the page cache emptied first ("uncached"), then the same page served from the cache
   ("cached"); the open data of one city (all CSV files) uncached. Prints p50/p95/max in ms against the
   targets of issue 19 (cached ≤ 150 ms p95, uncached ≤ 2 s, open data ≤ 5 s) and the query count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/microcity_impact_bench"
SEED = 20261207


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fresh", action="store_true")
    return parser.parse_args()


def ensure_database(url: str, fresh: bool) -> None:
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1].split("?", 1)[0]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            exists = None
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created database {name}")


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "microcity.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def seed(rows: int, people: int) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction

    from microcity.core.models import City, Indicator, Organisation, OrganisationKind, OutcomeRecord, Person
    from microcity.impact.models import ReportingPeriod, Target

    marker = f"bench-{rows}-{people}"
    if ReportingPeriod.objects.filter(slug=marker[:40]).exists():
        print(f"data {marker} already there")
        return
    OutcomeRecord.objects.all().delete()
    rng = random.Random(SEED)  # noqa: S311 - benchmark data
    started = time.perf_counter()
    with transaction.atomic():
        cities = [
            City.objects.update_or_create(slug=slug, defaults={"name_lv": name, "name_en": name})[0]
            for slug, name in (("bench-a", "Bench A"), ("bench-b", "Bench B"))
        ]
        persons = Person.objects.bulk_create(
            [
                Person(
                    first_name="P",
                    last_name=str(i),
                    city=cities[i % 2],
                    date_of_birth=dt.date(
                        1960 + rng.randrange(53), 1 + rng.randrange(12), 1 + rng.randrange(28)
                    ),
                )
                for i in range(people)
            ],
            batch_size=5000,
        )
        organisations = Organisation.objects.bulk_create(
            [
                Organisation(name=f"Bench company {i}", city=cities[i % 2], kind=OrganisationKind.COMPANY)
                for i in range(2000)
            ],
            batch_size=2000,
        )
        source = ContentType.objects.get_for_model(Person)
        indicators = [
            (Indicator.YOUTH_SUPPORTED, "careers", 40),
            (Indicator.SUMMER_JOB_COMPLETED, "summerjobs", 20),
            (Indicator.SPECIALIST_ATTRACTED, "talent", 10),
            (Indicator.PERSON_RETRAINED, "courses", 12),
            (Indicator.MAKERSPACE_USER, "makerspace", 14),
            (Indicator.COMPANY_INNOVATION_SUPPORTED, "grants", 3),
            (Indicator.INVESTOR_ATTRACTED, "investors", 1),
        ]
        weights = [w for _i, _p, w in indicators]
        start = dt.date(2019, 1, 1)
        batch: list[OutcomeRecord] = []
        for n in range(rows):
            indicator, programme, _w = rng.choices(indicators, weights)[0]
            organisation_based = indicator in (
                Indicator.COMPANY_INNOVATION_SUPPORTED,
                Indicator.INVESTOR_ATTRACTED,
            )
            batch.append(
                OutcomeRecord(
                    person=None if organisation_based else persons[rng.randrange(people)],
                    organisation=organisations[rng.randrange(len(organisations))]
                    if organisation_based
                    else None,
                    city=cities[rng.randrange(2)],
                    programme=programme,
                    indicator=indicator,
                    occurred_on=start + dt.timedelta(days=rng.randrange(5 * 365)),
                    source_type=source,
                    source_id=f"b{n}",
                )
            )
            if len(batch) == 20_000:
                OutcomeRecord.objects.bulk_create(batch)
                batch = []
        OutcomeRecord.objects.bulk_create(batch)
        period = ReportingPeriod.objects.create(
            slug=marker[:40], name_lv="Bench", name_en="Bench", starts_on=start, ends_on=dt.date(2023, 12, 31)
        )
        for indicator, _p, weight in indicators:
            Target.objects.create(period=period, city=None, indicator=indicator, value=weight * 1000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"seeded {rows:,} rows, {people:,} people in {time.perf_counter() - started:.0f} s")


def timed(fn: Any, repeat: int) -> tuple[list[float], int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            fn()
            times.append((time.perf_counter() - started) * 1000)
        queries = len(captured.captured_queries)
    return times, queries


def report(name: str, times: list[float], queries: int, target_ms: float) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    verdict = "PASS" if p95 <= target_ms else "MISS"
    print(
        f"{name:<34} p50 {statistics.median(times):8.1f} ms  p95 {p95:8.1f} ms  max {max(times):8.1f} ms"
        f"  queries {queries:3d}  target ≤ {target_ms:,.0f} ms  {verdict}"
    )


def main() -> None:
    args = parse_args()
    ensure_database(args.database_url, args.fresh)
    setup_django(args.database_url)
    seed(args.rows, args.people)
    from django.conf import settings
    from django.core.cache import caches
    from django.test import Client

    from microcity.core.models import City
    from microcity.impact import opendata

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    city = City.objects.get(slug="bench-a")
    pages = {"all cities": "/lv/results/?period=all", "one city": f"/lv/{city.slug}/results/?period=all"}

    def clear() -> None:
        for alias in ("default", "local"):
            caches[alias].clear()

    for name, url in pages.items():
        assert client.get(url).status_code == 200

        def uncached(url: str = url) -> None:
            clear()
            assert client.get(url).status_code == 200

        times, queries = timed(uncached, args.repeat)
        report(f"results, {name}, uncached", times, queries, 2000)
        client.get(url)

        def cached(url: str = url) -> None:
            response = client.get(url)
            assert response.get("X-Page-Cache") == "hit"

        times, queries = timed(cached, max(args.repeat, 20))
        report(f"results, {name}, cached", times, queries, 150)

    def export() -> None:
        found = opendata.city_results(city)
        for ds in opendata.datasets():
            opendata.csv_content(ds, found)

    times, queries = timed(export, args.repeat)
    report("open data, one city, all files", times, queries, 5000)


if __name__ == "__main__":
    main()
