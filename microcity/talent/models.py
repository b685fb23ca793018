"""Jobs posted by local employers, and job alerts that people subscribe to by e-mail."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.links import site_url
from microcity.core.models import City, Occupation, Organisation


class EmploymentType(models.TextChoices):
    FULL_TIME = "full_time", _("Full-time")
    PART_TIME = "part_time", _("Part-time")
    TEMPORARY = "temporary", _("Temporary")
    SEASONAL = "seasonal", _("Seasonal")
    INTERNSHIP = "internship", _("Internship")


# schema.org JobPosting employmentType values.
SCHEMA_EMPLOYMENT_TYPE: dict[str, str] = {
    EmploymentType.FULL_TIME: "FULL_TIME",
    EmploymentType.PART_TIME: "PART_TIME",
    EmploymentType.TEMPORARY: "TEMPORARY",
    EmploymentType.SEASONAL: "TEMPORARY",
    EmploymentType.INTERNSHIP: "INTERN",
}


class WorkplaceType(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class JobStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("job advert", "Draft")
    PENDING = "pending", pgettext_lazy("job advert", "Waiting for approval")
    RETURNED = "returned", pgettext_lazy("job advert", "Returned for changes")
    PUBLISHED = "published", pgettext_lazy("job advert", "Published")
    WITHDRAWN = "withdrawn", pgettext_lazy("job advert", "Withdrawn")
    EXPIRED = "expired", pgettext_lazy("job advert", "Expired")


LANGUAGE_CHOICES = [("lv", _("Latvian")), ("en", _("English")), ("ru", _("Russian")), ("de", _("German"))]


class Job(models.Model):
    """A vacancy of a local employer; public once an editor approves it, until its deadline passes."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("employer"), on_delete=models.PROTECT, related_name="jobs"
    )
    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="jobs")
    title = models.CharField(_("job title"), max_length=150)
    occupation = models.ForeignKey(
        Occupation,
        verbose_name=_("occupation (ISCO-08)"),
        on_delete=models.PROTECT,
        related_name="jobs",
        limit_choices_to={"level": 4},
    )
    description = models.TextField(_("description"))
    requirements = models.TextField(_("requirements"))
    skills = models.CharField(
        _("skills"), max_length=300, blank=True, help_text=_("Separate skills with commas.")
    )
    languages = models.JSONField(_("languages required"), default=list, blank=True)
    employment_type = models.CharField(_("employment type"), max_length=20, choices=EmploymentType.choices)
    workplace_type = models.CharField(
        _("workplace"), max_length=10, choices=WorkplaceType.choices, default=WorkplaceType.ON_SITE
    )
    address = models.CharField(_("address"), max_length=250)
    # Latvian law requires the gross monthly pay range in every job advertisement.
    salary_min = models.DecimalField(
        _("gross monthly salary from (EUR)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(1)],
    )
    salary_max = models.DecimalField(
        _("gross monthly salary to (EUR)"), max_digits=8, decimal_places=2, validators=[MinValueValidator(1)]
    )
    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("Empty: as soon as possible.")
    )
    deadline = models.DateField(_("application deadline"))
    how_to_apply = models.TextField(_("how to apply"))
    apply_email = models.EmailField(_("apply by e-mail"), blank=True)
    apply_url = models.URLField(_("apply online"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=JobStatus.choices, default=JobStatus.DRAFT)
    return_reason = models.TextField(_("reason for returning"), blank=True)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["city", "status", "deadline"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_max__gte=F("salary_min")), name="job_salary_range_ordered"
            ),
            models.CheckConstraint(condition=Q(salary_min__gt=0), name="job_salary_positive"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60] or "job"

    @property
    def is_open(self) -> bool:
        return self.status == JobStatus.PUBLISHED and self.deadline >= timezone.localdate()

    def skill_list(self) -> list[str]:
        return [s.strip() for s in self.skills.split(",") if s.strip()]

    def language_labels(self) -> list[str]:
        names = dict(LANGUAGE_CHOICES)
        return [str(names.get(code, code)) for code in self.languages]


def _token() -> str:
    return secrets.token_urlsafe(24)


