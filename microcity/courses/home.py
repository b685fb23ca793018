"""What retraining courses contribute to shared pages: the city's home card, "open now" items and the
skills supply that the investors' pages read (core.registry)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.core.models import localized
from microcity.core.registry import CityHomeCard, OpenNowItem, SkillsSupply
from microcity.courses import selectors


def cards(city: Any) -> list[CityHomeCard]:
    if city is None:
        return []
    return [
        CityHomeCard(
            url=reverse("courses:catalogue", kwargs={"city": city.slug}),
            title=gettext_lazy("Retraining courses"),
            summary=gettext_lazy(
                "Free and co-funded courses for adults that lead to jobs at the city's employers."
            ),
            icon="bi-mortarboard",
            call_to_action=gettext_lazy("See the courses"),
            programme="courses",
        )
    ]


def open_now(city: Any) -> list[OpenNowItem]:
    return [
        OpenNowItem(
            title=course.title,
            detail=_("applications until %(date)s")
            % {"date": formats.date_format(timezone.localtime(course.applications_close_at), "j. F")},
            url=reverse("courses:course", kwargs={"city": city.slug, "pk": course.pk}),
            icon="bi-mortarboard",
            programme="courses",
            when=course.applications_close_at,
        )
        for course in selectors.courses_open_now(city=city)
    ]


def skills_supply(city: Any) -> list[SkillsSupply]:
    class _Labels:
        def __init__(self, row: dict[str, Any]) -> None:
            self.label_lv = row["course__occupation__label_lv"]
            self.label_en = row["course__occupation__label_en"]

    return [
        SkillsSupply(
            occupation_code=row["course__occupation__code"],
            occupation_label=localized(_Labels(row), "label"),
            in_training=row["in_training"],
            completed=row["completed"],
        )
        for row in selectors.occupation_supply(city=city)
    ]
