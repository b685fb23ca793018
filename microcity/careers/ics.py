"""Calendar files (.ics) for counselling sessions and activities, attached to confirmation e-mails."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from icalendar import Calendar, Event

from microcity.core import exports
from microcity.core.links import site_domain


def event_uid(kind: str, pk: int) -> str:
    """Stable per session or activity, so a calendar program updates the same event when it moves."""
    return f"careers-{kind}-{pk}@{site_domain()}"


def event_ics(
    *,
    uid: str,
    sequence: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    summary: str,
    description: str = "",
    location: str = "",
    cancelled: bool = False,
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Microcity//Career support//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    # Names and places are typed by people: cleaned of characters a calendar program cannot read.
    event.add("summary", exports.clean_text(summary))
    if description:
        event.add("description", exports.clean_text(description))
    if location:
        event.add("location", exports.clean_text(location))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    return bytes(calendar.to_ical())
