"""Calendar files (.ics) for counselling sessions and activities, attached to confirmation e-mails. Written by
the platform's one calendar writer (core/calendars.py: RFC 5545/5546, VTIMEZONE, ORGANIZER, ATTENDEE)."""

from __future__ import annotations

from microcity.core.calendars import Party, city_organizer, event_ics, mimetype, person_party
from microcity.core.links import site_domain

__all__ = ["Party", "city_organizer", "event_ics", "event_uid", "mimetype", "person_party"]


def event_uid(kind: str, pk: int) -> str:
    """Stable per session or activity, so a calendar program updates the same event when it moves."""
    return f"careers-{kind}-{pk}@{site_domain()}"
