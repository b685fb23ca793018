"""Youth summer employment: a season per city as configuration, employers' placements, youths' applications
with ranked choices, and the lottery match runs that turn them into offers with an explanation per youth.

Everything that changes from year to year or from city to city (ages, periods, hour limits, pay and
subsidy shares, priority groups, windows) is a row of the season, not code.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity import labourlaw
from microcity.core.models import City, Occupation, Organisation, OrganisationKind, Person

# Latvian Labour Law: nobody under 13 may be employed; youth programmes serve people up to 25.
LEGAL_MIN_AGE = labourlaw.LEGAL_MIN_AGE
YOUTH_MAX_AGE = 25
SEED_MAX_LENGTH = 100


class ProgrammeType(models.TextChoices):
    STATE = "state", _("State programme")
    MUNICIPAL = "municipal", _("Municipal programme")


class Season(models.Model):
    """One year's summer programme of one city, with all the rules it applies."""

    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="summer_seasons"
    )
    programme_type = models.CharField(_("programme type"), max_length=20, choices=ProgrammeType.choices)
    name = models.CharField(_("name"), max_length=150)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    min_age = models.PositiveSmallIntegerField(
        _("minimum age"),
        default=LEGAL_MIN_AGE,
        help_text=_("Age on the first day of the period the youth works in."),
    )
    max_age = models.PositiveSmallIntegerField(_("maximum age"), default=19)
    # Pay and subsidies: shares of the monthly minimum wage, which change every year.
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    minimum_wage = models.DecimalField(
        _("monthly minimum wage"), max_digits=8, decimal_places=2, validators=[MinValueValidator(1)]
    )
    employer_subsidy_share = models.DecimalField(
        _("employer subsidy per youth (share of the minimum wage)"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.500"),
    )
    disability_subsidy_share = models.DecimalField(
        _("employer subsidy per youth with a disability (share of the minimum wage)"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("1.000"),
    )
    supervisor_share = models.DecimalField(
        _("supervisor's pay per youth (share of the minimum wage)"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.100"),
    )
    city_cofunding_share = models.DecimalField(
        _("city co-funding per youth (share of the minimum wage)"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.000"),
    )
    # The minimum wage is monthly; pay for hours worked is pro rata over a month of this many hours.
    monthly_hours = models.DecimalField(
        _("working hours in a month (for the hourly rate)"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("168.0"),
        validators=[MinValueValidator(1)],
    )
    # Supervision: one supervisor for at most this many youths at a time.
    youths_per_supervisor = models.PositiveSmallIntegerField(_("youths per supervisor"), default=10)
    youths_per_supervisor_with_disability = models.PositiveSmallIntegerField(
        _("youths per supervisor where youths with a disability work"), default=5
    )
    employer_registration_opens = models.DateTimeField(_("employers' registration opens"))
    employer_registration_closes = models.DateTimeField(_("employers' registration closes"))
    youth_registration_opens = models.DateTimeField(_("youths' registration opens"))
    youth_registration_closes = models.DateTimeField(_("youths' registration closes"))
    max_choices = models.PositiveSmallIntegerField(_("maximum number of choices"), default=5)
    allow_pre_agreements = models.BooleanField(
        _("employers' prior agreements count"),
        default=False,
        help_text=_(
            "A youth with a prior agreement confirmed by the employer goes before others of the same "
            "priority group at that placement."
        ),
    )
    allow_multiple_placements = models.BooleanField(
        _("a youth may have more than one placement"),
        default=False,
        help_text=_("Follow-up runs may then offer placed youths a second placement in another period."),
    )
    offer_acceptance_days = models.PositiveSmallIntegerField(
        _("days to accept an offer"), default=5, validators=[MinValueValidator(1)]
    )
    # Commit and reveal (summerjobs/lottery/draw.py, docs/decisions/0018): before youths' registration opens the
    # coordinator publishes the commitment, SHA-256 of a secret the system draws and keeps here, never shown,
    # logged or exported until it is revealed; registration is open only with a commitment. At or after
    # closing the secret is revealed, the list of submitted applications is frozen (LotteryEntry) and the
    # seed is derived from both; neither the commitment nor the seed changes afterwards.
    lottery_commitment = models.CharField(_("lottery secret's hash"), max_length=64, blank=True)
    lottery_secret = models.CharField(_("lottery secret"), max_length=64, blank=True)
    lottery_committed_at = models.DateTimeField(_("lottery secret's hash published"), null=True, blank=True)
    lottery_committed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lottery secret's hash published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Set when the secret is revealed: the seed derived from the secret and the frozen list.
    lottery_seed = models.CharField(_("lottery seed"), max_length=SEED_MAX_LENGTH, blank=True)
    lottery_seed_published_at = models.DateTimeField(_("lottery secret revealed"), null=True, blank=True)
    lottery_seed_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lottery secret revealed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("summer season")
        verbose_name_plural = _("summer seasons")
        ordering = ["-year", "name"]
        constraints = [
            models.UniqueConstraint(fields=["city", "year", "name"], name="season_unique_name"),
            models.CheckConstraint(
                condition=Q(
                    min_age__gte=LEGAL_MIN_AGE, max_age__lte=YOUTH_MAX_AGE, max_age__gte=F("min_age")
                ),
                name="season_age_range",
            ),
            models.CheckConstraint(
                condition=Q(employer_registration_closes__gt=F("employer_registration_opens"))
                & Q(youth_registration_closes__gt=F("youth_registration_opens")),
                name="season_windows_ordered",
            ),
            models.CheckConstraint(condition=Q(max_choices__gte=1), name="season_max_choices_positive"),
            models.CheckConstraint(condition=Q(minimum_wage__gt=0), name="season_minimum_wage_positive"),
            models.CheckConstraint(
                condition=Q(
                    employer_subsidy_share__gte=0,
                    disability_subsidy_share__gte=0,
                    supervisor_share__gte=0,
                    city_cofunding_share__gte=0,
                ),
                name="season_shares_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(
                    youths_per_supervisor__gte=1,
                    youths_per_supervisor_with_disability__gte=1,
                    youths_per_supervisor_with_disability__lte=F("youths_per_supervisor"),
                ),
                name="season_supervision_ratios",
            ),
            models.CheckConstraint(
                condition=Q(offer_acceptance_days__gte=1), name="season_offer_days_positive"
            ),
            models.CheckConstraint(
                condition=Q(lottery_seed_published_at__isnull=True) | ~Q(lottery_seed=""),
                name="season_published_seed_not_empty",
            ),
            models.CheckConstraint(
                condition=Q(lottery_committed_at__isnull=True, lottery_commitment="", lottery_secret="")
                | (Q(lottery_committed_at__isnull=False) & ~Q(lottery_commitment="") & ~Q(lottery_secret="")),
                name="season_commitment_complete",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.year}"

    def employer_registration_open(self, now: dt.datetime | None = None) -> bool:
        moment = now or timezone.now()
        return self.employer_registration_opens <= moment < self.employer_registration_closes

    def youth_registration_open(self, now: dt.datetime | None = None) -> bool:
        """Inside the window, with the lottery commitment published and the secret not yet revealed: every
        way of making, changing or submitting an application asks this, so none is taken before the
        commitment is public or after the list is frozen."""
        moment = now or timezone.now()
        return (
            self.lottery_is_committed
            and not self.lottery_seed_is_published
            and self.youth_registration_opens <= moment < self.youth_registration_closes
        )

    @property
    def lottery_is_committed(self) -> bool:
        return self.lottery_committed_at is not None

    @property
    def lottery_seed_is_published(self) -> bool:
        """The secret is revealed and the seed derived (the field keeps its older name)."""
        return self.lottery_seed_published_at is not None

    @property
    def lottery_revealed_secret(self) -> str:
        """The secret, once revealed; empty before, whoever asks."""
        return self.lottery_secret if self.lottery_seed_is_published else ""


class SeasonPeriod(models.Model):
    """A block of working days in which a youth works at one placement (e.g. "June, 15 working days")."""

    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.CASCADE, related_name="periods"
    )
    name = models.CharField(_("name"), max_length=100)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    working_days = models.PositiveSmallIntegerField(_("working days"))

    class Meta:
        verbose_name = _("season period")
        verbose_name_plural = _("season periods")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["season", "name"], name="season_period_unique_name"),
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="season_period_dates_ordered"
            ),
            models.CheckConstraint(
                condition=Q(working_days__gte=1), name="season_period_working_days_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.starts_on:%d.%m.}–{self.ends_on:%d.%m.%Y})"

    def overlaps(self, other: SeasonPeriod) -> bool:
        return self.starts_on <= other.ends_on and other.starts_on <= self.ends_on


class AgeCategory(models.TextChoices):
    """Labour Law: a child is under 15, or under 18 and still in basic school; an adolescent is 15–17."""

    CHILD = "child", _("Child")
    ADOLESCENT = "adolescent", _("Adolescent")
    ADULT = "adult", _("Adult (18 or older)")


class HourLimit(models.Model):
    """Working-time limits of one age category in one season (hours in school holidays)."""

    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.CASCADE, related_name="hour_limits"
    )
    category = models.CharField(_("age category"), max_length=20, choices=AgeCategory.choices)
    max_hours_per_day = models.DecimalField(_("hours a day at most"), max_digits=3, decimal_places=1)
    max_hours_per_week = models.DecimalField(_("hours a week at most"), max_digits=3, decimal_places=1)
    night_starts = models.TimeField(
        _("night-time starts"), null=True, blank=True, help_text=_("Empty: night work is not restricted.")
    )
    night_ends = models.TimeField(_("night-time ends"), null=True, blank=True)
    min_daily_rest_hours = models.DecimalField(
        _("daily rest at least (hours)"), max_digits=3, decimal_places=1
    )
    break_after_hours = models.DecimalField(
        _("break required after (hours)"),
        max_digits=3,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Empty: no break rule for this category."),
    )
    break_minutes = models.PositiveSmallIntegerField(_("break length (minutes)"), default=0)

    class Meta:
        verbose_name = _("working-time limit")
        verbose_name_plural = _("working-time limits")
        ordering = ["season", "category"]
        constraints = [
            models.UniqueConstraint(fields=["season", "category"], name="hour_limit_unique_category"),
            models.CheckConstraint(
                condition=Q(max_hours_per_day__gt=0, max_hours_per_day__lte=24)
                & Q(max_hours_per_week__gte=F("max_hours_per_day")),
                name="hour_limit_hours_range",
            ),
            models.CheckConstraint(
                condition=Q(night_starts__isnull=True, night_ends__isnull=True)
                | Q(night_starts__isnull=False, night_ends__isnull=False),
                name="hour_limit_night_both_or_neither",
            ),
            models.CheckConstraint(
                condition=Q(min_daily_rest_hours__gte=0, min_daily_rest_hours__lte=24),
                name="hour_limit_rest_range",
            ),
            models.CheckConstraint(
                condition=Q(break_after_hours__isnull=True, break_minutes=0)
                | Q(break_after_hours__gt=0, break_minutes__gt=0),
                name="hour_limit_break_rule",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.season} · {self.get_category_display()}"

    def binding_limits(self) -> labourlaw.Limits:
        """The limits that every check applies: the season's, and never looser than the Labour Law's for
        minors (labourlaw.binding), even for a row stored before the season service refused looser ones."""
        return labourlaw.season_limits(
            str(self.category), {name: getattr(self, name) for name in labourlaw.SETTING_FIELDS}
        )


class PriorityKind(models.TextChoices):
    LOW_INCOME = "low_income", _("Low-income or needy family")
    ORPHAN = "orphan", _("Orphan or youth without parental care")
    DISABILITY = "disability", _("Youth with a disability")
    LARGE_FAMILY = "large_family", _("Large family")
    SOCIAL_RISK = "social_risk", _("Family in a socially vulnerable situation")


class PriorityGroup(models.Model):
    """A group that goes first in the season's lottery; rank 1 goes before rank 2, equal ranks are equal."""

    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.CASCADE, related_name="priority_groups"
    )
    kind = models.CharField(_("group"), max_length=20, choices=PriorityKind.choices)
    rank = models.PositiveSmallIntegerField(_("rank"), help_text=_("1 goes first."))

    class Meta:
        verbose_name = _("priority group")
        verbose_name_plural = _("priority groups")
        ordering = ["season", "rank", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["season", "kind"], name="priority_group_unique_kind"),
            models.CheckConstraint(condition=Q(rank__gte=1), name="priority_group_rank_positive"),
        ]

    def __str__(self) -> str:
        return str(self.get_kind_display())


class PlacementStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("summer-job place", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("summer-job place", "Waiting for approval")
    RETURNED = "returned", pgettext_lazy("summer-job place", "Returned for changes")
    APPROVED = "approved", pgettext_lazy("summer-job place", "Approved")
    WITHDRAWN = "withdrawn", pgettext_lazy("summer-job place", "Withdrawn")


class Placement(models.Model):
    """A summer job that an employer offers in a season, with the hours and supervision it comes with."""

    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.PROTECT, related_name="placements"
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("employer"), on_delete=models.PROTECT, related_name="summer_placements"
    )
    workplace = models.CharField(_("workplace"), max_length=150)
    duties = models.TextField(_("duties"))
    address = models.CharField(_("address"), max_length=250)
    occupation = models.ForeignKey(
        Occupation,
        verbose_name=_("profession (ISCO-08)"),
        on_delete=models.PROTECT,
        related_name="summer_placements",
        limit_choices_to={"level": 4},
        help_text=_("The profession that the youth gets to know."),
    )
    min_age = models.PositiveSmallIntegerField(_("minimum age"), default=15)
    is_light_work = models.BooleanField(
        _("light work"),
        default=False,
        help_text=_("The work is on the government's list of light work; required for youths aged 13–14."),
    )
    is_hazardous = models.BooleanField(
        _("hazardous work"), default=False, help_text=_("Youths under 18 may not do hazardous work.")
    )
    hours_per_day = models.DecimalField(_("hours a day"), max_digits=3, decimal_places=1)
    days_per_week = models.PositiveSmallIntegerField(_("days a week"), default=5)
    starts_at = models.TimeField(_("work starts at"))
    ends_at = models.TimeField(_("work ends at"))
    supervisor_name = models.CharField(_("work supervisor"), max_length=150)
    supervisor = models.ForeignKey(
        Person,
        verbose_name=_("work supervisor (person record)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supervised_summer_placements",
    )
    supervisor_count = models.PositiveSmallIntegerField(_("number of supervisors"), default=1)
    takes_youths_with_disability = models.BooleanField(
        _("open to youths with a disability"),
        default=False,
        help_text=_(
            "The supervision is arranged for youths with a disability, so fewer youths per supervisor."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PlacementStatus.choices, default=PlacementStatus.DRAFT
    )
    return_reason = models.TextField(_("reason for returning"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("summer placement")
        verbose_name_plural = _("summer placements")
        ordering = ["season", "organisation__name", "workplace", "pk"]
        indexes = [
            models.Index(fields=["season", "status"]),
            models.Index(fields=["organisation", "season"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(min_age__gte=LEGAL_MIN_AGE), name="placement_min_age_legal"),
            # 13–14-year-olds may do light work only: a placement that takes them must be light work.
            models.CheckConstraint(
                condition=Q(min_age__gte=15) | Q(is_light_work=True), name="placement_light_work_below_15"
            ),
            models.CheckConstraint(
                condition=Q(is_hazardous=False) | Q(min_age__gte=18), name="placement_hazardous_adults_only"
            ),
            models.CheckConstraint(
                condition=Q(hours_per_day__gt=0, hours_per_day__lte=8), name="placement_hours_range"
            ),
            models.CheckConstraint(
                condition=Q(days_per_week__gte=1, days_per_week__lte=5), name="placement_five_day_week"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="placement_schedule_ordered"
            ),
            models.CheckConstraint(condition=Q(supervisor_count__gte=1), name="placement_has_supervisor"),
        ]

    def __str__(self) -> str:
        return f"{self.workplace} — {self.organisation.name}"

    @property
    def max_youths_per_period(self) -> int:
        """The supervision cap: youths at the same time, for all of the placement's supervisors."""
        ratio = (
            self.season.youths_per_supervisor_with_disability
            if self.takes_youths_with_disability
            else self.season.youths_per_supervisor
        )
        return self.supervisor_count * ratio

    @property
    def weekly_hours(self) -> Decimal:
        return self.hours_per_day * self.days_per_week

    @property
    def is_editable(self) -> bool:
        return self.status in {PlacementStatus.DRAFT, PlacementStatus.RETURNED}


class PlacementPeriod(models.Model):
    """How many youths a placement takes in one period of the season."""

    placement = models.ForeignKey(
        Placement, verbose_name=_("placement"), on_delete=models.CASCADE, related_name="periods"
    )
    period = models.ForeignKey(
        SeasonPeriod, verbose_name=_("period"), on_delete=models.PROTECT, related_name="placement_periods"
    )
    capacity = models.PositiveSmallIntegerField(_("places"))

    class Meta:
        verbose_name = _("placement period")
        verbose_name_plural = _("placement periods")
        ordering = ["placement", "period__starts_on"]
        constraints = [
            models.UniqueConstraint(fields=["placement", "period"], name="placement_period_unique"),
            models.CheckConstraint(
                condition=Q(capacity__gte=0), name="placement_period_capacity_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.placement} · {self.period.name}"


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("application", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("application", "Submitted")
    WITHDRAWN = "withdrawn", pgettext_lazy("application", "Withdrawn")


class Gender(models.TextChoices):
    """Asked only for the programme's statistics, and optional."""

    NOT_STATED = "", _("Not stated")
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")


class Application(models.Model):
    """A youth's application to a season: ranked choices, the periods they can work, and what ranks them."""

    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.PROTECT, related_name="applications"
    )
    youth = models.ForeignKey(
        Person, verbose_name=_("youth"), on_delete=models.PROTECT, related_name="summer_applications"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The youth, or a parent or guardian for them."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT
    )
    available_periods = models.ManyToManyField(
        SeasonPeriod, verbose_name=_("periods the youth can work"), related_name="applications"
    )
    priority_group = models.ForeignKey(
        PriorityGroup,
        verbose_name=_("priority group"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
    )
    priority_evidence = models.TextField(
        _("priority evidence"),
        blank=True,
        help_text=_("Which document shows it (for example the social service's decision); no copies."),
    )
    # A claimed priority counts in the lottery only after the coordinator has checked the evidence.
    priority_verified_at = models.DateTimeField(_("priority checked"), null=True, blank=True)
    priority_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("priority checked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    school = models.ForeignKey(
        Organisation,
        verbose_name=_("school"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind__in": [OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY]},
    )
    in_basic_education = models.BooleanField(
        _("still in basic school"),
        default=False,
        help_text=_(
            "Under 18 and still in basic school (grades 1–9) counts as a child under the Labour Law."
        ),
    )
    residence_city = models.ForeignKey(
        City,
        verbose_name=_("city of residence"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True, default="")
    pre_agreement = models.ForeignKey(
        Placement,
        verbose_name=_("prior agreement with"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pre_agreements",
    )
    pre_agreement_confirmed_at = models.DateTimeField(_("prior agreement confirmed"), null=True, blank=True)
    pre_agreement_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("prior agreement confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("summer job application")
        verbose_name_plural = _("summer job applications")
        ordering = ["season", "pk"]
        indexes = [models.Index(fields=["season", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["season", "youth"],
                condition=~Q(status=ApplicationStatus.WITHDRAWN),
                name="application_one_per_youth_and_season",
            ),
            models.CheckConstraint(
                condition=Q(priority_verified_at__isnull=True) | Q(priority_group__isnull=False),
                name="application_verified_priority_has_group",
            ),
            models.CheckConstraint(
                condition=Q(pre_agreement_confirmed_at__isnull=True) | Q(pre_agreement__isnull=False),
                name="application_confirmed_agreement_has_placement",
            ),
            models.CheckConstraint(
                condition=~Q(status=ApplicationStatus.SUBMITTED) | Q(submitted_at__isnull=False),
                name="application_submitted_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.youth} · {self.season}"

    @property
    def is_editable(self) -> bool:
        return self.status == ApplicationStatus.DRAFT

    @property
    def counted_priority_group(self) -> PriorityGroup | None:
        """The priority group that the lottery uses: only a checked one."""
        return self.priority_group if self.priority_verified_at is not None else None


class Choice(models.Model):
    """One of a youth's ranked placements. The periods come from the application: a choice stands for the
    placement in every period that both the placement runs and the youth is available, earliest first."""

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="choices"
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    placement = models.ForeignKey(
        Placement, verbose_name=_("placement"), on_delete=models.PROTECT, related_name="choices"
    )

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ["application", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["application", "rank"], name="choice_unique_rank"),
            models.UniqueConstraint(fields=["application", "placement"], name="choice_unique_placement"),
            models.CheckConstraint(condition=Q(rank__gte=1), name="choice_rank_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.rank}. {self.placement_id}"


class LotteryEntry(models.Model):
    """One application of a season's frozen lottery list: the applications submitted when the lottery
    secret was revealed, from which the seed was derived and among which the lottery numbers are drawn."""

    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.CASCADE, related_name="lottery_entries"
    )
    # A number, not a foreign key: the published list stays as it was even if an application is deleted.
    application_number = models.PositiveIntegerField(_("application number"))

    class Meta:
        verbose_name = _("lottery list entry")
        verbose_name_plural = _("lottery list entries")
        ordering = ["season", "application_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["season", "application_number"], name="lottery_entry_unique_application"
            )
        ]

    def __str__(self) -> str:
        return f"{self.season} · {self.application_number}"


class MatchRunKind(models.TextChoices):
    INITIAL = "initial", _("Initial run")
    FOLLOW_UP = "follow_up", _("Follow-up run")


class MatchRunStatus(models.TextChoices):
    PREVIEW = "preview", pgettext_lazy("match run", "Preview")
    PUBLISHED = "published", pgettext_lazy("match run", "Published")
    DISCARDED = "discarded", pgettext_lazy("match run", "Discarded")


class MatchRun(models.Model):
    """One run of the lottery and stable matching over a season: a preview first, then published as offers."""

    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.PROTECT, related_name="match_runs"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=MatchRunKind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=MatchRunStatus.choices, default=MatchRunStatus.PREVIEW
    )
    seed = models.CharField(_("lottery seed"), max_length=SEED_MAX_LENGTH)
    # SHA-256 of everything the result depends on; publishing recomputes it and refuses a stale preview.
    inputs_digest = models.CharField(_("inputs fingerprint"), max_length=64)
    statistics = models.JSONField(_("statistics"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("run by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("run at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        verbose_name = _("match run")
        verbose_name_plural = _("match runs")
        ordering = ["season", "-created_at", "-pk"]
        indexes = [models.Index(fields=["season", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["season"],
                condition=Q(kind=MatchRunKind.INITIAL, status=MatchRunStatus.PUBLISHED),
                name="match_run_one_published_initial",
            ),
            models.CheckConstraint(
                condition=Q(status=MatchRunStatus.PUBLISHED, published_at__isnull=False)
                | (~Q(status=MatchRunStatus.PUBLISHED) & Q(published_at__isnull=True)),
                name="match_run_published_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.season} · {self.get_kind_display()} · {self.created_at:%d.%m.%Y %H:%M}"


class AssignmentStatus(models.TextChoices):
    PROPOSED = "proposed", pgettext_lazy("place offer", "Proposed (preview)")
    OFFERED = "offered", pgettext_lazy("place offer", "Offered")
    ACCEPTED = "accepted", pgettext_lazy("place offer", "Accepted")
    DECLINED = "declined", pgettext_lazy("place offer", "Declined")
    EXPIRED = "expired", pgettext_lazy("place offer", "Expired")


# Offers that hold a place: the seat is not free for a follow-up run.
ACTIVE_ASSIGNMENT_STATUSES = (AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED)


class Assignment(models.Model):
    """A place that a match run gives a youth: proposed in a preview, an offer once the run is published."""

    run = models.ForeignKey(
        MatchRun, verbose_name=_("match run"), on_delete=models.CASCADE, related_name="assignments"
    )
    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.PROTECT, related_name="assignments"
    )
    placement_period = models.ForeignKey(
        PlacementPeriod,
        verbose_name=_("placement and period"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    # The placement period's period, repeated so that the database can refuse two places in one period.
    period = models.ForeignKey(
        SeasonPeriod, verbose_name=_("period"), on_delete=models.PROTECT, related_name="assignments"
    )
    choice_rank = models.PositiveSmallIntegerField(_("choice"))
    lottery_number = models.PositiveIntegerField(_("lottery number"))
    status = models.CharField(
        _("status"), max_length=20, choices=AssignmentStatus.choices, default=AssignmentStatus.PROPOSED
    )
    offered_at = models.DateTimeField(_("offered"), null=True, blank=True)
    deadline = models.DateTimeField(_("answer by"), null=True, blank=True)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # When the "your offer expires soon" e-mail went out, so that it goes once.
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["run", "application"]
        indexes = [
            models.Index(fields=["placement_period", "status"]),
            models.Index(fields=["status", "deadline"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "application"], name="assignment_one_per_run_and_application"
            ),
            models.UniqueConstraint(
                fields=["application", "period"],
                condition=Q(status__in=ACTIVE_ASSIGNMENT_STATUSES),
                name="assignment_one_active_per_period",
            ),
            models.CheckConstraint(condition=Q(choice_rank__gte=1), name="assignment_choice_rank_positive"),
            models.CheckConstraint(condition=Q(lottery_number__gte=1), name="assignment_lottery_positive"),
            models.CheckConstraint(
                condition=Q(status=AssignmentStatus.PROPOSED)
                | Q(offered_at__isnull=False, deadline__isnull=False),
                name="assignment_offer_has_deadline",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application} → {self.placement_period_id} ({self.get_status_display()})"


class RowwiseJSONField(models.JSONField):
    """A JSONField that PostgreSQL bulk-inserts with one placeholder per row instead of Django's UNNEST
    arrays. Inside an array literal psycopg escapes every quote of the JSON text in Python, which made
    writing the explanations of 10,000 youths take about five seconds instead of a fraction of one."""

    def get_placeholder(self, value: object, compiler: object, connection: object) -> str:
        return "%s"


class ExplanationCode(models.TextChoices):
    PLACED = "placed", _("Placed")
    NOT_PLACED = "not_placed", _("Not placed")


class MatchExplanation(models.Model):
    """Why a match run placed a youth where it did, or not at all: a code and parameters, so that it can be
    shown in the reader's language; see explanations.py for the wording."""

    run = models.ForeignKey(
        MatchRun, verbose_name=_("match run"), on_delete=models.CASCADE, related_name="explanations"
    )
    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="explanations"
    )
    code = models.CharField(_("result"), max_length=20, choices=ExplanationCode.choices)
    params = RowwiseJSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("match explanation")
        verbose_name_plural = _("match explanations")
        ordering = ["run", "application"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "application"], name="explanation_one_per_run_and_application"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application} · {self.get_code_display()}"


class TimesheetEntry(models.Model):
    """Hours that a youth worked on one day at the placement of an accepted assignment. The supervisor's
    side enters or confirms them; every entry is checked against the Labour Law (see worktime.py)."""

    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), on_delete=models.PROTECT, related_name="timesheet_entries"
    )
    day = models.DateField(_("date"))
    start = models.TimeField(_("work started"))
    end = models.TimeField(_("work ended"))
    break_minutes = models.PositiveSmallIntegerField(_("break (minutes)"), default=0)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("timesheet entry")
        verbose_name_plural = _("timesheet entries")
        ordering = ["day", "start", "pk"]
        indexes = [models.Index(fields=["assignment", "day"])]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="timesheet_entry_end_after_start"),
            models.CheckConstraint(
                condition=Q(break_minutes__gte=0), name="timesheet_entry_break_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id} · {self.day:%d.%m.%Y} {self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class Contract(models.Model):
    """The employment contract of an accepted assignment: parties, dates, hours and pay, frozen when it is
    drawn up so that payroll and subsidy claims always match what was signed."""

    assignment = models.OneToOneField(
        Assignment, verbose_name=_("assignment"), on_delete=models.PROTECT, related_name="contract"
    )
    number = models.CharField(_("contract number"), max_length=40, unique=True)
    starts_on = models.DateField(_("first working day"))
    ends_on = models.DateField(_("last working day"))
    hours_per_day = models.DecimalField(_("hours a day"), max_digits=3, decimal_places=1)
    hourly_rate = models.DecimalField(
        _("gross pay per hour"), max_digits=7, decimal_places=4, validators=[MinValueValidator(0)]
    )
    signed_on = models.DateField(_("signed by the youth on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("drawn up by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="contract_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(hours_per_day__gt=0), name="contract_hours_positive"),
        ]

    def __str__(self) -> str:
        return self.number


class StartDocumentKind(models.TextChoices):
    GUARDIAN_CONSENT = "guardian_consent", _("Parent's written consent")
    RISK_ASSESSMENT = "risk_assessment", _("Parent informed of the workplace risk assessment")
    MEDICAL_CERTIFICATE = "medical_certificate", _("Doctor's certificate")


class StartDocument(models.Model):
    """A paper that the law requires before a minor's first working day, recorded with the date it was
    received; which ones a youth needs depends on their age category (see contracts/services.py)."""

    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), on_delete=models.CASCADE, related_name="start_documents"
    )
    kind = models.CharField(_("document"), max_length=30, choices=StartDocumentKind.choices)
    received_on = models.DateField(_("received on"))
    note = models.CharField(_("note"), max_length=250, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("document before the first day")
        verbose_name_plural = _("documents before the first day")
        ordering = ["assignment", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["assignment", "kind"], name="start_document_once_per_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id} · {self.get_kind_display()}"


class FeedbackRole(models.TextChoices):
    YOUTH = "youth", _("Youth")
    EMPLOYER = "employer", _("Employer")


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    NOT_SURE = "not_sure", _("Not sure")


class Feedback(models.Model):
    """A short form after the job, one from the youth and one from the employer per assignment."""

    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), on_delete=models.CASCADE, related_name="feedback"
    )
    role = models.CharField(_("from"), max_length=20, choices=FeedbackRole.choices)
    rating = models.PositiveSmallIntegerField(
        _("overall rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    # Youth: would you like to work in this profession? Employer: would you take this youth again?
    would_repeat = models.CharField(_("would repeat"), max_length=10, choices=Answer.choices)
    # Employer only: the programme's additionality question.
    would_offer_without_programme = models.CharField(
        _("would have offered this job without the programme"),
        max_length=10,
        choices=Answer.choices,
        blank=True,
    )
    learned = models.TextField(_("what was learned"), blank=True, max_length=2000)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["assignment", "role"]
        constraints = [
            models.UniqueConstraint(fields=["assignment", "role"], name="feedback_once_per_role"),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=5), name="feedback_rating_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id} · {self.get_role_display()}"


class WorkCertificate(models.Model):
    """The certificate of work issued when a job is completed; its PDF is drawn from these figures."""

    assignment = models.OneToOneField(
        Assignment, verbose_name=_("assignment"), on_delete=models.PROTECT, related_name="certificate"
    )
    number = models.CharField(_("certificate number"), max_length=40, unique=True)
    days_worked = models.PositiveSmallIntegerField(_("days worked"))
    hours_worked = models.DecimalField(_("hours worked"), max_digits=6, decimal_places=2)
    issued_on = models.DateField(_("issued on"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("certificate of work")
        verbose_name_plural = _("certificates of work")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(condition=Q(hours_worked__gt=0), name="certificate_hours_positive"),
        ]

    def __str__(self) -> str:
        return self.number
