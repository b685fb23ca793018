"""What the materials library asks of a person first, for their start page (core.registry.attention).

Materials waiting for review (the content editors), and an author's materials returned for changes. The
library is the same for every city, so its items carry no city and are shown once.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import ngettext

from microcity.core.registry import AttentionItem, Urgency
from microcity.library.models import Material, MaterialStatus
from microcity.library.permissions import REVIEWER_ROLES, SUBMITTER_ROLES


def materials(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    items = []
    if roles & REVIEWER_ROLES:
        waiting = Material.objects.filter(status=MaterialStatus.IN_REVIEW).count()
        if waiting:
            items.append(
                AttentionItem(
                    key="library.review",
                    label=ngettext("Material waiting for review", "Materials waiting for review", waiting),
                    count=waiting,
                    url=reverse("library:review_queue"),
                    urgency=Urgency.SOON,
                )
            )
    if roles & SUBMITTER_ROLES:
        returned = Material.objects.filter(submitted_by=user, status=MaterialStatus.RETURNED).count()
        if returned:
            items.append(
                AttentionItem(
                    key="library.returned",
                    label=ngettext(
                        "Your material returned for changes", "Your materials returned for changes", returned
                    ),
                    count=returned,
                    url=reverse("library:mine"),
                    urgency=Urgency.SOON,
                )
            )
    return items
