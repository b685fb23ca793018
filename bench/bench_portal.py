"""End-to-end load test of the public jobs list and the relocation case board on PostgreSQL + gunicorn.

Run from the repository root, for example:

    .venv/bin/python bench/bench_portal.py --jobs 50000 --cases 20000
    .venv/bin/python bench/bench_portal.py --jobs 50000 --cases 20000 --fresh      # rebuild the data
    .venv/bin/python bench/bench_portal.py --jobs 500 --cases 200 --duration 3     # smoke test

What it does (see bench/README-portal.md):

1. Database: PostgreSQL database --database-url (default microcity_portal_bench on 127.0.0.1), created
   when missing, dropped and re-created with --fresh. `manage.py migrate` and, once,
   `manage.py seed_demo --quiet --materials 0 --youths 20` (cities, demo users, organisations, ISCO
   occupations). Then --jobs published jobs (bulk_create, fixed seed, realistic Latvian titles and
   texts, random ISCO unit groups, both cities) indexed with talent.services.jobs_reindex() (timed),
   and --cases relocation cases, each with its own person, over all stages, ~30 % assigned to the
   Valmiera demo consultant, with task and note events. Generated rows carry a marker
   (bench.example.lv) so that a rerun with the same counts reuses them; other counts rebuild them.
   VACUUM ANALYZE at the end, as autovacuum would have done on a live database.
2. Collects static files into --static-root (DEBUG=0 uses the manifest storage) and starts
   `gunicorn microcity.wsgi -w 4 --threads 1` on 127.0.0.1 with DEBUG=0, waits for /healthz.
3. Signs in the Valmiera relocation consultant and the Valmiera coordinator through the real allauth
   sign-in form (GET for the CSRF token, POST) and keeps their session cookies.
4. For each target, first one client for --serial-seconds (service time), then --clients threads
   (http.client, one connection each; gunicorn's sync workers close the connection after each
   response, so a client reconnects as a browser would) send GET requests for --warmup seconds
   unrecorded, then --duration seconds recorded (at most --max-requests per client). Prints
   p50/p95/p99/max latency, requests/s, errors, the CPU use of the load generator and the share of
   the machine's CPU that other processes used meanwhile (it waits, up to --wait-idle seconds, for
   other work to end before each target, and warns when a window was disturbed).
5. Prints a summary with PASS/MISS per target; exits 1 if any request failed (status other than 200
   or a connection error), 0 otherwise, whether or not a target was missed.

Only 127.0.0.1 is ever contacted. gunicorn is stopped (by its process id) whatever happens.
With --diagnose, one request of each kind is also run in this process under Django's test client
with every SQL statement timed, and the search statement is shown with EXPLAIN ANALYZE.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import math
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/microcity_portal_bench"
HOST = "127.0.0.1"  # the only address this benchmark ever sends to
DEMO_PASSWORD = "Microcity-demo-2026"  # noqa: S105 - the published demo sign-in of seed_demo
CONSULTANT = "parcelsanas-konsultants@demo.microcity.lv"
COORDINATOR = "koordinators@demo.microcity.lv"
MARK_DOMAIN = "bench.example.lv"  # marks generated rows: jobs' apply_url, people's e-mail
MARK_URL = f"https://{MARK_DOMAIN}/apply/"

# The targets.
JOBS_P95_MS = 150.0
JOBS_RATIO = 0.50
BOARD_P95_MS = 200.0

# --- Vocabulary -----------------------------------------------------------------------------------
# Latvian job titles as local employers write them; six of the 72 are programmer jobs, so a search for
# "programmētājs" matches a realistic few per cent of the board.
TITLES = [
    "Programmētājs (Python)",
    "Jaunākais programmētājs",
    "Vecākais programmētājs (Java)",
    "Tīmekļa programmētājs",
    "Mobilo lietotņu programmētājs",
    "Programmētājs (.NET)",
    "Elektronikas montētājs",
    "Metinātājs",
    "MIG/MAG metinātājs",
    "Loģistikas speciālists",
    "Noliktavas darbinieks",
    "Medicīnas māsa",
    "Ārsta palīgs",
    "Pavārs",
    "Pavāra palīgs",
    "Grāmatvedis",
    "Galvenais grāmatvedis",
    "Elektriķis",
    "Automehāniķis",
    "Grafiskais dizainers",
    "Būvinženieris",
    "Būvdarbu vadītājs",
    "IT atbalsta speciālists",
    "Sistēmu administrators",
    "Kokapstrādes operators",
    "CNC operators",
    "Piena pārstrādes tehnologs",
    "Sociālais darbinieks",
    "Stikla šķiedras ražošanas operators",
    "Datu analītiķis",
    "Projektu vadītājs",
    "Pārdošanas konsultants",
    "Veikala vadītājs",
    "Kasieris",
    "Klientu apkalpošanas speciālists",
    "Sākumskolas skolotājs",
    "Matemātikas skolotājs",
    "Pirmsskolas izglītības skolotājs",
    "Auklīte",
    "Apkopējs",
    "Santehniķis",
    "Mūrnieks",
    "Galdnieks",
    "Krāvējs",
    "Kravas automašīnas vadītājs",
    "Autobusa vadītājs",
    "Traktortehnikas operators",
    "Lauksaimniecības darbinieks",
    "Mežstrādnieks",
    "Viesnīcas administrators",
    "Viesmīlis",
    "Bārmenis",
    "Farmaceits",
    "Fizioterapeits",
    "Zobārsta asistents",
    "Juriskonsults",
    "Personāla speciālists",
    "Mārketinga speciālists",
    "Iepirkumu speciālists",
    "Kvalitātes inženieris",
    "Mehatroniķis",
    "Ražošanas meistars",
    "Iekārtu apkopes tehniķis",
    "Elektroinženieris",
    "Lietvedis",
    "Biroja administrators",
    "Apsargs",
    "Sociālais aprūpētājs",
    "Jaunatnes darbinieks",
    "Bibliotekārs",
    "Laborants",
    "Ekonomists",
]
EMPLOYMENT = [("full_time", 65), ("part_time", 15), ("temporary", 8), ("seasonal", 6), ("internship", 6)]
WORKPLACE = [("on_site", 70), ("hybrid", 20), ("remote", 10)]
DESCRIPTION_SENTENCES = [
    "Pievienojieties augošam uzņēmumam ar draudzīgu komandu un skaidriem mērķiem.",
    "Piedāvājam stabilu darbu, veselības apdrošināšanu un apmaksātas mācības.",
    "Darbs maiņās modernā ražotnē ar jaunām iekārtām.",
    "Jūsu ikdienā būs sadarbība ar klientiem un kolēģiem no citām nodaļām.",
    "Atbalstām pārcelšanos uz pilsētu un palīdzam atrast dzīvokli.",
    "Elastīgs darba laiks un iespēja daļu laika strādāt attālināti.",
    "Strādāsiet kopā ar pieredzējušiem kolēģiem, kuri palīdzēs iejusties.",
    "Uzņēmums eksportē produkciju uz vairāk nekā divdesmit valstīm.",
    "Nodrošinām darba apģērbu, transportu uz darbu un siltas pusdienas.",
    "Piedalīsieties jaunu produktu izstrādē un procesu uzlabošanā.",
    "Darba vieta atrodas pilsētas centrā, netālu no autoostas.",
    "Pašvaldības iestāde ar sociālajām garantijām un atvaļinājuma pabalstu.",
    "Mācīsieties darba vietā; pieredze nav obligāta, ja ir vēlme mācīties.",
    "Komandā strādā jaunieši un pieredzējuši kolēģi, kas labprāt dalās zināšanās.",
]
REQUIREMENT_SENTENCES = [
    "Vismaz divu gadu pieredze līdzīgā amatā.",
    "Latviešu valoda saziņas līmenī, angļu valoda – priekšrocība.",
    "Profesionālā vai augstākā izglītība nozarē.",
    "Precizitāte, atbildības sajūta un prasme strādāt komandā.",
    "B kategorijas autovadītāja apliecība.",
    "Gatavība strādāt maiņās un brīvdienās.",
    "Prasme strādāt ar datoru un biroja programmām.",
    "Derīga veselības grāmatiņa.",
]
SKILLS = [
    "Python", "Django", "SQL", "Git", "JavaScript", "Java", "C#", "Excel", "komunikācija",
    "loģistika", "lodēšana", "MIG/MAG", "TIG", "AutoCAD", "grāmatvedība", "nodokļi",
    "pacientu aprūpe", "higiēna", "ēdienu gatavošana", "diagnostika", "remonts", "Figma",
    "projektu vadība", "klientu apkalpošana", "pārdošana", "drošība", "HACCP", "kvalitāte",
]  # fmt: skip
PROFESSIONS = [
    "programmētājs", "medicīnas māsa", "ārsts", "skolotājs", "inženieris", "grāmatvedis",
    "metinātājs", "elektriķis", "pavārs", "dizainers", "projektu vadītājs", "farmaceits",
    "fizioterapeits", "datu analītiķis", "sociālais darbinieks", "mehatroniķis",
]  # fmt: skip
FROM_PLACES = [
    "Rīga", "Dublina, Īrija", "Londona, Lielbritānija", "Oslo, Norvēģija", "Berlīne, Vācija",
    "Stokholma, Zviedrija", "Tallina, Igaunija", "Jelgava", "Liepāja", "Daugavpils", "Cēsis",
    "Helsinki, Somija", "Amsterdama, Nīderlande", "Reikjavīka, Islande",
]  # fmt: skip
FIRST_NAMES = [
    "Anna", "Līga", "Ilze", "Dace", "Kristīne", "Laura", "Elīna", "Agnese", "Sanita", "Zane",
    "Jānis", "Andris", "Mārtiņš", "Edgars", "Kārlis", "Roberts", "Artūrs", "Gints", "Raimonds", "Toms",
]  # fmt: skip
LAST_NAMES = [
    "Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Liepiņš", "Krūmiņš", "Balodis", "Zariņš",
    "Pētersons", "Kļaviņš", "Vītols", "Eglītis", "Lapiņš", "Siliņš", "Priede", "Sproģis",
]  # fmt: skip
# Stage weights: the open stages hold most cases, as on a working contact point.
STAGES = [
    ("new", 14),
    ("in_consultation", 20),
    ("offer_sent", 14),
    ("decided", 10),
    ("moved", 10),
    ("settled_6", 8),
    ("settled_12", 7),
    ("closed", 17),
]
CLOSE_REASONS = ["other_place", "no_job", "family", "unreachable", "other"]

# Jobs-list requests. The example is the fixed target; the rotating one mixes frequent and
# rare words, multi-word and diacritic-free queries, each with one filter.
FIXED_JOBS_PATH = "/en/valmiera/jobs/?q=programmetajs&type=full_time"
ROTATING_JOBS_PATHS = [
    "/en/valmiera/jobs/?q=programmetajs&type=full_time",
    "/lv/valmiera/jobs/?q=elektri%C4%B7is&workplace=on_site",
    "/lv/valmiera/jobs/?q=pav%C4%81rs&type=part_time",
    "/en/valmiera/jobs/?q=medic%C4%ABnas+m%C4%81sa&type=full_time",
    "/lv/valmiera/jobs/?q=metin%C4%81t%C4%81js&salary=1500",
    "/lv/valmiera/jobs/?q=gr%C4%81matvedis&workplace=hybrid",
    "/en/valmiera/jobs/?q=skolot%C4%81js&group=2",
    "/lv/valmiera/jobs/?q=operators&type=full_time",
    "/lv/valmiera/jobs/?q=specialists&workplace=remote",
    "/en/valmiera/jobs/?q=vad%C4%ABt%C4%81js&group=1",
]
BOARD_PATH = "/lv/valmiera/relocation/cases/"


def weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([value for value, _ in pairs], weights=[w for _, w in pairs])[0]


def source_fingerprint() -> str:
    """A short hash of the application's code and templates, to tell which state of the tree was measured."""
    import hashlib

    digest = hashlib.sha256()
    newest = 0.0
    for path in sorted((ROOT / "microcity").rglob("*")):
        if path.suffix in (".py", ".html") and "/tests/" not in str(path) and path.is_file():
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
            newest = max(newest, path.stat().st_mtime)
    changed = dt.datetime.fromtimestamp(newest).strftime("%Y-%m-%d %H:%M")
    return f"{digest.hexdigest()[:12]} (newest file changed {changed})"


