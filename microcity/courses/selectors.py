"""Every read of retraining courses: the public catalogue, one's own applications, the coordinators' ranked
lists, the participants' register, the funnel and the funder's per-participant rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from microcity.core.models import City
from microcity.courses import permissions
from microcity.courses.models import (
    STARTED_STATUSES,
    Application,
    ApplicationStatus,
    Attendance,
    Audience,
    Checkpoint,
    Course,
    CourseStatus,
    JobOutcome,
    OutcomeKind,
    Session,
)

S = ApplicationStatus
PUBLIC_STATUSES = (CourseStatus.OPEN, CourseStatus.SELECTED, CourseStatus.FINISHED)
WORK_KINDS = (OutcomeKind.INTERNSHIP, OutcomeKind.EMPLOYED, OutcomeKind.SELF_EMPLOYED)


def courses_public(
    *,
    city: City,
    query: str = "",
    audience: str = "",
    open_only: bool = False,
    occupation_major: str = "",
    now: dt.datetime | None = None,
) -> QuerySet[Course]:
    """The city's catalogue: every course that has been opened (drafts and cancelled ones are not shown)."""
    rows = (
        Course.objects.filter(city=city, status__in=PUBLIC_STATUSES)
        .select_related("provider", "occupation")
        .order_by("-applications_close_at", "pk")
    )
    if query:
        rows = rows.filter(
            Q(title_lv__icontains=query)
            | Q(title_en__icontains=query)
            | Q(description_lv__icontains=query)
            | Q(description_en__icontains=query)
            | Q(skills__icontains=query)
            | Q(provider__name__icontains=query)
        )
    if audience in Audience.values:
        rows = rows.filter(audience=audience)
    if occupation_major:
        rows = rows.filter(occupation__code__startswith=occupation_major[:1])
    if open_only:
        moment = now or timezone.now()
        rows = rows.filter(
            status=CourseStatus.OPEN, applications_open_at__lte=moment, applications_close_at__gt=moment
        )
    return rows


def course_detail(*, city: City, pk: int, user: Any) -> Course:
    """A public course, or (for the city's coordinators) any course of the city."""
    rows = Course.objects.filter(city=city).select_related("provider", "occupation", "city")
    if not permissions.can_manage_courses(user, city):
        rows = rows.filter(status__in=PUBLIC_STATUSES)
    return rows.prefetch_related(
        "partner_employers",
        "priority_rules",
        Prefetch("sessions", queryset=Session.objects.order_by("starts_at")),
    ).get(pk=pk)


def courses_for_staff(*, city: City, user: Any) -> QuerySet[Course]:
    """The courses a coordinator runs (all of the city) or a trainer teaches, with their counts."""
    rows = Course.objects.filter(city=city)
    if not permissions.can_manage_courses(user, city):
        rows = rows.filter(trainers=user)
    return (
        rows.select_related("provider")
        .annotate(
            applied=Count("applications", distinct=True),
            participants=Count(
                "applications", filter=Q(applications__status__in=STARTED_STATUSES), distinct=True
            ),
        )
        .order_by("-starts_on", "pk")
    )


def applications_of(*, user: Any, city: City) -> QuerySet[Application]:
    person = getattr(user, "person", None) if getattr(user, "is_authenticated", False) else None
    if person is None:
        return Application.objects.none()
    return (
        Application.objects.filter(person=person, course__city=city)
        .select_related("course", "course__provider", "course__city")
        .order_by("-submitted_at")
    )


def applications_ranked(*, course: Course, status: str = "", group: str = "") -> QuerySet[Application]:
    """Every application of the course for its coordinators: ranked once selected, by submission before."""
    rows = Application.objects.filter(course=course).select_related("person")
    if status in S.values:
        rows = rows.filter(status=status)
    if group == "none":
        rows = rows.filter(priority_group__isnull=True)
    elif group.isdigit():
        rows = rows.filter(priority_group=int(group))
    return rows.order_by("rank", "submitted_at", "pk")


def waiting_position(application: Application) -> int | None:
    if application.status != S.WAITLISTED or application.rank is None:
        return None
    ahead = Application.objects.filter(
        course_id=application.course_id, status=S.WAITLISTED, rank__lt=application.rank
    ).count()
    return ahead + 1


def participants(*, course: Course) -> list[Application]:
    """Everyone who took up a place, with their attendance count, in name order."""
    return list(
        Application.objects.filter(course=course, status__in=STARTED_STATUSES)
        .select_related("person")
        .annotate(present=Count("attendances", filter=Q(attendances__present=True)))
        .prefetch_related(Prefetch("job_outcomes", queryset=JobOutcome.objects.select_related("employer")))
        .order_by("person__last_name", "person__first_name", "pk")
    )


