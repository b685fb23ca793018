"""Every read of grants: who sees which calls, applications and reviews, decided here once; lists load
what they show in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum

from microcity.grants import permissions
from microcity.grants.models import Application, ApplicationStatus, Call, CallStatus, Review

S = ApplicationStatus
FUNDED = (S.FUNDED, S.CONTRACTED, S.COMPLETED)
SUBMITTED_EVER = (
    S.SUBMITTED,
    S.RETURNED,
    S.INELIGIBLE,
    S.ELIGIBLE,
    S.FUNDED,
    S.NOT_FUNDED,
    S.CONTRACTED,
    S.COMPLETED,
)


def calls_public(*, city: Any) -> QuerySet[Call]:
    return Call.objects.filter(city=city).exclude(status=CallStatus.DRAFT).order_by("-opens_at")


def calls_managed(*, city: Any) -> QuerySet[Call]:
    return (
        Call.objects.filter(city=city)
        .annotate(n_applications=Count("applications", filter=Q(applications__status__in=SUBMITTED_EVER)))
        .order_by("-opens_at")
    )


@dataclass(frozen=True)
class CallTotals:
    applications: int
    total_cost: Decimal
    requested: Decimal
    funded: int
    awarded: Decimal


def call_totals(call: Call) -> CallTotals:
    """The published figures of a call: submitted applications, their budgets, what they asked, and the
    awards (sums of the stored, line-rounded amounts)."""
    submitted = call.applications.filter(status__in=SUBMITTED_EVER)
    sums = submitted.aggregate(
        n=Count("pk"),
        total=Sum("total_cost"),
        requested=Sum("requested"),
        funded=Count("pk", filter=Q(status__in=FUNDED)),
        awarded=Sum("award", filter=Q(status__in=FUNDED)),
    )
    zero = Decimal("0.00")
    return CallTotals(
        applications=sums["n"] or 0,
        total_cost=sums["total"] or zero,
        requested=sums["requested"] or zero,
        funded=sums["funded"] or 0,
        awarded=sums["awarded"] or zero,
    )


def funded_projects(call: Call) -> QuerySet[Application]:
    """What EU transparency expects on the public page: beneficiary, title, amount and strand."""
    return (
        call.applications.filter(status__in=FUNDED)
        .select_related("organisation", "strand")
        .order_by("-award", "pk")
    )


def applications_of(*, user: Any, city: Any) -> QuerySet[Application]:
    """An applicant's applications: made by them or for an organisation they represent."""
    return (
        Application.objects.filter(call__city=city)
        .filter(Q(applicant=user) | Q(organisation_id__in=permissions.represented_organisation_ids(user)))
        .select_related("call", "strand", "organisation")
        .order_by("-created_at")
    )


SORTS = {
    "score": ("-average_score", "number"),
    "number": ("number",),
    "requested": ("-requested", "number"),
    "spread": ("-score_spread", "number"),
}


def applications_ranked(
    *,
    call: Call,
    status: str = "",
    strand: int | None = None,
    query: str = "",
    disagreement: bool = False,
    sort: str = "score",
) -> QuerySet[Application]:
    """The coordinator's table: submitted applications, filtered, best average first (see review_counts)."""
    rows = call.applications.filter(status__in=SUBMITTED_EVER)
    if status in S.values:
        rows = rows.filter(status=status)
    if strand:
        rows = rows.filter(strand_id=strand)
    if query:
        rows = rows.filter(
            Q(title__icontains=query) | Q(organisation__name__icontains=query) | Q(number__icontains=query)
        )
    if disagreement:
        rows = rows.filter(score_spread__gt=call.disagreement_margin)
    return rows.select_related("organisation", "strand").order_by(*SORTS.get(sort, SORTS["score"]))


def review_counts(application_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(reviews assigned, reviews scored) per application, conflicts left out: one query for a page of the
    table (counting over the whole filtered call would group thousands of rows on every request)."""
    rows = (
        Review.objects.filter(application_id__in=application_ids, conflict=False)
        .values("application_id")
        .annotate(n=Count("pk"), scored=Count("pk", filter=Q(submitted_at__isnull=False)))
    )
    return {row["application_id"]: (row["n"], row["scored"]) for row in rows}


def reviews_of(*, user: Any, city: Any) -> QuerySet[Review]:
    """An evaluator's assignments; a review with a declared conflict is gone from their view."""
    return (
        Review.objects.filter(evaluator=user, conflict=False, application__call__city=city)
        .select_related("application__call", "application__strand", "application__organisation")
        .order_by("submitted_at", "application__number")
    )
