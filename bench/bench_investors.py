"""Speed of the investors' pipeline board, the lead list with filters and the info-pack PDF, for a city with
10,000 leads and 200,000 timeline entries.

Run from the repository root:

    .venv/bin/python bench/bench_investors.py [--leads 10000] [--activities 200000] [--repeat 40] [--fresh]

What it does:

1. Uses the PostgreSQL database ``microcity_investors_bench`` (``--database-url``), created with psycopg
   when missing, dropped first with ``--fresh``; runs ``migrate``.
2. Builds (once; reused while the counts match) a bench city with an investment manager, four sites and
   ``--leads`` leads over every stage, sector and country with ``--activities`` timeline entries (a tenth of
   them open tasks, some overdue), by bulk inserts: the services would take an hour for this, and the pages
   read the same rows either way.
3. Signs the manager in with Django's test client, in-process, and times after three warm-up requests, each
   ``--repeat`` times: the board ``/lv/<city>/invest/leads/``, the list ``invest/leads/all/`` unfiltered and
   with filters (stage and sector; a company search; overdue tasks), and a lead page: median and p95 (target
   p95 ≤ 150 ms for the board and the lists), and the SQL queries of one request.
4. Times the info-pack PDF (three sites, two incentives, the live figures) five times: median and maximum
   (target ≤ 2 s).

Timings are wall-clock on a shared machine; the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/microcity_investors_bench"
CITY_SLUG = "investors-bench"
EMAIL = "investors@investors-bench.example.lv"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--leads", type=int, default=10_000)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=40)
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
    from django.conf import settings

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def build(leads: int, activities: int) -> tuple[Any, Any]:
    import datetime as dt
    import random
    from decimal import Decimal

    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone

    from microcity.accounts.models import Membership, Role, User
    from microcity.core.models import City, Organisation, OrganisationKind
    from microcity.investors import services
    from microcity.investors.models import Activity, Country, Incentive, Lead, Sector, Site, Stage

    city, _ = City.objects.get_or_create(
        slug=CITY_SLUG, defaults={"name_lv": "Etalonpilsēta", "name_en": "Bench City", "population": 25000}
    )
    user, _ = User.objects.get_or_create(email=EMAIL, defaults={"first_name": "Santa", "last_name": "Lāce"})
    Membership.objects.get_or_create(user=user, city=city, role=Role.INVESTMENT_MANAGER)
    if (
        Lead.objects.filter(city=city).count() == leads
        and Activity.objects.filter(lead__city=city).count() == activities
    ):
        print(f"reusing {leads} leads with {activities} activities")
        return city, user
    started = time.perf_counter()
    rng = random.Random(2026)  # noqa: S311 - bench data
    now = timezone.now()
    today = timezone.localdate()
    with transaction.atomic():
        Activity.objects.filter(lead__city=city).delete()
        Lead.objects.filter(city=city).delete()
        for n in range(4):
            if not Site.objects.filter(city=city, name_lv=f"Zemesgabals {n}").exists():
                services.site_save(
                    city=city,
                    by=user,
                    data={
                        "kind": "land",
                        "name_lv": f"Zemesgabals {n}",
                        "name_en": f"Plot {n}",
                        "address": "Iela 1",
                        "area_m2": Decimal(20000 + n),
                        "zoning": "industrial",
                        "ownership": "municipal",
                        "price_eur": Decimal(300000),
                        "electricity_mw": Decimal(3),
                        "water": True,
                        "rail": n % 2 == 0,
                        "latitude": Decimal("57.5"),
                        "longitude": Decimal("25.4"),
                    },
                )
        for n in range(2):
            if not Incentive.objects.filter(city=city, name_lv=f"Atbalsts {n}").exists():
                services.incentive_save(
                    city=city,
                    by=user,
                    data={
                        "name_lv": f"Atbalsts {n}",
                        "name_en": f"Support {n}",
                        "description_lv": "Atlaide. " * 20,
                        "description_en": "Relief. " * 20,
                    },
                )
        stages = [s.value for s in Stage]
        sectors, countries = Sector.values, Country.values
        won_org = Organisation.objects.create(name="Bench investor", kind=OrganisationKind.COMPANY, city=city)
        rows = []
        for n in range(leads):
            stage = stages[n % len(stages)]
            created = now - dt.timedelta(days=rng.randint(1, 2500), minutes=n)
            rows.append(
                Lead(
                    city=city,
                    company=f"Investor {n:05d} {'GmbH' if n % 3 else 'SIA'}",
                    country=countries[n % len(countries)],
                    sector=sectors[n % len(sectors)],
                    size="medium",
                    contact_name=f"Contact {n}",
                    contact_email=f"c{n}@investor.example.com",
                    source="liaa",
                    stage=stage,
                    manager=user,
                    lost_reason="costs" if stage == "lost" else "",
                    planned_jobs=rng.randint(5, 200),
                    planned_capital_eur=Decimal(rng.randint(1, 400)) * 100000,
                    organisation=won_org if stage in ("won", "aftercare") else None,
                    created_at=created,
                    stage_since=created,
                )
            )
        made = Lead.objects.bulk_create(rows, batch_size=2000)
        # Last touched some days after coming in (auto_now gave every row the same moment).
        Lead.objects.filter(city=city).update(updated_at=F("created_at") + dt.timedelta(days=3))
        entries = []
        per_lead = max(1, activities // leads)
        for lead in made:
            for k in range(per_lead):
                kind = "task" if k % 10 == 0 else ("stage" if k % 10 == 1 else "note")
                entries.append(
                    Activity(
                        lead=lead,
                        kind=kind,
                        text=f"Entry {k} of {lead.company}",
                        author=user,
                        due_on=today + dt.timedelta(days=rng.randint(-20, 40)) if kind == "task" else None,
                        to_stage=lead.stage if kind == "stage" else "",
                        created_at=lead.created_at + dt.timedelta(days=k),
                    )
                )
            if len(entries) >= 20000:
                Activity.objects.bulk_create(entries, batch_size=5000)
                entries = []
        Activity.objects.bulk_create(entries, batch_size=5000)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE investors_lead; ANALYZE investors_activity;")
    print(
        f"built {leads} leads and {Activity.objects.filter(lead__city=city).count()} activities in {time.perf_counter() - started:.1f} s"
    )
    return city, user


def timed(client: Any, path: str, repeat: int) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        assert client.get(path).status_code == 200, path
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], len(queries)


def main() -> None:
    args = parse_args()
    ensure_database(args.database_url, args.fresh)
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    city, user = build(args.leads, args.activities)
    from microcity.investors import services
    from microcity.investors.models import Incentive, Lead, Site

    client = Client()
    client.force_login(user)
    base = f"/lv/{city.slug}/invest"
    lead = Lead.objects.filter(city=city).order_by("pk").first()
    assert lead is not None
    print(f"load average {os.getloadavg()[0]:.2f}")
    for label, path in [
        ("board", f"{base}/leads/"),
        ("list", f"{base}/leads/all/"),
        ("list stage+sector", f"{base}/leads/all/?stage=negotiation&sector=C"),
        ("list company search", f"{base}/leads/all/?q=Investor%200123"),
        ("list overdue", f"{base}/leads/all/?overdue=on"),
        ("list page 50", f"{base}/leads/all/?page=50"),
        ("lead page", f"{base}/leads/{lead.pk}/"),
    ]:
        median, p95, queries = timed(client, path, args.repeat)
        print(f"{label:22} median {median:7.1f} ms   p95 {p95:7.1f} ms   {queries} queries")
    pack = services.info_pack_make(
        lead=lead,
        by=user,
        language="lv",
        sites=list(Site.objects.filter(city=city)[:3]),
        incentives=list(Incentive.objects.filter(city=city)[:2]),
    )
    path = f"{base}/leads/{lead.pk}/packs/{pack.pk}.pdf"
    client.get(path)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - started)
        assert response["Content-Type"] == "application/pdf"
    print(
        f"info pack PDF          median {statistics.median(times):.2f} s   max {max(times):.2f} s   {len(response.content) // 1024} KiB"
    )
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
