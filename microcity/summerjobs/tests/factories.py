"""factory_boy factories for seasons, placements, applications and choices of the summer programme."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from django.utils import timezone

from microcity.core.models import Occupation
from microcity.core.tests.factories import CityFactory, OrganisationFactory, YouthFactory
from microcity.summerjobs.lottery.draw import commitment_of
from microcity.summerjobs.models import (
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    Choice,
    Contract,
    HourLimit,
    MatchRun,
    MatchRunKind,
    MatchRunStatus,
    Placement,
    PlacementPeriod,
    PlacementStatus,
    PriorityGroup,
    PriorityKind,
    ProgrammeType,
    Season,
    SeasonPeriod,
    StartDocument,
)
from microcity.summerjobs.seasons.services import DEFAULT_HOUR_LIMITS

YEAR = 2027
# The lottery secret of factory seasons (a real season's comes from `secrets`).
TEST_SECRET = "5ec2e7" + "0" * 58


def _now_plus(days: int) -> factory.LazyFunction:
    return factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=days))


class SeasonFactory(factory.django.DjangoModelFactory[Season]):
    """A municipal season with both registration windows open now, the hash of its lottery secret published
    before them (`lottery_secret=""` for none) and the Labour Law's hour limits."""

    class Meta:
        model = Season
        skip_postgeneration_save = True

    city = factory.SubFactory(CityFactory)
    programme_type = ProgrammeType.MUNICIPAL
    name = factory.Sequence(lambda n: f"Vasaras darbi {n}")
    year = YEAR
    min_age = 13
    max_age = 19
    minimum_wage = Decimal("780.00")
    employer_registration_opens = _now_plus(-10)
    employer_registration_closes = _now_plus(10)
    youth_registration_opens = _now_plus(-10)
    youth_registration_closes = _now_plus(10)
    lottery_secret = TEST_SECRET
    lottery_commitment = factory.LazyAttribute(
        lambda o: commitment_of(o.lottery_secret) if o.lottery_secret else ""
    )
    lottery_committed_at = factory.LazyAttribute(
        lambda o: o.youth_registration_opens - dt.timedelta(days=1) if o.lottery_secret else None
    )

    @factory.post_generation
    def hour_limits(obj: Season, create: bool, extracted: object, **kwargs: object) -> None:  # noqa: N805
        if create:
            for category, limits in DEFAULT_HOUR_LIMITS.items():
                HourLimit.objects.create(season=obj, category=category, **limits)


class SeasonPeriodFactory(factory.django.DjangoModelFactory[SeasonPeriod]):
    class Meta:
        model = SeasonPeriod

    season = factory.SubFactory(SeasonFactory)
    name = factory.Sequence(lambda n: f"Periods {n}")
    starts_on = dt.date(YEAR, 6, 7)
    ends_on = dt.date(YEAR, 6, 25)
    working_days = 15


class PriorityGroupFactory(factory.django.DjangoModelFactory[PriorityGroup]):
    class Meta:
        model = PriorityGroup

    season = factory.SubFactory(SeasonFactory)
    kind = PriorityKind.LOW_INCOME
    rank = 1


class PlacementFactory(factory.django.DjangoModelFactory[Placement]):
    """An approved light-work placement for 13+, 4 hours a day from 9 to 13 (fits every age category)."""

    class Meta:
        model = Placement

    season = factory.SubFactory(SeasonFactory)
    organisation = factory.SubFactory(OrganisationFactory, city=factory.SelfAttribute("..season.city"))
    workplace = factory.Sequence(lambda n: f"Parka uzturēšana {n}")
    duties = "Puķu dobju ravēšana un parka sakopšana."
    address = "Rīgas iela 1, Valmiera"
    occupation = factory.LazyFunction(lambda: Occupation.objects.get(code="9214"))
    min_age = 13
    is_light_work = True
    hours_per_day = Decimal("4")
    starts_at = dt.time(9, 0)
    ends_at = dt.time(13, 0)
    supervisor_name = "Anna Kalniņa"
    status = PlacementStatus.APPROVED


class PlacementPeriodFactory(factory.django.DjangoModelFactory[PlacementPeriod]):
    class Meta:
        model = PlacementPeriod

    placement = factory.SubFactory(PlacementFactory)
    period = factory.SubFactory(SeasonPeriodFactory, season=factory.SelfAttribute("..placement.season"))
    capacity = 1


class ApplicationFactory(factory.django.DjangoModelFactory[Application]):
    """A submitted application; pass `periods=[...]` and `choices=[placement, ...]` (in order)."""

    class Meta:
        model = Application
        skip_postgeneration_save = True

    season = factory.SubFactory(SeasonFactory)
    youth = factory.SubFactory(
        YouthFactory,
        city=factory.SelfAttribute("..season.city"),
        date_of_birth=dt.date(YEAR - 16, 1, 15),
    )
    status = ApplicationStatus.SUBMITTED
    submitted_at = factory.LazyFunction(timezone.now)
    residence_city = factory.SelfAttribute("season.city")

    @factory.post_generation
    def periods(
        obj: Application, create: bool, extracted: list[SeasonPeriod] | None, **kwargs: object
    ) -> None:  # noqa: N805
        if create and extracted:
            obj.available_periods.set(extracted)

    @factory.post_generation
    def choices(obj: Application, create: bool, extracted: list[Placement] | None, **kwargs: object) -> None:  # noqa: N805
        if create and extracted:
            Choice.objects.bulk_create(
                [Choice(application=obj, rank=rank, placement=p) for rank, p in enumerate(extracted, 1)]
            )


def accepted_assignment(
    application: Application, placement_period: PlacementPeriod, status: str = AssignmentStatus.ACCEPTED
) -> Assignment:
    """A published run's place for the application (one run per season), in `status`."""
    season = application.season
    run = MatchRun.objects.filter(season=season, status=MatchRunStatus.PUBLISHED).first()
    if run is None:
        run = MatchRun.objects.create(
            season=season,
            kind=MatchRunKind.INITIAL,
            status=MatchRunStatus.PUBLISHED,
            seed="seed",
            inputs_digest="0" * 64,
            published_at=timezone.now(),
        )
    now = timezone.now()
    return Assignment.objects.create(
        run=run,
        application=application,
        placement_period=placement_period,
        period=placement_period.period,
        choice_rank=1,
        lottery_number=application.pk,
        status=status,
        offered_at=now,
        deadline=now + dt.timedelta(days=5),
        responded_at=now if status == AssignmentStatus.ACCEPTED else None,
    )


def ready_to_work(assignment: Assignment, signed_on: dt.date | None = None) -> Contract:
    """Give an assignment what the law requires before the first day: a contract signed by the youth (on
    the contract's defaults) and every document that the youth's age category needs."""
    from microcity.summerjobs.contracts import services

    season = assignment.application.season
    contract = Contract.objects.create(
        assignment=assignment,
        number=f"TEST-{season.year}-{assignment.pk:05d}",
        signed_on=signed_on or assignment.period.starts_on - dt.timedelta(days=3),
        **services.contract_defaults(assignment),
    )
    for kind in services.required_start_documents(assignment):
        StartDocument.objects.create(
            assignment=assignment, kind=kind, received_on=assignment.period.starts_on - dt.timedelta(days=3)
        )
    return contract
