"""Reads of the library: search through the shared search service, lists for authors and editors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from microcity.library.models import (
    Collection,
    ContentLanguage,
    Favourite,
    GradeBand,
    Licence,
    Material,
    MaterialStatus,
    MaterialType,
    SkillArea,
)
from microcity.search.selectors import search

FACET_LABELS: dict[str, Any] = {
    "type": MaterialType,
    "grade": GradeBand,
    "skill": SkillArea,
    "language": ContentLanguage,
    "licence": Licence,
}
FACET_TITLES = {
    "type": _("Type"),
    "grade": _("Grade band"),
    "skill": _("Career-skill area"),
    "language": _("Language"),
    "licence": _("Licence"),
}


@dataclass
class MaterialHit:
    material: Material
    snippet: str


@dataclass
class MaterialSearch:
    total: int
    hits: list[MaterialHit]
    facets: list[dict[str, Any]]
    page: int
    pages: int
    corrected_query: str = ""  # the query these results are for when the typed one was corrected


def _pk(key: str) -> int:
    return int(key.rsplit(":", 1)[1])


def materials_search(
    *,
    query: str,
    filters: dict[str, list[str]],
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    correct: bool = True,
) -> MaterialSearch:
    result = search(
        kind="material",
        query=query,
        filters=filters,
        sort=sort if sort in {"relevance", "newest", "popular"} else "relevance",
        page=page,
        per_page=per_page,
        facet_fields=tuple(FACET_LABELS),
        correct=correct,
    )
    by_pk = Material.objects.filter(pk__in=[_pk(h.key) for h in result.hits], status=MaterialStatus.PUBLISHED)
    materials = {m.pk: m for m in by_pk}
    hits = [MaterialHit(materials[_pk(h.key)], h.snippet) for h in result.hits if _pk(h.key) in materials]
    facets: list[dict[str, Any]] = []
    for field, choices in FACET_LABELS.items():
        counts = result.facets.get(field, {})
        selected = set(filters.get(field, []))
        options = [
            {"value": value, "label": label, "count": counts.get(value, 0), "selected": value in selected}
            for value, label in choices.choices
            if counts.get(value, 0) or value in selected
        ]
        facets.append({"field": field, "title": FACET_TITLES[field], "options": options})
    pages = max(1, -(-result.total // per_page))
    return MaterialSearch(
        total=result.total,
        hits=hits,
        facets=facets,
        page=page,
        pages=pages,
        corrected_query=result.corrected_query,
    )


def related_materials(*, material: Material, limit: int = 4) -> list[Material]:
    """Published materials for the same skill areas and grade bands, most used first."""
    result = search(
        kind="material",
        filters={"skill": list(material.skill_areas), "grade": list(material.grade_bands)},
        sort="popular",
        per_page=limit + 1,
    )
    keys = [_pk(h.key) for h in result.hits if _pk(h.key) != material.pk][:limit]
    found = {m.pk: m for m in Material.objects.filter(pk__in=keys, status=MaterialStatus.PUBLISHED)}
    return [found[pk] for pk in keys if pk in found]


def material_detail(*, pk: int) -> Material:
    return Material.objects.select_related("submitted_by").prefetch_related("files", "occupations").get(pk=pk)


def materials_of_author(*, user: Any) -> QuerySet[Material]:
    return Material.objects.filter(submitted_by=user).order_by("-updated_at")


def review_queue() -> QuerySet[Material]:
    return (
        Material.objects.filter(status=MaterialStatus.IN_REVIEW)
        .select_related("submitted_by")
        .order_by("updated_at", "pk")
    )


def favourites_of(*, user: Any) -> QuerySet[Material]:
    mine = Favourite.objects.filter(user=user, material=OuterRef("pk"))
    return Material.objects.filter(Exists(mine), status=MaterialStatus.PUBLISHED).order_by("title")


def is_favourite(*, user: Any, material: Material) -> bool:
    return bool(user.is_authenticated and Favourite.objects.filter(user=user, material=material).exists())


def collections_visible_to(*, user: Any) -> QuerySet[Collection]:
    if getattr(user, "is_authenticated", False):
        return Collection.objects.filter(Q(is_public=True) | Q(owner=user)).select_related("owner")
    return Collection.objects.filter(is_public=True).select_related("owner")


def resolve_hits(pks: list[int]) -> dict[int, Any]:
    """Titles and addresses of published materials, for the site-wide search page."""
    from django.urls import reverse

    from microcity.core.registry import ResolvedHit

    rows = Material.objects.filter(pk__in=pks, status=MaterialStatus.PUBLISHED)
    return {
        m.pk: ResolvedHit(
            title=m.title,
            url=reverse("library:detail", kwargs={"pk": m.pk, "slug": m.slug}),
            label=str(m.get_material_type_display()),
        )
        for m in rows
    }
