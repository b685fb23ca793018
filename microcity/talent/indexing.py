"""Keeps the search index and the shared guide pages in step with the living guide: Wagtail's signals
call these.

Signals are used here (and only here) because Wagtail publishes pages from its own admin views;
indexing and cache invalidation are bookkeeping, not business rules (see docs/decisions/0009-living-guide.md
and core/pagecache.py)."""

from __future__ import annotations

from typing import Any

from django.utils.html import strip_tags

from microcity.core import pagecache
from microcity.search.services import IndexEntry, index_entries, index_remove

# The generation of the living guide's shared pages (core/pagecache.py).
GUIDE_GENERATION = "guide"


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


def guide_changed(sender: Any, **kwargs: Any) -> None:
    """A page was published, unpublished, moved or deleted: the guide's shared pages are stale.

    Any Wagtail page, not only guide pages: such changes are rare and the check would cost more than
    rebuilding a few pages."""
    pagecache.bump(GUIDE_GENERATION)


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
