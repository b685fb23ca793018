"""Speed of the career portfolio page and its PDF export for a youth with a large portfolio.

Run from the repository root:

    .venv/bin/python bench/bench_portfolio.py [--entries 200] [--repeat 50] [--pdf-repeat 5] [--fresh]

What it does:

1. Uses the PostgreSQL database ``microcity_portfolio_bench`` (``--database-url``, default
   postgresql://postgres@127.0.0.1:5432/microcity_portfolio_bench), created with psycopg when missing,
   dropped first with ``--fresh``; runs ``migrate``.
2. Builds (once; reused on later runs) a 16-year-old youth of a bench city with ``--entries`` portfolio
   entries spread over the five list sections, with an evidence file on every tenth, 20 skills, three
   interest assessments and five goals of four steps each, through the real services.
3. Signs the youth in with Django's test client, in-process, and times ``GET /lv/portfolio/``
   ``--repeat`` times after three warm-up requests: median and p95 (target p95 ≤ 150 ms), and the
   number of SQL queries of one request.
4. Times the PDF export of every section (``GET /lv/portfolio/export/?format=pdf…``) ``--pdf-repeat``
   times, after one warm-up: median and maximum (target ≤ 2 s), and the PDF's pages and size.

Timings are wall-clock on a shared machine; the load average is printed with them.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/microcity_portfolio_bench"
CITY_SLUG = "portfolio-bench"
EMAIL = "jaunietis@portfolio-bench.example.lv"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--pdf-repeat", type=int, default=5)
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

    # The test client's host, and files kept out of the real media folder.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.MEDIA_ROOT = "/tmp/microcity_portfolio_bench_media"  # noqa: S108 - scratch files of a benchmark
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def build(entries: int) -> Any:
    """The youth and their portfolio (reused when one with the same number of entries exists)."""
    import datetime as dt
    import random

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import transaction
    from django.utils import timezone
    from PIL import Image

    from microcity.accounts.models import Membership, Role, User
    from microcity.careers import services
    from microcity.careers.interest_statements import STATEMENTS
    from microcity.careers.models import ENTRY_SECTIONS, Entry, Portfolio, Skill
    from microcity.core.models import City, Person

    city, _ = City.objects.get_or_create(
        slug=CITY_SLUG, defaults={"name_lv": "Etalonpilsēta", "name_en": "Bench City"}
    )
    user, _ = User.objects.get_or_create(email=EMAIL, defaults={"first_name": "Līva", "last_name": "Bērziņa"})
    Membership.objects.get_or_create(user=user, city=city, role=Role.YOUTH)
    person, _ = Person.objects.get_or_create(
        user=user,
        defaults={
            "first_name": "Līva",
            "last_name": "Bērziņa",
            "email": EMAIL,
            "city": city,
            "date_of_birth": timezone.localdate() - dt.timedelta(days=16 * 365 + 40),
        },
    )
    portfolio = Portfolio.objects.filter(person=person).first()
    if portfolio is not None and Entry.objects.filter(portfolio=portfolio).count() == entries:
        print(f"reusing portfolio {portfolio.pk} with {entries} entries")
        return user
    rng = random.Random(2026)  # noqa: S311 - bench data
    started = time.perf_counter()
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "#8a1538").save(buffer, format="PNG")
    image = buffer.getvalue()
    with transaction.atomic():
        if portfolio is not None:
            portfolio.delete()
        portfolio = services.portfolio_create(person=person, by=user)
        services.portfolio_update_about(
            portfolio=portfolio,
            by=user,
            about="Mācos vidusskolā, interesējos par inženieriju un dabaszinātnēm. " * 3,
        )
        today = timezone.localdate()
        for n in range(entries):
            section = ENTRY_SECTIONS[n % len(ENTRY_SECTIONS)]
            start = today - dt.timedelta(days=rng.randint(30, 2000))
            entry = services.entry_create(
                portfolio=portfolio,
                by=user,
                section=section,
                title=f"Ieraksts {n}: projekts, kurss vai darbs",
                organisation_name=f"Organizācija {n % 17}",
                description="Ko es darīju un ko iemācījos. " * rng.randint(1, 6),
                starts_on=start,
                ends_on=start + dt.timedelta(days=rng.randint(0, 120)),
                hours=rng.randint(4, 120) if n % 3 == 0 else None,
            )
            if n % 10 == 0:
                services.evidence_add(
                    entry=entry,
                    by=user,
                    upload=SimpleUploadedFile(f"apliecinajums-{n}.png", image, "image/png"),
                )
        for skill in Skill.objects.filter(is_active=True).order_by("code")[:20]:
            services.skill_add(portfolio=portfolio, by=user, skill=skill, note="Skolā un pulciņā")
        for take in range(3):
            services.assessment_submit(
                portfolio=portfolio,
                by=user,
                answers={s.key: (hash(s.key) + take) % 5 + 1 for s in STATEMENTS},
            )
        for g in range(5):
            services.goal_create(
                portfolio=portfolio,
                by=user,
                title=f"Mērķis {g}",
                description="Kāpēc tas man ir svarīgi.",
                target_on=today + dt.timedelta(days=100 * (g + 1)),
                steps=[(f"Solis {s}", today + dt.timedelta(days=20 * (s + 1))) for s in range(4)],
            )
    print(f"built portfolio with {entries} entries in {time.perf_counter() - started:.1f} s")
    return user


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def main() -> None:
    args = parse_args()
    ensure_database(args.database_url, args.fresh)
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    user = build(args.entries)
    client = Client()
    client.force_login(user)

    url = "/lv/portfolio/"
    for _ in range(3):
        assert client.get(url).status_code == 200
    executed: list[str] = []

    def count(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    print(
        f"portfolio page ({args.entries} entries), {args.repeat} requests: "
        f"median {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms "
        f"(target ≤ 150 ms), {len(executed)} queries, {len(response.content) // 1024} KiB"
    )

    sections = "&".join(
        f"sections={s}"
        for s in (
            "about",
            "education",
            "experience",
            "informal_learning",
            "skills",
            "interests",
            "achievements",
            "reflections",
            "goals",
        )
    )
    pdf_url = f"/lv/portfolio/export/?format=pdf&language=lv&{sections}"
    assert client.get(pdf_url).status_code == 200
    pdf_timings = []
    for _ in range(args.pdf_repeat):
        started = time.perf_counter()
        response = client.get(pdf_url)
        pdf_timings.append(time.perf_counter() - started)
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(response.content)).pages)
    print(
        f"PDF export ({args.entries} entries), {args.pdf_repeat} runs: median {statistics.median(pdf_timings):.2f} s, "
        f"max {max(pdf_timings):.2f} s (target ≤ 2 s), {pages} pages, {len(response.content) // 1024} KiB"
    )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
