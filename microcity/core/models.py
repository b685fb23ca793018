"""Cities, organisations and people shared by every programme, plus the outcome ledger and the audit log."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from microcity.core import registry


def localized(obj: object, field: str) -> str:
    """Return `<field>_<language>` of obj for the active language, falling back to Latvian."""
    language = (get_language() or "lv")[:2]
    value = getattr(obj, f"{field}_{language}", "") or getattr(obj, f"{field}_lv", "")
    return str(value)


hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #RRGGBB."))


def split_programme_keys(value: str) -> list[str]:
    return [key.strip() for key in (value or "").split(",") if key.strip()]


def validate_programme_keys(value: str) -> None:
    """Every key names a registered programme (core.registry.programmes)."""
    known = set(registry.programmes.registered_keys())
    unknown = [key for key in split_programme_keys(value) if key not in known]
    if unknown:
        raise ValidationError(
            _("Unknown programme: %(keys)s."), code="unknown_programme", params={"keys": ", ".join(unknown)}
        )


class City(models.Model):
    """A municipality that runs Microcity programmes. A new city is a row, not code."""

    slug = models.SlugField(_("address name"), max_length=40, unique=True)
    name_lv = models.CharField(_("name (Latvian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    tagline_lv = models.CharField(_("tagline (Latvian)"), max_length=200, blank=True)
    tagline_en = models.CharField(_("tagline (English)"), max_length=200, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    municipality_code = models.CharField(_("municipality code"), max_length=10, blank=True)
    # Each city gets its own look: the layout turns these into CSS custom properties.
    brand_colour = models.CharField(
        _("brand colour"), max_length=7, default="#1d4f91", validators=[hex_colour]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#f2a900", validators=[hex_colour]
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("shown to the public"), default=True)
    # The keys of the programmes the city runs, comma-separated (plain text works alike on SQLite and
    # PostgreSQL); a new city runs every registered programme. See `runs`.
    programmes = models.CharField(
        _("programmes"),
        max_length=500,
        blank=True,
        default=registry.all_programme_keys,
        validators=[validate_programme_keys],
        help_text=_("The programmes the city runs: their pages and home-page cards are shown."),
    )

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name_lv"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def tagline(self) -> str:
        return localized(self, "tagline")

    @property
    def programme_keys(self) -> frozenset[str]:
        return frozenset(split_programme_keys(self.programmes))

    def runs(self, key: str) -> bool:
        """Whether the city runs the programme `key` (see core.registry.programmes)."""
        return key in self.programme_keys


class OrganisationKind(models.TextChoices):
    EMPLOYER = "employer", _("Employer")
    SCHOOL = "school", _("School")
    UNIVERSITY = "university", _("University")
    COMPANY = "company", _("Company")
    NGO = "ngo", _("NGO")
    PUBLIC_BODY = "public_body", _("Public body")


class Organisation(models.Model):
    """An employer, school, university, company, NGO or public body, shared by every programme."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    registration_number = models.CharField(
        _("registration number"),
        max_length=20,
        blank=True,
        help_text=_("Latvian register number: 11 digits."),
        validators=[RegexValidator(r"^\d{11}$", _("A Latvian registration number has 11 digits."))],
    )
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="organisations"
    )
    address = models.CharField(_("address"), max_length=250, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    description_lv = models.TextField(_("description (Latvian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    is_partner = models.BooleanField(_("programme partner"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration_number"],
                condition=~Q(registration_number=""),
                name="organisation_unique_registration_number",
            ),
        ]
        indexes = [models.Index(fields=["city", "kind"])]

    def __str__(self) -> str:
        return self.name

    @property
    def description(self) -> str:
        return localized(self, "description")