def register(*, session: Session) -> list[tuple[Application, bool]]:
    """The session's register: each current participant and whether they are marked present."""
    marked = set(
        Attendance.objects.filter(session=session, present=True).values_list("application_id", flat=True)
    )
    rows = (
        Application.objects.filter(course_id=session.course_id, status=S.ACCEPTED)
        .select_related("person")
        .order_by("person__last_name", "person__first_name", "pk")
    )
    return [(application, application.pk in marked) for application in rows]


@dataclass(frozen=True)
class Funnel:
    applied: int
    offered: int
    started: int
    completed: int
    work_at_completion: int
    internship_at_completion: int
    work_6_months: int
    work_12_months: int
    followed_up_6_months: int

    @property
    def steps(self) -> list[tuple[str, int]]:
        return [
            ("applied", self.applied),
            ("offered", self.offered),
            ("started", self.started),
            ("completed", self.completed),
            ("work_at_completion", self.work_at_completion),
            ("work_6_months", self.work_6_months),
            ("work_12_months", self.work_12_months),
        ]


def funnel(*, courses: QuerySet[Course] | list[Course]) -> Funnel:
    """Counts of distinct applications at each step, from the records, in two queries."""
    ids = [course.pk for course in courses]
    counts = Application.objects.filter(course_id__in=ids).aggregate(
        applied=Count("pk"),
        offered=Count("pk", filter=Q(offered_at__isnull=False)),
        started=Count("pk", filter=Q(status__in=STARTED_STATUSES)),
        completed=Count("pk", filter=Q(status=S.COMPLETED)),
    )
    outcomes = JobOutcome.objects.filter(
        application__course_id__in=ids, application__status=S.COMPLETED
    ).aggregate(
        work_at_completion=Count("pk", filter=Q(checkpoint=Checkpoint.AT_COMPLETION, kind__in=WORK_KINDS)),
        internship_at_completion=Count(
            "pk", filter=Q(checkpoint=Checkpoint.AT_COMPLETION, kind=OutcomeKind.INTERNSHIP)
        ),
        work_6_months=Count("pk", filter=Q(checkpoint=Checkpoint.MONTHS_6, kind__in=WORK_KINDS)),
        work_12_months=Count("pk", filter=Q(checkpoint=Checkpoint.MONTHS_12, kind__in=WORK_KINDS)),
        followed_up_6_months=Count("pk", filter=Q(checkpoint=Checkpoint.MONTHS_6)),
    )
    return Funnel(**counts, **outcomes)


def funnels_by_provider(*, courses: list[Course]) -> list[tuple[Any, Funnel]]:
    """The funnel of each provider's courses (two queries a provider), by provider name."""
    by_provider: dict[int, tuple[Any, list[Course]]] = {}
    for course in courses:
        by_provider.setdefault(course.provider_id, (course.provider, []))[1].append(course)
    return [
        (provider, funnel(courses=items))
        for provider, items in sorted(by_provider.values(), key=lambda pair: pair[0].name)
    ]


def funder_rows(*, course: Course) -> list[Application]:
    """Per-participant micro-data for the funder: only participants who started and consented."""
    return list(
        Application.objects.filter(course=course, status__in=STARTED_STATUSES, funder_consent=True)
        .select_related("person")
        .prefetch_related(Prefetch("job_outcomes", queryset=JobOutcome.objects.select_related("employer")))
        .order_by("pk")
    )


def courses_open_now(*, city: City, now: dt.datetime | None = None, limit: int = 3) -> list[Course]:
    moment = now or timezone.now()
    return list(
        Course.objects.filter(
            city=city,
            status=CourseStatus.OPEN,
            applications_open_at__lte=moment,
            applications_close_at__gt=moment,
        ).order_by("applications_close_at")[:limit]
    )


def occupation_supply(*, city: City) -> list[dict[str, Any]]:
    """Per ISCO occupation: people in training now and people who completed a course, for the city (the
    courses' contribution to core.registry.skills_supply)."""
    rows = (
        Application.objects.filter(course__city=city, course__occupation__isnull=False)
        .values("course__occupation__code", "course__occupation__label_lv", "course__occupation__label_en")
        .annotate(
            in_training=Count("pk", filter=Q(status=S.ACCEPTED)),
            completed=Count("pk", filter=Q(status=S.COMPLETED)),
        )
        .order_by("course__occupation__code")
    )
    return list(rows)


def courses_changed_at(*, city: City, now: dt.datetime | None = None) -> dt.datetime | None:
    """The last moment the city's open courses changed: a course written, or an application window that
    opened or closed (which happens without a write), for the feed's `<updated>` and Last-Modified."""
    from django.db.models import Max

    now = now or timezone.now()
    rows = Course.objects.filter(city=city)
    found = rows.aggregate(
        written=Max("updated_at"),
        opened=Max("applications_open_at", filter=Q(applications_open_at__lte=now)),
        closed=Max("applications_close_at", filter=Q(applications_close_at__lte=now)),
    )
    moments = [moment for moment in found.values() if moment is not None]
    return max(moments) if moments else None
