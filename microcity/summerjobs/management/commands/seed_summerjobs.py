"""Build the demo summer seasons of Valmiera and Ventspils with approved placements and applications;
safe to rerun.

Valmiera (ages 13–19, four periods of 15 working days) has both registration windows open now, so that the
whole flow can be tried: an employer offers a placement, a youth applies, the coordinator closes
registration, reveals the lottery secret and runs the lottery. Ventspils (13–14-year-olds, priority groups
first, city co-funding) has closed registration and a revealed secret: its coordinator can preview a run at
once. Every season published the hash of its lottery secret the day before youths' registration opened, and
every demo application is dated inside its season's registration window (`_date_applications`).
Placements go through the real services (create → submit → approve); the demo applications belong to
youths without accounts, so they are written directly and checked with `application_check`.

Valmiera also gets last summer's season, completed from start to end through the services (see
`_last_summer`): placements, applications, the lottery and a follow-up run, answers, contracts, the papers
before the first day, confirmed hours, feedback and certificates. It is a year older than the coming
season, so the public pages keep showing the coming one; coordinators switch to it in the season list.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from faker import Faker

from microcity.accounts.models import Membership, Role, User
from microcity.accounts.services import membership_grant
from microcity.core.datafiles import DataFileError
from microcity.core.models import City, Occupation, Organisation, OrganisationKind, Person
from microcity.summerjobs import permissions
from microcity.summerjobs.after import services as after_services
from microcity.summerjobs.applications import services as applications_services
from microcity.summerjobs.contracts import services as contracts_services
from microcity.summerjobs.eligibility import age_on
from microcity.summerjobs.lottery import commitment as lottery_commitment
from microcity.summerjobs.lottery import services as lottery_services
from microcity.summerjobs.models import (
    Answer,
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Choice,
    FeedbackRole,
    Gender,
    MatchRun,
    MatchRunKind,
    Placement,
    PlacementStatus,
    PriorityKind,
    ProgrammeType,
    Season,
    SeasonPeriod,
)
from microcity.summerjobs.offers import services as offers_services
from microcity.summerjobs.placements import services as placements_services
from microcity.summerjobs.seasons import services as seasons_services
from microcity.summerjobs.timesheets import services as timesheets_services

DEMO_DOMAIN = "demo.microcity.lv"
MINIMUM_WAGE = Decimal("780.00")

# (organisation, workplace, duties, ISCO-08 unit group, minimum age, light work, hours a day, starts, ends,
#  open to youths with a disability, {period number: places}, popularity)
Spec = tuple[str, str, str, str, int, bool, str, str, str, bool, dict[int, int], int]

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "demo_placements.yaml"
SPEC_KEYS = (
    "organisation",
    "workplace",
    "duties",
    "occupation",
    "min_age",
    "light_work",
    "hours_per_day",
    "starts",
    "ends",
    "disability_friendly",
    "places",
    "popularity",
)


def _spec(row: dict[str, Any]) -> Spec:
    missing = [key for key in SPEC_KEYS if key not in row]
    if missing:
        raise DataFileError(f"{DATA_FILE.name}: {row.get('workplace', '?')} lacks {', '.join(missing)}")
    values = {**row, "occupation": str(row["occupation"]), "hours_per_day": str(row["hours_per_day"])}
    values["places"] = {int(period): int(places) for period, places in row["places"].items()}
    return tuple(values[key] for key in SPEC_KEYS)  # type: ignore[return-value]


def demo_placements() -> dict[str, Any]:
    """The demo placements of `data/demo_placements.yaml`, as the seed's specification tuples."""
    with DATA_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {
        "valmiera": [_spec(row) for row in data["valmiera"]],
        "valmiera_waiting": _spec(data["valmiera_waiting"]),
        "ventspils": [_spec(row) for row in data["ventspils"]],
        "last_summer_extra": [_spec(row) for row in data["last_summer_extra"]],
    }


_PLACEMENTS = demo_placements()
VALMIERA: list[Spec] = _PLACEMENTS["valmiera"]
VALMIERA_WAITING: Spec = _PLACEMENTS["valmiera_waiting"]
VENTSPILS: list[Spec] = _PLACEMENTS["ventspils"]

