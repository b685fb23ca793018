"""What career support asks of a person first, for their start page (core.registry.attention).

A counsellor's sessions today and past sessions whose attendance is not yet marked; a youth's (and their
parent's or guardian's) counselling sessions and registered activities this week; activities open for
registration (youths and teachers). Every item is one query whatever the number of rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, Min, Q, QuerySet, Window
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from microcity.accounts.models import GuardianLink, Role
from microcity.careers.models import Activity, Booking, BookingStatus, Registration, RegistrationStatus
from microcity.core.dates import long_date
from microcity.core.registry import AttentionItem, Urgency

WEEK = dt.timedelta(days=7)


def _in_city(name: str, city: Any) -> str:
    return reverse(name, kwargs={"city": city.slug})


def _today() -> tuple[dt.datetime, dt.datetime]:
    start = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + dt.timedelta(days=1)


def _time(moment: dt.datetime) -> str:
    return formats.time_format(timezone.localtime(moment), "TIME_FORMAT")


def _on(moment: dt.datetime) -> str:
    """ "on 21 December 2026 at 10:00" in words, in the active language."""
    return _("on %(date)s at %(time)s") % {"date": long_date(moment, "locative"), "time": _time(moment)}


def counsellor(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    if Role.COUNSELLOR not in roles:
        return []
    items = []
    start, end = _today()
    now = timezone.now()
    own = Booking.objects.filter(counsellor=user, city=city, status=BookingStatus.BOOKED)
    counts = own.aggregate(
        today=Count("pk", filter=Q(starts_at__gte=start, starts_at__lt=end)),
        first=Min("starts_at", filter=Q(starts_at__gte=now, starts_at__lt=end)),
        unmarked=Count("pk", filter=Q(ends_at__lt=now)),
    )
    if counts["today"]:
        line = _("The next one at %(time)s.") % {"time": _time(counts["first"])} if counts["first"] else ""
        items.append(
            AttentionItem(
                key=f"careers.sessions_today:{city.slug}",
                label=ngettext("Counselling session today", "Counselling sessions today", counts["today"]),
                count=counts["today"],
                line=line,
                url=_in_city("careers:sessions", city),
                urgency=Urgency.NOW,
                city=city,
            )
        )
    if counts["unmarked"]:
        items.append(
            AttentionItem(
                key=f"careers.sessions_unmarked:{city.slug}",
                label=ngettext(
                    "Past session without attendance marked",
                    "Past sessions without attendance marked",
                    counts["unmarked"],
                ),
                count=counts["unmarked"],
                url=_in_city("careers:sessions", city),
                urgency=Urgency.SOON,
                city=city,
            )
        )
    return items


def _youths_in_care(user: Any) -> Q:
    """The user's own person record and the youths they are a consenting guardian of, as a condition on a
    model's `youth` (subqueries: no query of its own)."""
    youths = GuardianLink.objects.filter(
        guardian__user=user, revoked_at__isnull=True, consent_given_at__lte=timezone.now()
    ).values("youth_id")
    return Q(youth__user=user) | Q(youth_id__in=youths)


def _first(rows: QuerySet[Any], *fields: str) -> tuple[int, dict[str, Any] | None]:
    """How many rows, and the first row's ``fields`` (by the rows' order): one query, however many rows,
    reading only what the line shows."""
    found = next(iter(rows.annotate(_rows=Window(Count("pk"))).values("_rows", *fields)[:1]), None)
    return (found["_rows"], found) if found is not None else (0, None)


def youth(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    if not roles & {Role.YOUTH, Role.GUARDIAN}:
        return []
    items = []
    now = timezone.now()
    in_care = _youths_in_care(user)
    sessions, session = _first(
        Booking.objects.filter(
            in_care, city=city, status=BookingStatus.BOOKED, starts_at__gte=now, starts_at__lt=now + WEEK
        ).order_by("starts_at", "pk"),
        "starts_at",
    )
    if session is not None:
        items.append(
            AttentionItem(
                key=f"careers.my_sessions:{city.slug}",
                label=ngettext("Counselling session this week", "Counselling sessions this week", sessions),
                count=sessions,
                line=_("The next one %(when)s.") % {"when": _on(session["starts_at"])},
                url=_in_city("careers:counselling", city),
                urgency=Urgency.SOON,
                city=city,
            )
        )
    registered, registration = _first(
        Registration.objects.filter(
            in_care,
            activity__city=city,
            status=RegistrationStatus.REGISTERED,
            activity__starts_at__gte=now,
            activity__starts_at__lt=now + WEEK,
        ).order_by("activity__starts_at", "pk"),
        "activity__title",
        "activity__starts_at",
    )
    if registration is not None:
        items.append(
            AttentionItem(
                key=f"careers.my_activities:{city.slug}",
                label=ngettext("Your activity this week", "Your activities this week", registered),
                count=registered,
                line=_("%(title)s, %(when)s.")
                % {
                    "title": registration["activity__title"],
                    "when": _on(registration["activity__starts_at"]),
                },
                url=_in_city("careers:activities", city),
                urgency=Urgency.SOON,
                city=city,
            )
        )
    return items


def activities_open(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    """Activities still open for registration: a youth's not yet registered for, all for a teacher."""
    if not roles & {Role.YOUTH, Role.TEACHER}:
        return []
    now = timezone.now()
    rows = Activity.objects.filter(city=city, registration_deadline__gt=now, starts_at__gt=now)
    if Role.YOUTH in roles:
        taken = Registration.objects.filter(youth__user=user).exclude(status=RegistrationStatus.CANCELLED)
        rows = rows.exclude(pk__in=taken.values("activity_id"))
    count, activity = _first(rows.order_by("starts_at", "pk"), "title", "starts_at")
    if activity is None:
        return []
    return [
        AttentionItem(
            key=f"careers.activities_open:{city.slug}",
            label=ngettext(
                "Career activity open for registration", "Career activities open for registration", count
            ),
            count=count,
            line=_("The next: %(title)s, %(when)s.")
            % {"title": activity["title"], "when": _on(activity["starts_at"])},
            url=_in_city("careers:activities", city),
            urgency=Urgency.INFO,
            city=city,
        )
    ]
