"""Timing of the grants pages at scale on PostgreSQL: the coordinator's ranked table with filters, the CSV
export of the applications, and the applicant's draft autosave (an htmx POST).

Run from the repository root, for example:

    .venv/bin/python bench/bench_grants.py                       # 5,000 applications × 3 reviews × 6 criteria
    .venv/bin/python bench/bench_grants.py --fresh               # drop and rebuild the database first
    .venv/bin/python bench/bench_grants.py --applications 300 --repeat 5   # smoke test

1. Database: --database-url (default microcity_grants_bench on 127.0.0.1, trust authentication), created when
   missing, dropped first with --fresh; `migrate`.
2. Data, once per size: a city, its coordinator, 3 evaluators, a published call with 2 strands, 6 criteria
   and 3 questions, --applications organisations each with a representative and a submitted application
   (3 budget lines), screened eligible, 3 submitted reviews with 6 scores each, averages and spread set;
   bulk_create with a fixed seed, then VACUUM ANALYZE. One more draft for the autosave.
3. Timing through Django's test client (the whole request: middleware, view, queries, template), signed
   in as the coordinator or the applicant: the ranked table with a rotating filter (p50, p95 over --repeat
   requests each), the CSV export of all applications, and the autosave POST. Targets from issue 15: table
   p95 ≤ 150 ms, CSV ≤ 2 s, autosave p95 ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/microcity_grants_bench"
CITY_SLUG = "grants-bench"
SEED = 20260415
CRITERIA = 6
REVIEWS = 3


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--applications", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=40)
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


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "microcity.settings")
    os.environ.setdefault("DEBUG", "0")
    # Plain static files (no collectstatic manifest needed); nothing else it changes is on the timed path.
    os.environ.setdefault("MICROCITY_TESTING", "1")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build(n: int) -> tuple[Any, Any, Any, Any]:
    """The call and its applications (reused when a call of this size exists)."""
    import datetime as dt

    from django.db import connection, transaction
    from django.utils import timezone

    from microcity.accounts.models import Membership, Role, User
    from microcity.core.models import City, Organisation, OrganisationKind
    from microcity.grantmaths import money, ranking
    from microcity.grants import services
    from microcity.grants.models import (
        Application,
        ApplicationStatus,
        BudgetLine,
        Call,
        CallStatus,
        Criterion,
        Question,
        Review,
        Score,
        Strand,
    )

    city, _ = City.objects.get_or_create(
        slug=CITY_SLUG, defaults={"name_lv": "Grantu pilsēta", "name_en": "Grant City"}
    )
    coordinator, _ = User.objects.get_or_create(email="koordinators@grants-bench.example.lv")
    Membership.objects.get_or_create(user=coordinator, city=city, role=Role.PROGRAMME_COORDINATOR)
    applicant, _ = User.objects.get_or_create(email="pieteicejs@grants-bench.example.lv")
    title = f"Bench {n}"
    call = Call.objects.filter(city=city, title_lv=title).first()
    if call is not None:
        draft = call.applications.get(status=ApplicationStatus.DRAFT)
        print(f"reusing call {call.pk} ({title})")
        return call, coordinator, applicant, draft
    rng = random.Random(SEED)
    started = time.perf_counter()
    now = timezone.now()
    with transaction.atomic():
        call = Call.objects.create(
            city=city,
            title_lv=title,
            title_en=title,
            budget=Decimal("5000000"),
            opens_at=now - dt.timedelta(days=5),
            closes_at=now + dt.timedelta(days=5),
            implementation_deadline=timezone.localdate() + dt.timedelta(days=200),
            reviewers_per_application=REVIEWS,
            status=CallStatus.PUBLISHED,
        )
        strands = [
            Strand.objects.create(
                call=call,
                name_lv="Attīstībai",
                name_en="Development",
                min_amount=Decimal("2000"),
                max_amount=Decimal("10000"),
                min_intensity=Decimal("0.6"),
                max_intensity=Decimal("0.8"),
            ),
            Strand.objects.create(
                call=call,
                name_lv="Jaunuzņēmumiem",
                name_en="Start-ups",
                max_amount=Decimal("2000"),
                max_intensity=Decimal("0.8"),
                order=1,
            ),
        ]
        criteria = [
            Criterion.objects.create(
                call=call, name_lv=f"K{i}", name_en=f"C{i}", weight=Decimal(10 + i), max_score=5, order=i
            )
            for i in range(CRITERIA)
        ]
        for i in range(3):
            Question.objects.create(
                call=call,
                section_lv="Projekts",
                section_en="Project",
                text_lv=f"Jautājums {i}",
                text_en=f"Question {i}",
                word_limit=300,
                order=i,
            )
        evaluators = []
        for i in range(REVIEWS):
            user, _ = User.objects.get_or_create(email=f"vertetajs{i}@grants-bench.example.lv")
            Membership.objects.get_or_create(user=user, city=city, role=Role.GRANT_EVALUATOR)
            evaluators.append(user)
        orgs = Organisation.objects.bulk_create(
            [
                Organisation(name=f"SIA Etalons {i:05d}", kind=OrganisationKind.COMPANY, city=city)
                for i in range(n + 1)
            ]
        )
        users = User.objects.bulk_create(
            [User(email=f"rep{call.pk}-{i}@grants-bench.example.lv") for i in range(n)]
        )
        Membership.objects.bulk_create(
            [
                Membership(user=u, city=city, role=Role.EMPLOYER_REPRESENTATIVE, organisation=o)
                for u, o in zip(users, orgs, strict=False)
            ]
            + [
                Membership(
                    user=applicant, city=city, role=Role.EMPLOYER_REPRESENTATIVE, organisation=orgs[-1]
                )
            ]
        )
        apps = []
        lines_of = []
        for i in range(n):
            lines = [
                money.Line(Decimal(1), Decimal(rng.randint(2000, 9000)), True),
                money.Line(Decimal(2), Decimal(rng.randint(100, 900)), True),
                money.Line(Decimal(1), Decimal(rng.randint(100, 1500)), False),
            ]
            totals = money.budget_totals(lines, requested=Decimal(0))
            requested = money.cents(totals.eligible * Decimal("0.7"))
            apps.append(
                Application(
                    call=call,
                    strand=strands[0],
                    organisation=orgs[i],
                    applicant=users[i],
                    number=f"B-{i + 1:05d}",
                    title=f"Projekts {i}",
                    requested=min(requested, Decimal("10000")),
                    total_cost=totals.total,
                    eligible_cost=totals.eligible,
                    status=ApplicationStatus.ELIGIBLE,
                    submitted_at=now,
                    deminimis_declared=True,
                    consent=True,
                    truthful=True,
                )
            )
            lines_of.append(lines)
        apps = Application.objects.bulk_create(apps, batch_size=2000)
        BudgetLine.objects.bulk_create(
            [
                BudgetLine(
                    application=a,
                    description="Izmaksas",
                    quantity=ln.quantity,
                    unit_price=ln.unit_price,
                    eligible=ln.eligible,
                    order=k,
                )
                for a, lines in zip(apps, lines_of, strict=True)
                for k, ln in enumerate(lines)
            ],
            batch_size=5000,
        )
        reviews = Review.objects.bulk_create(
            [
                Review(application=a, evaluator=e, no_conflict_confirmed=True, submitted_at=now)
                for a in apps
                for e in evaluators
            ],
            batch_size=5000,
        )
        spec = [ranking.Criterion(c.pk, c.weight, c.max_score) for c in criteria]
        scores = []
        totals_by_app: dict[int, list[Decimal]] = {}
        for r in reviews:
            marks = {c.pk: rng.randint(0, 5) for c in criteria}
            scores.extend(
                Score(review=r, criterion_id=k, score=v, comment="Pamatojums") for k, v in marks.items()
            )
            r.total = ranking.weighted_total(marks, spec)
            totals_by_app.setdefault(r.application_id, []).append(r.total)
        Score.objects.bulk_create(scores, batch_size=10000)
        Review.objects.bulk_update(reviews, ["total"], batch_size=5000)
        for a in apps:
            s = ranking.summarise(totals_by_app[a.pk])
            a.average_score, a.score_spread = s.average, s.spread
        Application.objects.bulk_update(apps, ["average_score", "score_spread"], batch_size=5000)
        draft = services.application_start(
            call=call, organisation=orgs[-1], strand=strands[0], title="Melnraksts", by=applicant
        )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"built {n} applications in {time.perf_counter() - started:.1f} s")
    return call, coordinator, applicant, draft


def timed(fn: Any, repeat: int) -> list[float]:
    fn()  # warm
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def report(label: str, ms: list[float], target: float) -> None:
    ms = sorted(ms)
    p95 = ms[max(0, int(round(0.95 * len(ms))) - 1)]
    verdict = "ok" if p95 <= target else "OVER"
    print(
        f"{label:<44} p50 {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms  max {ms[-1]:7.1f} ms  (target {target:.0f} ms: {verdict})"
    )


def main() -> int:
    args = parse_args()
    ensure_database(args.database_url, args.fresh)
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call, coordinator, applicant, draft = build(args.applications)
    staff = Client()
    staff.force_login(coordinator)
    base = f"/lv/{CITY_SLUG}/grants/manage/calls/{call.pk}/applications/"
    filters = [
        "",
        "?status=eligible",
        "?q=Projekts 12",
        "?disagreement=on",
        "?sort=requested",
        "?page=40",
        f"?strand={call.strands.first().pk}&sort=spread",
    ]
    state = {"i": 0}

    def table() -> None:
        address = base + filters[state["i"] % len(filters)]
        state["i"] += 1
        response = staff.get(address)
        assert response.status_code == 200, (address, response.status_code)

    report("ranked table with filters (GET)", timed(table, args.repeat), 150)

    def csv_export() -> None:
        response = staff.get(f"/lv/{CITY_SLUG}/grants/manage/calls/{call.pk}/export/applications.csv")
        assert response.status_code == 200 and response.content.count(b"\n") >= args.applications

    report("CSV export of all applications", timed(csv_export, max(3, args.repeat // 10)), 2000)

    person = Client()
    person.force_login(applicant)
    address = f"/lv/{CITY_SLUG}/grants/applications/{draft.pk}/"
    question_ids = list(call.questions.values_list("pk", flat=True))
    strand = call.strands.first().pk
    counter = {"n": 0}

    def autosave() -> None:
        counter["n"] += 1
        data = {
            "title": "Melnraksts",
            "summary": f"Teksts {counter['n']}",
            "strand": strand,
            "requested": "7000",
            "sector": "J62",
            "lines-TOTAL_FORMS": "3",
            "lines-INITIAL_FORMS": "0",
            "lines-MIN_NUM_FORMS": "0",
            "lines-MAX_NUM_FORMS": "60",
            "lines-0-description": "Izstrāde",
            "lines-0-quantity": "1",
            "lines-0-unit_price": "9000",
            "lines-0-eligible": "on",
            "lines-1-description": "PVN",
            "lines-1-quantity": "1",
            "lines-1-unit_price": "1890",
            "lines-2-description": "",
            "aid-TOTAL_FORMS": "0",
            "aid-INITIAL_FORMS": "0",
            "aid-MIN_NUM_FORMS": "0",
            "aid-MAX_NUM_FORMS": "40",
            "action": "save",
            **{f"q_{q}": "Atbilde" for q in question_ids},
        }
        response = person.post(address, data, HTTP_HX_REQUEST="true")
        assert response.status_code == 200 and b'id="summary"' in response.content

    report("draft autosave (htmx POST)", timed(autosave, args.repeat), 50)
    print(f"load average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
