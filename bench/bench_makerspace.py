"""Speed of the makerspace's week grid with a year of bookings, and 50 simultaneous attempts at one slot.

Run from the repository root:

    .venv/bin/python bench/bench_makerspace.py [--machines 20] [--repeat 60] [--attempts 50] [--fresh]

What it does:

1. Uses the PostgreSQL database ``microcity_makerspace_bench`` (``--database-url``), created with psycopg
   when missing, dropped first with ``--fresh``; runs ``migrate``.
2. Builds once (reused on later runs) a space open Monday to Saturday 9:00–21:00 with ``--machines``
   machines and a year of one-hour bookings (ten months back, two ahead) filling two thirds of the open
   hours: about 50,000 rows. The rows are written in bulk (the services would take an hour for a year);
   the race in step 4 goes through the real service.
3. Times ``GET /lv/<city>/makerspace/equipment/<id>/?week=…`` for the eight weeks the grid offers, over
   every machine in turn, ``--repeat`` times after warm-up: median and p95 (target p95 ≤ 100 ms), and the
   number of SQL queries of one request (target: the same for a busy and an empty week).
4. Starts ``--attempts`` threads, each with its own connection and person with an induction, that book
   the same free slot at once through ``services.booking_create``: one must win, the rest be refused with
   ``SlotTaken``, none fail otherwise.

Timings are wall-clock on a shared machine; the load average is printed with them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/microcity_makerspace_bench"
CITY_SLUG = "makerspace-bench"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--machines", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--attempts", type=int, default=50)
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


def build(machines: int) -> Any:
    from django.utils import timezone

    from microcity.core.models import City, Person
    from microcity.makerspace.models import Booking, Equipment, MachineKind, MemberType, OpeningHours, Space

    city, _ = City.objects.get_or_create(
        slug=CITY_SLUG, defaults={"name_lv": "Mērķa pilsēta", "name_en": "Bench city"}
    )
    if not city.runs("makerspace"):
        city.programmes = ",".join([*city.programme_keys, "makerspace"])
        city.save(update_fields=["programmes"])
    space = Space.objects.filter(city=city).first()
    if space is not None:
        return city, space
    space = Space.objects.create(city=city, name_lv="Darbnīca", name_en="Workshop", address="Purva iela 12")
    OpeningHours.objects.bulk_create(
        OpeningHours(space=space, weekday=day, opens=dt.time(9), closes=dt.time(21)) for day in range(6)
    )
    equipment = Equipment.objects.bulk_create(
        Equipment(space=space, kind=MachineKind.PRINTER_3D, name_lv=f"Printeris {n}", name_en=f"Printer {n}")
        for n in range(machines)
    )
    people = Person.objects.bulk_create(
        Person(first_name="Dalībnieks", last_name=str(n), city=city, email=f"d{n}@bench.example.lv")
        for n in range(200)
    )
    today = timezone.localdate()
    first = today - dt.timedelta(days=300)
    rows = []
    day = first
    n = 0
    while day <= today + dt.timedelta(days=60):
        if day.weekday() < 6:
            for machine in equipment:
                for hour in range(9, 21):
                    n += 1
                    if n % 3 == 0:  # two thirds of the hours are booked
                        continue
                    start = timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))
                    rows.append(
                        Booking(
                            equipment=machine,
                            person=people[n % len(people)],
                            city=city,
                            member_type=MemberType.RESIDENT,
                            starts_at=start,
                            ends_at=start + dt.timedelta(hours=1),
                        )
                    )
        day += dt.timedelta(days=1)
    Booking.objects.bulk_create(rows, batch_size=5000)
    print(f"built {len(rows)} bookings on {machines} machines")
    return city, space


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def race(city: Any, space: Any, attempts: int) -> Counter[str]:
    from django.db import close_old_connections, connection
    from django.utils import timezone

    from microcity.accounts.models import User
    from microcity.core.models import Person
    from microcity.makerspace import services
    from microcity.makerspace.models import Booking, BookingStatus, Equipment, Induction, MachineKind

    machine = Equipment.objects.filter(space=space).order_by("pk").first()
    start = None
    day = timezone.localdate() + dt.timedelta(days=7)
    # A free hour a week or more ahead: every third hour is left free by the builder.
    while start is None:
        if day.weekday() < 6:
            for hour in range(9, 21):
                moment = timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))
                end = moment + dt.timedelta(hours=1)
                if not Booking.objects.filter(
                    equipment=machine, status=BookingStatus.BOOKED, starts_at__lt=end, ends_at__gt=moment
                ).exists():
                    start = moment
                    break
        day += dt.timedelta(days=1)
    racers = []
    stamp = time.time_ns()
    for n in range(attempts):
        user = User.objects.create_user(email=f"race{stamp}-{n}@bench.example.lv", password=None)
        person = Person.objects.create(first_name="R", last_name=str(n), city=city, user=user)
        Induction.objects.create(
            person=person,
            city=city,
            kind=MachineKind.PRINTER_3D,
            passed_on=timezone.localdate() - dt.timedelta(days=1),
            valid_until=timezone.localdate() + dt.timedelta(days=365),
        )
        racers.append(person)
    barrier = threading.Barrier(attempts)
    results: list[str] = []
    lock = threading.Lock()

    def attempt(person: Any) -> None:
        try:
            barrier.wait(timeout=60)
            services.booking_create(
                equipment=machine,
                person=person,
                by=person.user,
                starts_at=start,
                minutes=60,
                member_type="resident",
            )
            outcome = "booked"
        except services.SlotTaken:
            outcome = "refused: slot taken"
        except Exception as error:  # noqa: BLE001 - any other failure is reported
            outcome = f"error: {error!r}"
        finally:
            close_old_connections()
            connection.close()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=attempt, args=(person,)) for person in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return Counter(results)


def main() -> None:
    args = parse_args()
    ensure_database(args.database_url, args.fresh)
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from microcity.makerspace.models import Booking, Equipment
    from microcity.makerspace.selectors import week_start

    call_command("migrate", verbosity=0)
    city, space = build(args.machines)
    print(f"bookings in the database: {Booking.objects.filter(city=city).count()}")
    machines = list(Equipment.objects.filter(space=space).values_list("pk", flat=True))
    monday = week_start(timezone.localdate())
    urls = [
        f"/lv/{city.slug}/makerspace/equipment/{pk}/?week={(monday + dt.timedelta(weeks=w)).isoformat()}"
        for pk in machines
        for w in range(8)
    ]
    client = Client()
    for url in urls[:5]:
        assert client.get(url).status_code == 200
    counts = []
    for url in (urls[0], urls[7]):  # a busy week and an empty one (beyond the bookings)
        executed: list[str] = []

        def count(
            execute: Any, sql: str, params: Any, many: bool, context: Any, executed: list[str] = executed
        ) -> Any:
            executed.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            assert client.get(url).status_code == 200
        counts.append(len(executed))
    timings = []
    for n in range(args.repeat):
        started = time.perf_counter()
        response = client.get(urls[n % len(urls)])
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    print(
        f"week grid, {args.repeat} requests over {len(machines)} machines × 8 weeks: "
        f"median {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms (target ≤ 100 ms); "
        f"queries busy week {counts[0]}, empty week {counts[1]}; load {os.getloadavg()[0]:.1f}"
    )
    outcome = race(city, space, args.attempts)
    print(f"{args.attempts} simultaneous attempts at one slot: {dict(outcome)}")


if __name__ == "__main__":
    main()
