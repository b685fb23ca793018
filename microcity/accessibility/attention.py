"""What waits for a content editor on their start page: the city's open barrier reports (urgent when one is
past its reply date)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from microcity.accessibility.models import BarrierReport, ReportStatus
from microcity.accessibility.permissions import HANDLER_ROLES
from microcity.core.registry import AttentionItem, Urgency


def reports(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    if not roles & HANDLER_ROLES:
        return []
    counts = (
        BarrierReport.objects.filter(city=city)
        .exclude(status=ReportStatus.ANSWERED)
        .aggregate(open=Count("pk"), overdue=Count("pk", filter=Q(reply_by__lt=timezone.localdate())))
    )
    waiting = counts["open"] or 0
    if not waiting:
        return []
    return [
        AttentionItem(
            key=f"accessibility.reports.{city.slug}",
            label=ngettext(
                "Accessibility barrier report to answer", "Accessibility barrier reports to answer", waiting
            ),
            count=waiting,
            url=reverse("accessibility:reports", kwargs={"city": city.slug}),
            urgency=Urgency.NOW if counts["overdue"] else Urgency.SOON,
            city=city,
        )
    ]