class JobAlert(models.Model):
    """A saved search: at most one e-mail a day with new matching jobs, after the address is confirmed."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="job_alerts")
    email = models.EmailField(_("e-mail"))
    query = models.CharField(_("search words"), max_length=200, blank=True)
    filters = models.JSONField(default=dict, blank=True)
    language = models.CharField(max_length=2, default="lv")
    token = models.CharField(max_length=64, unique=True, default=_token)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    last_emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("job alert")
        verbose_name_plural = _("job alerts")
        indexes = [models.Index(fields=["confirmed_at", "unsubscribed_at"])]

    def __str__(self) -> str:
        return f"{self.email}: {self.query}"

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


# --- The living guide (Wagtail pages) -------------------------------------------------------------

from django.http import HttpRequest  # noqa: E402
from django.urls import reverse  # noqa: E402
from wagtail.admin.panels import FieldPanel  # noqa: E402
from wagtail.fields import RichTextField  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail.search import index  # noqa: E402


class GuideTopic(models.TextChoices):
    HOUSING = "housing", _("Housing and specialist flats")
    SCHOOLS = "schools", _("Schools and kindergartens")
    HEALTHCARE = "healthcare", _("Healthcare")
    LEISURE = "leisure", _("Leisure")
    DOCUMENTS = "documents", _("Documents and practicalities")
    FAQ = "faq", _("Frequently asked questions")


class _CityPageMixin:
    """Guide pages are served at /<lang>/<city>/living/…, not by Wagtail's site tree."""

    def guide_index(self) -> LivingGuideIndexPage:
        raise NotImplementedError

    def get_url_parts(self, request: HttpRequest | None = None) -> tuple[int | None, str, str] | None:
        index_page = self.guide_index()
        language = index_page.locale.language_code
        with translation_override(language):
            if index_page.pk == getattr(self, "pk", None):
                path = reverse("talent:living", kwargs={"city": index_page.city.slug})
            else:
                path = reverse(
                    "talent:living_page",
                    kwargs={"city": index_page.city.slug, "slug": getattr(self, "slug", "")},
                )
        return (None, site_url(), path)


def translation_override(language: str) -> Any:
    from django.utils import translation

    return translation.override(language)


