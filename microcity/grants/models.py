"""Innovation grants (ZĪLE): calls with strands, questions and criteria; applications with their budget,
de minimis declaration and review; the award, the agreement, the final report and the payments."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import City, Organisation, localized
from microcity.grantmaths import money

MONEY: dict[str, Any] = {"max_digits": 12, "decimal_places": 2}
SHARE: dict[str, Any] = {"max_digits": 5, "decimal_places": 4}


class CallStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("grant call", "Draft")
    PUBLISHED = "published", pgettext_lazy("grant call", "Published")
    DECIDED = "decided", pgettext_lazy("grant call", "Decided")
    CLOSED = "closed", pgettext_lazy("grant call", "Closed")


class Call(models.Model):
    """One call for applications of a city (konkurss), with its rules; see `microcity.grantmaths`."""

    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="grant_calls"
    )
    title_lv = models.CharField(_("title (Latvian)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    text_lv = models.TextField(_("text (Latvian)"), max_length=20000, blank=True)
    text_en = models.TextField(_("text (English)"), max_length=20000, blank=True)
    budget = models.DecimalField(
        _("total budget (EUR)"), **MONEY, validators=[MinValueValidator(Decimal("0"))]
    )
    opens_at = models.DateTimeField(pgettext_lazy("grant call", "opens"))
    closes_at = models.DateTimeField(pgettext_lazy("grant call", "closes"))
    advance_share = models.DecimalField(
        _("advance share"),
        **SHARE,
        default=Decimal("0.30"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_("The share of the award paid in advance when the agreement is signed, e.g. 0.30."),
    )
    implementation_deadline = models.DateField(_("implementation deadline"))
    reviewers_per_application = models.PositiveSmallIntegerField(
        _("evaluators per application"), default=2, validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    disagreement_margin = models.DecimalField(
        _("disagreement margin (points of 100)"), max_digits=5, decimal_places=2, default=Decimal("20")
    )
    registered_in_city_required = models.BooleanField(
        _("must be registered in the municipality"), default=True
    )
    excluded_sectors = models.CharField(
        _("excluded sectors (NACE codes)"),
        max_length=300,
        blank=True,
        help_text=_(
            "Sectors the de minimis regulation excludes, e.g. A01, A03 (primary agriculture, fisheries)."
        ),
    )
    report_template = models.TextField(_("report template"), max_length=5000, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CallStatus.choices, default=CallStatus.DRAFT
    )
    first_submission_at = models.DateTimeField(_("first submission"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("grant call")
        verbose_name_plural = _("grant calls")
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")), name="grant_call_closes_after_opening"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def text(self) -> str:
        return localized(self, "text")

    def is_open(self, now: object = None) -> bool:
        moment = now or timezone.now()
        return self.status == CallStatus.PUBLISHED and self.opens_at <= moment < self.closes_at  # type: ignore[operator]

    @property
    def is_public(self) -> bool:
        return self.status != CallStatus.DRAFT


class Strand(models.Model):
    """A strand of a call (programmas virziens) with its limits on one grant."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="strands")
    name_lv = models.CharField(_("name (Latvian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)
    min_amount = models.DecimalField(_("smallest grant (EUR)"), **MONEY, default=Decimal("0"))
    max_amount = models.DecimalField(_("largest grant (EUR)"), **MONEY)
    min_intensity = models.DecimalField(
        _("lowest aid intensity"),
        **SHARE,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
    )
    max_intensity = models.DecimalField(
        _("highest aid intensity"),
        **SHARE,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("1"))],
        help_text=_("The largest share of eligible costs the grant may cover, e.g. 0.80."),
    )
    max_company_age_years = models.PositiveSmallIntegerField(
        _("company younger than (years)"), null=True, blank=True
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("strand")
        verbose_name_plural = _("strands")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_amount__gte=models.F("min_amount")), name="grant_strand_amounts"
            ),
            models.CheckConstraint(
                condition=Q(max_intensity__gte=models.F("min_intensity")), name="grant_strand_intensity"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def rules(self) -> money.StrandRules:
        return money.StrandRules(
            min_amount=self.min_amount,
            max_amount=self.max_amount,
            max_intensity=self.max_intensity,
            min_intensity=self.min_intensity,
        )


class Criterion(models.Model):
    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="criteria")
    name_lv = models.CharField(_("name (Latvian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    weight = models.DecimalField(
        _("weight"), max_digits=5, decimal_places=2, validators=[MinValueValidator(Decimal("0.01"))]
    )
    max_score = models.PositiveSmallIntegerField(
        _("highest score"), validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("evaluation criterion")
        verbose_name_plural = _("evaluation criteria")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")


class QuestionKind(models.TextChoices):
    TEXT = "text", _("Text")
    NUMBER = "number", _("Number")
    MONEY = "money", _("Amount of money")
    DATE = "date", _("Date")
    CHOICE = "choice", _("Choice")
    YES_NO = "yes_no", _("Yes or no")


class Question(models.Model):
    """A question of the application form, in an ordered section."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="questions")
    section_lv = models.CharField(_("section (Latvian)"), max_length=150)
    section_en = models.CharField(_("section (English)"), max_length=150)
    text_lv = models.CharField(_("question (Latvian)"), max_length=500)
    text_en = models.CharField(_("question (English)"), max_length=500)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.TEXT)
    word_limit = models.PositiveIntegerField(_("word limit"), null=True, blank=True)
    choices = models.TextField(_("choices, one a line"), max_length=2000, blank=True)
    required = models.BooleanField(_("required"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        return localized(self, "text")

    @property
    def section(self) -> str:
        return localized(self, "section")

    @property
    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("application", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("application", "Submitted")
    RETURNED = "returned", pgettext_lazy("application", "Returned for information")
    WITHDRAWN = "withdrawn", pgettext_lazy("application", "Withdrawn")
    INELIGIBLE = "ineligible", pgettext_lazy("application", "Ineligible")
    ELIGIBLE = "eligible", pgettext_lazy("application", "In review")
    FUNDED = "funded", pgettext_lazy("application", "Funded")
    NOT_FUNDED = "not_funded", pgettext_lazy("application", "Not funded")
    CONTRACTED = "contracted", pgettext_lazy("application", "Agreement signed")
    COMPLETED = "completed", pgettext_lazy("application", "Completed")


class Application(models.Model):
    """An organisation's application to a call, made by a person who represents it."""

    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="applications")
    strand = models.ForeignKey(
        Strand, verbose_name=_("strand"), on_delete=models.PROTECT, related_name="applications"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="grant_applications",
    )
    # The application is the organisation's: it stays when the person who made it deletes their account.
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applicant"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="grant_applications",
    )
    number = models.CharField(_("number"), max_length=30, blank=True)
    title = models.CharField(_("project title"), max_length=200)
    summary = models.TextField(_("project summary"), max_length=3000, blank=True)
    company_registered_on = models.DateField(_("company registered on"), null=True, blank=True)
    sector = models.CharField(_("sector (NACE code)"), max_length=10, blank=True)
    requested = models.DecimalField(_("grant requested (EUR)"), **MONEY, default=Decimal("0"))
    # Sums of the budget's rounded lines, kept with them by the services (lists and exports read these).
    total_cost = models.DecimalField(_("total costs (EUR)"), **MONEY, default=Decimal("0"))
    eligible_cost = models.DecimalField(_("eligible costs (EUR)"), **MONEY, default=Decimal("0"))
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    linked_undertakings = models.TextField(
        _("linked companies (single undertaking)"),
        max_length=2000,
        blank=True,
        help_text=_(
            "Companies linked to yours, one a line with the registration number; none if there are none."
        ),
    )
    deminimis_declared = models.BooleanField(_("de minimis declaration made"), default=False)
    consent = models.BooleanField(_("consent to processing"), default=False)
    truthful = models.BooleanField(_("statement of truthfulness"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_snapshot = models.JSONField(default=dict, blank=True)
    screening = models.JSONField(_("screening checklist"), default=dict, blank=True)
    ineligible_reason = models.TextField(_("reason"), max_length=2000, blank=True)
    average_score = models.DecimalField(
        _("average score"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    score_spread = models.DecimalField(_("spread"), max_digits=5, decimal_places=2, null=True, blank=True)
    award = models.DecimalField(_("award (EUR)"), **MONEY, null=True, blank=True)
    award_reason = models.TextField(_("reason of the decision"), max_length=2000, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("grant application")
        verbose_name_plural = _("grant applications")
        ordering = ["-submitted_at", "-pk"]
        indexes = [
            models.Index(fields=["call", "status"]),
            models.Index(fields=["call", "-average_score"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(requested__gte=0), name="grant_application_requested_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(award__isnull=True) | Q(award__gte=0), name="grant_application_award_not_negative"
            ),
            models.UniqueConstraint(
                fields=["call", "number"], condition=~Q(number=""), name="grant_application_number_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number or self.pk} · {self.title}"

    @property
    def money_lines(self) -> list[money.Line]:
        return [line.as_money() for line in self.budget_lines.all()]

    def totals(self) -> money.BudgetTotals:
        return money.budget_totals(self.money_lines, requested=self.requested)


class BudgetLine(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="budget_lines")
    description = models.CharField(_("cost item"), max_length=200)
    quantity = models.DecimalField(
        _("quantity"),
        max_digits=10,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("99999999"))],
    )
    unit_price = models.DecimalField(
        _("unit price (EUR)"),
        **MONEY,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("9999999"))],
    )
    eligible = models.BooleanField(_("eligible"), default=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.description

    def as_money(self) -> money.Line:
        return money.Line(quantity=self.quantity, unit_price=self.unit_price, eligible=self.eligible)

    @property
    def cost(self) -> Decimal:
        return self.as_money().cost


class PriorAid(models.Model):
    """A row of the de minimis declaration: aid the single undertaking received before."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="prior_aid")
    undertaking = models.CharField(_("company"), max_length=200)
    granting_body = models.CharField(_("granted by"), max_length=200)
    granted_on = models.DateField(_("granted on"))
    amount = models.DecimalField(_("amount (EUR)"), **MONEY, validators=[MinValueValidator(Decimal("0"))])

    class Meta:
        verbose_name = _("de minimis aid received")
        verbose_name_plural = _("de minimis aid received")
        ordering = ["-granted_on", "pk"]

    def __str__(self) -> str:
        return f"{self.undertaking} · {self.granted_on}"


class InfoRequest(models.Model):
    """The coordinator's question on a returned application and the applicant's answer, kept as history."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="info_requests")
    question = models.TextField(_("question"), max_length=3000)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    asked_at = models.DateTimeField(_("asked"), default=timezone.now)
    answer = models.TextField(_("answer"), max_length=5000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]

    def __str__(self) -> str:
        return f"{self.application_id} · {self.asked_at:%Y-%m-%d}"


class Review(models.Model):
    """One evaluator's review of one application: a declared conflict, or a score per criterion."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    evaluator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="grant_reviews"
    )
    assigned_at = models.DateTimeField(_("assigned"), default=timezone.now)
    conflict = models.BooleanField(_("conflict of interest declared"), default=False)
    conflict_reason = models.CharField(_("conflict of interest"), max_length=500, blank=True)
    no_conflict_confirmed = models.BooleanField(_("no conflict of interest confirmed"), default=False)
    submitted_at = models.DateTimeField(_("scores submitted"), null=True, blank=True)
    total = models.DecimalField(_("total score"), max_digits=5, decimal_places=2, null=True, blank=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["assigned_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "evaluator"], name="grant_review_once_per_evaluator"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application_id} · {self.evaluator_id}"


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    score = models.PositiveSmallIntegerField(_("score"))
    comment = models.TextField(_("comment"), max_length=3000)

    class Meta:
        ordering = ["criterion__order", "criterion_id"]
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="grant_score_once")]

    def __str__(self) -> str:
        return f"{self.review_id} · {self.criterion_id}: {self.score}"


class Agreement(models.Model):
    application = models.OneToOneField(Application, on_delete=models.PROTECT, related_name="agreement")
    number = models.CharField(_("agreement number"), max_length=40, unique=True)
    signed_on = models.DateField(_("signed on"))
    amount = models.DecimalField(_("grant (EUR)"), **MONEY)
    intensity = models.DecimalField(_("aid intensity"), **SHARE)
    advance = models.DecimalField(_("advance (EUR)"), **MONEY)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("grant agreement")
        verbose_name_plural = _("grant agreements")

    def __str__(self) -> str:
        return self.number


class ReportStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("report", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("report", "Submitted")
    RETURNED = "returned", pgettext_lazy("report", "Returned for changes")
    ACCEPTED = "accepted", pgettext_lazy("report", "Accepted")


class Report(models.Model):
    """The final report of a funded project, with its actual costs and KPI figures."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="report")
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    done = models.TextField(_("what was done"), max_length=5000, blank=True)
    results = models.TextField(_("results"), max_length=5000, blank=True)
    actual_eligible = models.DecimalField(_("actual eligible costs (EUR)"), **MONEY, default=Decimal("0"))
    actual_total = models.DecimalField(_("actual total costs (EUR)"), **MONEY, default=Decimal("0"))
    jobs_created = models.PositiveIntegerField(_("jobs created"), default=0)
    new_products = models.PositiveIntegerField(_("new products or services"), default=0)
    turnover = models.DecimalField(_("turnover (EUR)"), **MONEY, default=Decimal("0"))
    exports = models.DecimalField(_("exports (EUR)"), **MONEY, default=Decimal("0"))
    accepted_eligible = models.DecimalField(
        _("accepted eligible costs (EUR)"), **MONEY, null=True, blank=True
    )
    coordinator_note = models.TextField(_("coordinator's note"), max_length=3000, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("final report")
        verbose_name_plural = _("final reports")

    def __str__(self) -> str:
        return f"{self.application_id} · {self.status}"


class PaymentKind(models.TextChoices):
    ADVANCE = "advance", _("Advance")
    FINAL = "final", _("Final payment")
    RECOVERY = "recovery", _("Recovery")


class Payment(models.Model):
    """A payment order (or a recovery order) for a grant."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="payments")
    kind = models.CharField(_("kind"), max_length=10, choices=PaymentKind.choices)
    amount = models.DecimalField(_("amount (EUR)"), **MONEY, validators=[MinValueValidator(Decimal("0"))])
    ordered_on = models.DateField(_("ordered on"))
    ordered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["ordered_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["application", "kind"], name="grant_payment_once_per_kind"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="grant_payment_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.application_id} · {self.kind} · {self.amount}"


def attachment_upload_to(instance: Attachment, filename: str) -> str:
    return f"grants/{instance.application_id}/{filename}"


class Attachment(models.Model):
    """A file attached to an application, checked by content on upload (core.uploads); a random stored
    name, the original name kept for display."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_upload_to, max_length=250)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=120)
    size = models.PositiveIntegerField(_("size"))
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name


class FollowUp(models.Model):
    """The KPI figures asked again 12 months after the final payment, answered once through a link whose
    token is the only key (the company's people need not sign in)."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="follow_up")
    token = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    jobs_created = models.PositiveIntegerField(_("jobs created"), null=True, blank=True)
    new_products = models.PositiveIntegerField(_("new products or services"), null=True, blank=True)
    turnover = models.DecimalField(_("turnover (EUR)"), **MONEY, null=True, blank=True)
    exports = models.DecimalField(_("exports (EUR)"), **MONEY, null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up of results")
        verbose_name_plural = _("follow-ups of results")

    def __str__(self) -> str:
        return f"{self.application_id} · {self.sent_at:%Y-%m-%d}"
