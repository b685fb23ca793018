"""Investor attraction: the city's public investment offer (sites, premises, incentives) and the confidential
pipeline of investors' leads with their timeline, info packs and hiring plans."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import City, Occupation, Organisation, localized


class Zoning(models.TextChoices):
    INDUSTRIAL = "industrial", _("Industrial")
    LOGISTICS = "logistics", _("Logistics and warehousing")
    COMMERCIAL = "commercial", _("Commercial")
    MIXED = "mixed", _("Mixed use")


class Ownership(models.TextChoices):
    MUNICIPAL = "municipal", _("Municipal")
    STATE = "state", pgettext_lazy("ownership", "State")
    PRIVATE = "private", _("Private")


class SiteKind(models.TextChoices):
    LAND = "land", _("Land plot")
    PREMISES = "premises", _("Premises")


class Site(models.Model):
    """A plot or premises the city offers to investors; public once published."""

    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="sites")
    kind = models.CharField(_("kind"), max_length=10, choices=SiteKind.choices)
    name_lv = models.CharField(_("name (Latvian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    description_lv = models.TextField(_("description (Latvian)"), max_length=4000, blank=True)
    description_en = models.TextField(_("description (English)"), max_length=4000, blank=True)
    address = models.CharField(_("address"), max_length=250)
    area_m2 = models.DecimalField(
        _("area (m²)"), max_digits=12, decimal_places=1, validators=[MinValueValidator(1)]
    )
    zoning = models.CharField(_("zoning"), max_length=12, choices=Zoning.choices)
    ownership = models.CharField(_("ownership"), max_length=10, choices=Ownership.choices)
    price_eur = models.DecimalField(
        _("price (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    rent_eur_m2 = models.DecimalField(
        _("rent (EUR per m² a month)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    electricity_mw = models.DecimalField(
        _("electrical capacity (MW)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    water = models.BooleanField(_("water and sewerage"), default=False)
    gas = models.BooleanField(_("natural gas"), default=False)
    rail = models.BooleanField(_("rail siding"), default=False)
    port = models.BooleanField(_("port access"), default=False)
    fibre = models.BooleanField(_("fibre internet"), default=False)
    distance_km = models.DecimalField(
        _("distance to the centre (km)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    is_published = models.BooleanField(_("shown to the public"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site")
        verbose_name_plural = _("sites")
        ordering = ["name_lv", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["city", "name_lv"], name="investors_site_unique_name"),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="investors_site_both_coordinates",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def description(self) -> str:
        return localized(self, "description")

    @property
    def utilities(self) -> list[str]:
        """The utilities the site has, as labels."""
        names = ("water", "gas", "rail", "port", "fibre")
        return [
            str(getattr(self._meta.get_field(name), "verbose_name", name))
            for name in names
            if getattr(self, name)
        ]

    @property
    def map_url(self) -> str:
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=15/{self.latitude}/{self.longitude}"
        )


class Incentive(models.Model):
    """A reason to invest that is not a site: a special economic zone's tax relief, an industrial park's
    terms, a grant for jobs created."""

    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="incentives"
    )
    name_lv = models.CharField(_("name (Latvian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    description_lv = models.TextField(_("description (Latvian)"), max_length=4000)
    description_en = models.TextField(_("description (English)"), max_length=4000)
    is_published = models.BooleanField(_("shown to the public"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("incentive")
        verbose_name_plural = _("incentives")
        ordering = ["name_lv", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["city", "name_lv"], name="investors_incentive_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def description(self) -> str:
        return localized(self, "description")


class Stage(models.TextChoices):
    LEAD = "lead", pgettext_lazy("investor lead stage", "Lead")
    INFO_PACK = "info_pack", pgettext_lazy("investor lead stage", "Info pack and site offer")
    VISIT = "visit", pgettext_lazy("investor lead stage", "Site visit")
    NEGOTIATION = "negotiation", pgettext_lazy("investor lead stage", "Negotiation and incentives")
    ON_HOLD = "on_hold", pgettext_lazy("investor lead stage", "On hold")
    WON = "won", pgettext_lazy("investor lead stage", "Won")
    LOST = "lost", pgettext_lazy("investor lead stage", "Lost")
    AFTERCARE = "aftercare", pgettext_lazy("investor lead stage", "Aftercare")


# The stages a lead moves through before the decision, in order (the funnel's steps).
FUNNEL = (Stage.LEAD, Stage.INFO_PACK, Stage.VISIT, Stage.NEGOTIATION, Stage.WON)
OPEN_STAGES = (Stage.LEAD, Stage.INFO_PACK, Stage.VISIT, Stage.NEGOTIATION, Stage.ON_HOLD)


class LostReason(models.TextChoices):
    OTHER_LOCATION = "other_location", _("Chose another location")
    OTHER_COUNTRY = "other_country", _("Chose another country")
    NO_SITE = "no_site", _("No suitable site")
    WORKFORCE = "workforce", _("Not enough workforce")
    COSTS = "costs", _("Costs or incentives")
    PROJECT_CANCELLED = "cancelled", _("Project cancelled")
    UNREACHABLE = "unreachable", _("No answer")
    OTHER = "other", _("Other")


class Sector(models.TextChoices):
    """NACE Rev. 2 sections."""

    A = "A", _("A Agriculture, forestry and fishing")
    B = "B", _("B Mining and quarrying")
    C = "C", _("C Manufacturing")
    D = "D", _("D Electricity, gas, steam and air conditioning supply")
    E = "E", _("E Water supply, sewerage, waste management")
    F = "F", _("F Construction")
    G = "G", _("G Wholesale and retail trade")
    H = "H", _("H Transportation and storage")
    I = "I", _("I Accommodation and food service")  # noqa: E741 - the section's letter
    J = "J", _("J Information and communication")
    K = "K", _("K Financial and insurance activities")
    L = "L", _("L Real estate activities")
    M = "M", _("M Professional, scientific and technical activities")
    N = "N", _("N Administrative and support service activities")
    P = "P", _("P Education")
    Q = "Q", _("Q Human health and social work")
    R = "R", _("R Arts, entertainment and recreation")
    S = "S", _("S Other service activities")


class CompanySize(models.TextChoices):
    MICRO = "micro", _("Micro (under 10 people)")
    SMALL = "small", _("Small (10–49)")
    MEDIUM = "medium", _("Medium (50–249)")
    LARGE = "large", _("Large (250 or more)")


class LeadSource(models.TextChoices):
    INQUIRY = "inquiry", _("Inquiry form")
    LIAA = "liaa", _("Investment and Development Agency of Latvia")
    EVENT = "event", _("Fair or event")
    REFERRAL = "referral", _("Referral")
    DIRECT = "direct", _("Our own approach")
    OTHER = "other", _("Other")


class Country(models.TextChoices):
    LV = "LV", _("Latvia")
    LT = "LT", _("Lithuania")
    EE = "EE", _("Estonia")
    FI = "FI", _("Finland")
    SE = "SE", _("Sweden")
    NO = "NO", _("Norway")
    DK = "DK", _("Denmark")
    DE = "DE", _("Germany")
    PL = "PL", _("Poland")
    NL = "NL", _("Netherlands")
    FR = "FR", _("France")
    GB = "GB", _("United Kingdom")
    US = "US", _("United States")
    JP = "JP", _("Japan")
    OTHER = "XX", _("Other country")


class Lead(models.Model):
    """A company considering an investment in the city, walked through it by an investment manager.
    Confidential: only the city's investment managers and administrators see it."""

    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="leads")
    company = models.CharField(_("company"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    sector = models.CharField(_("sector (NACE Rev. 2)"), max_length=1, choices=Sector.choices)
    size = models.CharField(_("company size"), max_length=10, choices=CompanySize.choices, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    source = models.CharField(_("source"), max_length=10, choices=LeadSource.choices)
    project = models.TextField(_("project"), max_length=4000, blank=True)
    language = models.CharField(_("language of contact"), max_length=2, default="en")
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("investment manager"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="investor_leads",
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.LEAD)
    stage_since = models.DateTimeField(_("in this stage since"), default=timezone.now)
    lost_reason = models.CharField(_("reason lost"), max_length=16, choices=LostReason.choices, blank=True)
    planned_jobs = models.PositiveIntegerField(_("planned jobs"), default=0)
    planned_capital_eur = models.DecimalField(
        _("planned capital (EUR)"),
        max_digits=14,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )
    actual_jobs = models.PositiveIntegerField(_("actual jobs"), null=True, blank=True)
    actual_capital_eur = models.DecimalField(
        _("actual capital (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="investor_leads",
    )
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    consent_given_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("investor lead")
        verbose_name_plural = _("investor leads")
        ordering = ["-updated_at", "-pk"]
        indexes = [
            # The board's and the list's order (latest first, ties by number), with and without a stage.
            models.Index(fields=["city", "stage", "-updated_at", "-id"], name="investors_lead_city_stage"),
            models.Index(fields=["city", "-updated_at", "-id"], name="investors_lead_city_updated"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(stage="lost") | ~Q(lost_reason=""), name="investors_lost_has_reason"
            ),
            models.CheckConstraint(
                condition=~Q(stage__in=["won", "aftercare"]) | Q(organisation__isnull=False),
                name="investors_won_has_organisation",
            ),
        ]

    def __str__(self) -> str:
        return self.company

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES


class ActivityKind(models.TextChoices):
    NOTE = "note", _("Note")
    CALL = "call", _("Call")
    MEETING = "meeting", _("Meeting")
    EMAIL = "email", _("E-mail")
    TASK = "task", _("Task")
    VISIT = "visit", _("Site visit")
    AFTERCARE = "aftercare", _("Aftercare visit")
    STAGE = "stage", _("Stage change")
    INFO_PACK = "info_pack", _("Info pack")
    HIRING = "hiring", _("Hiring plan")


# What a manager writes by hand; the rest is written by the services.
MANUAL_KINDS = (
    ActivityKind.NOTE,
    ActivityKind.CALL,
    ActivityKind.MEETING,
    ActivityKind.EMAIL,
    ActivityKind.TASK,
    ActivityKind.VISIT,
    ActivityKind.AFTERCARE,
)
# Kinds that are planned for a date and then done.
DATED_KINDS = (ActivityKind.TASK, ActivityKind.VISIT, ActivityKind.AFTERCARE)


class Activity(models.Model):
    """One entry of a lead's timeline; a task or a planned visit has a due date and is done or not."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("kind"), max_length=10, choices=ActivityKind.choices)
    text = models.TextField(_("text"), max_length=4000)
    due_on = models.DateField(_("due"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    # For a stage change: the stage entered (the report's funnel and time in each stage are read from it).
    to_stage = models.CharField(_("stage entered"), max_length=12, choices=Stage.choices, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("lead activity")
        verbose_name_plural = _("lead activities")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["lead", "-created_at"], name="investors_activity_lead"),
            models.Index(
                fields=["due_on", "id"],
                condition=Q(kind__in=["task", "visit", "aftercare"], done_at__isnull=True),
                name="investors_activity_open_due",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="task") | Q(due_on__isnull=False), name="investors_task_has_due_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:40]}"

    @property
    def is_dated(self) -> bool:
        return self.kind in DATED_KINDS and self.due_on is not None


class InfoPack(models.Model):
    """A tailored info pack for one lead: the sites and incentives the manager picked, and the city's live
    figures as they were on the day (kept, so that the PDF sent can be read again as it was)."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="info_packs")
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    sites = models.ManyToManyField(Site, verbose_name=_("sites"), blank=True, related_name="+")
    incentives = models.ManyToManyField(Incentive, verbose_name=_("incentives"), blank=True, related_name="+")
    message = models.TextField(_("personal message"), max_length=4000, blank=True)
    figures = models.JSONField(_("figures"), default=dict)
    figures_on = models.DateField(_("figures as of"))
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("info pack")
        verbose_name_plural = _("info packs")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.lead} · {self.created_at:%Y-%m-%d}"


class HiringPlanLine(models.Model):
    """One line of a won investor's hiring plan: people of an ISCO-08 unit group by a date, at a salary."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="hiring_plan")
    occupation = models.ForeignKey(
        Occupation,
        verbose_name=_("occupation (ISCO-08)"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level": 4},
    )
    count = models.PositiveIntegerField(
        _("people"), validators=[MinValueValidator(1), MaxValueValidator(10_000)]
    )
    needed_by = models.DateField(_("needed by"))
    salary_min = models.DecimalField(
        _("gross monthly salary from (EUR)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(1)],
    )
    salary_max = models.DecimalField(
        _("gross monthly salary to (EUR)"), max_digits=8, decimal_places=2, validators=[MinValueValidator(1)]
    )
    handed_over_at = models.DateTimeField(_("draft job posts made"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("hiring plan line")
        verbose_name_plural = _("hiring plan lines")
        ordering = ["needed_by", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_max__gte=F("salary_min")), name="investors_hiring_salary_ordered"
            ),
            models.CheckConstraint(condition=Q(count__gte=1), name="investors_hiring_count_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.count} × {self.occupation}"

    def clean(self) -> None:
        if self.salary_min is not None and self.salary_max is not None and self.salary_max < self.salary_min:
            raise ValidationError({"salary_max": _("“To” must not be lower than “from”.")})
