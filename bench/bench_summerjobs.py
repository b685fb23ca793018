"""End-to-end timing of the summer lottery on PostgreSQL: `match_run_preview` + `match_run_publish`.

Run from the repository root, for example:

    .venv/bin/python bench/bench_summerjobs.py                      # 10,000 applicants × 5 choices, ~1,300 places
    .venv/bin/python bench/bench_summerjobs.py --fresh              # drop and rebuild the database first
    .venv/bin/python bench/bench_summerjobs.py --applicants 500 --placements 20 --repeat 1   # smoke test

What it does (see bench/README-summerjobs.md):

1. Database: PostgreSQL database --database-url (default microcity_summer_bench on 127.0.0.1, trust
   authentication), created with psycopg when missing, dropped first with --fresh. `migrate`.
2. Data, once per size (a rerun with the same sizes reuses it): a city, its coordinator, a season
   (ages 13–19, four periods of 15 working days, three priority groups, prior agreements counted),
   --placements approved placements of 120 employers, each in --periods-per-placement of the four
   periods with 1–10 places (so ~1,300 placement periods), and --applicants youths aged 13–19 on
   the first day of June, each with a submitted application: --choices ranked choices (popular
   placements are chosen more often), one to four available periods, 12 % in a priority group
   (80 % of them checked), 2 % with a confirmed prior agreement, 3 % with a disability. Everything
   with bulk_create and a fixed random seed; then VACUUM ANALYZE.
3. Timing, --repeat times: the season's earlier match runs are deleted (with their offers and
   explanations), then `match_run_preview(kind="initial")` and `match_run_publish()` are timed end to
   end, database reads and writes included, exactly as a coordinator would run them. Prints wall time,
   this process's CPU time, the number of SQL statements, and the load average (other work on the
   machine), then one untimed breakdown of the stages.

Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/microcity_summer_bench"
TARGET_SECONDS = 10.0
YEAR = 2027
SEED = 20260601
BENCH_SECRET = "be2c4" + "0" * 59
CITY_SLUG = "summer-bench"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--applicants", type=int, default=10_000)
    parser.add_argument("--choices", type=int, default=5)
    parser.add_argument("--placements", type=int, default=435, help="placements (×3 periods each by default)")
    parser.add_argument("--periods-per-placement", type=int, default=3, choices=[1, 2, 3, 4])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="drop and re-create the database first")
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
    os.environ.setdefault("DB_CONN_MAX_AGE", "0")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def season_name(args: argparse.Namespace) -> str:
    return f"Bench {args.applicants}×{args.choices}, {args.placements}×{args.periods_per_placement}"


def build(args: argparse.Namespace) -> Any:
    """The season, its placements and applications (reused when a season of the same size exists)."""
    from django.db import connection, transaction
    from django.utils import timezone

    from microcity.accounts.models import Membership, Role, User
    from microcity.core.models import City, Occupation, Organisation, OrganisationKind, Person
    from microcity.summerjobs.lottery import commitment as lottery_commitment
    from microcity.summerjobs.lottery import draw
    from microcity.summerjobs.models import (
        Application,
        ApplicationStatus,
        Choice,
        HourLimit,
        Placement,
        PlacementPeriod,
        PlacementStatus,
        PriorityGroup,
        PriorityKind,
        ProgrammeType,
        Season,
        SeasonPeriod,
    )
    from microcity.summerjobs.seasons.services import DEFAULT_HOUR_LIMITS

    city, _ = City.objects.get_or_create(
        slug=CITY_SLUG, defaults={"name_lv": "Etalonpilsēta", "name_en": "Bench City"}
    )
    coordinator, _ = User.objects.get_or_create(email="koordinators@summer-bench.example.lv")
    Membership.objects.get_or_create(user=coordinator, city=city, role=Role.PROGRAMME_COORDINATOR)
    existing = Season.objects.filter(city=city, name=season_name(args), year=YEAR).first()
    if existing is not None:
        print(f"reusing season {existing.pk} ({season_name(args)})")
        return existing, coordinator

    rng = random.Random(SEED)
    started = time.perf_counter()
    now = timezone.now()
    with transaction.atomic():
        season = Season.objects.create(
            city=city,
            programme_type=ProgrammeType.MUNICIPAL,
            name=season_name(args),
            year=YEAR,
            min_age=13,
            max_age=19,
            minimum_wage=Decimal("780"),
            employer_registration_opens=now - dt.timedelta(days=90),
            employer_registration_closes=now - dt.timedelta(days=60),
            youth_registration_opens=now - dt.timedelta(days=50),
            youth_registration_closes=now - dt.timedelta(days=1),
            allow_pre_agreements=True,
            max_choices=max(5, args.choices),
            # Committed before registration (a fixed secret, so that every rerun draws the same).
            lottery_secret=BENCH_SECRET,
            lottery_commitment=draw.commitment_of(BENCH_SECRET),
            lottery_committed_at=now - dt.timedelta(days=51),
            lottery_committed_by=coordinator,
        )
        HourLimit.objects.bulk_create(
            [HourLimit(season=season, category=c, **limits) for c, limits in DEFAULT_HOUR_LIMITS.items()]
        )
        starts = [dt.date(YEAR, 6, 7), dt.date(YEAR, 6, 28), dt.date(YEAR, 7, 19), dt.date(YEAR, 8, 9)]
        periods = SeasonPeriod.objects.bulk_create(
            [
                SeasonPeriod(
                    season=season,
                    name=f"{n}. periods",
                    starts_on=s,
                    ends_on=s + dt.timedelta(days=18),
                    working_days=15,
                )
                for n, s in enumerate(starts, 1)
            ]
        )
        groups = PriorityGroup.objects.bulk_create(
            [
                PriorityGroup(season=season, kind=PriorityKind.ORPHAN, rank=1),
                PriorityGroup(season=season, kind=PriorityKind.LOW_INCOME, rank=2),
                PriorityGroup(season=season, kind=PriorityKind.LARGE_FAMILY, rank=3),
            ]
        )
        employers = Organisation.objects.bulk_create(
            [
                Organisation(name=f"SIA Etalons {n}", kind=OrganisationKind.EMPLOYER, city=city)
                for n in range(120)
            ]
        )
        schools = Organisation.objects.bulk_create(
            [Organisation(name=f"{n}. skola", kind=OrganisationKind.SCHOOL, city=city) for n in range(1, 21)]
        )
        occupations = list(Occupation.objects.filter(level=4).values_list("pk", flat=True))
        placements = []
        for n in range(args.placements):
            kind = rng.random()
            if kind < 0.4:  # light work, 13+
                min_age, light, hours, end = 13, True, Decimal("4"), dt.time(13, 0)
            elif kind < 0.8:
                min_age, light, hours, end = 15, rng.random() < 0.5, Decimal("6"), dt.time(14, 30)
            else:
                min_age, light, hours, end = rng.choice([16, 18]), False, Decimal("7"), dt.time(15, 30)
            placements.append(
                Placement(
                    season=season,
                    organisation=rng.choice(employers),
                    workplace=f"Darba vieta {n}",
                    duties="Palīgdarbi.",
                    address="Etalonu iela 1",
                    occupation_id=rng.choice(occupations),
                    min_age=min_age,
                    is_light_work=light,
                    hours_per_day=hours,
                    starts_at=dt.time(8, 0),
                    ends_at=end,
                    supervisor_name="Vadītājs",
                    takes_youths_with_disability=rng.random() < 0.15,
                    status=PlacementStatus.APPROVED,
                )
            )
        placements = Placement.objects.bulk_create(placements, batch_size=1000)
        PlacementPeriod.objects.bulk_create(
            [
                PlacementPeriod(
                    placement=p,
                    period=period,
                    capacity=rng.randint(1, 5 if p.takes_youths_with_disability else 10),
                )
                for p in placements
                for period in rng.sample(periods, args.periods_per_placement)
            ],
            batch_size=2000,
        )
        people = Person.objects.bulk_create(
            [
                Person(
                    first_name="Jaunietis",
                    last_name=f"#{n}",
                    city=city,
                    date_of_birth=dt.date(YEAR - 13, 6, 7) - dt.timedelta(days=rng.randint(0, 7 * 365 - 1)),
                    has_disability=rng.random() < 0.03,
                )
                for n in range(args.applicants)
            ],
            batch_size=2000,
        )
        # Popular placements are chosen more often (weights 1/sqrt(rank)).
        weights = [1 / (i + 1) ** 0.5 for i in range(len(placements))]
        applications = []
        for person in people:
            age = (
                YEAR
                - person.date_of_birth.year
                - ((person.date_of_birth.month, person.date_of_birth.day) > (6, 7))
            )
            grouped = rng.random() < 0.12
            applications.append(
                Application(
                    season=season,
                    youth=person,
                    status=ApplicationStatus.SUBMITTED,
                    submitted_at=now - dt.timedelta(days=rng.randint(2, 40)),
                    residence_city=city,
                    school=rng.choice(schools),
                    in_basic_education=age < 16,
                    gender=rng.choice(["female", "male", "", "female", "male"]),
                    priority_group=rng.choice(groups) if grouped else None,
                    priority_verified_at=now if grouped and rng.random() < 0.8 else None,
                )
            )
        applications = Application.objects.bulk_create(applications, batch_size=2000)
        through = Application.available_periods.through
        through.objects.bulk_create(
            [
                through(application_id=a.pk, seasonperiod_id=period.pk)
                for a in applications
                for period in rng.sample(periods, rng.randint(1, 4))
            ],
            batch_size=5000,
        )
        choices = []
        agreements = []
        for a in applications:
            picked: list[Placement] = []
            while len(picked) < min(args.choices, len(placements)):
                candidate = rng.choices(placements, weights)[0]
                if candidate not in picked:
                    picked.append(candidate)
            choices += [Choice(application=a, rank=r, placement=p) for r, p in enumerate(picked, 1)]
            if rng.random() < 0.02:
                a.pre_agreement = picked[0]
                a.pre_agreement_confirmed_at = now
                agreements.append(a)
        Choice.objects.bulk_create(choices, batch_size=5000)
        Application.objects.bulk_update(
            agreements, ["pre_agreement", "pre_agreement_confirmed_at"], batch_size=1000
        )
        season = lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    places = PlacementPeriod.objects.filter(placement__season=season).count()
    print(
        f"built season {season.pk}: {len(applications):,} applications, {len(choices):,} choices, "
        f"{len(placements):,} placements, {places:,} placement periods in {time.perf_counter() - started:.1f} s"
    )
    return season, coordinator


def reset_runs(season: Any) -> None:
    from django.db import connection

    from microcity.summerjobs.models import MatchRun

    MatchRun.objects.filter(season=season).delete()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE summerjobs_assignment, summerjobs_matchexplanation, summerjobs_matchrun")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed_run(season: Any, coordinator: Any) -> dict[str, Any]:
    from django.db import connection

    from microcity.summerjobs.lottery.services import match_run_preview, match_run_publish

    count = {"queries": 0}

    def counter(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        count["queries"] += 1
        return execute(sql, params, many, context)

    load_before = os.getloadavg()[0]
    cpu0 = cpu_seconds()
    with connection.execute_wrapper(counter):
        t0 = time.perf_counter()
        run = match_run_preview(season=season, by=coordinator, kind="initial")
        t1 = time.perf_counter()
        run = match_run_publish(run=run, by=coordinator)
        t2 = time.perf_counter()
    return {
        "preview": t1 - t0,
        "publish": t2 - t1,
        "total": t2 - t0,
        "cpu": cpu_seconds() - cpu0,
        "queries": count["queries"],
        "load": (load_before, os.getloadavg()[0]),
        "placed": run.statistics["placed"],
        "participants": run.statistics["participants"],
        "places": run.statistics["places"],
        "by_choice_rank": run.statistics["by_choice_rank"],
    }


def breakdown(season: Any) -> None:
    """One untimed-by-the-target pass through the stages, to show where the time goes."""
    from microcity.summerjobs.lottery import instance as lottery

    t0 = time.perf_counter()
    instance = lottery.build_instance(season, "initial")
    t1 = time.perf_counter()
    matched = lottery.solve(instance)
    t2 = time.perf_counter()
    explanations = lottery.explain_results(instance, matched)
    t3 = time.perf_counter()
    lottery.run_statistics(instance, matched, explanations)
    t4 = time.perf_counter()
    prefs = sum(len(a.prefs) for a in instance.applicants)
    print(
        f"stages: read + build instance {t1 - t0:.2f} s ({len(instance.applicants):,} applicants, "
        f"{len(instance.nodes):,} nodes, {prefs:,} listed choice-periods), stable_match {t2 - t1:.2f} s, "
        f"explanations {t3 - t2:.2f} s, statistics {t4 - t3:.2f} s; "
        "the rest of preview + publish is writing runs, offers and explanations, and publish's re-read"
    )


def main() -> int:
    args = parse_args()
    ensure_database(args.database_url, args.fresh)
    setup_django(args.database_url)
    from django.core.management import call_command

    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate {time.perf_counter() - t0:.1f} s")
    season, coordinator = build(args)
    results = []
    for n in range(1, args.repeat + 1):
        reset_runs(season)
        result = timed_run(season, coordinator)
        results.append(result)
        print(
            f"run {n}: preview {result['preview']:.2f} s + publish {result['publish']:.2f} s = "
            f"{result['total']:.2f} s wall, {result['cpu']:.2f} s CPU in this process, {result['queries']} SQL "
            f"statements; placed {result['placed']:,} of {result['participants']:,} ({result['places']:,} places); "
            f"load average {result['load'][0]:.2f} → {result['load'][1]:.2f}"
        )
    print(f"placed by choice rank: {results[-1]['by_choice_rank']}")
    reset_runs(season)
    breakdown(season)
    totals = [r["total"] for r in results]
    best, median = min(totals), statistics.median(totals)
    verdict = "PASS" if median <= TARGET_SECONDS else "MISS"
    print(
        f"preview + publish: best {best:.2f} s, median {median:.2f} s (target ≤ {TARGET_SECONDS:.0f} s): {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
