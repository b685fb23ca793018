"""A person's course applications for their data download, and their erasure (core.registry.personal_data)."""

from __future__ import annotations

from typing import Any

from microcity.courses.models import Application


def export_person(person: Any) -> list[dict[str, Any]]:
    return [
        {
            "course": application.course.title,
            "status": application.status,
            "submitted_at": application.submitted_at,
            "answer": application.answer,
            "referred_by_agency": application.referred_by_agency,
            "gender": application.gender,
            "labour_status": application.labour_status,
            "education": application.education,
            "disadvantaged": application.disadvantaged,
            "disability": application.disability,
            "funder_consent": application.funder_consent,
            "certificate_number": application.certificate_number,
            "outcomes": [
                {
                    "checkpoint": o.checkpoint,
                    "kind": o.kind,
                    "employer": o.employer.name if o.employer else "",
                }
                for o in application.job_outcomes.all()
            ],
        }
        for application in Application.objects.filter(person=person)
        .select_related("course")
        .prefetch_related("job_outcomes__employer")
    ]


def erase_person(person: Any) -> None:
    """The answers and entry data go; the fact of the participation stays for the funder's audit trail,
    without anything that describes the person."""
    Application.objects.filter(person=person).update(
        answer="",
        gender="prefer_not",
        labour_status="prefer_not",
        education="prefer_not",
        disadvantaged="prefer_not",
        disability="prefer_not",
        funder_consent=False,
    )
