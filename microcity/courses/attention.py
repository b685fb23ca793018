"""What retraining courses ask of a person first, for their start page (core.registry.attention): an offer
waiting for the applicant's answer, and applications waiting for the coordinators' selection."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from microcity.core.registry import AttentionItem, Urgency
from microcity.courses.models import Application, ApplicationStatus, Course, CourseStatus
from microcity.courses.permissions import COORDINATOR_ROLES


def items(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    found = []
    person = getattr(user, "person", None)
    if person is not None:
        offers = Application.objects.filter(
            person=person, course__city=city, status=ApplicationStatus.OFFERED
        ).count()
        if offers:
            found.append(
                AttentionItem(
                    key=f"courses.offers.{city.slug}",
                    label=ngettext(
                        "A course place offered to you: answer by its deadline",
                        "Course places offered to you: answer by their deadlines",
                        offers,
                    ),
                    count=offers,
                    url=reverse("courses:mine", kwargs={"city": city.slug}),
                    urgency=Urgency.NOW,
                    city=city,
                )
            )
    if roles & COORDINATOR_ROLES:
        waiting = Course.objects.filter(
            city=city, status=CourseStatus.OPEN, applications_close_at__lte=timezone.now()
        ).count()
        if waiting:
            found.append(
                AttentionItem(
                    key=f"courses.select.{city.slug}",
                    label=ngettext(
                        "Course closed for applications, waiting for selection",
                        "Courses closed for applications, waiting for selection",
                        waiting,
                    ),
                    count=waiting,
                    url=reverse("courses:manage", kwargs={"city": city.slug}),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    return found