SEASONS: dict[str, dict[str, Any]] = {
    "valmiera": {
        "coordinator": "koordinators",
        "representative": "darba-devejs",
        "data": {
            "programme_type": ProgrammeType.MUNICIPAL,
            "name": "Valmieras jauniešu vasaras darbi",
            "min_age": 13,
            "max_age": 19,
            "max_choices": 5,
            "offer_acceptance_days": 5,
        },
        # Four periods of three working weeks (15 working days) from the first Monday of June.
        "periods": [("1. periods", 0), ("2. periods", 3), ("3. periods", 6), ("4. periods", 9)],
        "weeks": 3,
        "priority_groups": {
            PriorityKind.ORPHAN: 1,
            PriorityKind.DISABILITY: 1,
            PriorityKind.LOW_INCOME: 2,
            PriorityKind.LARGE_FAMILY: 2,
        },
        "placements": VALMIERA,
        "applicants": 40,
        "ages": (13, 19),
        "priority_share": 0.2,
        "open": True,
    },
    "ventspils": {
        "coordinator": "koordinators.ventspils",
        "representative": None,
        "data": {
            "programme_type": ProgrammeType.MUNICIPAL,
            "name": "Ventspils vasaras darbi 13–14 gadus veciem",
            "min_age": 13,
            "max_age": 14,
            "max_choices": 3,
            "offer_acceptance_days": 3,
            "city_cofunding_share": Decimal("0.250"),
        },
        # Two periods of two working weeks: June and July.
        "periods": [("Jūnijs", 1), ("Jūlijs", 5)],
        "weeks": 2,
        "priority_groups": {
            PriorityKind.ORPHAN: 1,
            PriorityKind.LOW_INCOME: 1,
            PriorityKind.SOCIAL_RISK: 1,
            PriorityKind.DISABILITY: 1,
            PriorityKind.LARGE_FAMILY: 2,
        },
        "placements": VENTSPILS,
        "applicants": 30,
        "ages": (13, 14),
        "priority_share": 0.6,
        "open": False,
    },
}
# Demo applicants claim these groups (a youth with a disability could only take the few placements
# arranged for it, which would make the demo lists awkward).
DEMO_GROUPS = [
    PriorityKind.LOW_INCOME,
    PriorityKind.LARGE_FAMILY,
    PriorityKind.ORPHAN,
    PriorityKind.SOCIAL_RISK,
]
EVIDENCE = {
    PriorityKind.LOW_INCOME: "Sociālā dienesta lēmums par trūcīgas ģimenes statusu Nr. {n}",
    PriorityKind.LARGE_FAMILY: "Daudzbērnu ģimenes apliecība Nr. {n}",
    PriorityKind.ORPHAN: "Bāriņtiesas lēmums Nr. {n}",
    PriorityKind.SOCIAL_RISK: "Sociālā dienesta izziņa Nr. {n}",
}

# Last summer's completed Valmiera season: this year's placements, the one waiting for approval this year
# and three that ran only last year.
LAST_SUMMER_EXTRA: list[Spec] = [VALMIERA_WAITING, *_PLACEMENTS["last_summer_extra"]]
LAST_SUMMER_APPLICANTS = 72
# The demo youth's guardian applied for her. She had agreed with the city's gardeners beforehand and the
# employer confirmed it (last summer's season counted prior agreements): only youths of a checked priority
# group go before her there, so she has a job whatever the lottery draws.
DEMO_YOUTH = "jaunietis"
DEMO_GUARDIAN = "vecaks"
DEMO_YOUTH_PLACEMENT = "Parku un skvēru sakopšana"
CITY_ADMINISTRATOR = "administrators"
# Latvian public holidays in the summer months (Līgo and Jāņi): nobody works.
HOLIDAYS = {(6, 23), (6, 24)}
LEARNED = [
    "Iemācījos strādāt komandā un ievērot darba laiku.",
    "Sapratu, kā notiek darbs uzņēmumā, un uzzināju par profesijām, par kurām iepriekš nezināju.",
    "Iemācījos sazināties ar klientiem un kolēģiem.",
    "Uzzināju, ka šī profesija man patīk, un gribu to mācīties.",
    "Iemācījos rūpīgi sekot drošības noteikumiem.",
    "",
]
EMPLOYER_COMMENTS = [
    "Atbildīgs un precīzs darbā, labprāt mācījās.",
    "Ātri apguva pienākumus; ieteicams arī nākamvasar.",
    "Dažkārt vajadzēja atgādināt par darba laiku, bet darbu paveica labi.",
    "",
]


def season_year(today: dt.date) -> int:
    """The summer ahead: this year's until August, next year's from September."""
    return today.year if today.month <= 8 else today.year + 1


def first_monday_of_june(year: int) -> dt.date:
    day = dt.date(year, 6, 1)
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


def season_periods(spec: dict[str, Any], year: int) -> list[dict[str, Any]]:
    """The periods of a season spec in `year`: blocks of whole working weeks from the first Monday of June."""
    monday = first_monday_of_june(year)
    weeks = spec["weeks"]
    return [
        {
            "name": name,
            "starts_on": monday + dt.timedelta(weeks=offset),
            "ends_on": monday + dt.timedelta(weeks=offset + weeks, days=-3),
            "working_days": weeks * 5,
        }
        for name, offset in spec["periods"]
    ]


def demo_lottery_secret(slug: str, year: int) -> str:
    """The demo's lottery secrets follow from the city and year, so that the demo draws the same on every
    machine; a real season's secret comes from `secrets` (lottery_commitment.lottery_commitment_publish)."""
    return hashlib.sha256(f"microcity demo lottery {slug} {year}".encode()).hexdigest()


