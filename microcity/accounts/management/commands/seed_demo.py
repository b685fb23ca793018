"""Build the demo cities, Ventspils and Valmiera, with realistic Latvian data; safe to rerun."""

from __future__ import annotations

import datetime as dt
import os
import random
import unicodedata
from pathlib import Path
from typing import Any

from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from faker import Faker
from wagtail.models import Locale

from microcity.accounts.forms import GUARDIAN_CONSENT_TEXT
from microcity.accounts.models import GuardianLink, Membership, Role, User
from microcity.accounts.services import GUARDIAN_CONSENT_VERSION
from microcity.core.datafiles import read_records
from microcity.core.models import City, Occupation, Organisation, OrganisationKind, Person
from microcity.core.occupations import load_occupations

DEMO_PASSWORD = "Microcity-demo-2026"  # noqa: S105 - published demo sign-in, never used in production
DEMO_DOMAIN = "demo.microcity.lv"

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_cities.yaml"
CITY_FIELDS = (
    "slug",
    "name_lv",
    "name_en",
    "tagline_lv",
    "tagline_en",
    "population",
    "municipality_code",
    "brand_colour",
    "accent_colour",
    "contact_email",
    "website",
)
# (e-mail local part, first name, last name, role, organisation name or None)
SignIn = tuple[str, str, str, str, str | None]


def demo_cities() -> tuple[dict[str, Any], ...]:
    """The demo cities of `data/demo_cities.yaml`, with their organisations and demo sign-ins."""
    return read_records(DATA_FILE, required=(*CITY_FIELDS, "organisations", "sign_ins"), unique="slug")


def demo_sign_ins(slug: str) -> list[SignIn]:
    """One demo sign-in per role in Valmiera, where the most programmes run, and a Ventspils team, so that
    the separation of the cities can be seen."""
    for city in demo_cities():
        if city["slug"] == slug:
            return [
                (row["email"], row["first_name"], row["last_name"], row["role"], row.get("organisation"))
                for row in city["sign_ins"]
            ]
    return []


DEMO_USERS = demo_sign_ins("valmiera")
VENTSPILS_USERS = demo_sign_ins("ventspils")


def demo_email(local: str) -> str:
    return f"{local}@{DEMO_DOMAIN}"


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