def log(message: str) -> None:
    print(message, flush=True)


# --- Environment and database ---------------------------------------------------------------------


def server_env(args: argparse.Namespace) -> dict[str, str]:
    """The environment of manage.py, gunicorn and this process: production-like, DEBUG off."""
    env = dict(os.environ)
    for name in ("PRODUCTION", "MICROCITY_TESTING", "REDIS_URL", "REQUIRE_STAFF_MFA"):
        env.pop(name, None)
    env.update(
        {
            "DATABASE_URL": args.database_url,
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECRET_KEY": "bench",
            "DB_CONN_MAX_AGE": "60",
            "STATIC_ROOT": args.static_root,
            "DJANGO_SETTINGS_MODULE": "microcity.settings",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def manage(args: argparse.Namespace, *command: str) -> None:
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - fixed argument list
        [python(), "manage.py", *command], cwd=ROOT, env=server_env(args), check=True
    )
    log(f"  manage.py {' '.join(command)}: {time.perf_counter() - started:.1f} s")


def ensure_database(args: argparse.Namespace) -> None:
    import psycopg

    parsed = urllib.parse.urlparse(args.database_url)
    if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("The benchmark database must be on this machine (127.0.0.1).")
    name = parsed.path.lstrip("/")
    if not re.fullmatch(r"[a-z0-9_]+", name) or name in ("postgres", "test", "template0", "template1"):
        sys.exit(f"Refusing to use database {name!r}; choose a dedicated one.")
    admin_url = urllib.parse.urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and args.fresh:
            log(f"Dropping database {name} (--fresh)")
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            log(f"Creating database {name}")
            admin.execute(f'CREATE DATABASE "{name}"')


def setup_django(args: argparse.Namespace) -> None:
    os.environ.clear()
    os.environ.update(server_env(args))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- Data -----------------------------------------------------------------------------------------


def seed(args: argparse.Namespace) -> dict[str, float]:
    """Demo data once, then the generated jobs and cases; returns timings in seconds."""
    timings: dict[str, float] = {}
    manage(args, "migrate", "--noinput", "-v", "0")
    setup_django(args)
    from microcity.accounts.models import User

    if not User.objects.filter(email=COORDINATOR).exists():
        manage(args, "seed_demo", "--quiet", "--materials", "0", "--youths", "20")
    else:
        log("  demo data present: seed_demo skipped")
    timings.update(seed_jobs(args))
    timings.update(seed_cases(args))
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for table in (
            "talent_job",
            "search_entry",
            "search_entry_facet",
            "talent_relocationcase",
            "talent_caseevent",
            "core_person",
            "accounts_membership",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute("CHECKPOINT")  # start the load with no dirty pages left from the bulk load
    timings["vacuum_analyze_s"] = time.perf_counter() - started
    log(f"  VACUUM ANALYZE + CHECKPOINT: {timings['vacuum_analyze_s']:.1f} s")
    return timings


def seed_jobs(args: argparse.Namespace) -> dict[str, float]:
    from django.db import transaction
    from django.utils import timezone

    from microcity.core.models import City, Occupation, Organisation, OrganisationKind
    from microcity.search.models import Entry
    from microcity.talent import services
    from microcity.talent.models import Job, JobStatus

    today = timezone.localdate()
    generated = Job.objects.filter(apply_url__startswith=MARK_URL)
    have = generated.count()
    open_jobs = Job.objects.filter(status=JobStatus.PUBLISHED, deadline__gte=today).count()
    indexed = Entry.objects.filter(kind="job").count()
    if have == args.jobs and indexed == open_jobs and not args.reindex:
        log(f"  {have} generated jobs present and indexed: reused")
        return {}
    timings: dict[str, float] = {}
    if have != args.jobs:
        started = time.perf_counter()
        with transaction.atomic():
            Entry.objects.filter(kind="job").delete()
            generated.delete()
        rng = random.Random(20260)  # noqa: S311 - benchmark data
        occupations = list(Occupation.objects.filter(level=4).values_list("pk", flat=True))
        cities = list(City.objects.filter(slug__in=["valmiera", "ventspils"]))
        employers = {
            city.pk: list(
                Organisation.objects.filter(
                    city=city,
                    kind__in=[
                        OrganisationKind.EMPLOYER,
                        OrganisationKind.COMPANY,
                        OrganisationKind.PUBLIC_BODY,
                    ],
                )
            )
            for city in cities
        }
        now = timezone.now()
        batch: list[Job] = []
        for n in range(args.jobs):
            city = cities[n % len(cities)]
            organisation = rng.choice(employers[city.pk])
            low = rng.randrange(800, 3600, 50)
            high = low + rng.randrange(100, 1500, 50)
            published = now - dt.timedelta(days=rng.uniform(0, 60))
            batch.append(
                Job(
                    organisation=organisation,
                    city=city,
                    title=rng.choice(TITLES),
                    occupation_id=rng.choice(occupations),
                    description=" ".join(rng.sample(DESCRIPTION_SENTENCES, rng.randint(2, 4))),
                    requirements=" ".join(rng.sample(REQUIREMENT_SENTENCES, rng.randint(2, 3))),
                    skills=", ".join(rng.sample(SKILLS, rng.randint(2, 5))),
                    languages=["lv", "en"] if rng.random() < 0.4 else ["lv"],
                    employment_type=weighted(rng, EMPLOYMENT),
                    workplace_type=weighted(rng, WORKPLACE),
                    address=organisation.address or city.name_lv,
                    salary_min=Decimal(low),
                    salary_max=Decimal(high),
                    deadline=today + dt.timedelta(days=rng.randint(7, 90)),
                    how_to_apply="Sūtiet CV un motivācijas vēstuli.",
                    apply_email=organisation.email,
                    apply_url=f"{MARK_URL}{n}",
                    status=JobStatus.PUBLISHED,
                    created_at=published - dt.timedelta(days=rng.uniform(0, 3)),
                    published_at=published,
                )
            )
            if len(batch) == 2000:
                Job.objects.bulk_create(batch)
                batch = []
        if batch:
            Job.objects.bulk_create(batch)
        timings["jobs_create_s"] = time.perf_counter() - started
        log(f"  {args.jobs} jobs created with bulk_create: {timings['jobs_create_s']:.1f} s")
    started = time.perf_counter()
    count = services.jobs_reindex()
    timings["jobs_reindex_s"] = time.perf_counter() - started
    timings["jobs_indexed"] = count
    log(
        f"  jobs_reindex(): {count} open jobs indexed in {timings['jobs_reindex_s']:.1f} s"
        f" ({count / timings['jobs_reindex_s']:.0f} jobs/s)"
    )
    return timings


def seed_cases(args: argparse.Namespace) -> dict[str, float]:
    from django.db import connection, transaction
    from django.utils import timezone

    from microcity.accounts.models import Membership, Role, User
    from microcity.core.models import City, Organisation, Person
    from microcity.talent.models import CaseEvent, RelocationCase

    people = Person.objects.filter(email__endswith=f"@{MARK_DOMAIN}")
    have = RelocationCase.objects.filter(person__in=people).count()
    if have == args.cases:
        log(f"  {have} generated relocation cases present: reused")
        return {}
    started = time.perf_counter()
    rng = random.Random(20261)  # noqa: S311 - benchmark data
    with transaction.atomic():
        RelocationCase.objects.filter(person__in=people).delete()  # events cascade
        people.delete()
        valmiera = City.objects.get(slug="valmiera")
        ventspils = City.objects.get(slug="ventspils")
        laura = User.objects.get(email=CONSULTANT)
        zane = User.objects.get(email="parcelsanas-konsultants.ventspils@demo.microcity.lv")
        coordinator = User.objects.get(email=COORDINATOR)
        # Two more Valmiera consultants, so that the demo consultant has ~30 % of all cases and the
        # rest of Valmiera's assigned cases belong to colleagues.
        colleagues = []
        for n in (1, 2):
            user, _ = User.objects.get_or_create(
                email=f"konsultants{n}@{MARK_DOMAIN}", defaults={"first_name": "Kolēģis", "last_name": str(n)}
            )
            Membership.objects.get_or_create(user=user, city=valmiera, role=Role.RELOCATION_CONSULTANT)
            colleagues.append(user)
        employers = {city.pk: list(Organisation.objects.filter(city=city)) for city in (valmiera, ventspils)}
        now = timezone.now()
        today = timezone.localdate()
        persons: list[Person] = []
        plans: list[tuple[City, Any]] = []
        for n in range(args.cases):
            # 70 % of the cases are Valmiera's; 30 % of all cases (43 % of Valmiera's) are the demo
            # consultant's, the rest of Valmiera's go to two colleagues or are not assigned yet.
            if n % 10 < 3:
                city, consultant = valmiera, laura
            elif n % 10 < 7:
                city = valmiera
                consultant = None if rng.random() < 0.3 else rng.choice(colleagues)
            else:
                city, consultant = ventspils, (None if rng.random() < 0.3 else zane)
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            persons.append(
                Person(
                    first_name=first,
                    last_name=last,
                    email=f"p{n}@{MARK_DOMAIN}",
                    phone=f"+371 2{rng.randint(1000000, 9999999)}",
                    date_of_birth=today - dt.timedelta(days=rng.randint(22 * 365, 55 * 365)),
                )
            )
            plans.append((city, consultant))
        Person.objects.bulk_create(persons, batch_size=2000)
        cases: list[RelocationCase] = []
        for person, (city, consultant) in zip(persons, plans, strict=True):
            stage = weighted(rng, STAGES)
            if stage == "new" and rng.random() < 0.7:
                consultant = None
            created = now - dt.timedelta(days=rng.uniform(0, 730))
            closed = stage == "closed"
            moved = stage in ("moved", "settled_6", "settled_12")
            cases.append(
                RelocationCase(
                    city=city,
                    person=person,
                    consultant=consultant,
                    stage=stage,
                    close_reason=rng.choice(CLOSE_REASONS) if closed else "",
                    profession=rng.choice(PROFESSIONS),
                    moving_from=rng.choice(FROM_PLACES),
                    partner_profession=rng.choice(PROFESSIONS) if rng.random() < 0.5 else "",
                    children="7 un 10 gadi; skola" if rng.random() < 0.3 else "",
                    housing_needs="Divistabu dzīvoklis tuvu darbam." if rng.random() < 0.6 else "",
                    planned_move=today + dt.timedelta(days=rng.randint(-200, 200))
                    if rng.random() < 0.6
                    else None,
                    languages="latviešu, angļu",
                    message="Vēlos pārcelties kopā ar ģimeni; lūdzu informāciju par darbu un mājokli.",
                    language="lv" if rng.random() < 0.8 else "en",
                    consent_given_at=created,
                    moved_on=(created + dt.timedelta(days=rng.randint(30, 200))).date() if moved else None,
                    employer=rng.choice(employers[city.pk]) if moved and rng.random() < 0.7 else None,
                    closed_at=created + dt.timedelta(days=rng.randint(5, 300)) if closed else None,
                    created_at=created,
                )
            )
        RelocationCase.objects.bulk_create(cases, batch_size=2000)
        events: list[CaseEvent] = []
        for case in cases:
            author = case.consultant or coordinator
            if rng.random() < 0.6:
                events.append(
                    CaseEvent(
                        case=case,
                        kind="note" if rng.random() < 0.6 else "call",
                        text="Sarunājām par darba iespējām un mājokli.",
                        author=author,
                        created_at=case.created_at + dt.timedelta(days=rng.randint(0, 30)),
                    )
                )
            if case.stage != "closed" and rng.random() < 0.4:
                done = rng.random() < 0.3
                events.append(
                    CaseEvent(
                        case=case,
                        kind="task",
                        text="Nosūtīt informāciju par bērnudārziem un īres dzīvokļiem.",
                        due_on=today + dt.timedelta(days=rng.randint(-21, 40)),
                        done_at=now - dt.timedelta(days=rng.randint(0, 10)) if done else None,
                        author=author,
                        created_at=case.created_at,
                    )
                )
        CaseEvent.objects.bulk_create(events, batch_size=5000)
        # bulk_create stamps updated_at (auto_now) with one moment; spread it as real edits would.
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE talent_relocationcase SET updated_at = created_at"
                " + (random() * (now() - created_at)) WHERE person_id IN"
                " (SELECT id FROM core_person WHERE email LIKE %s)",
                [f"%@{MARK_DOMAIN}"],
            )
    elapsed = time.perf_counter() - started
    log(f"  {args.cases} relocation cases (+{len(events)} events) created: {elapsed:.1f} s")
    return {"cases_create_s": elapsed}


def collect_static(args: argparse.Namespace) -> None:
    if (Path(args.static_root) / "staticfiles.json").exists():
        return
    manage(args, "collectstatic", "--noinput", "-v", "0")


# --- Server ---------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_gunicorn(args: argparse.Namespace, port: int) -> subprocess.Popen[bytes]:
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    command = [
        str(gunicorn if gunicorn.exists() else shutil.which("gunicorn") or "gunicorn"),
        "microcity.wsgi",
        "-b",
        f"{HOST}:{port}",
        "-w",
        str(args.workers),
        "--threads",
        "1",
        "--timeout",
        "60",
    ]
    log(f"Starting {' '.join(command[1:])} (log: {args.server_log})")
    logfile = open(args.server_log, "wb")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(  # noqa: S603 - fixed argument list
        command,
        cwd=ROOT,
        env=server_env(args),
        stdout=logfile,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn exited with {process.returncode}; see {args.server_log}")
        try:
            status, _headers, body = request(port, "/healthz")
            if status == 200 and b'"ok"' in body:
                log(f"  /healthz answers on port {port}")
                return process
        except OSError:
            pass
        time.sleep(0.3)
    stop_gunicorn(process)
    sys.exit("gunicorn did not answer /healthz within 60 s")


def stop_gunicorn(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # the master stops its own workers
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


# --- HTTP -----------------------------------------------------------------------------------------


def request(
    port: int,
    path: str,
    *,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, list[tuple[str, str]], bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        conn.close()


def cookies_from(headers: list[tuple[str, str]]) -> dict[str, str]:
    found = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            found[key.strip()] = rest.split(";", 1)[0]
    return found


def sign_in(port: int, email: str) -> str:
    """The allauth sign-in form, as a browser posts it; returns the Cookie header of the session."""
    status, headers, body = request(port, "/lv/accounts/login/")
    if status != 200:
        raise RuntimeError(f"GET /lv/accounts/login/ answered {status}")
    cookies = cookies_from(headers)
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if not match or "csrftoken" not in cookies:
        raise RuntimeError("no CSRF token on the sign-in page")
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": match.group(1).decode(), "login": email, "password": DEMO_PASSWORD}
    ).encode()
    status, headers, _body = request(
        port,
        "/lv/accounts/login/",
        method="POST",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookies['csrftoken']}",
            "Referer": f"http://{HOST}:{port}/lv/accounts/login/",
        },
    )
    cookies.update(cookies_from(headers))
    if status != 302 or not cookies.get("sessionid"):
        raise RuntimeError(f"sign-in of {email} failed: status {status}")
    return f"sessionid={cookies['sessionid']}; csrftoken={cookies['csrftoken']}"


def check_pages(port: int, targets: list[Target]) -> None:
    """Each page answers 200 with real content before it is loaded."""
    for target in targets:
        for path in dict.fromkeys(target.paths):
            status, _headers, body = request(port, path, headers=target.headers)
            if status != 200:
                raise RuntimeError(f"{target.name}: {path} answered {status}")
            text = body.decode()
            if "/jobs/" in path:
                found = re.search(r'<h2 class="h5">\s*([\d\s\u00a0,.]+)\s*(job|darb|vakanc)', text, re.I)
                articles = text.count('<article class="card mb-3">')
                if articles == 0:
                    raise RuntimeError(f"{target.name}: {path} lists no jobs")
                total = found.group(1).strip() if found else "?"
                log(
                    f"  {target.name}: {urllib.parse.unquote_plus(path)} lists {articles} of {total} jobs found"
                )
            elif "/relocation/cases/" in path:
                links = len(re.findall(r'href="/lv/valmiera/relocation/cases/\d+/"', text))
                if links == 0:
                    raise RuntimeError(f"{target.name}: the case board shows no cases")
                log(f"  {target.name}: board shows {links} case links, {len(body) // 1024} KiB")


# --- Load -----------------------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    paths: list[str]
    headers: dict[str, str] = field(default_factory=dict)
    p95_goal_ms: float | None = None


@dataclass
class Result:
    name: str
    latencies: list[float]  # seconds, recorded window only
    errors: int
    error_samples: list[str]
    seconds: float
    client_cpu: float  # CPU seconds of this process per wall second of the window
    machine_busy: float  # fraction of all cores busy during the window (from /proc/stat)
    foreign: float  # fraction of all cores used by processes other than the benchmark's own

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def rps(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)  # nearest-rank percentile
        return ordered[max(0, min(len(ordered), math.ceil(q / 100 * len(ordered))) - 1)] * 1000


def cpu_times() -> tuple[float, float, float]:
    """(busy, process time, total) jiffies of all cores, from /proc/stat.

    "process time" is user + nice + system, the part that processes' own utime and stime add up to;
    interrupt and softirq time (here mostly the loopback traffic of the benchmark itself) is left out.
    """
    try:
        with open("/proc/stat") as stat:
            values = [float(v) for v in stat.readline().split()[1:9]]
    except OSError:
        return 0.0, 0.0, 0.0
    values += [0.0] * (8 - len(values))
    user, nice, system, idle, iowait, _irq, _softirq, _steal = values
    total = sum(values)
    return total - idle - iowait, user + nice + system, total


def process_jiffies(pid: int) -> float:
    """utime + stime of one process, in the same clock ticks as /proc/stat."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return float(fields[11]) + float(fields[12])
    except (OSError, IndexError, ValueError):
        return 0.0


Snapshot = tuple[float, float, float, dict[int, float]]


class Accounting:
    """CPU time of the benchmark's own processes (this one, gunicorn's, the PostgreSQL backends of the
    benchmark database) against the whole machine's, so that other work running on the machine during
    a window is seen and reported rather than silently slowing the server down."""

    def __init__(self, args: argparse.Namespace, gunicorn_pid: int) -> None:
        import psycopg

        self.gunicorn_pid = gunicorn_pid
        self.database = urllib.parse.urlparse(args.database_url).path.lstrip("/")
        self.conn = psycopg.connect(args.database_url, autocommit=True)

    def our_pids(self) -> set[int]:
        pids = {os.getpid(), self.gunicorn_pid}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as stat:
                        if int(stat.read().rsplit(")", 1)[1].split()[1]) == self.gunicorn_pid:
                            pids.add(int(entry))
                except (OSError, IndexError, ValueError):
                    continue
        rows = self.conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [self.database])
        pids.update(int(pid) for (pid,) in rows.fetchall())
        return pids

    def snapshot(self) -> Snapshot:
        busy, process_time, total = cpu_times()
        return busy, process_time, total, {pid: process_jiffies(pid) for pid in self.our_pids()}

    @staticmethod
    def foreign(start: Snapshot, end: Snapshot) -> float:
        process_time = end[1] - start[1]
        total = end[2] - start[2]
        ours = sum(value - start[3].get(pid, 0.0) for pid, value in end[3].items())
        return max(0.0, process_time - ours) / total if total > 0 else float("nan")

    def wait_idle(self, max_seconds: float, threshold: float) -> float:
        """Wait until other work uses less than `threshold` of the machine; returns the last measurement."""
        deadline = time.monotonic() + max_seconds
        waited = False
        while True:
            start = self.snapshot()
            time.sleep(2.0)
            other = self.foreign(start, self.snapshot())
            if other < threshold or time.monotonic() >= deadline:
                if waited:
                    log(f"    (other work now {other * 100:.0f} % of the machine)")
                return other
            if not waited:
                log(
                    f"    waiting for other work on the machine to end ({other * 100:.0f} % of its CPU busy) …"
                )
                waited = True

    def close(self) -> None:
        self.conn.close()


def run_load(port: int, target: Target, args: argparse.Namespace, accounting: Accounting) -> Result:
    lock = threading.Lock()
    latencies: list[float] = []
    errors = 0
    samples: list[str] = []
    start_barrier = threading.Barrier(args.clients + 1)
    window: dict[str, float] = {}

    def client(index: int) -> None:
        nonlocal errors
        local: list[float] = []
        local_errors = 0
        local_samples: list[str] = []
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        paths = target.paths
        position = index  # clients start at different queries of a rotation
        sent = 0
        start_barrier.wait()
        record_from, stop_at = window["from"], window["to"]
        while sent < args.max_requests:
            begun = time.perf_counter()
            if begun >= stop_at:
                break
            path = paths[position % len(paths)]
            position += 1
            try:
                conn.request("GET", path, headers=target.headers)
                response = conn.getresponse()
                response.read()
                status = response.status
                problem = None if status == 200 else f"{status} {path}"
            except (OSError, http.client.HTTPException) as exc:
                problem = f"{type(exc).__name__}: {exc} {path}"
                conn.close()
            ended = time.perf_counter()
            if begun >= record_from and ended <= stop_at:
                sent += 1
                if problem is None:
                    local.append(ended - begun)
                else:
                    local_errors += 1
                    if len(local_samples) < 3:
                        local_samples.append(problem)
            elif problem is not None and begun < record_from:
                local_errors += 1  # a failure is a failure, warm-up or not
                if len(local_samples) < 3:
                    local_samples.append(problem)
        conn.close()
        with lock:
            latencies.extend(local)
            errors += local_errors
            samples.extend(local_samples)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.clients)]
    for thread in threads:
        thread.start()
    now = time.perf_counter()
    window["from"] = now + args.warmup
    window["to"] = now + args.warmup + args.duration
    start_barrier.wait()
    time.sleep(max(0.0, window["from"] - time.perf_counter()))
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    snap0 = accounting.snapshot()
    busy0, total0 = snap0[0], snap0[2]
    measured_from = time.perf_counter()
    for thread in threads:
        thread.join(timeout=args.warmup + args.duration + 120)
    finished = min(time.perf_counter(), window["to"])
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    snap1 = accounting.snapshot()
    busy1, total1 = snap1[0], snap1[2]
    seconds = max(1e-9, finished - measured_from)
    client_cpu = ((cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime)) / seconds
    busy = (busy1 - busy0) / (total1 - total0) if total1 > total0 else float("nan")
    foreign = Accounting.foreign(snap0, snap1)
    return Result(target.name, latencies, errors, samples, seconds, client_cpu, busy, foreign)


def report(result: Result) -> None:
    log(
        f"  {result.name:<18} {result.count:>6} req  {result.rps:7.1f} req/s  p50 {result.pct(50):6.1f} ms"
        f"  p95 {result.pct(95):6.1f} ms  p99 {result.pct(99):6.1f} ms"
        f"  max {max(result.latencies, default=0) * 1000:6.1f} ms  errors {result.errors}"
        f"  (load generator {result.client_cpu * 100:.0f} % of a core; machine {result.machine_busy * 100:.0f} % busy,"
        f" other work {result.foreign * 100:.0f} %)"
    )
    for sample in result.error_samples:
        log(f"    error: {sample}")


# --- Diagnosis ------------------------------------------------------------------------------------


def diagnose(args: argparse.Namespace) -> None:
    """One request of each kind in this process, every SQL statement timed; EXPLAIN of the search."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    log("\nDiagnosis (in-process, Django test client, DEBUG=0; second request of each, warm):")
    user_model = get_user_model()
    cases = [
        ("jobs (fixed)", FIXED_JOBS_PATH, None),
        ("jobs (frequent word)", "/lv/valmiera/jobs/?q=operators&type=full_time", None),
        ("healthz", "/healthz", None),
        ("board consultant", BOARD_PATH, CONSULTANT),
        ("board coordinator", BOARD_PATH, COORDINATOR),
    ]
    for label, path, email in cases:
        client = Client()
        if email:
            client.force_login(user_model.objects.get(email=email))
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path)
            total = (time.perf_counter() - started) * 1000
        sql_ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
        log(
            f"  {label}: status {response.status_code}, {total:.1f} ms in the view stack,"
            f" {len(captured.captured_queries)} queries, {sql_ms:.1f} ms in SQL, {len(response.content) // 1024} KiB"
        )
        for query in sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:4]:
            log(f"    {float(query['time']) * 1000:7.1f} ms  {query['sql'][:150]}")
        if path != "/healthz":
            profile_request(client, path)
    explain_search(args)
    explain_board(args)


