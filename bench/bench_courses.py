"""Timing of a retraining course round on PostgreSQL: `course_select` (priority groups, staff scores, the
published-seed lottery, offers and the waiting list, with every database write) for --applicants
applicants, and the coordinators' applicants table with filters (p95 over --requests requests).

Run from the repository root, for example:

    .venv/bin/python bench/bench_courses.py                     # 5,000 applicants, 300 places
    .venv/bin/python bench/bench_courses.py --applicants 500 --repeat 1   # smoke test

The database (--database-url, default microcity_courses_bench on 127.0.0.1) is created when missing and
migrated; the data is made once per size with bulk_create and a fixed random seed. Each repeat puts the
applications back to "submitted" and the course back to "open", then times `course_select` end to end.
Targets (issue 17): selection ≤ 5 s, applicants table p95 ≤ 150 ms. Only 127.0.0.1 is contacted.
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
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/microcity_courses_bench"
CITY_SLUG = "courses-bench"
SECRET = "c0" * 32


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--applicants", type=int, default=5_000)
    parser.add_argument("--places", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--requests", type=int, default=40)
    return parser.parse_args()


def ensure_database(url: str) -> None:
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1].split("?", 1)[0]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "microcity.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(args: argparse.Namespace) -> Any:
    from django.utils import timezone

    from microcity.accounts.models import Membership, Role, User
    from microcity.core.models import City, Organisation, OrganisationKind, Person
    from microcity.courses.models import Application, Course, CourseStatus, PriorityRule
    from microcity.courses.ranking import commitment_of

    city, _ = City.objects.get_or_create(slug=CITY_SLUG, defaults={"name_lv": "Kursi", "name_en": "Courses"})
    boss, _ = User.objects.get_or_create(email="bench-coordinator@example.lv")
    Membership.objects.get_or_create(user=boss, city=city, role=Role.PROGRAMME_COORDINATOR)
    title = f"Bench {args.applicants}/{args.places}"
    course = Course.objects.filter(city=city, title_en=title).first()
    if course is not None:
        return course, boss
    provider = Organisation.objects.create(name="Bench provider", kind=OrganisationKind.SCHOOL, city=city)
    now = timezone.now()
    course = Course.objects.create(
        city=city,
        title_lv=title,
        title_en=title,
        provider=provider,
        hours=100,
        places=args.places,
        applications_open_at=now - dt.timedelta(days=30),
        applications_close_at=now - dt.timedelta(days=1),
        starts_on=timezone.localdate() + dt.timedelta(days=30),
        ends_on=timezone.localdate() + dt.timedelta(days=90),
        status=CourseStatus.OPEN,
        lottery_secret=SECRET,
        lottery_commitment=commitment_of(SECRET),
    )
    for order, kind in enumerate(("age45_low_education", "long_term_unemployed", "referred"), 1):
        PriorityRule.objects.create(course=course, order=order, kind=kind)
    rng = random.Random(20260617)  # noqa: S311 - benchmark data
    people = Person.objects.bulk_create(
        Person(
            first_name=f"Vārds{i}",
            last_name=f"Uzvārds{i % 997}",
            city=city,
            date_of_birth=dt.date(1960 + rng.randrange(40), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        )
        for i in range(args.applicants)
    )
    Application.objects.bulk_create(
        Application(
            course=course,
            person=person,
            submitted_at=now - dt.timedelta(days=2),
            labour_status=rng.choice(
                ["employed", "unemployed", "long_term_unemployed", "inactive", "prefer_not"]
            ),
            education=rng.choice(["isced_0_2", "isced_3_4", "isced_5_8", "prefer_not"]),
            referred_by_agency=rng.random() < 0.1,
            gender=rng.choice(["female", "male", "prefer_not"]),
            staff_score=rng.choice([None, None, rng.randrange(0, 101)]),
        )
        for person in people
    )
    return course, boss


def reset(course: Any) -> None:
    from django.contrib.contenttypes.models import ContentType

    from microcity.core.models import AuditEvent
    from microcity.courses.models import Application, Course

    Application.objects.filter(course=course).update(
        status="submitted",
        rank=None,
        lottery_number=None,
        priority_group=None,
        offered_at=None,
        offer_deadline=None,
    )
    Course.objects.filter(pk=course.pk).update(status="open", lottery_seed="", selected_at=None)
    AuditEvent.objects.filter(object_type=ContentType.objects.get_for_model(Application)).delete()


def main() -> None:
    args = parse_args()
    ensure_database(args.database_url)
    setup_django(args.database_url)
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from microcity.courses import services
    from microcity.courses.models import Course

    course, boss = build(args)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    timings = []
    for _ in range(args.repeat):
        reset(course)
        course = Course.objects.get(pk=course.pk)
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            result = services.course_select(course=course, by=boss)
            timings.append(time.perf_counter() - started)
        print(f"course_select: {timings[-1]:.2f} s, {len(queries)} SQL statements, {result}")
    print(f"selection of {args.applicants} applicants: best {min(timings):.2f} s, target ≤ 5 s")

    client = Client()
    client.force_login(boss)
    path = reverse("courses:applications", kwargs={"city": CITY_SLUG, "pk": course.pk})
    filters = [
        "",
        "?status=waitlisted",
        "?status=offered",
        "?group=1",
        "?group=none",
        "?status=waitlisted&group=2",
    ]
    times = []
    for index in range(args.requests):
        started = time.perf_counter()
        response = client.get(path + filters[index % len(filters)], HTTP_HOST="localhost")
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    print(
        f"applicants table ({args.requests} requests, filters): median {statistics.median(times):.0f} ms, "
        f"p95 {p95:.0f} ms, target ≤ 150 ms"
    )


if __name__ == "__main__":
    main()