class Command(BaseCommand):
    help = "Create or refresh the demo cities (Ventspils, Valmiera) with people, organisations and staff."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--youths", type=int, default=120, help="Youths per city (default 120).")
        parser.add_argument("--quiet", action="store_true", help="Do not print the demo sign-ins.")
        parser.add_argument(
            "--no-last-summer",
            action="store_true",
            dest="no_last_summer",
            help="Leave out last summer's completed summer-jobs season (faster).",
        )
        parser.add_argument(
            "--materials",
            type=int,
            default=-1,
            help="Library materials to load: -1 all (default), 0 none, N the first N.",
        )

    @transaction.atomic
    def handle(
        self, *args: Any, youths: int = 120, quiet: bool = False, materials: int = -1, **options: Any
    ) -> None:
        fake = Faker("lv_LV")
        fake.seed_instance(2026)
        rng = random.Random(2026)  # noqa: S311 - demo data, not security
        load_occupations(Occupation)  # a flushed test database has lost what the migration loaded
        Locale.objects.get_or_create(language_code="lv")
        Locale.objects.get_or_create(language_code="en")
        cities = {
            data["slug"]: City.objects.update_or_create(
                slug=data["slug"], defaults={key: data[key] for key in CITY_FIELDS}
            )[0]
            for data in demo_cities()
        }
        organisations = self._organisations(cities)
        for slug, city in cities.items():
            self._people(city, organisations[slug], fake, rng, youths)
        self._staff(cities, organisations)
        self._superuser()
        call_command("seed_jobs", stdout=self.stdout)
        call_command("seed_living", stdout=self.stdout)
        call_command(
            "seed_summerjobs", no_last_summer=options.get("no_last_summer", False), stdout=self.stdout
        )
        call_command("seed_careers", stdout=self.stdout)
        call_command("seed_accessibility", stdout=self.stdout)
        call_command("seed_investors", stdout=self.stdout)
        call_command("seed_makerspace", stdout=self.stdout)
        call_command("seed_courses", stdout=self.stdout)
        if materials:
            call_command("seed_materials", limit=materials if materials > 0 else None, stdout=self.stdout)
        call_command("seed_grants", stdout=self.stdout)
        # Last: its frozen reports count what every programme's seed wrote to the outcome ledger.
        call_command("seed_impact", stdout=self.stdout)
        if not quiet:
            self._print_sign_ins()

    def _organisations(self, cities: dict[str, City]) -> dict[str, dict[str, Organisation]]:
        result: dict[str, dict[str, Organisation]] = {}
        for data in demo_cities():
            slug = data["slug"]
            city = cities[slug]
            result[slug] = {}
            for index, row in enumerate(data["organisations"]):
                name = row["name"]
                # Stable, well-formed register numbers: 4 + municipality digits + position.
                reg = f"4{city.municipality_code[:4]}{index:06d}"[:11]
                org, _ = Organisation.objects.update_or_create(
                    registration_number=reg,
                    defaults={
                        "name": name,
                        "kind": row["kind"],
                        "city": city,
                        "address": row["address"],
                        "is_partner": bool(row["partner"]),
                        "email": f"info@{ascii_slug(name)[:20]}.example.lv",
                        "website": f"https://{ascii_slug(name)[:20]}.example.lv",
                    },
                )
                result[slug][name] = org
        return result

    def _people(
        self, city: City, orgs: dict[str, Organisation], fake: Faker, rng: random.Random, youths: int
    ) -> None:
        schools = [o for o in orgs.values() if o.kind == OrganisationKind.SCHOOL]
        today = timezone.localdate()
        # Draw the same people on every run: nothing before or during the loop may shift the random
        # streams depending on what exists already, or a rerun would add a new set of youths.
        fake.seed_instance(f"people-{city.slug}")
        rng.seed(f"people-{city.slug}")
        existing = set(Person.objects.filter(city=city).values_list("email", flat=True))
        new_people: list[Person] = []
        guardians_for: list[tuple[str, str]] = []
        for n in range(youths):
            female = rng.random() < 0.5
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name_female() if female else fake.last_name_male()
            age = rng.randint(13, 22)
            born = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
            email = f"{ascii_slug(first)}.{ascii_slug(last)}.{city.slug}{n}@piemers.lv"
            school = rng.choice(schools) if age <= 19 else None
            grade = min(12, max(7, age - 6)) if school else None
            # Drawn whether or not the person exists, so that a rerun draws the same people.
            phone = f"+371 2{rng.randint(1000000, 9999999)}"
            if email not in existing:
                new_people.append(
                    Person(
                        first_name=first,
                        last_name=last,
                        date_of_birth=born,
                        email=email,
                        phone=phone,
                        city=city,
                        school=school,
                        grade=grade,
                    )
                )
            if age < 16:
                parent_first = fake.first_name_female() if rng.random() < 0.6 else fake.first_name_male()
                guardians_for.append((email, parent_first))
        Person.objects.bulk_create(new_people)
        by_email = {p.email: p for p in Person.objects.filter(city=city)}
        for email, parent_first in guardians_for:
            youth = by_email[email]
            guardian_email = f"vecaks.{email}"
            guardian = by_email.get(guardian_email)
            if guardian is None:
                guardian = Person.objects.create(
                    first_name=parent_first,
                    last_name=youth.last_name,
                    date_of_birth=today - dt.timedelta(days=rng.randint(35, 52) * 365),
                    email=guardian_email,
                    city=city,
                )
            if not GuardianLink.objects.filter(
                guardian=guardian, youth=youth, revoked_at__isnull=True
            ).exists():
                GuardianLink.objects.create(
                    guardian=guardian,
                    youth=youth,
                    relationship=GuardianLink.Relationship.MOTHER,
                    consent_given_at=timezone.now() - dt.timedelta(days=rng.randint(10, 200)),
                    consent_text=str(GUARDIAN_CONSENT_TEXT),
                    consent_version=GUARDIAN_CONSENT_VERSION,
                )

    def _user(self, email: str, first: str, last: str, language: str = "lv") -> User:
        user, created = User.objects.get_or_create(
            email=email, defaults={"first_name": first, "last_name": last, "preferred_language": language}
        )
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    def _staff(self, cities: dict[str, City], orgs: dict[str, dict[str, Organisation]]) -> None:
        for slug, users in (("valmiera", DEMO_USERS), ("ventspils", VENTSPILS_USERS)):
            city = cities[slug]
            for local, first, last, role, org_name in users:
                user = self._user(demo_email(local), first, last)
                organisation = orgs[slug][org_name] if org_name else None
                Membership.objects.get_or_create(user=user, city=city, role=role, organisation=organisation)
                person, _ = Person.objects.get_or_create(
                    user=user,
                    defaults={"first_name": first, "last_name": last, "email": user.email, "city": city},
                )
        self._link_demo_family(cities["valmiera"], orgs["valmiera"])

    def _link_demo_family(self, city: City, orgs: dict[str, Organisation]) -> None:
        """The demo youth (15, grade 9) and her mother, with the mother's recorded consent."""
        youth = Person.objects.get(user__email=demo_email("jaunietis"))
        youth.date_of_birth = timezone.localdate() - dt.timedelta(days=15 * 365 + 120)
        youth.school = orgs["Valmieras Valsts ģimnāzija"]
        youth.grade = 9
        youth.save()
        mother = Person.objects.get(user__email=demo_email("vecaks"))
        mother.date_of_birth = dt.date(1983, 4, 12)
        mother.save()
        if not GuardianLink.objects.filter(guardian=mother, youth=youth, revoked_at__isnull=True).exists():
            GuardianLink.objects.create(
                guardian=mother,
                youth=youth,
                relationship=GuardianLink.Relationship.MOTHER,
                consent_given_at=timezone.now() - dt.timedelta(days=30),
                consent_text=str(GUARDIAN_CONSENT_TEXT),
                consent_version=GUARDIAN_CONSENT_VERSION,
            )

    def _superuser(self) -> None:
        user = self._user(demo_email("superuser"), "Sistēmas", "Administrators")
        if not user.is_superuser:
            user.is_superuser = True
            user.is_staff = True
            user.save()

    def _print_sign_ins(self) -> None:
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo cities are ready. Sign in at http://127.0.0.1:{port}/lv/accounts/login/"
            )
        )
        self.stdout.write(f"Password for every demo account: {DEMO_PASSWORD}")
        for local, _first, _last, role, _org in DEMO_USERS:
            self.stdout.write(f"  {Role(role).label:<28} Valmiera   {demo_email(local)}")
        for local, _first, _last, role, _org in VENTSPILS_USERS:
            self.stdout.write(f"  {Role(role).label:<28} Ventspils  {demo_email(local)}")
        self.stdout.write(f"  {'Superuser (all cities)':<28} —          {demo_email('superuser')}")
