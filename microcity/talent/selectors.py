"""Reads of the jobs board: search through the shared search service, employers' and editors' lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from microcity.core.models import City, Organisation
from microcity.search.selectors import search
from microcity.talent import permissions
from microcity.talent.forms import GROUPS
from microcity.talent.models import EmploymentType, Job, JobStatus, WorkplaceType

FACETS: dict[str, tuple[Any, Any]] = {
    "group": (_("Occupation group"), GROUPS),
    "type": (_("Employment type"), EmploymentType.choices),
    "workplace": (_("Workplace"), WorkplaceType.choices),
}


@dataclass
class JobSearch:
    total: int
    jobs: list[Job]
    facets: list[dict[str, Any]]
    page: int
    pages: int


def open_jobs(*, city: City) -> QuerySet[Job]:
    return Job.objects.filter(city=city, status=JobStatus.PUBLISHED, deadline__gte=timezone.localdate())


def jobs_search(
    *, city: City, query: str, filters: dict[str, list[str]], sort: str, page: int = 1, per_page: int = 20
) -> JobSearch:
    result = search(
        kind="job",
        query=query,
        filters=filters,
        city_id=city.pk,
        include_platform_wide=False,
        sort={"salary": "popular", "newest": "newest"}.get(sort, "relevance"),
        page=page,
        per_page=per_page,
        facet_fields=tuple(FACETS),
    )
    ids = [int(hit.key.rsplit(":", 1)[1]) for hit in result.hits]
    rows = open_jobs(city=city).filter(pk__in=ids).select_related("organisation", "occupation")
    by_pk = {job.pk: job for job in rows}
    facets = []
    for field, (title, choices) in FACETS.items():
        counts = result.facets.get(field, {})
        selected = set(filters.get(field, []))
        options = [
            {"value": value, "label": label, "count": counts.get(value, 0), "selected": value in selected}
            for value, label in choices
            if counts.get(value, 0) or value in selected
        ]
        facets.append({"field": field, "title": title, "options": options})
    return JobSearch(
        total=result.total,
        jobs=[by_pk[pk] for pk in ids if pk in by_pk],
        facets=facets,
        page=page,
        pages=max(1, -(-result.total // per_page)),
    )


def job_for_viewer(*, user: Any, city: City, pk: int) -> Job:
    job = Job.objects.select_related("organisation", "occupation", "city").get(pk=pk, city=city)
    if not permissions.can_view_job(user, job):
        raise Job.DoesNotExist
    return job


def jobs_of_employer(*, user: Any, city: City) -> QuerySet[Job]:
    ids = permissions.employer_organisation_ids(user)
    return (
        Job.objects.filter(organisation_id__in=ids, city=city)
        .select_related("organisation")
        .order_by("-updated_at")
    )


def review_queue(*, city: City) -> QuerySet[Job]:
    return (
        Job.objects.filter(city=city, status=JobStatus.PENDING)
        .select_related("organisation")
        .order_by("updated_at")
    )


def employers_with_open_jobs(*, city: City) -> QuerySet[Organisation]:
    today = timezone.localdate()
    return (
        Organisation.objects.filter(city=city, is_partner=True)
        .annotate(
            open_jobs=Count("jobs", filter=Q(jobs__status=JobStatus.PUBLISHED, jobs__deadline__gte=today))
        )
        .order_by("-open_jobs", "name")
    )


def resolve_job_hits(pks: list[int]) -> dict[int, Any]:
    """Titles and addresses of open jobs, for the site-wide search page."""
    from django.urls import reverse

    from microcity.search.registry import ResolvedHit

    rows = Job.objects.filter(pk__in=pks, status=JobStatus.PUBLISHED, deadline__gte=timezone.localdate())
    return {
        job.pk: ResolvedHit(
            title=f"{job.title} — {job.organisation.name}",
            url=reverse("talent:job", kwargs={"city": job.city.slug, "pk": job.pk, "slug": job.slug}),
            label=f"{job.salary_min:.0f}–{job.salary_max:.0f} €",
        )
        for job in rows.select_related("organisation", "city")
    }


def resolve_page_hits(pks: list[int]) -> dict[int, Any]:
    """Titles and addresses of live living-guide pages, for the site-wide search page."""
    from wagtail.models import Page

    from microcity.search.registry import ResolvedHit

    labels = {
        "guidepage": _("Living guide"),
        "storypage": _("Story"),
        "livingguideindexpage": _("Living guide"),
    }
    found: dict[int, Any] = {}
    for page in Page.objects.live().filter(pk__in=pks).specific():
        url = page.url or ""
        found[page.pk] = ResolvedHit(
            title=page.title, url=url, label=str(labels.get(page._meta.model_name, ""))
        )
    return found
