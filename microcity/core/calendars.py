"""The one writer of every calendar file (.ics) the platform sends (counselling sessions, activities, and any
programme's bookings, inductions or courses), to the letter of RFC 5545 (iCalendar) and RFC 5546 (iTIP).

- Times are written in Europe/Riga with a VTIMEZONE for it (RFC 5545 §3.2.19: every TZID needs one), so a
  calendar program anywhere puts a 09:00 session at 09:00 Riga time; DTSTAMP is in UTC.
- METHOD:PUBLISH carries an ORGANIZER and no ATTENDEE; METHOD:CANCEL carries the ORGANIZER, the ATTENDEEs
  being told and a SEQUENCE higher than the event's last (RFC 5546 §3.2.1, §3.2.5).
- UID is stable per session or activity and SEQUENCE grows with each change, so the program updates the
  event instead of adding a second one.
- `mimetype` names the method in the MIME type ("text/calendar; method=PUBLISH"); the mailer adds the one
  charset parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Any

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress

from microcity.core import exports

_METHOD = re.compile(rb"^METHOD:([A-Z-]+)\r?$", re.MULTILINE)


@dataclass(frozen=True)
class Party:
    """An organiser or attendee: a name and an e-mail address (written as a mailto: address)."""

    name: str
    email: str


def city_organizer(city: Any) -> Party:
    """The city's contact point as the organiser of its activities (the platform's sender if it has none)."""
    name, address = parseaddr(str(settings.DEFAULT_FROM_EMAIL))
    email = getattr(city, "contact_email", "") or address
    return Party(name=str(getattr(city, "name", "") or name), email=email)


def person_party(person: Any, fallback: Party) -> Party:
    """A person or user with an e-mail address as a party, or `fallback` when there is none."""
    email = getattr(person, "email", "") if person is not None else ""
    if not email:
        return fallback
    name = person.get_full_name() if hasattr(person, "get_full_name") else getattr(person, "full_name", "")
    return Party(name=name or email, email=email)


def _address(party: Party, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{party.email}")
    address.params["CN"] = exports.clean_text(party.name).replace('"', "'")
    for key, value in params.items():
        address.params[key] = value
    return address


def event_ics(
    *,
    uid: str,
    sequence: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    summary: str,
    organizer: Party | None = None,
    attendees: Sequence[Party] = (),
    description: str = "",
    location: str = "",
    cancelled: bool = False,
    prodid: str = "-//Microcity//Career support//EN",
) -> bytes:
    """One event as a calendar file: METHOD:PUBLISH, or METHOD:CANCEL telling `attendees` that it is off.
    `starts_at` and `ends_at` are aware; they are written in Riga time. Without an `organizer`, the
    platform's sender organises it (an ORGANIZER is required either way)."""
    organizer = organizer or city_organizer(None)
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    start, end = timezone.localtime(starts_at), timezone.localtime(ends_at)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("organizer", _address(organizer))
    if cancelled:
        # RFC 5546 forbids ATTENDEE in PUBLISH; in CANCEL it names who is told.
        for attendee in attendees:
            event.add("attendee", _address(attendee, ROLE="REQ-PARTICIPANT"))
    # Names and places are typed by people: cleaned of characters a calendar program cannot read.
    event.add("summary", exports.clean_text(summary))
    if description:
        event.add("description", exports.clean_text(description))
    if location:
        event.add("location", exports.clean_text(location))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    # A VTIMEZONE for Europe/Riga covering the event (and the years around it, for recurring readers).
    calendar.add_missing_timezones(
        first_date=start.date() - dt.timedelta(days=366), last_date=end.date() + dt.timedelta(days=366)
    )
    return bytes(calendar.to_ical())


def mimetype(content: bytes) -> str:
    """The MIME type of a calendar file with its iTIP method (RFC 5546 §6.1 asks for it in the
    Content-Type). The charset parameter is added once, by the mailer."""
    match = _METHOD.search(content)
    return f"text/calendar; method={match.group(1).decode() if match else 'PUBLISH'}"
