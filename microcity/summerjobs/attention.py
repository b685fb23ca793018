"""What the summer programme asks of a person first, for their start page (core.registry.attention).

Offers to answer and applications still to submit (the youth and their parent or guardian), timesheet
entries to confirm (the employer's side and the placement's work supervisor; the coordinator follows the
ones still open), placements waiting for review (the coordinator) and placements returned for changes (the
employer). Every count is one query whatever the number of rows, and a role that needs none asks nothing.
The models are read here directly so that this module depends on nothing but the models.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, Min, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from microcity.accounts.models import GuardianLink, Membership, Role
from microcity.core.dates import long_date
from microcity.core.registry import AttentionItem, Urgency
from microcity.summerjobs.models import (
    Application,
    ApplicationStatus,
    Assignment,
    AssignmentStatus,
    MatchRunStatus,
    Placement,
    PlacementStatus,
    TimesheetEntry,
)

# An offer or a deadline this close is shown as urgent.
URGENT_WITHIN = dt.timedelta(days=2)


def _in_care(user: Any) -> Q:
    """Applications of the user's own person record and of the youths they are a consenting guardian of,
    as a condition on Application (subqueries: no query of its own)."""
    youths = GuardianLink.objects.filter(
        guardian__user=user, revoked_at__isnull=True, consent_given_at__lte=timezone.now()
    ).values("youth_id")
    return Q(youth__user=user) | Q(youth_id__in=youths)


def _url(name: str, city: Any, season_id: int | None = None) -> str:
    url = reverse(f"summerjobs:{name}", kwargs={"city": city.slug})
    return f"{url}?season={season_id}" if season_id is not None else url


def _answer_line(deadline: dt.datetime | None) -> str:
    if deadline is None:
        return ""
    return _("Answer by %(date)s.") % {"date": long_date(deadline, "dative")}


def offers_and_applications(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    if not roles & {Role.YOUTH, Role.GUARDIAN}:
        return []
    now = timezone.now()
    items = []
    in_care = Application.objects.filter(_in_care(user), season__city=city)
    offers = Assignment.objects.filter(
        application__in=in_care.values("pk"),
        status=AssignmentStatus.OFFERED,
        run__status=MatchRunStatus.PUBLISHED,
    ).aggregate(n=Count("pk"), first=Min("deadline"))
    if offers["n"]:
        items.append(
            AttentionItem(
                key=f"summerjobs.offers:{city.slug}",
                label=ngettext("Summer-job offer to answer", "Summer-job offers to answer", offers["n"]),
                count=offers["n"],
                line=_answer_line(offers["first"]),
                url=_url("mine", city),
                urgency=Urgency.NOW
                if offers["first"] and offers["first"] - now < URGENT_WITHIN
                else Urgency.SOON,
                city=city,
            )
        )
    drafts = in_care.filter(
        status=ApplicationStatus.DRAFT, season__youth_registration_closes__gt=now
    ).aggregate(n=Count("pk"), closes=Min("season__youth_registration_closes"))
    if drafts["n"]:
        items.append(
            AttentionItem(
                key=f"summerjobs.drafts:{city.slug}",
                label=ngettext(
                    "Summer-job application not submitted yet",
                    "Summer-job applications not submitted yet",
                    drafts["n"],
                ),
                count=drafts["n"],
                line=_("Submit it by %(date)s.") % {"date": long_date(drafts["closes"], "dative")},
                url=_url("mine", city),
                urgency=Urgency.NOW if drafts["closes"] - now < URGENT_WITHIN else Urgency.SOON,
                city=city,
            )
        )
    return items


def _organisations(user: Any, city: Any, role: str) -> QuerySet[Membership, Any]:
    return Membership.objects.filter(user=user, city=city, role=role, organisation__isnull=False).values(
        "organisation_id"
    )


def _open_entries(city: Any) -> QuerySet[TimesheetEntry]:
    return TimesheetEntry.objects.filter(
        confirmed_at__isnull=True,
        day__lte=timezone.localdate(),
        assignment__status=AssignmentStatus.ACCEPTED,
        assignment__run__season__city=city,
    )


def _per_season(entries: QuerySet[TimesheetEntry]) -> list[dict[str, Any]]:
    """Open entries counted per season (one row a season, latest first): one query."""
    return list(
        entries.order_by("-assignment__run__season_id")
        .values("assignment__run__season_id")
        .annotate(n=Count("pk"), youths=Count("assignment", distinct=True))
    )


def _youths_line(youths: int) -> str:
    return ngettext("Hours of %(n)s youth.", "Hours of %(n)s youths.", youths) % {"n": youths}


def timesheets(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    items = []
    if roles & {Role.EMPLOYER_REPRESENTATIVE, Role.WORK_SUPERVISOR}:
        # The employer's representatives confirm hours at their organisation's placements; a work
        # supervisor at the placements that name them, while they hold the role at that employer.
        mine = Q(
            assignment__placement_period__placement__organisation_id__in=_organisations(
                user, city, Role.EMPLOYER_REPRESENTATIVE
            )
        ) | Q(
            assignment__placement_period__placement__supervisor__user=user,
            assignment__placement_period__placement__organisation_id__in=_organisations(
                user, city, Role.WORK_SUPERVISOR
            ),
        )
        for row in _per_season(_open_entries(city).filter(mine)):
            items.append(
                AttentionItem(
                    key=f"summerjobs.timesheets:{city.slug}:{row['assignment__run__season_id']}",
                    label=ngettext("Timesheet entry to confirm", "Timesheet entries to confirm", row["n"]),
                    count=row["n"],
                    line=_youths_line(row["youths"]),
                    url=_url("jobs", city, row["assignment__run__season_id"]),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    if Role.PROGRAMME_COORDINATOR in roles:
        for row in _per_season(_open_entries(city)):
            items.append(
                AttentionItem(
                    key=f"summerjobs.timesheets_open:{city.slug}:{row['assignment__run__season_id']}",
                    label=ngettext(
                        "Timesheet entry not yet confirmed by the employer",
                        "Timesheet entries not yet confirmed by the employers",
                        row["n"],
                    ),
                    count=row["n"],
                    line=_youths_line(row["youths"]),
                    url=_url("jobs", city, row["assignment__run__season_id"]),
                    urgency=Urgency.INFO,
                    city=city,
                )
            )
    return items


def placements(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    items = []
    if Role.PROGRAMME_COORDINATOR in roles:
        rows = (
            Placement.objects.filter(season__city=city, status=PlacementStatus.SUBMITTED)
            .order_by("-season_id")
            .values("season_id")
            .annotate(n=Count("pk"))
        )
        for row in rows:
            items.append(
                AttentionItem(
                    key=f"summerjobs.review:{city.slug}:{row['season_id']}",
                    label=ngettext("Summer placement to review", "Summer placements to review", row["n"]),
                    count=row["n"],
                    url=_url("review_queue", city, row["season_id"]),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    if Role.EMPLOYER_REPRESENTATIVE in roles:
        returned = Placement.objects.filter(
            season__city=city,
            status=PlacementStatus.RETURNED,
            organisation_id__in=_organisations(user, city, Role.EMPLOYER_REPRESENTATIVE),
        ).count()
        if returned:
            items.append(
                AttentionItem(
                    key=f"summerjobs.returned:{city.slug}",
                    label=ngettext(
                        "Summer placement returned for changes",
                        "Summer placements returned for changes",
                        returned,
                    ),
                    count=returned,
                    url=_url("employer_placements", city),
                    urgency=Urgency.SOON,
                    city=city,
                )
            )
    return items
