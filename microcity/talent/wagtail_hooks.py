"""Back-office hooks of the living guide: a city's guide index created in Wagtail gets its city's groups."""

from __future__ import annotations

from typing import Any

from wagtail import hooks

from microcity.talent.living_access import guide_access_ensure
from microcity.talent.models import LivingGuideIndexPage


@hooks.register("after_create_page")
def give_the_new_guide_to_its_city(request: Any, page: Any) -> None:
    specific = page.specific
    if isinstance(specific, LivingGuideIndexPage):
        guide_access_ensure(city=specific.city)
