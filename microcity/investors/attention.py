"""What investor attraction asks of an investment manager first, for their start page
(core.registry.attention): their overdue tasks and visits, and new inquiries not yet answered."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from microcity.core.registry import AttentionItem, Urgency
from microcity.investors import selectors
from microcity.investors.permissions import LEAD_ROLES


def leads(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    if not roles & LEAD_ROLES:
        return []
    items = []
    overdue = selectors.overdue_count(user=user, city=city)
    if overdue:
        items.append(
            AttentionItem(
                key=f"investors.overdue:{city.slug}",
                label=ngettext(
                    "Overdue task in your investor leads", "Overdue tasks in your investor leads", overdue
                ),
                count=overdue,
                url=reverse("investors:leads", kwargs={"city": city.slug}) + "?overdue=on",
                urgency=Urgency.NOW,
                city=city,
            )
        )
    new = selectors.new_inquiries(user=user, city=city)
    if new:
        items.append(
            AttentionItem(
                key=f"investors.inquiries:{city.slug}",
                label=ngettext("New investor inquiry", "New investor inquiries", new),
                count=new,
                url=reverse("investors:leads", kwargs={"city": city.slug}) + "?stage=lead",
                urgency=Urgency.SOON,
                city=city,
            )
        )
    return items
