"""Reads of the jobs board: search through the shared search service, employers' and editors' lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import connections
from django.db.models import Count, Max, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from microcity.core.models import City, Organisation
from microcity.core.money import money_range
from microcity.search.selectors import search
from microcity.talent import permissions
from microcity.talent.forms import GROUPS
from microcity.talent.models import EmploymentType, Job, JobStatus, WorkplaceType

FACETS: dict[str, tuple[Any, Any]] = {
    "group": (_("Occupation group"), GROUPS),
    "type": (_("Employment type"), EmploymentType.choices),
    "workplace": (pgettext_lazy("workplace type", "Workplace"), WorkplaceType.choices),
}


@dataclass
class JobSearch:
    total: int
    jobs: list[Job]
    facets: list[dict[str, Any]]
    page: int
    pages: int
    corrected_query: str = ""  # the query these results are for when the typed one was corrected


def open_jobs(*, city: City) -> QuerySet[Job]:
    return Job.objects.filter(city=city, status=JobStatus.PUBLISHED, deadline__gte=timezone.localdate())


def jobs_feed_changed_at(*, city: City) -> dt.datetime:
    """The last moment the city's open jobs changed: a job published or edited, or one leaving the list
    (withdrawn, or its deadline passed at midnight in Riga). The feed's `<updated>` and `Last-Modified`."""
    ever_published = Job.objects.filter(city=city, published_at__isnull=False)
    edited = ever_published.aggregate(latest=Max("updated_at"))["latest"]
    today = timezone.localdate()
    expired_on = ever_published.filter(deadline__lt=today).aggregate(latest=Max("deadline"))["latest"]
    moments = [m for m in (edited, city_midnight_after(expired_on) if expired_on else None) if m is not None]
    return max(moments) if moments else dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def sitemap_pages(city: City) -> list[tuple[str, Any]]:
    """The jobs board's public pages of the city for /sitemap.xml, in the active language: the list, every
    open job (with its last change), the employers and the living guide."""
    jobs = open_jobs(city=city).only("pk", "title", "updated_at").order_by("pk")
    return [
        (reverse("talent:jobs", kwargs={"city": city.slug}), jobs_feed_changed_at(city=city)),
        *[
            (
                reverse("talent:job", kwargs={"city": city.slug, "pk": job.pk, "slug": job.slug}),
                job.updated_at,
            )
            for job in jobs
        ],
        (reverse("talent:employers", kwargs={"city": city.slug}), None),
        (reverse("talent:living", kwargs={"city": city.slug}), None),
    ]


def city_midnight_after(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))


