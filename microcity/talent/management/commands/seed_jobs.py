"""Post and publish realistic demo jobs for the demo employers of both cities; safe to rerun."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import Role, User
from microcity.core.datafiles import read_records
from microcity.core.models import City, Occupation, Organisation, OrganisationKind
from microcity.talent import services
from microcity.talent.models import Job, JobStatus

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_jobs.yaml"
JOB_KEYS = (
    "title",
    "occupation",
    "salary_min",
    "salary_max",
    "employment_type",
    "workplace_type",
    "description",
    "requirements",
    "skills",
)


def demo_jobs() -> tuple[dict[str, Any], ...]:
    """The demo jobs of `data/demo_jobs.yaml`, each posted once per demo city."""
    return read_records(DATA_FILE, required=JOB_KEYS)


class Command(BaseCommand):
    help = "Create demo jobs for the demo employers (published through the real approval workflow)."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        rng = random.Random(7)  # noqa: S311 - demo data
        editor_by_city: dict[int, User] = {}
        created = 0
        codes = {o.code: o for o in Occupation.objects.filter(level=4)}
        for city in City.objects.filter(slug__in=["ventspils", "valmiera"]):
            employers = list(
                Organisation.objects.filter(
                    city=city,
                    kind__in=[
                        OrganisationKind.EMPLOYER,
                        OrganisationKind.COMPANY,
                        OrganisationKind.PUBLIC_BODY,
                    ],
                )
            )
            rep = User.objects.filter(
                memberships__role=Role.EMPLOYER_REPRESENTATIVE, memberships__city=city
            ).first()
            editor = User.objects.filter(
                memberships__role__in=[Role.CONTENT_EDITOR, Role.PROGRAMME_COORDINATOR],
                memberships__city=city,
            ).first()
            if not employers or editor is None:
                continue
            editor_by_city[city.pk] = editor
            for index, row in enumerate(demo_jobs()):
                title = row["title"]
                organisation = employers[index % len(employers)]
                if Job.objects.filter(city=city, title=title, organisation=organisation).exists():
                    continue
                job = Job.objects.create(
                    organisation=organisation,
                    city=city,
                    title=title,
                    occupation=codes[str(row["occupation"])],
                    description=row["description"],
                    requirements=row["requirements"],
                    skills=row["skills"],
                    languages=["lv", "en"] if rng.random() < 0.5 else ["lv"],
                    employment_type=row["employment_type"],
                    workplace_type=row["workplace_type"],
                    address=organisation.address or city.name_lv,
                    salary_min=Decimal(row["salary_min"]),
                    salary_max=Decimal(row["salary_max"]),
                    deadline=timezone.localdate() + dt.timedelta(days=rng.randint(10, 60)),
                    how_to_apply="Sūtiet CV un motivācijas vēstuli.",
                    apply_email=organisation.email,
                    posted_by=rep,
                    status=JobStatus.PENDING,
                )
                if index % 9 == 8:
                    continue  # a few wait for approval, so editors have work in the demo
                services.job_approve(job=job, by=editor)
                Job.objects.filter(pk=job.pk).update(
                    published_at=timezone.now()
                    - dt.timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 23))
                )
                created += 1
        count = services.jobs_reindex()
        self.stdout.write(f"{created} demo jobs published; {count} open jobs indexed for search.")
