"""Build the demo of career support: the demo youth's portfolio (every section, an interest assessment,
a goal with steps), the demo counsellors' weekly hours, and a career day and a job-shadow day in each
city. Safe to rerun: what exists is left as it is. Needs the demo people of `seed_demo`."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from faker import Faker

from microcity.accounts.models import User
from microcity.careers import activities, counselling, services
from microcity.careers.interest_statements import STATEMENTS
from microcity.careers.models import (
    Activity,
    ActivityKind,
    Availability,
    Entry,
    Goal,
    InterestAssessment,
    Portfolio,
    PortfolioSkill,
    Section,
    Skill,
    Visibility,
)
from microcity.core.models import City, Organisation, OrganisationKind, Person

DEMO_DOMAIN = "demo.microcity.lv"
YOUTH = f"jaunietis@{DEMO_DOMAIN}"
COUNSELLORS = {
    "valmiera": (f"konsultants@{DEMO_DOMAIN}", [(0, "14:00", "17:00"), (2, "09:00", "12:00")]),
    "ventspils": (f"konsultants.ventspils@{DEMO_DOMAIN}", [(1, "13:00", "16:00"), (3, "10:00", "13:00")]),
}
# The demo youth leans to investigative and realistic interests (engineering, ICT).
INTEREST_LEANING = {"R": 4, "I": 5, "A": 3, "S": 3, "E": 2, "C": 3}
SKILL_CODES = ["think-creatively", "manage-time", "lead-others"]


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


class Command(BaseCommand):
    help = "Create or refresh the career-support demo: portfolio, counsellor hours, activities."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        fake = Faker("lv_LV")
        fake.seed_instance(4004)
        rng = random.Random(4004)  # noqa: S311 - demo data, not security
        if not Skill.objects.exists():
            # A flushed test database has lost what the migration loaded.
            call_command("load_skills", verbosity=0)
        youth = Person.objects.filter(user__email=YOUTH).select_related("user", "school", "city").first()
        if youth is not None and youth.user is not None:
            self._portfolio(youth, youth.user, fake, rng)
        for slug, (email, hours) in COUNSELLORS.items():
            city = City.objects.filter(slug=slug).first()
            counsellor = User.objects.filter(email=email).first()
            if city is None or counsellor is None:
                continue
            self._hours(city, counsellor, hours)
            self._activities(city, counsellor, fake)
        self.stdout.write("Career support demo is ready.")

    def _portfolio(self, youth: Person, user: User, fake: Faker, rng: random.Random) -> None:
        portfolio = services.portfolio_create(person=youth, by=user)
        if not portfolio.about:
            services.portfolio_update_about(
                portfolio=portfolio,
                by=user,
                about=(
                    "Mācos 9. klasē un mani interesē, kā darbojas tehnika un programmas. "
                    "Brīvajā laikā būvēju robotus skolas pulciņā un palīdzu jaunākajiem ar matemātiku."
                ),
            )
        today = timezone.localdate()
        school = youth.school.name if youth.school else "Valmieras Valsts ģimnāzija"
        entries = [
            (
                Section.EDUCATION,
                "Pamatizglītība, 9. klase",
                school,
                today.replace(year=today.year - 9, month=9, day=1),
                None,
                None,
                "",
            ),
            (
                Section.EXPERIENCE,
                "Brīvprātīgā darbā dzīvnieku patversmē",
                "Biedrība „Ķepa”",
                today - dt.timedelta(days=300),
                today - dt.timedelta(days=240),
                40,
                "Pastaigas ar suņiem, palīdzība apmeklētājiem sestdienās.",
            ),
            (
                Section.EXPERIENCE,
                "Palīgs datoru servisā (ēnu diena)",
                fake.company(),
                today - dt.timedelta(days=120),
                today - dt.timedelta(days=120),
                6,
                "Vēroju datoru remontu un palīdzēju uzstādīt programmatūru.",
            ),
            (
                Section.INFORMAL_LEARNING,
                "Robotikas pulciņš",
                "Valmieras Bērnu sporta un jaunrades centrs",
                today - dt.timedelta(days=500),
                None,
                120,
                "LEGO un Arduino roboti, sacensības komandā.",
            ),
            (
                Section.INFORMAL_LEARNING,
                "Tiešsaistes kurss „Python iesācējiem”",
                "Coursera",
                today - dt.timedelta(days=200),
                today - dt.timedelta(days=150),
                20,
                "",
            ),
            (
                Section.ACHIEVEMENTS,
                "2. vieta reģiona robotikas sacensībās",
                "Vidzemes plānošanas reģions",
                today - dt.timedelta(days=180),
                None,
                None,
                "Komandā ar diviem klasesbiedriem uzbūvējām līnijsekotāju.",
            ),
            (
                Section.REFLECTIONS,
                "Ko man iemācīja ēnu diena",
                "",
                today - dt.timedelta(days=118),
                None,
                None,
                "Sapratu, ka man patīk risināt problēmas ar tehniku, bet gribu vairāk strādāt ar cilvēkiem, ne tikai ar datoriem.",
            ),
        ]
        for section, title, org, start, end, hours, description in entries:
            if Entry.objects.filter(portfolio=portfolio, section=section, title=title).exists():
                continue
            services.entry_create(
                portfolio=portfolio,
                by=user,
                section=section,
                title=title,
                organisation_name=org,
                starts_on=start,
                ends_on=end,
                hours=hours,
                description=description,
            )
        for skill in Skill.objects.filter(code__in=SKILL_CODES):
            services.skill_add(portfolio=portfolio, by=user, skill=skill)
        if not PortfolioSkill.objects.filter(portfolio=portfolio, skill__isnull=True).exists():
            services.skill_add(
                portfolio=portfolio, by=user, free_text="Arduino programmēšana", note="Robotikas pulciņš"
            )
        if not InterestAssessment.objects.filter(portfolio=portfolio).exists():
            answers = {
                s.key: max(1, min(5, INTEREST_LEANING[s.type] + rng.choice((-1, 0, 0, 1))))
                for s in STATEMENTS
            }
            services.assessment_submit(portfolio=portfolio, by=user, answers=answers)
        if not Goal.objects.filter(portfolio=portfolio).exists():
            services.goal_create(
                portfolio=portfolio,
                by=user,
                title="Iestāties Valmieras Tehnikumā, programmā „Programmēšana”",
                description="Gribu strādāt IT uzņēmumā Valmierā.",
                target_on=dt.date(today.year + 1, 8, 31),
                steps=[
                    ("Aprunāties ar karjeras konsultantu", today + dt.timedelta(days=14)),
                    ("Apmeklēt tehnikuma atvērto durvju dienu", today + dt.timedelta(days=60)),
                    ("Nokārtot eksāmenus ar labām atzīmēm", dt.date(today.year + 1, 6, 15)),
                ],
            )
        sharing = {
            Section.ABOUT: Visibility.BOTH,
            Section.EDUCATION: Visibility.BOTH,
            Section.EXPERIENCE: Visibility.BOTH,
            Section.SKILLS: Visibility.BOTH,
            Section.INTERESTS: Visibility.COUNSELLOR,
            Section.GOALS: Visibility.COUNSELLOR,
        }
        shared = set(Portfolio.objects.get(pk=portfolio.pk).sharing.values_list("section", flat=True))
        for section, visibility in sharing.items():
            if section not in shared:
                services.section_visibility_set(
                    portfolio=portfolio, by=user, section=section, visibility=visibility
                )

    def _hours(self, city: City, counsellor: User, hours: list[tuple[int, str, str]]) -> None:
        if Availability.objects.filter(counsellor=counsellor, city=city).exists():
            return
        start = timezone.localdate() - dt.timedelta(days=7)
        for weekday, begins, ends in hours:
            counselling.availability_add(
                counsellor=counsellor,
                city=city,
                by=counsellor,
                weekday=weekday,
                starts_at=_time(begins),
                ends_at=_time(ends),
                valid_from=start,
                valid_to=start + dt.timedelta(days=120),
                slot_minutes=45,
                location="Karjeras centrs, 2. stāvs",
            )

    def _activities(self, city: City, counsellor: User, fake: Faker) -> None:
        now = timezone.localtime()
        host = (
            Organisation.objects.filter(
                city=city, kind__in=[OrganisationKind.COMPANY, OrganisationKind.EMPLOYER]
            )
            .order_by("pk")
            .first()
        )
        plans = [
            (
                ActivityKind.CAREER_DAY,
                f"Karjeras diena {city.name}",
                None,
                14,
                60,
                "Uzņēmumu stendi, darbnīcas un sarunas ar jaunajiem speciālistiem.",
            ),
            (
                ActivityKind.JOB_SHADOW,
                f"Ēnu diena: {host.name}" if host else "",
                host,
                21,
                8,
                "Pavadi darba dienu līdzās speciālistam.",
            ),
        ]
        for kind, title, org, days, capacity, description in plans:
            if not title or Activity.objects.filter(city=city, title=title).exists():
                continue
            starts = (now + dt.timedelta(days=days)).replace(hour=10, minute=0, second=0, microsecond=0)
            activities.activity_create(
                city=city,
                by=counsellor,
                kind=kind,
                title=title,
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=5),
                capacity=capacity,
                registration_deadline=starts - dt.timedelta(days=2),
                host=org,
                description=description,
                location=fake.street_address() + f", {city.name}",
            )
