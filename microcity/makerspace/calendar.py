"""A calendar file (.ics) for a booking, attached to its e-mails and offered on its page, written by the
platform's one calendar writer (core/calendars.py: Riga times with a VTIMEZONE, an ORGANIZER, the person
told on a cancellation)."""

from __future__ import annotations

from microcity.core import calendars
from microcity.core.links import site_domain
from microcity.makerspace.models import Booking, BookingStatus


def booking_ics(booking: Booking) -> bytes:
    space = booking.equipment.space
    organizer = calendars.city_organizer(booking.city)
    return calendars.event_ics(
        # Stable per booking, so that a calendar program updates the same event when it changes.
        uid=f"makerspace-booking-{booking.pk}@{site_domain()}",
        sequence=booking.sequence,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        summary=f"{booking.equipment.name} · {space.name}",
        organizer=organizer,
        attendees=[calendars.person_party(booking.person, organizer)],
        description=booking.purpose,
        location=space.address,
        cancelled=booking.status == BookingStatus.CANCELLED,
        prodid="-//Microcity//Makerspace//EN",
    )
