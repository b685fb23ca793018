"""The impact app's own data: reporting periods, targets per indicator and city, and frozen reports.

The figures themselves are never stored here except in a frozen report: they are computed from the
outcome ledger (core.OutcomeRecord) every time, so a corrected record corrects every page."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from microcity.core.models import City, Indicator


class ReportingPeriod(models.Model):
    """A named span of dates that targets and reports refer to (the UIA project, the current period)."""

    slug = models.SlugField(_("short name"), max_length=40, unique=True)
    name_lv = models.CharField(_("name (Latvian)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["starts_on", "slug"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="period_ends_after_start")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "lv").startswith("en") else self.name_lv


class Target(models.Model):
    """How many distinct subjects an indicator should reach in a period: for one city, or for all cities
    together (city empty, set by a platform administrator)."""

    period = models.ForeignKey(
        ReportingPeriod, verbose_name=_("reporting period"), on_delete=models.CASCADE, related_name="targets"
    )
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    indicator = models.CharField(_("indicator"), max_length=40, choices=Indicator.choices)
    value = models.PositiveIntegerField(_("target"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("set on"), auto_now=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["period", "indicator"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "city", "indicator"],
                condition=Q(city__isnull=False),
                name="target_once_per_city",
            ),
            models.UniqueConstraint(
                fields=["period", "indicator"], condition=Q(city__isnull=True), name="target_once_overall"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_indicator_display()}: {self.value}"


class FrozenReport(models.Model):
    """A report as it was on the day it was frozen: its figures, what it was asked (city, dates) and a
    fingerprint of every ledger row that contributed, so that it can be recomputed and compared later."""

    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    figures = models.JSONField(_("figures"), default=dict)
    rows = models.JSONField(_("contributing rows"), default=dict)
    content_hash = models.CharField(_("content hash"), max_length=64)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("frozen by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("frozen on"), auto_now_add=True)

    class Meta:
        verbose_name = _("frozen report")
        verbose_name_plural = _("frozen reports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="frozen_ends_after_start")
        ]

    def __str__(self) -> str:
        return self.title
