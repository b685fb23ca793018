"""What the makerspace keeps about a person, for their data download, and what their erasure removes:
bookings still to come are cancelled (the time goes back to others) and what they wrote is blanked; usage
and charges stay, as the accounts of the city need them."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from microcity.core.models import Person
from microcity.makerspace.models import Booking, BookingStatus, Induction, Member


def export_person(person: Person) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for member in Member.objects.filter(person=person).select_related("city"):
        rows.append(
            {"member_of": member.city.slug, "member_type": member.member_type, "joined_at": member.joined_at}
        )
    for induction in Induction.objects.filter(person=person):
        rows.append(
            {
                "induction": induction.kind,
                "passed_on": induction.passed_on,
                "valid_until": induction.valid_until,
            }
        )
    for booking in (
        Booking.objects.filter(person=person).select_related("equipment").prefetch_related("usage")
    ):
        usage = getattr(booking, "usage", None)
        rows.append(
            {
                "booking": booking.equipment.name_lv,
                "starts_at": booking.starts_at,
                "ends_at": booking.ends_at,
                "status": booking.status,
                "purpose": booking.purpose,
                "charge_eur": str(usage.total) if usage else None,
            }
        )
    return rows


def erase_person(person: Person) -> None:
    from microcity.core import workflow
    from microcity.makerspace.services import BOOKINGS

    now = timezone.now()
    for booking in Booking.objects.filter(
        person=person, status=BookingStatus.BOOKED, starts_at__gt=now
    ).select_related("city"):
        booking.cancelled_at = now
        workflow.transition(
            booking,
            BookingStatus.CANCELLED,
            workflow=BOOKINGS,
            by=None,
            city=booking.city,
            person=person,
            fields=["cancelled_at"],
            details={"reason": "erasure"},
        )
    Booking.objects.filter(person=person).update(purpose="")