def jobs_search(
    *,
    city: City,
    query: str,
    filters: dict[str, list[str]],
    sort: str,
    page: int = 1,
    per_page: int = 20,
    correct: bool = True,
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
        correct=correct,
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
        corrected_query=result.corrected_query,
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


def public_employers(*, city: City) -> QuerySet[Organisation]:
    """Employers with a public page: programme partners, and every employer with a public (published, open)
    job, so that a job's employer link always leads somewhere. Decided here once for the list and the page."""
    today = timezone.localdate()
    return (
        Organisation.objects.filter(city=city)
        .annotate(
            open_jobs=Count("jobs", filter=Q(jobs__status=JobStatus.PUBLISHED, jobs__deadline__gte=today))
        )
        .filter(Q(is_partner=True) | Q(open_jobs__gt=0))
    )


def employers_with_open_jobs(*, city: City) -> QuerySet[Organisation]:
    return public_employers(city=city).order_by("-open_jobs", "name")


def employer_has_public_page(*, city: City, organisation_id: int) -> bool:
    return public_employers(city=city).filter(pk=organisation_id).exists()


def resolve_job_hits(pks: list[int]) -> dict[int, Any]:
    """Titles and addresses of open jobs, for the site-wide search page."""
    from django.urls import reverse

    from microcity.core.registry import ResolvedHit

    rows = Job.objects.filter(pk__in=pks, status=JobStatus.PUBLISHED, deadline__gte=timezone.localdate())
    return {
        job.pk: ResolvedHit(
            title=f"{job.title} — {job.organisation.name}",
            url=reverse("talent:job", kwargs={"city": job.city.slug, "pk": job.pk, "slug": job.slug}),
            label=money_range(job.salary_min, job.salary_max),
        )
        for job in rows.select_related("organisation", "city")
    }


def resolve_page_hits(pks: list[int]) -> dict[int, Any]:
    """Titles and addresses of live living-guide pages, for the site-wide search page."""
    from wagtail.models import Page

    from microcity.core.registry import ResolvedHit

    labels = {
        "guidepage": _("Living guide"),
        "storypage": _("Story"),
        "livingguideindexpage": _("Living guide"),
    }
    pages = list(Page.objects.live().filter(pk__in=pks).specific())
    paths = _guide_paths(pages)
    found: dict[int, Any] = {}
    for page in pages:
        found[page.pk] = ResolvedHit(
            title=page.title, url=paths.get(page.pk, ""), label=str(labels.get(page._meta.model_name, ""))
        )
    return found


def _guide_paths(pages: list[Any]) -> dict[int, str]:
    """Each guide page's address (what ``page.url`` gives), with one query for all of their guides
    instead of two per page (its parent, then the guide with its city and locale)."""
    from django.urls import reverse
    from django.utils import translation

    from microcity.talent.models import LivingGuideIndexPage

    steplen = LivingGuideIndexPage.steplen
    index_path = {
        page.pk: page.path if isinstance(page, LivingGuideIndexPage) else page.path[:-steplen]
        for page in pages
    }
    guides = {
        guide.path: guide
        for guide in LivingGuideIndexPage.objects.filter(path__in=set(index_path.values())).select_related(
            "city", "locale"
        )
    }
    found: dict[int, str] = {}
    for page in pages:
        guide = guides.get(index_path[page.pk])
        if guide is None:
            continue
        with translation.override(guide.locale.language_code):
            if guide.pk == page.pk:
                found[page.pk] = reverse("talent:living", kwargs={"city": guide.city.slug})
            else:
                found[page.pk] = reverse(
                    "talent:living_page", kwargs={"city": guide.city.slug, "slug": page.slug}
                )
    return found


# --- Relocation cases -----------------------------------------------------------------------------


def cases_visible_to(*, user: Any, city: City) -> QuerySet[Any]:
    """Cases of the city this user may see: consultants their own, coordinators and admins all."""
    from microcity.talent.models import RelocationCase

    rows = RelocationCase.objects.filter(city=city).select_related("person", "consultant", "city")
    if permissions.can_manage_cases(user, city):
        return rows
    if permissions.can_work_cases(user, city):
        return rows.filter(consultant=user)
    return rows.none()


# Columns of a case row on the board and in a stage's list: plain values, not model instances, so that a
# board of a few hundred cards costs little to build.
_CASE_CARD = (
    "pk",
    "stage",
    "profession",
    "updated_at",
    "person__first_name",
    "person__last_name",
    "consultant__first_name",
    "consultant__last_name",
    "consultant__email",
)


def _card(row: dict[str, Any]) -> dict[str, Any]:
    consultant = f"{row['consultant__first_name']} {row['consultant__last_name']}".strip()
    return {
        "pk": row["pk"],
        "stage": row["stage"],
        "profession": row["profession"],
        "updated_at": row["updated_at"],
        "person": f"{row['person__first_name']} {row['person__last_name']}".strip(),
        "consultant": consultant or row["consultant__email"] or "",
    }


def _visible_filter(*, user: Any, city: City) -> Q | None:
    """The condition on RelocationCase for the cases this user may see, or None for none at all."""
    if permissions.can_manage_cases(user, city):
        return Q(city=city)
    if permissions.can_work_cases(user, city):
        return Q(city=city, consultant=user)
    return None


_STAGE_SENTINEL = "\x00stage"


def _newest_per_stage(
    visible: QuerySet[Any], stages: list[str], per_stage: int
) -> dict[str, list[dict[str, Any]]]:
    """The ``per_stage`` most recently updated cases of each stage, in one round trip.

    Each stage is an index scan with a LIMIT (indexes on city or consultant, stage, updated_at); the ORM
    compiles the statement for one stage once, and the stages are glued with UNION ALL, which both
    SQLite and PostgreSQL accept around LIMITed subqueries in FROM.
    """
    if not stages:
        return {}
    one = visible.filter(stage=_STAGE_SENTINEL).order_by("-updated_at", "-pk").values_list(*_CASE_CARD)
    sql, params = one[:per_stage].query.sql_with_params()
    slot = list(params).index(_STAGE_SENTINEL)
    # The SQL is the ORM's own, with every value a parameter; only the alias is ours.
    statement = " UNION ALL ".join(f"SELECT * FROM ({sql}) AS stage_{n}" for n in range(len(stages)))  # noqa: S608
    all_params: list[Any] = []
    for stage in stages:
        stage_params = list(params)
        stage_params[slot] = stage
        all_params.extend(stage_params)
    with connections[visible.db].cursor() as cursor:
        cursor.execute(statement, all_params)
        rows = [dict(zip(_CASE_CARD, row, strict=True)) for row in cursor.fetchall()]
    by_stage: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda row: (row["updated_at"], row["pk"]), reverse=True):
        by_stage.setdefault(row["stage"], []).append(_card(row))
    return by_stage


