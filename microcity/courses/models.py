"""Retraining courses: the course with its places and priority rules, applications with the entry data
that funders ask for, sessions and attendance, and what participants did after the course."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import City, Occupation, Organisation, Person, localized


class Audience(models.TextChoices):
    ADULTS = "adults", _("Adults")
    TEACHERS = "teachers", _("Teachers and lecturers")
    PUPILS = "pupils", _("Pupils (with a guardian's consent)")


class Funding(models.TextChoices):
    ESF_PLUS = "esf_plus", _("European Social Fund Plus")
    MUNICIPALITY = "municipality", _("Municipality")
    EMPLOYER = "employer", _("Employer")
    PARTICIPANT = "participant", _("Participant pays")


class CourseFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BLENDED = "blended", _("Blended")


class CourseLanguage(models.TextChoices):
    LATVIAN = "lv", _("Latvian")
    ENGLISH = "en", _("English")


class CourseStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("course", "Draft")
    OPEN = "open", pgettext_lazy("course", "Open for applications")
    SELECTED = "selected", pgettext_lazy("course", "Participants selected")
    FINISHED = "finished", pgettext_lazy("course", "Finished")
    CANCELLED = "cancelled", pgettext_lazy("course", "Cancelled")


class Course(models.Model):
    """One run of a course in a city, with its places, application window and completion rules."""

    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="courses")
    title_lv = models.CharField(_("title (Latvian)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    description_lv = models.TextField(_("description (Latvian)"), max_length=5000, blank=True)
    description_en = models.TextField(_("description (English)"), max_length=5000, blank=True)
    provider = models.ForeignKey(
        Organisation, verbose_name=_("provider"), on_delete=models.PROTECT, related_name="courses_provided"
    )
    partner_employers = models.ManyToManyField(
        Organisation, verbose_name=_("partner employers"), blank=True, related_name="courses_partnered"
    )
    occupation = models.ForeignKey(
        Occupation,
        verbose_name=_("occupation it prepares for (ISCO-08)"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="courses",
    )
    skills = models.CharField(_("skills (ESCO)"), max_length=500, blank=True)
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.ADULTS
    )
    funding = models.CharField(_("funding"), max_length=20, choices=Funding.choices, default=Funding.ESF_PLUS)
    format = models.CharField(
        _("format"), max_length=20, choices=CourseFormat.choices, default=CourseFormat.IN_PERSON
    )
    language = models.CharField(
        _("language"), max_length=2, choices=CourseLanguage.choices, default=CourseLanguage.LATVIAN
    )
    hours = models.PositiveSmallIntegerField(_("hours"), validators=[MinValueValidator(1)])
    schedule = models.CharField(_("schedule"), max_length=200, blank=True)
    location = models.CharField(_("place"), max_length=200, blank=True)
    places = models.PositiveSmallIntegerField(_("places"), validators=[MinValueValidator(1)])
    co_payment = models.DecimalField(
        _("co-payment (EUR)"), max_digits=8, decimal_places=2, default=Decimal("0.00")
    )
    applications_open_at = models.DateTimeField(_("applications open"))
    applications_close_at = models.DateTimeField(_("applications close"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    min_age = models.PositiveSmallIntegerField(_("minimum age"), default=18)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), default=99)
    residents_only = models.BooleanField(_("only for residents of the city"), default=False)
    first_time_only = models.BooleanField(
        _("only for people who have not completed a course for the same occupation"), default=False
    )
    question_lv = models.CharField(_("question to applicants (Latvian)"), max_length=300, blank=True)
    question_en = models.CharField(_("question to applicants (English)"), max_length=300, blank=True)
    offer_days = models.PositiveSmallIntegerField(
        _("days to answer an offer"), default=5, validators=[MinValueValidator(1), MaxValueValidator(60)]
    )
    attendance_threshold = models.PositiveSmallIntegerField(
        _("attendance needed to complete (%)"),
        default=80,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    assessment_required = models.BooleanField(_("a passed final assessment is needed"), default=True)
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainers"), blank=True, related_name="courses_trained"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CourseStatus.choices, default=CourseStatus.DRAFT
    )
    # The lottery's commit and reveal (courses/ranking.py): the hash is public from opening, the secret
    # only after selection.
    lottery_secret = models.CharField(max_length=64, blank=True)
    lottery_commitment = models.CharField(_("lottery commitment (SHA-256)"), max_length=64, blank=True)
    lottery_seed = models.CharField(_("lottery seed"), max_length=64, blank=True)
    selected_at = models.DateTimeField(_("selected"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(applications_close_at__gt=models.F("applications_open_at")),
                name="course_window_order",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="course_dates_order"
            ),
            models.CheckConstraint(condition=Q(max_age__gte=models.F("min_age")), name="course_age_order"),
            models.CheckConstraint(condition=Q(co_payment__gte=0), name="course_co_payment_not_negative"),
        ]
        indexes = [models.Index(fields=["city", "status", "starts_on"])]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        opens, closes = self.applications_open_at, self.applications_close_at
        if opens and closes and closes <= opens:
            errors["applications_close_at"] = _("Applications must close after they open.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("A course cannot end before it starts.")
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            errors["max_age"] = _("The maximum age cannot be below the minimum age.")
        if errors:
            raise ValidationError(errors)

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def description(self) -> str:
        return localized(self, "description")

    @property
    def question(self) -> str:
        return localized(self, "question")

    def is_open_at(self, moment: dt.datetime) -> bool:
        return (
            self.status == CourseStatus.OPEN
            and self.applications_open_at <= moment < self.applications_close_at
        )  # type: ignore[operator]


class PriorityRuleKind(models.TextChoices):
    """The priority groups of the Latvian adult-learning scheme that a course may list, in its own order."""

    AGE_45_LOW_EDUCATION = "age45_low_education", _("Aged 45 or over with at most basic education")
    UNEMPLOYED = "unemployed", _("Unemployed")
    LONG_TERM_UNEMPLOYED = "long_term_unemployed", _("Long-term unemployed (12 months or more)")
    REFERRED = "referred", _("Referred by the State Employment Agency")
    DISABILITY = "disability", _("With a disability")
    RESIDENT = "resident", _("Resident of the city")
    EMPLOYED_LOW_SKILLED = "employed_low_skilled", _("Employed, with at most secondary education")


class PriorityRule(models.Model):
    """One priority group of a course: applicants in the first listed group are ranked first."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="priority_rules")
    order = models.PositiveSmallIntegerField(_("order"))
    kind = models.CharField(_("priority group"), max_length=30, choices=PriorityRuleKind.choices)

    class Meta:
        verbose_name = _("priority group")
        verbose_name_plural = _("priority groups")
        ordering = ["course", "order"]
        constraints = [
            models.UniqueConstraint(fields=["course", "order"], name="course_priority_order_unique"),
            models.UniqueConstraint(fields=["course", "kind"], name="course_priority_kind_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.get_kind_display()}"


# --- Entry data asked for by EU funders (ESF+ common indicators), each with "prefer not to say" ----------

PREFER_NOT = "prefer_not"


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class LabourStatus(models.TextChoices):
    EMPLOYED = "employed", _("Employed")
    SELF_EMPLOYED = "self_employed", _("Self-employed")
    UNEMPLOYED = "unemployed", _("Unemployed")
    LONG_TERM_UNEMPLOYED = "long_term_unemployed", _("Unemployed for 12 months or more")
    INACTIVE = "inactive", _("Not working and not looking for work")
    IN_EDUCATION = "in_education", _("In education")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class Education(models.TextChoices):
    ISCED_0_2 = "isced_0_2", _("At most basic education (ISCED 0–2)")
    ISCED_3_4 = "isced_3_4", _("Secondary or post-secondary (ISCED 3–4)")
    ISCED_5_8 = "isced_5_8", _("Higher education (ISCED 5–8)")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class YesNoPreferNot(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT, _("Prefer not to say")


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("course application", "Submitted")
    WAITLISTED = "waitlisted", pgettext_lazy("course application", "On the waiting list")
    OFFERED = "offered", pgettext_lazy("course application", "Offered a place")
    ACCEPTED = "accepted", pgettext_lazy("course application", "Participant")
    DECLINED = "declined", pgettext_lazy("course application", "Declined")
    EXPIRED = "expired", pgettext_lazy("course application", "Offer expired")
    WITHDRAWN = "withdrawn", pgettext_lazy("course application", "Withdrawn")
    DROPPED_OUT = "dropped_out", pgettext_lazy("course application", "Dropped out")
    COMPLETED = "completed", pgettext_lazy("course application", "Completed")
    NOT_COMPLETED = "not_completed", pgettext_lazy("course application", "Did not complete")


# Statuses that hold one of the course's places.
PLACE_STATUSES = frozenset({ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED})
# Statuses of people who started the course.
STARTED_STATUSES = frozenset(
    {
        ApplicationStatus.ACCEPTED,
        ApplicationStatus.DROPPED_OUT,
        ApplicationStatus.COMPLETED,
        ApplicationStatus.NOT_COMPLETED,
    }
)


class Application(models.Model):
    """A person's application for a course: answers, entry data, place in the ranking, and the result."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="applications")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="course_applications")
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.SUBMITTED
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    answer = models.TextField(_("answer"), max_length=2000, blank=True)
    referred_by_agency = models.BooleanField(_("referred by the State Employment Agency"), default=False)
    gender = models.CharField(_("gender"), max_length=20, choices=Gender.choices, default=PREFER_NOT)
    labour_status = models.CharField(
        _("labour-market status"), max_length=30, choices=LabourStatus.choices, default=PREFER_NOT
    )
    education = models.CharField(
        _("education level"), max_length=20, choices=Education.choices, default=PREFER_NOT
    )
    disadvantaged = models.CharField(
        _("disadvantaged situation"), max_length=20, choices=YesNoPreferNot.choices, default=PREFER_NOT
    )
    disability = models.CharField(
        _("disability"), max_length=20, choices=YesNoPreferNot.choices, default=PREFER_NOT
    )
    funder_consent = models.BooleanField(_("may be reported to the funder"), default=False)
    # Selection.
    priority_group = models.PositiveSmallIntegerField(_("priority group"), null=True, blank=True)
    staff_score = models.DecimalField(
        _("staff score"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    lottery_number = models.PositiveIntegerField(_("lottery number"), null=True, blank=True)
    rank = models.PositiveIntegerField(_("rank"), null=True, blank=True)
    offered_at = models.DateTimeField(_("offered"), null=True, blank=True)
    offer_deadline = models.DateTimeField(_("answer by"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    # Delivery and result.
    dropout_reason = models.CharField(_("reason for dropping out"), max_length=300, blank=True)
    assessment_passed = models.BooleanField(_("final assessment passed"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    certificate_number = models.CharField(_("certificate number"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("course application")
        verbose_name_plural = _("course applications")
        ordering = ["course", "rank", "submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["course", "person"], name="course_one_application_per_person"),
        ]
        indexes = [models.Index(fields=["course", "status"])]

    def __str__(self) -> str:
        return f"{self.course} · {self.person}"


class Session(models.Model):
    """One meeting of a course; participants may check in with the code shown in the room."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    topic = models.CharField(_("topic"), max_length=200, blank=True)
    check_in_code = models.CharField(_("check-in code"), max_length=8, blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["course", "starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="course_session_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course} · {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"


class Attendance(models.Model):
    """Whether a participant was at a session (one row per participant and session once marked)."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attendances")
    present = models.BooleanField(_("present"), default=False)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    marked_at = models.DateTimeField(_("marked"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "application"], name="course_attendance_once"),
        ]

    def __str__(self) -> str:
        return f"{self.session} · #{self.application_id}"


class OutcomeKind(models.TextChoices):
    INTERNSHIP = "internship", _("Internship")
    EMPLOYED = "employed", _("Employed")
    SELF_EMPLOYED = "self_employed", _("Self-employed")
    IN_EDUCATION = "in_education", _("In further education")
    NOT_EMPLOYED = "not_employed", _("Not employed")


class Checkpoint(models.TextChoices):
    AT_COMPLETION = "completion", _("At completion")
    MONTHS_6 = "months_6", _("6 months after")
    MONTHS_12 = "months_12", _("12 months after")


class JobOutcome(models.Model):
    """What a participant was doing at a checkpoint after the course (one row per checkpoint)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="job_outcomes")
    checkpoint = models.CharField(_("when"), max_length=20, choices=Checkpoint.choices)
    kind = models.CharField(_("situation"), max_length=20, choices=OutcomeKind.choices)
    employer = models.ForeignKey(
        Organisation,
        verbose_name=_("employer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="course_outcomes",
    )
    started_on = models.DateField(_("since"), null=True, blank=True)
    employer_name = models.CharField(_("employer (as told by the participant)"), max_length=200, blank=True)
    in_trained_occupation = models.BooleanField(_("in the trained occupation"), default=False)
    told_by_participant = models.BooleanField(_("told by the participant"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("job outcome")
        verbose_name_plural = _("job outcomes")
        ordering = ["application", "checkpoint"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "checkpoint"], name="course_outcome_once_per_checkpoint"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application} · {self.get_checkpoint_display()}"

    @property
    def is_work(self) -> bool:
        return self.kind in {OutcomeKind.INTERNSHIP, OutcomeKind.EMPLOYED, OutcomeKind.SELF_EMPLOYED}


class FollowUp(models.Model):
    """A question by e-mail 6 or 12 months after completion, answered once through a link whose token is
    stored only as its SHA-256 hash."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="follow_ups")
    checkpoint = models.CharField(_("when"), max_length=20, choices=Checkpoint.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(_("sent"))
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        constraints = [
            models.UniqueConstraint(fields=["application", "checkpoint"], name="course_follow_up_once"),
        ]

    def __str__(self) -> str:
        return f"{self.application} · {self.get_checkpoint_display()}"