def profile_spots() -> dict[str, Any]:
    """Functions whose cumulative time per request is reported: label -> code object."""
    from django.db.backends.utils import CursorWrapper
    from django.template import defaulttags
    from django.template.backends.django import Template
    from django.urls import base as urls_base

    from microcity.core import context_processors
    from microcity.search import selectors as search_selectors
    from microcity.search import terms
    from microcity.search.backends.base import DatabaseBackend
    from microcity.talent import relocation_views, selectors, views

    def unwrap(function: Any) -> Any:
        while hasattr(function, "__wrapped__"):
            function = function.__wrapped__
        return function

    functions = {
        "jobs view": unwrap(views.job_list),
        "jobs_search selector": selectors.jobs_search,
        "search() incl. SQL": search_selectors.search,
        "search backend incl. SQL": DatabaseBackend.search,
        "query analysis": terms.query_terms,
        "snippets": terms.make_snippet,
        "board view": unwrap(relocation_views.case_board),
        "case_board selector incl. SQL": selectors.case_board,
        "template render": Template.render,
        "{% url %} tags": defaulttags.URLNode.render,
        "reverse()": urls_base.reverse,
        "context processor": context_processors.platform,
        "SQL execute (all)": CursorWrapper._execute,
    }
    return {label: function.__code__ for label, function in functions.items()}


