"""A youth's summer work for her own data download (GDPR articles 15 and 20): each place she was offered or
held, named (employer, workplace, address, occupation, period), with its contract, start documents,
timesheets, confirmed hours and pay, feedback about it and its certificate."""

from __future__ import annotations

from typing import Any

from microcity.core.models import Person
from microcity.summerjobs.models import (
    Assignment,
    AssignmentStatus,
    MatchRunStatus,
    Placement,
    WorkCertificate,
)
from microcity.summerjobs.pay import payroll


def _contract(assignment: Assignment) -> dict[str, Any] | None:
    contract = payroll.contract_of(assignment)
    if contract is None:
        return None
    return {
        "number": contract.number,
        "first_working_day": contract.starts_on,
        "last_working_day": contract.ends_on,
        "hours_per_day": contract.hours_per_day,
        "hourly_rate_eur": contract.hourly_rate,
        "signed_on": contract.signed_on,
    }


def _certificate(assignment: Assignment) -> dict[str, Any] | None:
    try:
        certificate = assignment.certificate
    except WorkCertificate.DoesNotExist:
        return None
    return {
        "number": certificate.number,
        "days_worked": certificate.days_worked,
        "hours_worked": certificate.hours_worked,
        "issued_on": certificate.issued_on,
    }


def export_person_summer_work(person: Person) -> list[dict[str, Any]]:
    """Every published offer the youth got (not the coordinator's previews), with all that followed it."""
    assignments = list(
        Assignment.objects.select_related(
            "application__season__city",
            "application__priority_group",
            "placement_period__placement__organisation",
            "placement_period__placement__occupation",
            "period",
            "contract",
            "certificate",
        )
        .filter(application__youth=person, run__status=MatchRunStatus.PUBLISHED)
        .exclude(status=AssignmentStatus.PROPOSED)
        .prefetch_related("timesheet_entries", "start_documents", "feedback")
        .order_by("period__starts_on", "pk")
    )
    pay = {row.assignment.pk: row for season_rows in _pay_rows(assignments) for row in season_rows}
    result = []
    for assignment in assignments:
        placement = assignment.placement_period.placement
        row = pay[assignment.pk]
        result.append(
            {
                "city": assignment.application.season.city.slug,
                "season": str(assignment.application.season),
                "employer": placement.organisation.name,
                "workplace": placement.workplace,
                "address": placement.address,
                "occupation": f"{placement.occupation.code} {placement.occupation.label_en}",
                "duties": placement.duties,
                "work_supervisor": placement.supervisor_name,
                "period": {
                    "name": assignment.period.name,
                    "first_day": assignment.period.starts_on,
                    "last_day": assignment.period.ends_on,
                },
                "your_choice_rank": assignment.choice_rank,
                "offer": {
                    "status": assignment.status,
                    "offered_at": assignment.offered_at,
                    "answer_by": assignment.deadline,
                    "answered_at": assignment.responded_at,
                },
                "contract": _contract(assignment),
                "start_documents": [
                    {"document": d.kind, "received_on": d.received_on, "note": d.note}
                    for d in assignment.start_documents.all()
                ],
                "timesheet": [
                    {
                        "day": e.day,
                        "started": e.start,
                        "ended": e.end,
                        "break_minutes": e.break_minutes,
                        "confirmed_at": e.confirmed_at,
                    }
                    for e in sorted(assignment.timesheet_entries.all(), key=lambda e: (e.day, e.start))
                ],
                "pay": {
                    "confirmed_hours": row.worked.confirmed_hours,
                    "unconfirmed_hours": row.worked.unconfirmed_hours,
                    "days_worked": row.worked.days_worked,
                    "hourly_rate_eur": row.line.rate,
                    "gross_pay_eur": row.line.gross,
                },
                "feedback": [
                    {
                        "from": f.role,
                        "rating": f.rating,
                        "would_repeat": f.would_repeat,
                        "learned": f.learned,
                        "comment": f.comment,
                        "submitted_at": f.submitted_at,
                    }
                    for f in assignment.feedback.all()
                ],
                "certificate": _certificate(assignment),
            }
        )
    return result


def _pay_rows(assignments: list[Assignment]) -> list[list[payroll.PayrollRow]]:
    """Pay as the payroll computes it (the same rules, the same rounding), season by season."""
    by_season: dict[int, list[Assignment]] = {}
    for assignment in assignments:
        by_season.setdefault(assignment.application.season_id, []).append(assignment)
    return [payroll.payroll_rows_for(group, group[0].application.season) for group in by_season.values()]


def export_person_supervision(person: Person) -> list[dict[str, Any]]:
    """Placements that name the person as the work supervisor."""
    placements = Placement.objects.filter(supervisor=person).select_related("season__city", "organisation")
    return [
        {
            "city": p.season.city.slug,
            "season": str(p.season),
            "employer": p.organisation.name,
            "workplace": p.workplace,
            "supervisor_name": p.supervisor_name,
        }
        for p in placements.order_by("pk")
    ]
