"""A barrier report: someone tells the city that part of the site is not accessible to them. It reaches the
city's content editors as a task with a reply deadline (the statement's `reply_within_days`)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import City


class ReportStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("barrier report", "New")
    IN_PROGRESS = "in_progress", pgettext_lazy("barrier report", "In progress")
    ANSWERED = "answered", pgettext_lazy("barrier report", "Answered")


class BarrierReport(models.Model):
    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="barrier_reports", verbose_name=_("city")
    )
    page_url = models.CharField(_("page or document"), max_length=500, blank=True)
    description = models.TextField(_("what is the barrier"))
    assistive_technology = models.CharField(_("assistive technology used"), max_length=200, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail for the answer"))
    language = models.CharField(_("language of the answer"), max_length=2, default="lv")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.NEW
    )
    reply_by = models.DateField(_("answer by"))
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    reply = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("barrier report")
        verbose_name_plural = _("barrier reports")
        ordering = ["reply_by", "pk"]
        indexes = [models.Index(fields=["city", "status", "reply_by"], name="accessibility_open_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="answered") | models.Q(answered_at__isnull=False),
                name="accessibility_answered_has_time",
            )
        ]

    def __str__(self) -> str:
        return f"{self.city} #{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status != ReportStatus.ANSWERED

    def is_overdue(self, today: object = None) -> bool:
        day = today or timezone.localdate()
        return self.is_open and self.reply_by < day  # type: ignore[operator]
