"""Demo retraining courses in Ventspils, run through the services: the ICT course (30 applied, 15 started,
13 completed, 1 internship), electronics production (10 trained, 9 hired by one company) and a course open
for applications. Safe to rerun: a course that exists is left as it is."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from microcity.accounts.models import Membership, Role, User
from microcity.core.datafiles import read_records
from microcity.core.models import City, Occupation, Organisation, Person
from microcity.core.selectors import years_before
from microcity.courses import services
from microcity.courses.models import (
    Application,
    ApplicationStatus,
    Checkpoint,
    Course,
    Education,
    Gender,
    LabourStatus,
    OutcomeKind,
)

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_courses.yaml"
DEMO_DOMAIN = "demo.microcity.lv"
DEMO_PASSWORD = "Microcity-demo-2026"  # noqa: S105 - the published demo sign-in (see seed_demo)
LEARNER = f"kursants.ventspils@{DEMO_DOMAIN}"
TRAINER = f"pasniedzejs.ventspils@{DEMO_DOMAIN}"
SECRET = "5e" * 32  # the demo's lottery secret: the same on every machine
FIRST = ["Jānis", "Anna", "Mārtiņš", "Ilze", "Edgars", "Laura", "Raivis", "Dace", "Kristaps", "Inese"]
LAST = ["Kalniņš", "Ozola", "Bērziņš", "Liepa", "Krūmiņš", "Zariņa", "Vītols", "Siliņa", "Āboliņš", "Priede"]


def records() -> tuple[dict[str, Any], ...]:
    return read_records(
        DATA_FILE,
        required=("key", "city", "title_lv", "title_en", "provider", "places", "story"),
        unique="key",
    )


def riga(day: dt.date, hour: int = 12) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


class Command(BaseCommand):
    help = "Create the demo retraining courses through the services (safe to rerun)."

    def handle(self, *args: Any, **options: Any) -> None:
        city = City.objects.filter(slug="ventspils").first()
        if city is None:
            self.stdout.write("seed_courses: no Ventspils; run seed_demo first.")
            return
        coordinator = User.objects.filter(
            memberships__city=city, memberships__role=Role.PROGRAMME_COORDINATOR
        ).first()
        if coordinator is None:
            self.stdout.write("seed_courses: Ventspils has no coordinator; run seed_demo first.")
            return
        trainer = self._account(city, TRAINER, "Roberts", "Skuja", age=44)
        self._account(city, LEARNER, "Līga", "Strautiņa", age=38)
        tehnikums = Organisation.objects.filter(city=city, name="Ventspils Tehnikums").first()
        Membership.objects.get_or_create(
            user=trainer.user, city=city, role=Role.TEACHER, defaults={"organisation": tehnikums}
        )
        created = 0
        for record in records():
            if Course.objects.filter(city=city, title_lv=record["title_lv"]).exists():
                continue
            with transaction.atomic():
                self._course(city, coordinator, trainer.user, record)
            created += 1
        self.stdout.write(f"seed_courses: {created} courses created; {LEARNER} may apply.")

    def _account(self, city: City, email: str, first: str, last: str, *, age: int) -> Person:
        user, new = User.objects.get_or_create(email=email, defaults={"first_name": first, "last_name": last})
        if new:
            user.set_password(DEMO_PASSWORD)
            user.save()
            from allauth.account.models import EmailAddress

            EmailAddress.objects.get_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        person = Person.objects.filter(user=user).first()
        if person is None:
            person = Person.objects.create(
                user=user,
                first_name=first,
                last_name=last,
                email=email,
                city=city,
                date_of_birth=years_before(timezone.localdate(), age) - dt.timedelta(days=100),
            )
        return person

    def _applicant(self, city: City, key: str, index: int, rng: random.Random) -> Person:
        email = f"{key}-{index:02d}@{DEMO_DOMAIN}"
        user, new = User.objects.get_or_create(email=email)
        if new:
            user.set_unusable_password()
            user.save()
        person = Person.objects.filter(user=user).first()
        if person is None:
            # No e-mail on the person: the demo's past rounds send no mail.
            person = Person.objects.create(
                user=user,
                first_name=FIRST[index % len(FIRST)],
                last_name=LAST[(index * 3) % len(LAST)],
                city=city,
                date_of_birth=dt.date(
                    1965 + rng.randrange(0, 38), 1 + rng.randrange(12), 1 + rng.randrange(28)
                ),
            )
        return person

    def _course(self, city: City, coordinator: Any, trainer: Any, record: dict[str, Any]) -> Course:
        rng = random.Random(record["key"])  # noqa: S311 - demo data
        organisations = {o.name: o for o in Organisation.objects.filter(city=city)}
        today = timezone.localdate()
        if "open_in_days" in record:
            opens_at = timezone.now() + dt.timedelta(days=record["open_in_days"][0])
            closes_at = riga(today + dt.timedelta(days=record["open_in_days"][1]), 23)
            starts_on = today + dt.timedelta(days=record["start_in_days"][0])
            ends_on = today + dt.timedelta(days=record["start_in_days"][1])
        else:
            opens_at, closes_at = riga(record["opens"], 9), riga(record["closes"], 23)
            starts_on, ends_on = record["starts_on"], record["ends_on"]
        course = services.course_create(
            city=city,
            by=coordinator,
            title_lv=record["title_lv"],
            title_en=record["title_en"],
            description_lv=record["description_lv"],
            description_en=record["description_en"],
            provider=organisations[record["provider"]],
            partner_employers=[organisations[name] for name in record["partners"]],
            occupation=Occupation.objects.filter(code=record["occupation"]).first(),
            skills=record["skills"],
            audience=record["audience"],
            funding=record["funding"],
            format=record["format"],
            hours=record["hours"],
            schedule=record["schedule"],
            location=record["location"],
            places=record["places"],
            co_payment=Decimal(record["co_payment"]),
            applications_open_at=opens_at,
            applications_close_at=closes_at,
            starts_on=starts_on,
            ends_on=ends_on,
            priority_rules=record["priority_rules"],
            question_lv=record["question_lv"],
            question_en=record["question_en"],
            trainers=[trainer],
        )
        services.course_open(course=course, by=coordinator, secret=SECRET)
        story = record["story"]
        applied_at = max(opens_at, min(closes_at, timezone.now()) - dt.timedelta(days=2))
        for index in range(story["applicants"]):
            person = self._applicant(city, record["key"], index, rng)
            services.application_submit(
                course=course,
                person=person,
                by=person.user,  # type: ignore[arg-type]
                answer="Vēlos mainīt profesiju un strādāt Ventspilī." if course.question_lv else "",
                referred_by_agency=rng.random() < 0.2,
                gender=rng.choice(
                    [Gender.FEMALE, Gender.MALE, Gender.FEMALE, Gender.MALE, Gender.PREFER_NOT]
                ),
                labour_status=rng.choice(
                    [
                        LabourStatus.EMPLOYED,
                        LabourStatus.UNEMPLOYED,
                        LabourStatus.LONG_TERM_UNEMPLOYED,
                        LabourStatus.INACTIVE,
                    ]
                ),
                education=rng.choice(
                    [Education.ISCED_0_2, Education.ISCED_3_4, Education.ISCED_3_4, Education.ISCED_5_8]
                ),
                funder_consent=rng.random() < 0.9,
                now=applied_at,
            )
        if "open_in_days" in record:
            return course
        selected_at = closes_at + dt.timedelta(days=1)
        services.course_select(course=course, by=coordinator, now=selected_at)
        for application in Application.objects.filter(
            course=course, status=ApplicationStatus.OFFERED
        ).select_related("person__user", "course__city"):
            services.offer_accept(
                application=application,
                by=application.person.user,  # type: ignore[arg-type]
                now=selected_at,
            )
        participants = list(
            Application.objects.filter(course=course, status=ApplicationStatus.ACCEPTED)
            .select_related("person", "course__city")
            .order_by("rank")
        )
        dropouts = participants[-story["dropouts"] :] if story["dropouts"] else []
        sessions = [
            services.session_add(
                course=course,
                by=coordinator,
                starts_at=riga(starts_on + dt.timedelta(days=7 * i), 17),
                ends_at=riga(starts_on + dt.timedelta(days=7 * i), 20),
                topic=f"{i + 1}. nodarbība",
            )
            for i in range(record["sessions"])
        ]
        for number, session in enumerate(sessions):
            present = [a.pk for a in participants if a not in dropouts or number < 2]
            services.attendance_record(session=session, present=present, by=trainer)
        for application in dropouts:
            services.participant_drop_out(
                application=application, reason="Atrada darbu citā nozarē", by=coordinator
            )
        for application in participants:
            if application not in dropouts:
                services.participant_assess(application=application, passed=True, by=coordinator)
        services.course_finish(course=course, by=coordinator, now=riga(ends_on, 18))
        completed = list(
            Application.objects.filter(course=course, status=ApplicationStatus.COMPLETED)
            .select_related("person", "course__city")
            .order_by("rank")
        )
        queue = iter(completed)
        for kind, employers in (
            (OutcomeKind.INTERNSHIP, story["internships"]),
            (OutcomeKind.EMPLOYED, story["hired"]),
        ):
            for name, count in employers.items():
                for _ in range(count):
                    services.job_outcome_record(
                        application=next(queue),
                        checkpoint=Checkpoint.AT_COMPLETION,
                        kind=kind,
                        employer=organisations[name],
                        started_on=ends_on + dt.timedelta(days=7),
                        in_trained_occupation=True,
                        by=coordinator,
                    )
        return course
