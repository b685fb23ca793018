"""Keeps the search index in step with the living guide: Wagtail's publish signals call these.

Signals are used here (and only here) because Wagtail publishes pages from its own admin views;
indexing is bookkeeping, not a business rule (see docs/decisions/0009-living-guide.md)."""

from __future__ import annotations

from typing import Any

from django.utils.html import strip_tags

from microcity.search.services import IndexEntry, index_entries, index_remove


def page_key(page: Any) -> str:
    return f"talent.page:{page.pk}"


def page_entry(page: Any) -> IndexEntry | None:
    from microcity.talent.models import GuidePage, LivingGuideIndexPage, StoryPage

    specific = page.specific
    if not isinstance(specific, GuidePage | StoryPage | LivingGuideIndexPage):
        return None
    guide = specific.guide_index()
    language = specific.locale.language_code
    if isinstance(specific, LivingGuideIndexPage):
        text, kind = specific.intro, "guide"
    else:
        text, kind = (
            f"{specific.summary}\n{strip_tags(specific.body)}",
            ("story" if isinstance(specific, StoryPage) else "guide"),
        )
    return IndexEntry(
        key=page_key(specific),
        kind="page",
        language=language if language in ("lv", "en") else "lv",
        city_id=guide.city_id,
        title=specific.title,
        text=text,
        facets={"type": [kind], "language": [language]},
        published_at=specific.last_published_at or specific.first_published_at,
    )


def page_published(sender: Any, instance: Any, **kwargs: Any) -> None:
    entry = page_entry(instance)
    if entry is not None:
        index_entries(entries=[entry])


def page_unpublished(sender: Any, instance: Any, **kwargs: Any) -> None:
    index_remove(keys=[page_key(instance)])


def pages_reindex() -> int:
    from microcity.talent.models import GuidePage, LivingGuideIndexPage, StoryPage

    entries = []
    for model in (LivingGuideIndexPage, GuidePage, StoryPage):
        for page in model.objects.live().select_related("locale"):
            entry = page_entry(page)
            if entry is not None:
                entries.append(entry)
    return index_entries(entries=entries)
