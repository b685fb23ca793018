"""What leaves the courses app as a file: the funder's per-participant micro-data (ESF+ common indicators:
entry status and results, only for participants who consented), its data dictionary, and the certificate.
Everything is written through core/exports.py and core/certificates.py."""

from __future__ import annotations

from typing import Any

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.core.certificates import CertificateData
from microcity.courses import selectors, services
from microcity.courses.models import Application, Checkpoint

# Column → what it means (the data dictionary shipped with the export and shown on the page).
DICTIONARY: list[tuple[str, Any]] = [
    (
        "participant",
        gettext_lazy("Pseudonymous participant number (the application's number); no names are exported."),
    ),
    ("course", gettext_lazy("The course's number.")),
    ("entry_date", gettext_lazy("The date the participant's offer was accepted (entry into the operation).")),
    ("gender", gettext_lazy("female, male, other or prefer_not.")),
    ("age_band", gettext_lazy("Age at the course's start: under_30, 30_54, 55_plus (empty if unknown).")),
    (
        "labour_status",
        gettext_lazy(
            "At entry: employed, self_employed, unemployed, long_term_unemployed, inactive, "
            "in_education or prefer_not."
        ),
    ),
    ("education", gettext_lazy("At entry, ISCED: isced_0_2, isced_3_4, isced_5_8 or prefer_not.")),
    ("disadvantaged", gettext_lazy("yes, no or prefer_not.")),
    ("disability", gettext_lazy("yes, no or prefer_not.")),
    ("result", gettext_lazy("accepted (still in training), completed, not_completed or dropped_out.")),
    (
        "qualification",
        gettext_lazy("1 if the participant completed the course and received its certificate, else 0."),
    ),
    (
        "work_at_completion",
        gettext_lazy(
            "Situation at completion: internship, employed, self_employed, in_education, "
            "not_employed, or empty if not recorded."
        ),
    ),
    ("employer_at_completion", gettext_lazy("The employer's registration number, if any.")),
    ("work_6_months", gettext_lazy("Situation six months after completion (as above).")),
    ("work_12_months", gettext_lazy("Situation twelve months after completion (as above).")),
]
HEADER = [name for name, _meaning in DICTIONARY]


def funder_table(course: Any) -> list[list[Any]]:
    """The header and one row per consenting participant who started the course."""
    rows: list[list[Any]] = [list(HEADER)]
    for application in selectors.funder_rows(course=course):
        outcomes = {o.checkpoint: o for o in application.job_outcomes.all()}
        at_completion = outcomes.get(Checkpoint.AT_COMPLETION)
        rows.append(
            [
                application.pk,
                course.pk,
                timezone.localdate(application.answered_at) if application.answered_at else None,
                application.gender,
                services.age_band(application.person, course.starts_on),
                application.labour_status,
                application.education,
                application.disadvantaged,
                application.disability,
                application.status,
                1 if application.status == "completed" else 0,
                at_completion.kind if at_completion else "",
                (
                    at_completion.employer.registration_number
                    if at_completion and at_completion.employer
                    else ""
                ),
                outcomes[Checkpoint.MONTHS_6].kind if Checkpoint.MONTHS_6 in outcomes else "",
                outcomes[Checkpoint.MONTHS_12].kind if Checkpoint.MONTHS_12 in outcomes else "",
            ]
        )
    return rows


def certificate_data(application: Application, *, language: str) -> CertificateData:
    course = application.course
    with translation.override(language):
        details = [
            (_("Course"), course.title),
            (_("Provider"), course.provider.name),
            (_("Hours"), str(course.hours)),
            (
                _("Dates"),
                f"{formats.date_format(course.starts_on, 'j.n.Y')}–{formats.date_format(course.ends_on, 'j.n.Y')}",
            ),
        ]
        if course.occupation is not None:
            details.append((_("Prepares for the occupation (ISCO-08)"), str(course.occupation)))
        return CertificateData(
            city_name=course.city.name,
            title=_("Certificate of completion"),
            holder_name=application.person.full_name,
            statement=_("has completed the retraining course “%(title)s”.") % {"title": course.title},
            details=details,
            number=application.certificate_number,
            issued_on=timezone.localdate(application.finished_at) if application.finished_at else None,
            issuer=course.provider.name,
            programme=_("Retraining"),
            brand_colour=course.city.brand_colour,
        )
