"""Materials with their files, versions, review comments, collections, favourites and class use."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import Occupation


class MaterialType(models.TextChoices):
    LESSON_PLAN = "lesson_plan", _("Lesson plan")
    WORKSHEET = "worksheet", _("Worksheet")
    PRESENTATION = "presentation", _("Presentation")
    VIDEO = "video", _("Video")
    GAME = "game", _("Game")
    QUESTIONNAIRE = "questionnaire", _("Questionnaire")
    METHOD = "method", _("Method")
    PARENT_GUIDE = "parent_guide", _("Guide for parents")


class GradeBand(models.TextChoices):
    PRESCHOOL = "preschool", _("Pre-school")
    G1_3 = "1-3", _("Grades 1–3")
    G4_6 = "4-6", _("Grades 4–6")
    G7_9 = "7-9", _("Grades 7–9")
    G10_12 = "10-12", _("Grades 10–12")
    VOCATIONAL = "vocational", _("Vocational education")


class SkillArea(models.TextChoices):
    SELF_KNOWLEDGE = "self_knowledge", _("Self-knowledge")
    EXPLORING = "exploring", _("Exploring opportunities")
    PLANNING = "planning", _("Planning and decisions")


class Licence(models.TextChoices):
    CC_BY = "cc-by", _("CC BY 4.0")
    CC_BY_SA = "cc-by-sa", _("CC BY-SA 4.0")
    CC_BY_NC = "cc-by-nc", _("CC BY-NC 4.0")
    CC_BY_NC_SA = "cc-by-nc-sa", _("CC BY-NC-SA 4.0")
    CC0 = "cc0", _("CC0 (public domain)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


class ContentLanguage(models.TextChoices):
    LATVIAN = "lv", _("Latvian")
    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")


class MaterialStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("material", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("material", "In review")
    RETURNED = "returned", pgettext_lazy("material", "Returned for changes")
    PUBLISHED = "published", pgettext_lazy("material", "Published")
    ARCHIVED = "archived", pgettext_lazy("material", "Archived")


class Material(models.Model):
    """A lesson plan, worksheet, video … for career education; public only once an editor publishes it."""

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1000)
    body = models.TextField(_("description and instructions"), blank=True)
    material_type = models.CharField(_("type"), max_length=20, choices=MaterialType.choices)
    grade_bands = models.JSONField(_("grade bands"), default=list)
    skill_areas = models.JSONField(_("career-skill areas"), default=list)
    subjects = models.CharField(
        _("subjects"), max_length=250, blank=True, help_text=_("Separate subjects with commas.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
    )
    language = models.CharField(_("language"), max_length=2, choices=ContentLanguage.choices, default="lv")
    authors = models.CharField(_("authors"), max_length=250)
    licence = models.CharField(_("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY)
    occupations = models.ManyToManyField(
        Occupation, verbose_name=_("linked professions"), blank=True, related_name="materials"
    )
    video_urls = models.JSONField(_("video links"), default=list, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="materials",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MaterialStatus.choices, default=MaterialStatus.DRAFT
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    view_count = models.PositiveIntegerField(_("views"), default=0)
    download_count = models.PositiveIntegerField(_("downloads"), default=0)
    use_count = models.PositiveIntegerField(_("used with a class"), default=0)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["status", "-published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="material_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60] or "material"

    @property
    def is_published(self) -> bool:
        return self.status == MaterialStatus.PUBLISHED

    def grade_band_labels(self) -> list[str]:
        return [str(GradeBand(value).label) for value in self.grade_bands if value in GradeBand.values]

    def skill_area_labels(self) -> list[str]:
        return [str(SkillArea(value).label) for value in self.skill_areas if value in SkillArea.values]


def material_upload_to(instance: MaterialFile, filename: str) -> str:
    return f"materials/{instance.material_id}/{filename}"


class MaterialFile(models.Model):
    """A file of a material, checked by content on upload, with its text extracted for search."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), upload_to=material_upload_to, max_length=250)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=120)
    size = models.PositiveIntegerField(_("size"))
    extracted_text = models.TextField(blank=True)
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("material file")
        verbose_name_plural = _("material files")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.original_name


class MaterialVersion(models.Model):
    """A snapshot of a material as it was submitted or published; earlier versions are kept."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    snapshot = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Reason(models.TextChoices):
        # Said of the material (materiāls: masculine in Latvian).
        EDITED = "edited", pgettext_lazy("material version", "edited")
        SUBMITTED = "submitted", pgettext_lazy("material version", "submitted")
        PUBLISHED = "published", pgettext_lazy("material version", "published")

    created_at = models.DateTimeField(default=timezone.now)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)

    class Meta:
        verbose_name = _("material version")
        verbose_name_plural = _("material versions")
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["material", "number"], name="material_version_unique")]

    def __str__(self) -> str:
        return f"{self.material} v{self.number}"


class ReviewComment(models.Model):
    """An editor's comment or decision on a submission, shown to its author."""

    class Decision(models.TextChoices):
        COMMENT = "comment", _("Comment")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="review_comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("comment"))
    decision = models.CharField(max_length=20, choices=Decision.choices, default=Decision.COMMENT)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("review comment")
        verbose_name_plural = _("review comments")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.text[:60]


class Collection(models.Model):
    """A curated series of materials, e.g. a lesson series for grade 9."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="material_collections"
    )
    is_public = models.BooleanField(_("public"), default=False)
    materials = models.ManyToManyField(  # type: ignore[var-annotated]
        Material, through="CollectionItem", related_name="collections"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        ordering = ["title", "pk"]

    def __str__(self) -> str:
        return self.title


class CollectionItem(models.Model):
    collection = models.ForeignKey(Collection, on_delete=models.CASCADE, related_name="items")
    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["collection", "material"], name="collection_item_unique")
        ]

    def __str__(self) -> str:
        return f"{self.collection_id}:{self.material_id}"


class Favourite(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="favourite_materials"
    )
    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="favourites")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "material"], name="favourite_unique")]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.material_id}"


class ClassUse(models.Model):
    """A teacher used the material with a class; optional feedback helps other teachers."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="material_uses")
    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="uses")
    used_on = models.DateField(_("date used"), default=timezone.localdate)
    grade = models.PositiveSmallIntegerField(
        _("grade"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    rating = models.PositiveSmallIntegerField(
        _("how useful was it (1–5)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    feedback = models.TextField(_("feedback for other teachers"), blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("use with a class")
        verbose_name_plural = _("uses with a class")
        ordering = ["-used_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.material} · {self.used_on}"
