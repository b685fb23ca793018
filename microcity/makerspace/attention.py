"""What the makerspace asks of an instructor first, for the start page: today's bookings whose usage is
still to be recorded (core.registry.attention). One count query, none for other roles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from microcity.core.registry import AttentionItem, Urgency
from microcity.makerspace.models import Booking, BookingStatus
from microcity.makerspace.permissions import INSTRUCTOR_ROLES


def desk(user: Any, city: Any, roles: frozenset[str]) -> list[AttentionItem]:
    if not roles & INSTRUCTOR_ROLES:
        return []
    now = timezone.now()
    day_start = timezone.make_aware(dt.datetime.combine(timezone.localdate(now), dt.time(0)))
    waiting = Booking.objects.filter(
        city=city, status=BookingStatus.BOOKED, starts_at__gte=day_start, starts_at__lt=now
    ).count()
    if not waiting:
        return []
    return [
        AttentionItem(
            key=f"makerspace.desk.{city.slug}",
            label=ngettext(
                "Booking today waiting for its usage record",
                "Bookings today waiting for their usage record",
                waiting,
            ),
            count=waiting,
            url=reverse("makerspace:desk", kwargs={"city": city.slug}),
            urgency=Urgency.SOON,
            city=city,
        )
    ]