def profile_request(client: Any, path: str, repeat: int = 20) -> None:
    """Where the Python time of a warm request goes (cProfile over `repeat` requests)."""
    import cProfile
    import pstats

    spots = profile_spots()
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(repeat):
        client.get(path)
    profiler.disable()
    per_request = (time.perf_counter() - started) * 1000 / repeat
    stats = pstats.Stats(profiler)
    found: dict[str, float] = {}
    for (filename, line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for label, code in spots.items():
            if filename == code.co_filename and line == code.co_firstlineno and name == code.co_name:
                found[label] = cumulative
    parts = ", ".join(f"{label} {seconds * 1000 / repeat:.1f}" for label, seconds in found.items())
    log(
        f"    cProfile, {repeat} requests ({per_request:.1f} ms each with the profiler on); ms per request: {parts}"
    )


def explain_search(args: argparse.Namespace) -> None:
    from django.db import connection

    from microcity.core.models import City
    from microcity.search.backends import get_backend
    from microcity.search.backends.base import Query
    from microcity.search.terms import query_terms

    city = City.objects.get(slug="valmiera")
    for words, filters in (
        ("programmetajs", {"type": ("full_time",)}),
        ("operators", {"type": ("full_time",)}),
    ):
        query = Query(
            kind="job",
            terms=query_terms(words),
            filters=filters,
            city_id=city.pk,
            include_platform_wide=False,
            sort="relevance",
            offset=0,
            limit=20,
            facet_fields=("group", "type", "workplace"),
        )
        sql, params = get_backend().search_sql(query)
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plan = [row[0] for row in cursor.fetchall()]
        log(f"\n  EXPLAIN ANALYZE of the search statement for q={words!r} filters={filters}:")
        for line in plan:
            log(f"    {line}")


def explain_board(args: argparse.Namespace) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection

    from microcity.core.models import City
    from microcity.talent import selectors
    from microcity.talent.models import CaseEvent, CaseEventKind, CaseStage

    city = City.objects.get(slug="valmiera")
    for email in (CONSULTANT, COORDINATOR):
        user = get_user_model().objects.get(email=email)
        visible = selectors.cases_visible_to(user=user, city=city)
        from django.utils import timezone

        statements = [
            ("columns", visible.exclude(stage=CaseStage.CLOSED).order_by("-updated_at")[:500]),
            (
                "tasks",
                CaseEvent.objects.filter(
                    case__in=visible,
                    kind=CaseEventKind.TASK,
                    done_at__isnull=True,
                    due_on__lte=timezone.localdate() + dt.timedelta(days=7),
                )
                .select_related("case__person")
                .order_by("due_on")[:50],
            ),
        ]
        for label, queryset in statements:
            sql, params = queryset.query.sql_with_params()
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                plan = [row[0] for row in cursor.fetchall()]
            log(f"\n  EXPLAIN ANALYZE of the board's {label} query for {email}:")
            for line in plan:
                log(f"    {line}")


# --- Main -----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=50_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--fresh", action="store_true", help="drop and re-create the database first")
    parser.add_argument("--reindex", action="store_true", help="re-index the jobs even when reused")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=20.0, help="recorded seconds per target")
    parser.add_argument("--warmup", type=float, default=3.0, help="unrecorded seconds before each target")
    parser.add_argument(
        "--max-requests", type=int, default=20_000, help="recorded requests per client, at most"
    )
    parser.add_argument(
        "--serial-seconds",
        type=float,
        default=10.0,
        help="per target, one client first (service time); 0 skips",
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=300.0,
        help="before each target, wait up to this many seconds for other work on the machine to end",
    )
    parser.add_argument(
        "--wait-idle-first",
        type=float,
        default=300.0,
        help="before the first target, wait up to this many seconds for the machine to be quiet",
    )
    parser.add_argument(
        "--idle-threshold", type=float, default=0.15, help="'idle': other work below this share of all CPUs"
    )
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--static-root", default="/tmp/microcity_portal_bench_static")  # noqa: S108
    parser.add_argument("--server-log", default="/tmp/microcity_portal_bench_gunicorn.log")  # noqa: S108
    parser.add_argument("--diagnose", action="store_true", help="time each SQL statement of one request")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    log(f"Microcity portal benchmark: {args.jobs} jobs, {args.cases} relocation cases, {os.cpu_count()} CPUs")
    log(f"  application code and templates: {source_fingerprint()}")
    with open("/proc/loadavg") as loadavg:
        log(f"  load average at start: {' '.join(loadavg.read().split()[:3])}")
    ensure_database(args)
    log("Preparing data")
    timings = seed(args)
    collect_static(args)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, setting, unit FROM pg_settings WHERE name IN"
            " ('shared_buffers','work_mem','jit','effective_cache_size','max_connections') ORDER BY name"
        )
        pg = ", ".join(f"{n}={s}{'×' + u if u else ''}" for n, s, u in cursor.fetchall())
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    log(f"  PostgreSQL {version}: {pg}")
    connection.close()

    port = args.port or free_port()
    process = start_gunicorn(args, port)
    results: list[tuple[Target, Result]] = []
    serial: list[Result] = []
    accounting = Accounting(args, process.pid)
    try:
        consultant_cookie = sign_in(port, CONSULTANT)
        coordinator_cookie = sign_in(port, COORDINATOR)
        log("  signed in: Valmiera relocation consultant and coordinator (allauth form)")
        targets = [
            Target("healthz", ["/healthz"]),
            Target("jobs q+filter", [FIXED_JOBS_PATH], p95_goal_ms=JOBS_P95_MS),
            Target("jobs rotating", ROTATING_JOBS_PATHS, p95_goal_ms=JOBS_P95_MS),
            Target("board consultant", [BOARD_PATH], {"Cookie": consultant_cookie}, BOARD_P95_MS),
            Target("board coordinator", [BOARD_PATH], {"Cookie": coordinator_cookie}, BOARD_P95_MS),
        ]
        check_pages(port, targets)
        log(f"Waiting up to {args.wait_idle_first:g} s for the machine to be quiet")
        accounting.wait_idle(args.wait_idle_first, args.idle_threshold)
        if args.serial_seconds > 0:
            log(f"Service time: 1 client, 1 s warm-up + {args.serial_seconds:g} s recorded per target")
            serial_args = argparse.Namespace(
                **{**vars(args), "clients": 1, "warmup": 1.0, "duration": args.serial_seconds}
            )
            for target in targets:
                accounting.wait_idle(args.wait_idle, args.idle_threshold)
                result = run_load(port, target, serial_args, accounting)
                report(result)
                serial.append(result)
        log(
            f"Load: {args.clients} clients per target, {args.warmup:g} s warm-up + {args.duration:g} s recorded,"
            f" gunicorn -w {args.workers} --threads 1 (sync)"
        )
        for target in targets:
            accounting.wait_idle(args.wait_idle, args.idle_threshold)
            result = run_load(port, target, args, accounting)
            report(result)
            results.append((target, result))
    finally:
        accounting.close()
        stop_gunicorn(process)

    if args.diagnose:
        diagnose(args)

    by_name = {r.name: r for _t, r in results}
    health = by_name["healthz"].rps
    log("\nSummary (latency in ms; targets from the issue)")
    serial_p50 = {r.name: r.pct(50) for r in serial}
    serial_p95 = {r.name: r.pct(95) for r in serial}
    log(
        f"{'target':<18} {'1-client p50':>12} {'req/s':>8} {'p50':>7} {'p95':>7} {'p99':>7} {'errors':>6}"
        f" {'other':>6}  goal"
    )
    failed = sum(r.errors for r in serial)
    for target, result in results:
        failed += result.errors
        goals = []
        if target.p95_goal_ms is not None:
            ok = result.pct(95) <= target.p95_goal_ms
            goals.append(
                f"p95 ≤ {target.p95_goal_ms:.0f} ms at {args.clients} clients: {'PASS' if ok else 'MISS'}"
            )
            if target.name.startswith("board") and result.name in serial_p95:
                ok = serial_p95[result.name] <= target.p95_goal_ms
                goals.append(
                    f"at 1 client (p95 {serial_p95[result.name]:.0f} ms): {'PASS' if ok else 'MISS'}"
                )
        if target.name.startswith("jobs"):
            ratio = result.rps / health if health else 0.0
            ok = ratio >= JOBS_RATIO
            goals.append(
                f"throughput {ratio * 100:.1f} % of /healthz (goal ≥ {JOBS_RATIO * 100:.0f} %): {'PASS' if ok else 'MISS'}"
            )
        log(
            f"{result.name:<18} {serial_p50.get(result.name, float('nan')):12.1f} {result.rps:8.1f} {result.pct(50):7.1f} {result.pct(95):7.1f} {result.pct(99):7.1f}"
            f" {result.errors:>6} {result.foreign * 100:5.0f}%  {'; '.join(goals) or '(reference)'}"
        )
    disturbed = [r.name for r in [*serial, *(r for _t, r in results)] if r.foreign > 0.10]
    if disturbed:
        log(
            "WARNING: other work used more than 10 % of the machine's CPU while measuring "
            + ", ".join(dict.fromkeys(disturbed))
            + "; those figures are pessimistic. Rerun on a quiet machine."
        )
    if timings.get("jobs_reindex_s"):
        log(
            f"Indexing: jobs_reindex() {timings['jobs_indexed']:.0f} jobs in {timings['jobs_reindex_s']:.1f} s"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "jobs": args.jobs,
                    "cases": args.cases,
                    "clients": args.clients,
                    "duration": args.duration,
                    "timings": timings,
                    "results": [
                        {
                            "name": r.name,
                            "requests": r.count,
                            "rps": r.rps,
                            "p50_ms": r.pct(50),
                            "p95_ms": r.pct(95),
                            "p99_ms": r.pct(99),
                            "errors": r.errors,
                            "client_cpu": r.client_cpu,
                            "machine_busy": r.machine_busy,
                            "other_work": r.foreign,
                        }
                        for _t, r in results
                    ],
                    "one_client": [
                        {"name": r.name, "p50_ms": r.pct(50), "p95_ms": r.pct(95), "rps": r.rps}
                        for r in serial
                    ],
                },
                indent=2,
            )
        )
    if failed:
        log(f"{failed} request(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