class Person(models.Model):
    """One record per human across all programmes; every programme refers to it and keeps no copy."""

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    city = models.ForeignKey(
        City,
        verbose_name=_("city of residence"),
        on_delete=models.PROTECT,
        related_name="residents",
        null=True,
        blank=True,
    )
    school = models.ForeignKey(
        Organisation,
        verbose_name=_("school"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pupils",
        limit_choices_to={"kind__in": [OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY]},
    )
    grade = models.PositiveSmallIntegerField(
        _("grade"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    has_disability = models.BooleanField(
        _("has a disability"),
        default=False,
        help_text=_("Needed only where a programme's rules depend on it (supervision ratio, subsidy)."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["last_name", "first_name", "pk"]
        indexes = [models.Index(fields=["city", "last_name"]), models.Index(fields=["date_of_birth"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(grade__isnull=True) | Q(grade__gte=1, grade__lte=12), name="person_grade_range"
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def age_on(self, day: dt.date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def age(self) -> int | None:
        return self.age_on(timezone.localdate())

    @property
    def is_youth(self) -> bool:
        """Youth programmes serve people aged 13 to 25."""
        age = self.age
        return age is not None and 13 <= age <= 25

    @property
    def is_minor(self) -> bool:
        age = self.age
        return age is not None and age < 18


class Programme(models.TextChoices):
    TALENT = "talent", _("Talent attraction (LIVIN)")
    CAREERS = "careers", _("Career support for youth")
    SUMMER_JOBS = "summerjobs", _("Youth summer employment")
    LIBRARY = "library", _("Career-education materials")
    GRANTS = "grants", _("Innovation grants (ZĪLE)")
    MAKERSPACE = "makerspace", _("Makerspace (DARE)")
    COURSES = "courses", _("Retraining")
    INVESTORS = "investors", _("Investor attraction")


class Indicator(models.TextChoices):
    """The headline results that funders ask for; each is counted in distinct persons or organisations."""

    YOUTH_SUPPORTED = "youth_supported", _("Youths given career support")
    SPECIALIST_ATTRACTED = "specialist_attracted", _("Specialists attracted")
    SUMMER_JOB_COMPLETED = "summer_job_completed", _("Youths who completed a summer job")
    INVESTOR_ATTRACTED = "investor_attracted", _("New investors attracted")
    PERSON_RETRAINED = "person_retrained", _("People retrained")
    COMPANY_INNOVATION_SUPPORTED = "company_innovation_supported", _("Companies supported to innovate")
    MAKERSPACE_USER = "makerspace_user", _("Makerspace users")


class OutcomeRecord(models.Model):
    """One counted result: who, where, which programme and indicator, when, and the record it came from.

    The same (indicator, subject, source) is stored once, so editing or reopening the source record
    never adds a second row; headline numbers count distinct subjects, so a person supported twice
    in a period still counts once.
    """

    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="outcomes",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="outcomes",
    )
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="outcomes")
    programme = models.CharField(_("programme"), max_length=20, choices=Programme.choices)
    indicator = models.CharField(_("indicator"), max_length=40, choices=Indicator.choices)
    occurred_on = models.DateField(_("date"))
    source_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    source_id = models.CharField(max_length=64)
    source = GenericForeignKey("source_type", "source_id")
    details = models.JSONField(_("details"), default=dict, blank=True)
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("outcome record")
        verbose_name_plural = _("outcome records")
        ordering = ["-occurred_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(person__isnull=False) & Q(organisation__isnull=True))
                | (Q(person__isnull=True) & Q(organisation__isnull=False)),
                name="outcome_exactly_one_subject",
            ),
            models.UniqueConstraint(
                fields=["indicator", "person", "source_type", "source_id"],
                condition=Q(person__isnull=False),
                name="outcome_once_per_person_source",
            ),
            models.UniqueConstraint(
                fields=["indicator", "organisation", "source_type", "source_id"],
                condition=Q(organisation__isnull=False),
                name="outcome_once_per_organisation_source",
            ),
        ]
        indexes = [models.Index(fields=["indicator", "city", "occurred_on"])]

    def __str__(self) -> str:
        return f"{self.get_indicator_display()} · {self.occurred_on}"


class AuditAction(models.TextChoices):
    VIEW = "view", _("viewed")
    CREATE = "create", _("created")
    CHANGE = "change", _("changed")
    DELETE = "delete", _("deleted")
    EXPORT = "export", _("exported")


class AuditEvent(models.Model):
    """Who looked at or changed whose personal data, when and from where. Written only, never edited."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="audit_events",
    )
    actor_label = models.CharField(_("actor"), max_length=254, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=AuditAction.choices)
    object_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.CharField(max_length=64)
    object_label = models.CharField(_("object"), max_length=250)
    person = models.ForeignKey(
        Person,
        verbose_name=_("whose data"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_events",
    )
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.SET_NULL, null=True, blank=True)
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["object_type", "object_id"]), models.Index(fields=["city", "at"])]

    def __str__(self) -> str:
        return f"{self.actor_label} {self.get_action_display()} {self.object_label}"


class Occupation(models.Model):
    """An ISCO-08 group (major 1 … unit group 4 digits) with Latvian and English labels, shipped as data."""

    code = models.CharField(_("ISCO-08 code"), max_length=4, unique=True)
    level = models.PositiveSmallIntegerField(_("level"))
    label_en = models.CharField(_("name (English)"), max_length=250)
    label_lv = models.CharField(_("name (Latvian)"), max_length=250)
    esco_uri = models.URLField(_("ESCO address"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader group"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )

    class Meta:
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=4), name="occupation_level_range"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.label}"

    @property
    def label(self) -> str:
        return localized(self, "label")


class OutboxMessage(models.Model):
    """Background work asked for by an action, written in the action's transaction and kept until it is
    done, so that a queue that is down delays the work instead of losing it (core/outbox.py)."""

    task = models.CharField(_("task"), max_length=200)
    payload = models.JSONField(_("arguments"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # Last handed to the queue; a message not done long after this is handed over again.
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    # Claimed by a worker that is running it: another copy of the same message waits until this passes.
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        indexes = [
            models.Index(
                fields=["created_at"], condition=Q(done_at__isnull=True), name="core_outbox_pending"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task} #{self.pk}"
