"""A calendar file (.ics) for a booking, attached to its e-mails and offered on its page. The same shape as
career support's (careers/ics.py), kept here because a programme does not import another."""

from __future__ import annotations

from django.utils import timezone
from icalendar import Calendar, Event

from microcity.core import exports
from microcity.core.links import site_domain
from microcity.makerspace.models import Booking, BookingStatus


def booking_ics(booking: Booking) -> bytes:
    cancelled = booking.status == BookingStatus.CANCELLED
    calendar = Calendar()
    calendar.add("prodid", "-//Microcity//Makerspace//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    # Stable per booking, so that a calendar program updates the same event when it changes.
    event.add("uid", f"makerspace-booking-{booking.pk}@{site_domain()}")
    event.add("sequence", booking.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", booking.starts_at)
    event.add("dtend", booking.ends_at)
    space = booking.equipment.space
    event.add("summary", exports.clean_text(f"{booking.equipment.name} · {space.name}"))
    if booking.purpose:
        event.add("description", exports.clean_text(booking.purpose))
    event.add("location", exports.clean_text(space.address))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    return bytes(calendar.to_ical())