def _time(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


class Command(BaseCommand):
    help = "Create the demo summer seasons of Valmiera and Ventspils (placements and applications)."

    @transaction.atomic
    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--no-last-summer",
            action="store_true",
            dest="no_last_summer",
            help="Only the coming seasons, without last summer's completed one (faster; used by browser tests).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        year = season_year(timezone.localdate())
        occupations = {o.code: o for o in Occupation.objects.filter(level=4)}
        for slug, spec in SEASONS.items():
            city = City.objects.filter(slug=slug).first()
            coordinator = User.objects.filter(email=f"{spec['coordinator']}@{DEMO_DOMAIN}").first()
            if city is None or coordinator is None:
                self.stderr.write(
                    f"seed_summerjobs: run seed_demo first ({slug} or its coordinator is missing)."
                )
                continue
            season = self._season(city, coordinator, spec, year, now)
            periods = list(season.periods.order_by("starts_on"))
            organisations = {o.name: o for o in Organisation.objects.filter(city=city)}
            representative = (
                User.objects.filter(email=f"{spec['representative']}@{DEMO_DOMAIN}").first()
                if spec["representative"]
                else None
            )
            placements = []
            for row in spec["placements"]:
                placement = self._placement(
                    season, periods, organisations, occupations, row, coordinator, representative
                )
                if placement is not None:
                    placements.append((placement, row[-1]))
            if slug == "valmiera":
                self._placement(
                    season,
                    periods,
                    organisations,
                    occupations,
                    VALMIERA_WAITING,
                    coordinator,
                    representative,
                    approve=False,
                )
            self._applications(city, season, periods, placements, spec)
            self._date_applications(
                season, Application.objects.filter(youth__email__startswith=f"vasara.{city.slug}."), now
            )
            if not spec["open"] and season.lottery_is_committed and not season.lottery_seed_is_published:
                lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
        if not options.get("no_last_summer"):
            self._last_summer(year - 1, occupations)
        self.stdout.write(self.style.SUCCESS("Demo summer seasons are ready."))

    def _season(
        self, city: City, coordinator: User, spec: dict[str, Any], year: int, now: dt.datetime
    ) -> Season:
        if spec["open"]:
            windows = {
                "employer_registration_opens": now - dt.timedelta(days=30),
                "employer_registration_closes": now + dt.timedelta(days=60),
                "youth_registration_opens": now - dt.timedelta(days=14),
                "youth_registration_closes": now + dt.timedelta(days=60),
            }
        else:
            windows = {
                "employer_registration_opens": now - dt.timedelta(days=60),
                "employer_registration_closes": now - dt.timedelta(days=30),
                "youth_registration_opens": now - dt.timedelta(days=30),
                "youth_registration_closes": now - dt.timedelta(days=1),
            }
        season = Season.objects.filter(city=city, year=year, name=spec["data"]["name"]).first()
        if season is None:
            # The hash of the lottery secret can be published only before registration ends, so a closed
            # season is made open, gets its hash, and is closed.
            season = seasons_services.season_create(
                city=city,
                by=coordinator,
                data={
                    **spec["data"],
                    "year": year,
                    "minimum_wage": MINIMUM_WAGE,
                    **windows,
                    "youth_registration_closes": max(
                        windows["youth_registration_closes"], now + dt.timedelta(days=1)
                    ),
                },
                periods=season_periods(spec, year),
                priority_groups=spec["priority_groups"],
            )
            season = self._commit(season, coordinator)
            if not spec["open"]:
                season = seasons_services.season_update(season=season, by=coordinator, data=windows)
            return season
        # On a rerun an open demo season opens again from now, unless its lottery has begun.
        if (
            spec["open"]
            and not season.lottery_seed_is_published
            and not MatchRun.objects.filter(season=season).exists()
        ):
            season = seasons_services.season_update(season=season, by=coordinator, data=windows)
        return self._commit(season, coordinator)

    def _commit(self, season: Season, coordinator: User) -> Season:
        """Publish the hash of the season's lottery secret (once), dated the day before youths' registration
        opens: the demo starts in the middle of its story, as its applications do."""
        if not season.lottery_is_committed and Application.objects.filter(season=season).exists():
            # A demo made before seasons committed to their lottery: it can no longer commit honestly.
            self.stderr.write(
                f"seed_summerjobs: {season} has applications but no lottery hash; reset the demo."
            )
            return season
        if not season.lottery_is_committed:
            season = lottery_commitment.lottery_commitment_publish(
                season=season, by=coordinator, secret=demo_lottery_secret(season.city.slug, season.year)
            )
        earlier = season.youth_registration_opens - dt.timedelta(days=1)
        if season.lottery_committed_at is not None and season.lottery_committed_at > earlier:
            Season.objects.filter(pk=season.pk).update(lottery_committed_at=earlier)
            season.refresh_from_db()
        return season

    @staticmethod
    def _date_applications(season: Season, applications: Any, now: dt.datetime) -> None:
        """Date the season's demo applications inside its registration window, after the lottery hash and
        never in the future: made and submitted one after another, evenly over the window (or up to now, if
        it is still open); checks of priority and agreements a day after submission, but not after now."""
        rows = list(applications.filter(season=season).order_by("pk"))
        start = max(
            season.youth_registration_opens, season.lottery_committed_at or season.youth_registration_opens
        )
        step = (min(season.youth_registration_closes, now) - start) / (len(rows) + 1)
        for n, application in enumerate(rows):
            application.created_at = start + step * (n + 1)
            if application.submitted_at is not None:
                application.submitted_at = application.created_at + step / 2
            checked = min((application.submitted_at or application.created_at) + dt.timedelta(days=1), now)
            if application.priority_verified_at is not None:
                application.priority_verified_at = checked
            if application.pre_agreement_confirmed_at is not None:
                application.pre_agreement_confirmed_at = checked
        Application.objects.bulk_update(
            rows,
            ["created_at", "submitted_at", "priority_verified_at", "pre_agreement_confirmed_at"],
            batch_size=500,
        )

    def _placement(
        self,
        season: Season,
        periods: list[SeasonPeriod],
        organisations: dict[str, Organisation],
        occupations: dict[str, Occupation],
        row: Spec,
        coordinator: User,
        representative: User | None,
        approve: bool = True,
    ) -> Placement | None:
        org_name, workplace, duties, code, min_age, light, hours, starts, ends, disability, places, _pop = row
        organisation = organisations.get(org_name)
        if organisation is None:
            return None
        existing = Placement.objects.filter(
            season=season, organisation=organisation, workplace=workplace
        ).first()
        if existing is not None:
            return existing if existing.status == PlacementStatus.APPROVED else None
        by = (
            representative
            if representative is not None
            and representative.memberships.filter(organisation=organisation).exists()
            else coordinator
        )
        supervisor = permissions.work_supervisors(
            organisation_ids=[organisation.pk], city=season.city
        ).first()
        placement = placements_services.placement_create(
            season=season,
            organisation=organisation,
            by=by,
            data={
                "workplace": workplace,
                "duties": duties,
                "address": organisation.address or season.city.name_lv,
                "occupation": occupations[code],
                "min_age": min_age,
                "is_light_work": light,
                "hours_per_day": Decimal(hours),
                "starts_at": _time(starts),
                "ends_at": _time(ends),
                "supervisor_name": supervisor.full_name
                if supervisor
                else "Darba vadītājs — " + organisation.name,
                # The employer's demo work supervisor (if it has one) sees and confirms these youths' hours.
                "supervisor": supervisor,
                "takes_youths_with_disability": disability,
            },
            capacities={periods[number - 1].pk: count for number, count in places.items()},
        )
        placements_services.placement_submit(placement=placement, by=by)
        if not approve:
            return None
        return placements_services.placement_approve(placement=placement, by=coordinator)

    def _applications(
        self,
        city: City,
        season: Season,
        periods: list[SeasonPeriod],
        placements: list[tuple[Placement, int]],
        spec: dict[str, Any],
    ) -> None:
        fake = Faker("lv_LV")
        fake.seed_instance(f"summer-{city.slug}")
        rng = random.Random(f"summer-{city.slug}")  # noqa: S311 - demo data, not security
        schools = list(
            Organisation.objects.filter(city=city, kind=OrganisationKind.SCHOOL).order_by(
                "registration_number"
            )
        )
        groups = {g.kind: g for g in season.priority_groups.all()}
        runs_in = {
            placement.pk: {row.period_id for row in placement.periods.all() if row.capacity}
            for placement, _w in placements
        }
        first_day = periods[0].starts_on
        existing = set(
            Application.objects.filter(
                season=season, youth__email__startswith=f"vasara.{city.slug}."
            ).values_list("youth__email", flat=True)
        )
        for n in range(spec["applicants"]):
            female = rng.random() < 0.5
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name_female() if female else fake.last_name_male()
            age = rng.randint(*spec["ages"])
            born = first_day.replace(year=first_day.year - age) - dt.timedelta(days=rng.randint(1, 330))
            school = rng.choice(schools) if schools else None
            grade = min(12, max(7, age - 6))
            email = f"vasara.{city.slug}.{n}@piemers.lv"
            available = sorted(
                rng.sample(periods, rng.randint(1, min(3, len(periods)))), key=lambda p: p.starts_on
            )
            gender = (Gender.FEMALE if female else Gender.MALE) if rng.random() < 0.85 else Gender.NOT_STATED
            claim = rng.random() < spec["priority_share"]
            kind = rng.choice([k for k in DEMO_GROUPS if k in groups]) if claim else None
            verified = claim and rng.random() < 0.7
            weights_roll = [rng.random() for _ in placements]
            if email in existing:
                continue
            youth, _created = Person.objects.get_or_create(
                email=email,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "date_of_birth": born,
                    "city": city,
                    "school": school,
                    "grade": grade,
                },
            )
            in_basic = (
                youth.grade is not None and youth.grade <= applications_services.LAST_BASIC_SCHOOL_GRADE
            )
            choices = self._choices(season, youth, available, placements, runs_in, weights_roll, rng)
            if not choices:
                continue
            application = Application.objects.create(
                season=season,
                youth=youth,
                status=ApplicationStatus.DRAFT,
                school=school,
                in_basic_education=in_basic,
                residence_city=city,
                gender=gender,
                priority_group=groups[kind] if kind else None,
                priority_evidence=EVIDENCE[kind].format(n=100 + n) if kind else "",
            )
            application.available_periods.set(available)
            Choice.objects.bulk_create(
                [Choice(application=application, rank=rank, placement=p) for rank, p in enumerate(choices, 1)]
            )
            problems = [
                p
                for p in applications_services.application_check(application=application)
                if p.code != "registration_closed"
            ]
            if problems:
                # The filter above follows the same rules; a problem here means the demo data is wrong.
                raise RuntimeError(f"Demo application {email} is not eligible: {problems}")
            submitted = season.youth_registration_opens + dt.timedelta(hours=1 + n)
            Application.objects.filter(pk=application.pk).update(
                status=ApplicationStatus.SUBMITTED,
                submitted_at=submitted,
                priority_verified_at=submitted + dt.timedelta(days=1) if verified else None,
            )

    @staticmethod
    def _may_take(
        season: Season, placement: Placement, youth: Person, periods: list[SeasonPeriod], in_basic: bool
    ) -> bool:
        """The demo's short version of the eligibility rules (placements here fit every working-time rule
        of the category they are open to)."""
        assert youth.date_of_birth is not None
        for period in periods:
            age = age_on(youth.date_of_birth, period.starts_on)
            if not season.min_age <= age <= season.max_age or age < placement.min_age:
                continue
            child = age < 15 or (age < 18 and in_basic)
            if child and placement.hours_per_day > 4:
                continue
            if age < 15 and not placement.is_light_work:
                continue
            return True
        return False

    # --- Last summer: a completed season ------------------------------------------------------------

    def _last_summer(self, year: int, occupations: dict[str, Occupation]) -> None:
        """Valmiera's season of last summer, completed through the services from the placements to the
        certificates. Made once: the command runs in one transaction, so the season is either complete or
        absent, and a rerun that finds it changes nothing."""
        spec = SEASONS["valmiera"]
        city = City.objects.filter(slug="valmiera").first()
        coordinator = User.objects.filter(email=f"{spec['coordinator']}@{DEMO_DOMAIN}").first()
        administrator = User.objects.filter(email=f"{CITY_ADMINISTRATOR}@{DEMO_DOMAIN}").first()
        if city is None or coordinator is None or administrator is None:
            return
        if Season.objects.filter(city=city, year=year, name=spec["data"]["name"]).exists():
            return
        rng = random.Random(f"last-summer-{city.slug}")  # noqa: S311 - demo data, not security
        now = timezone.now()
        # The services take placements and applications only while registration is open, so the season
        # opens now (with its lottery hash), gets last spring's dates (season_update) and has its
        # applications dated in them before the secret is revealed and the lottery drawn. Its rules
        # are Valmiera's, and it counted prior agreements (see DEMO_YOUTH_PLACEMENT).
        season = seasons_services.season_create(
            city=city,
            by=coordinator,
            data={
                **spec["data"],
                "year": year,
                "minimum_wage": MINIMUM_WAGE,
                "allow_pre_agreements": True,
                "employer_registration_opens": now - dt.timedelta(days=1),
                "employer_registration_closes": now + dt.timedelta(days=1),
                "youth_registration_opens": now - dt.timedelta(days=1),
                "youth_registration_closes": now + dt.timedelta(days=1),
            },
            periods=season_periods(spec, year),
            priority_groups=spec["priority_groups"],
        )
        season = self._commit(season, coordinator)
        periods = list(season.periods.order_by("starts_on"))
        organisations = {o.name: o for o in Organisation.objects.filter(city=city)}
        specs = [*VALMIERA, *LAST_SUMMER_EXTRA]
        representatives = self._representatives(city, administrator, organisations, [row[0] for row in specs])
        placements: list[tuple[Placement, int]] = []
        for row in specs:
            placement = self._placement(
                season, periods, organisations, occupations, row, coordinator, representatives.get(row[0])
            )
            if placement is not None:
                placements.append((placement, row[-1]))
        demo_application = self._last_summer_applications(
            city, season, periods, placements, coordinator, representatives, rng
        )
        season = seasons_services.season_update(
            season=season,
            by=coordinator,
            data={
                "employer_registration_opens": _spring(year, 3, 2),
                "employer_registration_closes": _spring(year, 4, 17),
                "youth_registration_opens": _spring(year, 4, 6),
                "youth_registration_closes": _spring(year, 5, 8),
            },
        )
        season = self._commit(season, coordinator)
        self._date_applications(season, Application.objects.all(), now)
        season = lottery_commitment.lottery_secret_reveal(season=season, by=coordinator)
        employer_demo = User.objects.filter(email=f"{spec['representative']}@{DEMO_DOMAIN}").first()
        kept = set(
            Membership.objects.filter(user=employer_demo, role=Role.EMPLOYER_REPRESENTATIVE).values_list(
                "organisation_id", flat=True
            )
        )
        self._lottery(season, coordinator, demo_application, kept, rng)
        self._jobs(season, representatives, demo_application, kept, rng)

    def _representatives(
        self, city: City, administrator: User, organisations: dict[str, Organisation], names: list[str]
    ) -> dict[str, User]:
        """An employer's representative for every employer of last summer: the demo one where there is one,
        else an account made for the seed (no password: nobody signs in with it), granted by the city's
        administrator. The employer's side enters and confirms hours and gives the employer's feedback."""
        from microcity.accounts.management.commands.seed_demo import ascii_slug

        fake = Faker("lv_LV")
        fake.seed_instance(f"representatives-{city.slug}")
        result: dict[str, User] = {}
        for name in sorted(set(names)):
            organisation = organisations.get(name)
            if organisation is None:
                continue
            membership = (
                Membership.objects.filter(role=Role.EMPLOYER_REPRESENTATIVE, organisation=organisation)
                .select_related("user")
                .order_by("pk")
                .first()
            )
            if membership is not None:
                result[name] = membership.user
                continue
            female = len(result) % 2 == 0
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name_female() if female else fake.last_name_male()
            user = User.objects.filter(email=f"parstavis.{ascii_slug(name)[:30]}@{DEMO_DOMAIN}").first()
            if user is None:
                user = User.objects.create_user(
                    email=f"parstavis.{ascii_slug(name)[:30]}@{DEMO_DOMAIN}", first_name=first, last_name=last
                )
            Person.objects.get_or_create(
                user=user,
                defaults={"first_name": first, "last_name": last, "email": user.email, "city": city},
            )
            membership_grant(
                user=user,
                city=city,
                role=Role.EMPLOYER_REPRESENTATIVE,
                by=administrator,
                organisation=organisation,
            )
            result[name] = user
        return result

    def _last_summer_applications(
        self,
        city: City,
        season: Season,
        periods: list[SeasonPeriod],
        placements: list[tuple[Placement, int]],
        coordinator: User,
        representatives: dict[str, User],
        rng: random.Random,
    ) -> Application | None:
        """Youths with accounts (no password) apply themselves; the demo youth's guardian applies for her.
        Returns the demo youth's application."""
        fake = Faker("lv_LV")
        fake.seed_instance(f"last-summer-{city.slug}")
        schools = list(
            Organisation.objects.filter(city=city, kind=OrganisationKind.SCHOOL).order_by(
                "registration_number"
            )
        )
        groups = {g.kind: g for g in season.priority_groups.all()}
        runs_in = {
            placement.pk: {row.period_id for row in placement.periods.all() if row.capacity}
            for placement, _w in placements
        }
        by_workplace = {placement.workplace: placement for placement, _w in placements}
        first_day = periods[0].starts_on
        to_verify: list[Application] = []
        for n in range(LAST_SUMMER_APPLICANTS):
            female = rng.random() < 0.5
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name_female() if female else fake.last_name_male()
            age = rng.randint(*SEASONS["valmiera"]["ages"])
            born = first_day.replace(year=first_day.year - age) - dt.timedelta(days=rng.randint(1, 330))
            school = rng.choice(schools) if schools else None
            available = sorted(
                rng.sample(periods, rng.randint(1, min(3, len(periods)))), key=lambda p: p.starts_on
            )
            gender = (Gender.FEMALE if female else Gender.MALE) if rng.random() < 0.85 else Gender.NOT_STATED
            claim = rng.random() < 0.2
            kind = rng.choice([k for k in DEMO_GROUPS if k in groups]) if claim else None
            verified = claim and rng.random() < 0.7
            weights_roll = [rng.random() for _ in placements]
            candidate = Person(
                first_name=first,
                last_name=last,
                date_of_birth=born,
                city=city,
                school=school,
                grade=min(12, max(7, age - 6)),
            )
            choices = self._choices(season, candidate, available, placements, runs_in, weights_roll, rng)
            if not choices:
                continue
            email = f"vasara{season.year}.{city.slug}.{n}@piemers.lv"
            user = User.objects.create_user(email=email, first_name=first, last_name=last)
            candidate.user = user
            candidate.email = email
            candidate.save()
            application = applications_services.application_save(
                season=season,
                youth=candidate,
                by=user,
                choices=choices,
                periods=available,
                data={
                    "gender": gender,
                    "priority_group": groups[kind] if kind else None,
                    "priority_evidence": EVIDENCE[kind].format(n=500 + n) if kind else "",
                },
            )
            applications_services.application_submit(application=application, by=user)
            if verified:
                to_verify.append(application)
        for application in to_verify:
            applications_services.application_priority_verify(
                application=application, by=coordinator, verified=True
            )

        youth = Person.objects.filter(user__email=f"{DEMO_YOUTH}@{DEMO_DOMAIN}").first()
        guardian = User.objects.filter(email=f"{DEMO_GUARDIAN}@{DEMO_DOMAIN}").first()
        agreed = by_workplace.get(DEMO_YOUTH_PLACEMENT)
        if youth is None or guardian is None or youth.date_of_birth is None or agreed is None:
            return None
        in_basic = youth.grade is not None and youth.grade <= applications_services.LAST_BASIC_SCHOOL_GRADE
        wanted = [
            agreed,
            by_workplace.get("Bibliotēkas palīgs"),
            by_workplace.get("Dzīvnieku patversmes palīgs"),
        ]
        choices = [
            p
            for p in wanted
            if p is not None
            and self._may_take(season, p, youth, [q for q in periods if q.pk in runs_in[p.pk]], in_basic)
        ]
        if not choices or choices[0] != agreed:
            return None
        application = applications_services.application_save(
            season=season,
            youth=youth,
            by=guardian,
            choices=choices,
            periods=periods,
            data={"gender": Gender.FEMALE, "pre_agreement": agreed},
        )
        applications_services.application_submit(application=application, by=guardian)
        applications_services.pre_agreement_confirm(
            application=application, by=representatives[agreed.organisation.name]
        )
        # Only youths of a checked priority group go before her at the placement she agreed on: where fewer
        # of them can work in a period than it has places, she is placed whatever the lottery draws.
        ahead = Application.objects.filter(
            season=season, priority_verified_at__isnull=False, choices__placement=agreed
        )
        if all(
            ahead.filter(available_periods=row.period_id).count() >= row.capacity
            for row in agreed.periods.all()
            if row.capacity
        ):
            self.stderr.write("seed_summerjobs: the demo youth may not be placed last summer.")
        return application

    def _choices(
        self,
        season: Season,
        youth: Person,
        available: list[SeasonPeriod],
        placements: list[tuple[Placement, int]],
        runs_in: dict[int, set[int]],
        weights_roll: list[float],
        rng: random.Random,
    ) -> list[Placement]:
        """Weighted sampling without replacement among the placements the youth may take: the popular ones
        are chosen more often."""
        in_basic = youth.grade is not None and youth.grade <= applications_services.LAST_BASIC_SCHOOL_GRADE
        workable = {p.pk for p in available}
        candidates = sorted(
            (
                (roll ** (1 / weight), placement)
                for (placement, weight), roll in zip(placements, weights_roll, strict=True)
                if runs_in[placement.pk] & workable
                and self._may_take(
                    season,
                    placement,
                    youth,
                    [p for p in available if p.pk in runs_in[placement.pk]],
                    in_basic,
                )
            ),
            key=lambda item: -item[0],
        )
        return [placement for _key, placement in candidates[: rng.randint(1, season.max_choices)]]

    def _lottery(
        self,
        season: Season,
        coordinator: User,
        demo_application: Application | None,
        kept: set[int],
        rng: random.Random,
    ) -> None:
        """The initial run and its answers (most accept, some decline, a few let the offer expire), then a
        follow-up run for the places freed, whose offers are all accepted."""
        run = lottery_services.match_run_preview(season=season, by=coordinator)
        lottery_services.match_run_publish(run=run, by=coordinator)
        offers = list(
            Assignment.objects.filter(run=run, status=AssignmentStatus.OFFERED)
            .select_related("application__youth__user", "placement_period__placement")
            .order_by("pk")
        )
        guardian = User.objects.filter(email=f"{DEMO_GUARDIAN}@{DEMO_DOMAIN}").first()
        # The answers are given as of last May: a place of a season that has ended can no longer change.
        answered = _spring(season.year, 5, 20)
        unanswered: list[Assignment] = []
        for offer in offers:
            roll = rng.random()
            by = offer.application.youth.user or guardian or coordinator
            keep = (
                demo_application is not None and offer.application_id == demo_application.pk
            ) or offer.placement_period.placement.organisation_id in kept
            if keep or roll < 0.8:
                offers_services.assignment_accept(assignment=offer, by=by, now=answered)
            elif roll < 0.9:
                offers_services.assignment_decline(assignment=offer, by=by, now=answered)
            else:
                unanswered.append(offer)
        if unanswered:
            # Offers expire only after their deadline (days from now), so expiry runs as of one second after
            # the last of them; it would expire every offer due by then, so when another season has offers
            # open, these are declined instead (recorded by the coordinator, as if answered on paper).
            moment = max(offer.deadline for offer in unanswered if offer.deadline) + dt.timedelta(seconds=1)
            others = (
                Assignment.objects.filter(status=AssignmentStatus.OFFERED, deadline__lt=moment)
                .exclude(pk__in=[offer.pk for offer in unanswered])
                .exists()
            )
            if others:
                for offer in unanswered:
                    offers_services.assignment_decline(assignment=offer, by=coordinator, now=answered)
            else:
                offers_services.assignments_expire(now=moment)
        follow_up = lottery_services.match_run_preview(
            season=season, by=coordinator, kind=MatchRunKind.FOLLOW_UP
        )
        if not follow_up.statistics.get("placed"):
            lottery_services.match_run_discard(run=follow_up, by=coordinator)
            return
        lottery_services.match_run_publish(run=follow_up, by=coordinator)
        for offer in (
            Assignment.objects.filter(run=follow_up, status=AssignmentStatus.OFFERED)
            .select_related("application__youth__user")
            .order_by("pk")
        ):
            offers_services.assignment_accept(
                assignment=offer, by=offer.application.youth.user or coordinator, now=answered
            )

    def _jobs(
        self,
        season: Season,
        representatives: dict[str, User],
        demo_application: Application | None,
        kept: set[int],
        rng: random.Random,
    ) -> None:
        """Every accepted job: the contract signed and the papers received before the first day, every
        working day's hours (each entry checked against the Labour Law by the timesheet service), then
        feedback from both sides and the certificate for most. The demo youth enters her own hours and
        the employer confirms them."""
        jobs = list(
            Assignment.objects.filter(run__season=season, status=AssignmentStatus.ACCEPTED)
            .select_related("application__youth__user", "placement_period__placement__organisation", "period")
            .order_by("pk")
        )
        for job in jobs:
            placement = job.placement_period.placement
            employer = representatives[placement.organisation.name]
            youth_user = job.application.youth.user
            demo = demo_application is not None and job.application_id == demo_application.pk
            contract = contracts_services.contract_create(assignment=job, by=employer)
            first_day = contract.starts_on
            contracts_services.contract_sign(
                contract=contract, signed_on=first_day - dt.timedelta(days=rng.randint(5, 12)), by=employer
            )
            for kind in contracts_services.required_start_documents(job):
                contracts_services.start_document_record(
                    assignment=job,
                    kind=kind,
                    received_on=first_day - dt.timedelta(days=rng.randint(3, 14)),
                    by=employer,
                )
            start, end = placement.starts_at, placement.ends_at
            span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            break_minutes = span - int(placement.hours_per_day * 60)
            sick_day = first_day + dt.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.25 else None
            day = first_day
            while day <= contract.ends_on:
                if day.weekday() < 5 and (day.month, day.day) not in HOLIDAYS and day != sick_day:
                    if demo and youth_user is not None:
                        entry = timesheets_services.timesheet_entry_add(
                            assignment=job,
                            day=day,
                            start=start,
                            end=end,
                            break_minutes=break_minutes,
                            by=youth_user,
                        )
                        timesheets_services.timesheet_entry_confirm(entry=entry, by=employer)
                    else:
                        timesheets_services.timesheet_entry_add(
                            assignment=job,
                            day=day,
                            start=start,
                            end=end,
                            break_minutes=break_minutes,
                            by=employer,
                        )
                day += dt.timedelta(days=1)
            protected = demo or placement.organisation_id in kept
            rolls = [rng.random() for _ in range(3)]
            if youth_user is not None and (protected or rolls[0] < 0.85):
                after_services.feedback_submit(
                    assignment=job,
                    role=FeedbackRole.YOUTH,
                    by=youth_user,
                    rating=rng.choice([5, 5, 4, 4, 3]),
                    would_repeat=rng.choice([Answer.YES, Answer.YES, Answer.NOT_SURE, Answer.NO]),
                    learned=rng.choice(LEARNED),
                )
            if protected or rolls[1] < 0.85:
                after_services.feedback_submit(
                    assignment=job,
                    role=FeedbackRole.EMPLOYER,
                    by=employer,
                    rating=rng.choice([5, 4, 4, 3]),
                    would_repeat=rng.choice([Answer.YES, Answer.YES, Answer.NOT_SURE]),
                    would_offer_without_programme=rng.choice(
                        [Answer.NO, Answer.NO, Answer.NOT_SURE, Answer.YES]
                    ),
                    comment=rng.choice(EMPLOYER_COMMENTS),
                )
            # A few are left for the coordinator to issue (one at a time or all at once).
            if protected or rolls[2] < 0.9:
                after_services.certificate_issue(
                    assignment=job,
                    by=employer,
                    today=contract.ends_on + dt.timedelta(days=rng.randint(3, 10)),
                )


def _spring(year: int, month: int, day: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(year, month, day, 9, 0))