def case_board(*, user: Any, city: City, per_stage: int = 10) -> dict[str, Any]:
    """Open cases by stage (the most recently updated few per stage and the true count), and tasks due
    within a week, in a fixed number of queries however many cases there are."""
    from microcity.talent.models import CaseEvent, CaseEventKind, CaseStage, RelocationCase

    condition = _visible_filter(user=user, city=city)
    stages = [CaseStage(stage) for stage in CaseStage.values if stage != CaseStage.CLOSED]
    if condition is None:
        return {"columns": [(stage, [], 0) for stage in stages], "tasks": [], "per_stage": per_stage}
    visible = RelocationCase.objects.filter(condition)
    counts = dict(
        visible.exclude(stage=CaseStage.CLOSED).order_by().values_list("stage").annotate(n=Count("pk"))
    )
    newest = _newest_per_stage(visible, [stage for stage in stages if counts.get(stage)], per_stage)
    columns = [(stage, newest.get(stage, []), counts.get(stage, 0)) for stage in stages]
    case_condition = Q(case__city=city)
    if not permissions.can_manage_cases(user, city):
        case_condition &= Q(case__consultant=user)
    tasks = (
        CaseEvent.objects.filter(
            case_condition,
            kind=CaseEventKind.TASK,
            done_at__isnull=True,
            due_on__lte=timezone.localdate() + _week(),
        )
        .order_by("due_on", "pk")
        .values("pk", "text", "due_on", "case_id", "case__person__first_name", "case__person__last_name")[:50]
    )
    return {
        "columns": columns,
        "tasks": [
            {
                "text": task["text"],
                "due_on": task["due_on"],
                "case_id": task["case_id"],
                "person": f"{task['case__person__first_name']} {task['case__person__last_name']}".strip(),
            }
            for task in tasks
        ],
        "per_stage": per_stage,
    }


def cases_in_stage(*, user: Any, city: City, stage: str, page: int, per_page: int = 50) -> Any:
    """One page of the cases in a stage, most recently updated first (the board's "all cases" list)."""
    from django.core.paginator import Paginator

    from microcity.talent.models import RelocationCase

    condition = _visible_filter(user=user, city=city)
    rows = RelocationCase.objects.none() if condition is None else RelocationCase.objects.filter(condition)
    rows = rows.filter(stage=stage).order_by("-updated_at", "-pk").values(*_CASE_CARD, "close_reason")
    paginator = Paginator(rows, per_page)
    result = paginator.get_page(page)
    result.object_list = [{**_card(row), "close_reason": row["close_reason"]} for row in result.object_list]
    return result


def _week() -> Any:
    import datetime as dt

    return dt.timedelta(days=7)


def case_funnel(*, city: City, start: Any, end: Any) -> list[dict[str, Any]]:
    """Cases created in the period and how far they got; "moved" counts distinct people."""
    from microcity.core.models import Indicator
    from microcity.core.selectors import headline_count
    from microcity.talent.models import CaseStage, RelocationCase

    rows = RelocationCase.objects.filter(city=city, created_at__date__gte=start, created_at__date__lte=end)
    counts = dict(rows.values_list("stage").annotate(n=Count("pk")))
    order = list(CaseStage.values)
    reached: list[dict[str, Any]] = []
    for index, stage in enumerate(order):
        if stage == CaseStage.CLOSED:
            continue
        at_or_beyond = sum(n for s, n in counts.items() if s != CaseStage.CLOSED and order.index(s) >= index)
        reached.append({"stage": CaseStage(stage), "count": at_or_beyond})
    reached.append({"stage": CaseStage.CLOSED, "count": counts.get(CaseStage.CLOSED, 0)})
    attracted = headline_count(indicator=Indicator.SPECIALIST_ATTRACTED, city=city, start=start, end=end)
    return [{"total": rows.count(), "reached": reached, "attracted": attracted}]


def cases_of_person(*, user: Any) -> QuerySet[Any]:
    """A signed-in person's own cases: linked to their person record, or to their verified address."""
    from allauth.account.models import EmailAddress

    from microcity.talent.models import RelocationCase

    if not getattr(user, "is_authenticated", False):
        return RelocationCase.objects.none()
    verified = list(EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True))
    return (
        RelocationCase.objects.filter(Q(person__user=user) | Q(person__email__in=verified))
        .filter(anonymised_at__isnull=True)
        .select_related("city", "consultant")
        .prefetch_related("offers__jobs__organisation", "offers__partner_jobs__organisation")
    )


def workforce_figures(city: City) -> list[Any]:
    """The city's open jobs per ISCO-08 major group with their salary range, and the people whose
    relocation case is open (their professions are free text, so they are not grouped): for the investment
    offer's "why here" figures (core.registry.workforce_figures), in two queries."""
    from django.db.models import Max, Min
    from django.db.models.functions import Substr

    from microcity.core.registry import WorkforceFigure
    from microcity.talent.models import CaseStage, RelocationCase

    rows = (
        open_jobs(city=city)
        .annotate(group=Substr("occupation__code", 1, 1))
        .values("group")
        .annotate(count=Count("pk"), low=Min("salary_min"), high=Max("salary_max"))
        .order_by("group")
    )
    figures = [
        WorkforceFigure(
            measure="talent.open_jobs",
            label=_("Open jobs"),
            group=row["group"],
            count=row["count"],
            salary_min=row["low"],
            salary_max=row["high"],
        )
        for row in rows
    ]
    relocating = RelocationCase.objects.filter(
        city=city, stage__in=[CaseStage.IN_CONSULTATION, CaseStage.OFFER_SENT, CaseStage.DECIDED]
    ).count()
    figures.append(
        WorkforceFigure(
            measure="talent.relocating", label=_("People preparing to move here"), group="", count=relocating
        )
    )
    return figures
