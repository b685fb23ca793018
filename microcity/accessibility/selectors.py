"""Reads of barrier reports: a city's open ones first, by their deadline."""

from __future__ import annotations

from django.db.models import Case, IntegerField, QuerySet, Value, When

from microcity.accessibility.models import BarrierReport, ReportStatus
from microcity.core.models import City


def reports_of(*, city: City) -> QuerySet[BarrierReport]:
    """Open reports first (the nearest deadline first), then the answered ones, newest first."""
    return (
        BarrierReport.objects.filter(city=city)
        .select_related("handler")
        .annotate(
            answered=Case(
                When(status=ReportStatus.ANSWERED, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("answered", "reply_by", "-created_at", "pk")
    )


def open_reports(*, city: City) -> QuerySet[BarrierReport]:
    return BarrierReport.objects.filter(city=city).exclude(status=ReportStatus.ANSWERED)