class LivingGuideIndexPage(_CityPageMixin, Page):  # type: ignore[misc]
    """A city's living guide in one language: the topics and the stories of people who moved."""

    city: models.ForeignKey[City, City] = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+"
    )
    intro: models.TextField[str, str] = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("city"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["talent.GuidePage", "talent.StoryPage"]
    template = "talent/living_index.html"

    class Meta:
        verbose_name = _("living guide")
        verbose_name_plural = _("living guides")

    def guide_index(self) -> LivingGuideIndexPage:
        return self

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().specific()
        context["topics"] = [p for p in children if isinstance(p, GuidePage)]
        context["stories"] = [p for p in children if isinstance(p, StoryPage)]
        context["city"] = self.city
        return context


class GuidePage(_CityPageMixin, Page):  # type: ignore[misc]
    topic: models.CharField[str, str] = models.CharField(
        _("topic"), max_length=20, choices=GuideTopic.choices
    )
    summary: models.TextField[str, str] = models.TextField(_("summary"), max_length=500)
    body = RichTextField(_("text"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    content_panels = [*Page.content_panels, FieldPanel("topic"), FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["talent.LivingGuideIndexPage"]
    subpage_types: list[str] = []
    template = "talent/guide_page.html"

    class Meta:
        verbose_name = _("guide page")
        verbose_name_plural = _("guide pages")

    def guide_index(self) -> LivingGuideIndexPage:
        return LivingGuideIndexPage.objects.select_related("city", "locale").get(pk=self.get_parent().pk)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["guide"] = self.guide_index()
        context["city"] = context["guide"].city
        return context


class StoryPage(_CityPageMixin, Page):  # type: ignore[misc]
    person: models.CharField[str, str] = models.CharField(_("who moved"), max_length=200)
    summary: models.TextField[str, str] = models.TextField(_("summary"), max_length=500)
    body = RichTextField(_("story"), features=["h2", "bold", "italic", "ul", "link"])

    content_panels = [*Page.content_panels, FieldPanel("person"), FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["talent.LivingGuideIndexPage"]
    subpage_types: list[str] = []
    template = "talent/story_page.html"

    class Meta:
        verbose_name = _("story of a person who moved")
        verbose_name_plural = _("stories of people who moved")

    def guide_index(self) -> LivingGuideIndexPage:
        return LivingGuideIndexPage.objects.select_related("city", "locale").get(pk=self.get_parent().pk)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["guide"] = self.guide_index()
        context["city"] = context["guide"].city
        return context


# --- Relocation contact point --------------------------------------------------------------------


class CaseStage(models.TextChoices):
    NEW = "new", pgettext_lazy("relocation case", "New")
    IN_CONSULTATION = "in_consultation", pgettext_lazy("relocation case", "In consultation")
    OFFER_SENT = "offer_sent", pgettext_lazy("relocation case", "Offer sent")
    DECIDED = "decided", pgettext_lazy("relocation case", "Decided to move")
    MOVED = "moved", pgettext_lazy("relocation case", "Moved")
    SETTLED_6 = "settled_6", pgettext_lazy("relocation case", "Settled at 6 months")
    SETTLED_12 = "settled_12", pgettext_lazy("relocation case", "Settled at 12 months")
    CLOSED = "closed", pgettext_lazy("relocation case", "Closed")


class CloseReason(models.TextChoices):
    OTHER_PLACE = "other_place", _("Chose another place")
    NO_JOB = "no_job", _("No suitable job")
    FAMILY = "family", _("Family reasons")
    UNREACHABLE = "unreachable", _("Unreachable")
    OTHER = "other", _("Other")


class RelocationCase(models.Model):
    """A person considering a move to the city, walked through it by a consultant of the contact point."""

    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="relocation_cases"
    )
    person = models.ForeignKey(
        "core.Person", verbose_name=_("person"), on_delete=models.PROTECT, related_name="relocation_cases"
    )
    consultant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consultant"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="relocation_cases",
    )
    stage = models.CharField(_("stage"), max_length=20, choices=CaseStage.choices, default=CaseStage.NEW)
    close_reason = models.CharField(
        _("reason for closing"), max_length=20, choices=CloseReason.choices, blank=True
    )
    profession = models.CharField(_("profession"), max_length=200)
    moving_from = models.CharField(_("where from"), max_length=200)
    partner_profession = models.CharField(_("spouse's or partner's profession"), max_length=200, blank=True)
    children = models.CharField(
        _("children's ages and school or kindergarten needs"), max_length=500, blank=True
    )
    housing_needs = models.TextField(_("housing needs"), blank=True, max_length=2000)
    planned_move = models.DateField(_("planned move date"), null=True, blank=True)
    languages = models.CharField(_("languages"), max_length=200, blank=True)
    message = models.TextField(_("message"), blank=True, max_length=4000)
    language = models.CharField(_("language of contact"), max_length=2, default="lv")
    consent_given_at = models.DateTimeField(_("consent given"))
    moved_on = models.DateField(_("moved on"), null=True, blank=True)
    employer = models.ForeignKey(
        Organisation,
        verbose_name=_("employer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("relocation case")
        verbose_name_plural = _("relocation cases")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["city", "stage", "-updated_at"], name="case_city_stage_updated"),
            models.Index(fields=["consultant", "stage", "-updated_at"], name="case_consultant_stage_upd"),
            models.Index(fields=["city", "created_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(stage="closed") | ~Q(close_reason=""), name="case_closed_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return _("Case %(n)s") % {"n": self.pk}


class CaseEventKind(models.TextChoices):
    NOTE = "note", _("Note")
    CALL = "call", _("Call")
    EMAIL = "email", _("E-mail")
    TASK = "task", _("Task")
    STAGE = "stage", _("Stage change")
    OFFER = "offer", _("Personal offer")


class CaseEvent(models.Model):
    """One entry of a case's timeline; a task has a due date and is done or not."""

    case = models.ForeignKey(RelocationCase, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=10, choices=CaseEventKind.choices)
    text = models.TextField(_("text"), max_length=4000)
    due_on = models.DateField(_("due"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["kind", "done_at", "due_on"]),
            # The board's "tasks due": open tasks in due order, so that the first 50 are found without a sort.
            models.Index(
                fields=["due_on", "id"],
                condition=Q(kind="task", done_at__isnull=True),
                name="case_event_open_task_due",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="task") | Q(due_on__isnull=False), name="case_task_has_due_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:40]}"


class PersonalOffer(models.Model):
    """What the consultant picked for the person: jobs for them and their partner, housing, schools."""

    case = models.ForeignKey(RelocationCase, on_delete=models.CASCADE, related_name="offers")
    jobs = models.ManyToManyField(Job, verbose_name=_("jobs for the person"), blank=True, related_name="+")
    partner_jobs = models.ManyToManyField(
        Job, verbose_name=_("jobs for the spouse or partner"), blank=True, related_name="+"
    )
    housing = models.TextField(_("housing"), blank=True)
    schools = models.TextField(_("schools and kindergartens"), blank=True)
    message = models.TextField(_("personal message"), blank=True)
    language = models.CharField(_("language"), max_length=2, default="lv")
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("personal offer")
        verbose_name_plural = _("personal offers")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return _("Offer for case %(n)s") % {"n": self.case_id}
