"""What career support keeps about a person, for their data download, and its erasure when they delete
their account: the portfolio goes entirely (files included); sessions and activity registrations keep
only dates and status, which the counted results rest on."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from microcity.careers.models import (
    Booking,
    BookingStatus,
    Evidence,
    Portfolio,
    Registration,
    SessionRecord,
)
from microcity.core.models import Person


def export_person_portfolio(person: Person) -> list[dict[str, Any]]:
    portfolio = (
        Portfolio.objects.filter(person=person)
        .prefetch_related(
            "sharing",
            "entries__evidence",
            "entries__occupation",
            "skills__skill",
            "assessments",
            "goals__steps",
            "share_links__openings",
        )
        .first()
    )
    if portfolio is None:
        return []
    return [
        {
            "about": portfolio.about,
            "created_at": portfolio.created_at,
            "sharing": {row.section: row.visibility for row in portfolio.sharing.all()},
            "entries": [
                {
                    "section": entry.section,
                    "title": entry.title,
                    "organisation": entry.organisation_name,
                    "description": entry.description,
                    "from": entry.starts_on,
                    "until": entry.ends_on,
                    "hours": entry.hours,
                    "occupation": entry.occupation.code if entry.occupation else None,
                    "verified_by": entry.source_label or None,
                    "evidence": [
                        {"name": item.original_name, "type": item.mime_type, "file": item.file.name}
                        for item in entry.evidence.all()
                    ],
                }
                for entry in portfolio.entries.all()
            ],
            "skills": [
                {
                    "skill": row.skill.label_en if row.skill else row.free_text,
                    "code": row.skill.code if row.skill else None,
                    "note": row.note,
                }
                for row in portfolio.skills.all()
            ],
            "interest_assessments": [
                {
                    "taken_at": a.taken_at,
                    "version": a.version,
                    "answers": a.answers,
                    "scores": a.scores,
                    "code": a.code,
                }
                for a in portfolio.assessments.all()
            ],
            "goals": [
                {
                    "goal": goal.title,
                    "description": goal.description,
                    "target": goal.target_on,
                    "status": goal.status,
                    "steps": [
                        {"step": step.title, "by": step.due_on, "done_at": step.done_at}
                        for step in goal.steps.all()
                    ],
                }
                for goal in portfolio.goals.all()
            ],
            "share_links": [
                {
                    "for": link.label,
                    "sections": link.sections,
                    "created_at": link.created_at,
                    "expires_at": link.expires_at,
                    "revoked_at": link.revoked_at,
                    "openings": [{"at": o.opened_at, "address": o.address} for o in link.openings.all()],
                }
                for link in portfolio.share_links.all()
            ],
        }
    ]


def export_person_counselling(person: Person) -> list[dict[str, Any]]:
    """Sessions with their topics and agreed next steps. The counsellor's private notes are working
    notes kept for the counsellor alone (MISSION: consultation notes are visible to counsellors only)."""
    rows = []
    for booking in (
        Booking.objects.filter(youth=person)
        .select_related("counsellor", "city", "record")
        .prefetch_related("record__next_steps")
    ):
        record = getattr(booking, "record", None)
        rows.append(
            {
                "starts_at": booking.starts_at,
                "ends_at": booking.ends_at,
                "city": booking.city.slug,
                "counsellor": str(booking.counsellor) if booking.counsellor else None,
                "status": booking.status,
                "topics": record.topics if record else "",
                "next_steps": [
                    {"step": step.text, "due": step.due_on, "done_at": step.done_at}
                    for step in (record.next_steps.all() if record else [])
                ],
            }
        )
    return rows


def export_person_activities(person: Person) -> list[dict[str, Any]]:
    return [
        {
            "activity": registration.activity.title,
            "kind": registration.activity.kind,
            "starts_at": registration.activity.starts_at,
            "status": registration.status,
            "registered_at": registration.registered_at,
        }
        for registration in Registration.objects.filter(youth=person).select_related("activity")
    ]


def erase_person_careers(person: Person) -> None:
    """The portfolio and its files go; future sessions and places are given up (a freed place goes to
    the next youth waiting); past sessions lose their records but keep date and status for the counts."""
    from microcity.careers.activities import registrations_give_up

    now = timezone.now()
    files = [item.file.name for item in Evidence.objects.filter(entry__portfolio__person=person) if item.file]
    storage = Evidence._meta.get_field("file").storage  # type: ignore[attr-defined]
    Portfolio.objects.filter(person=person).delete()

    def delete_files() -> None:
        for name in files:
            storage.delete(name)

    transaction.on_commit(delete_files)
    Booking.objects.filter(youth=person, status=BookingStatus.BOOKED, starts_at__gt=now).update(
        status=BookingStatus.CANCELLED, cancelled_at=now, cancel_reason=""
    )
    SessionRecord.objects.filter(booking__youth=person).delete()
    registrations_give_up(person=person, now=now)
