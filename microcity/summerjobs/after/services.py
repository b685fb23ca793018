"""After a summer job: the youth's and the employer's feedback, the certificate of work (with its verified
portfolio entry and the "summer job completed" result in the outcome ledger) and the coordinator's
feedback results.

A job is over once its last day (the contract's, or the period's while there is no contract) has passed.
Feedback is given once per side and cannot be changed; a certificate is issued once per job and needs
confirmed hours, and issuing it again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, Q
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from microcity.accounts.models import User
from microcity.core import registry
from microcity.core.certificates import CertificateData
from microcity.core.models import AuditAction, City, Indicator, Programme
from microcity.core.services import outcome_record
from microcity.summerjobs import permissions
from microcity.summerjobs.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Feedback,
    FeedbackRole,
    MatchRunStatus,
    Season,
    TimesheetEntry,
    WorkCertificate,
)
from microcity.summerjobs.pay import money, payroll
from microcity.summerjobs.workflows import NotAllowed, SummerJobsError, audit, full_clean

CERTIFICATE_PREFIX = "SJ"


def _today(today: dt.date | None) -> dt.date:
    return today or timezone.localdate()


def _job(pk: int) -> Assignment:
    return Assignment.objects.select_related(
        "run",
        "application__youth__user",
        "application__season__city",
        "application__priority_group",
        "placement_period__placement__organisation",
        "placement_period__placement__occupation",
        "period",
        "contract",
    ).get(pk=pk)


def job_last_day(assignment: Assignment) -> dt.date:
    return payroll.job_dates(assignment)[1]


def job_is_over(assignment: Assignment, today: dt.date | None = None) -> bool:
    return _today(today) > job_last_day(assignment)


def feedback_open(assignment: Assignment, today: dt.date | None = None) -> bool:
    """An accepted job whose last day has passed."""
    return assignment.status == AssignmentStatus.ACCEPTED and job_is_over(assignment, today)


def _confirmed_minutes(assignment: Assignment) -> payroll.WorkedTime:
    return payroll.worked_time([assignment.pk])[assignment.pk]


# --- Feedback ---------------------------------------------------------------------------------------


@transaction.atomic
def feedback_submit(
    *,
    assignment: Assignment,
    role: str,
    by: User,
    rating: int,
    would_repeat: str,
    would_offer_without_programme: str = "",
    learned: str = "",
    comment: str = "",
    today: dt.date | None = None,
) -> Feedback:
    """One short form from each side after the job; a second one is refused."""
    if role not in FeedbackRole.values:
        raise SummerJobsError(_("Unknown feedback form."))
    assignment = _job(assignment.pk)
    if not permissions.can_give_feedback(by, assignment, role):
        raise NotAllowed(_("You cannot give feedback on this job."))
    if assignment.run.status != MatchRunStatus.PUBLISHED or not feedback_open(assignment, today):
        raise SummerJobsError(_("Feedback can be given once the job is over."))
    if Feedback.objects.filter(assignment=assignment, role=role).exists():
        raise SummerJobsError(_("Feedback on this job has already been given. It can be given only once."))
    if role == FeedbackRole.EMPLOYER:
        if would_offer_without_programme not in Answer.values:
            raise SummerJobsError(
                _("Please say whether you would have offered this job without the programme.")
            )
    else:
        would_offer_without_programme = ""
    feedback = Feedback(
        assignment=assignment,
        role=role,
        rating=rating,
        would_repeat=would_repeat,
        would_offer_without_programme=would_offer_without_programme,
        learned=learned.strip(),
        comment=comment.strip(),
        submitted_by=by,
    )
    full_clean(feedback)
    try:
        with transaction.atomic():
            feedback.save()
    except IntegrityError as error:
        # Two submissions at the same moment: the first one stands.
        raise SummerJobsError(
            _("Feedback on this job has already been given. It can be given only once.")
        ) from error
    audit(
        by=by,
        obj=feedback,
        city=assignment.application.season.city,
        person=assignment.application.youth,
        action=AuditAction.CREATE,
        role=role,
        assignment=assignment.pk,
    )
    return feedback


@dataclass(frozen=True)
class AnswerShare:
    answer: str
    label: str
    count: int
    share: float  # 0–100


@dataclass
class RoleResults:
    role: str
    label: str
    count: int = 0
    average_rating: float | None = None
    ratings: list[tuple[int, int]] = field(default_factory=list)  # (rating, count) for 5 … 1
    would_repeat: list[AnswerShare] = field(default_factory=list)


@dataclass
class FeedbackResults:
    jobs_over: int
    roles: list[RoleResults]
    additionality: list[AnswerShare]
    additionality_count: int


def _shares(counts: Counter[str]) -> list[AnswerShare]:
    total = sum(counts.values())
    return [
        AnswerShare(
            answer=str(answer),
            label=str(answer.label),
            count=counts.get(str(answer), 0),
            share=round(100 * counts.get(str(answer), 0) / total, 1) if total else 0.0,
        )
        for answer in Answer
    ]


def feedback_results(*, season: Season, today: dt.date | None = None) -> FeedbackResults:
    """Counts, average rating and answer shares per side, in four queries."""
    rows = Feedback.objects.filter(
        assignment__run__season=season, assignment__run__status=MatchRunStatus.PUBLISHED
    )
    summary = {row["role"]: row for row in rows.values("role").annotate(n=Count("pk"), avg=Avg("rating"))}
    ratings: Counter[tuple[str, int]] = Counter()
    for row in rows.values("role", "rating").annotate(n=Count("pk")):
        ratings[(row["role"], row["rating"])] = row["n"]
    repeat: dict[str, Counter[str]] = {role: Counter() for role in FeedbackRole.values}
    for row in rows.values("role", "would_repeat").annotate(n=Count("pk")):
        repeat[row["role"]][row["would_repeat"]] = row["n"]
    additional: Counter[str] = Counter(
        {
            row["would_offer_without_programme"]: row["n"]
            for row in rows.filter(role=FeedbackRole.EMPLOYER)
            .values("would_offer_without_programme")
            .annotate(n=Count("pk"))
        }
    )
    roles = []
    for role in FeedbackRole:
        found = summary.get(str(role))
        roles.append(
            RoleResults(
                role=str(role),
                label=str(role.label),
                count=found["n"] if found else 0,
                average_rating=round(float(found["avg"]), 2) if found and found["avg"] is not None else None,
                ratings=[(value, ratings[(str(role), value)]) for value in range(5, 0, -1)],
                would_repeat=_shares(repeat[str(role)]),
            )
        )
    day = _today(today)
    ended = Q(contract__ends_on__lt=day) | Q(contract__isnull=True, period__ends_on__lt=day)
    jobs_over = Assignment.objects.filter(
        run__season=season, run__status=MatchRunStatus.PUBLISHED, status=AssignmentStatus.ACCEPTED
    ).filter(ended)
    return FeedbackResults(
        jobs_over=jobs_over.count(),
        roles=roles,
        additionality=_shares(additional),
        additionality_count=sum(additional.values()),
    )


# --- Certificates -----------------------------------------------------------------------------------


def _next_number(city: City, year: int) -> str:
    """The next number in the city's series for the year; the caller holds the city row's lock."""
    prefix = f"{CERTIFICATE_PREFIX}-{city.slug.upper()[:20]}-{year}-"
    last = (
        WorkCertificate.objects.filter(number__startswith=prefix)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    following = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{following:05d}"


def _youth_language(assignment: Assignment) -> str:
    user = assignment.application.youth.user
    return getattr(user, "preferred_language", None) or "lv"


def _record_completion(certificate: WorkCertificate, assignment: Assignment) -> None:
    """The portfolio entry and the ledger result (both idempotent by their keys)."""
    season = assignment.application.season
    placement = assignment.placement_period.placement
    youth = assignment.application.youth
    starts_on, ends_on = payroll.job_dates(assignment)
    with translation.override(_youth_language(assignment)):
        source_label = _("Youth summer employment programme, %(city)s") % {"city": season.city.name}
        description = _("%(duties)s\n\nCertificate of work no. %(number)s, %(hours)s hours.") % {
            "duties": placement.duties,
            "number": certificate.number,
            "hours": formats.number_format(certificate.hours_worked, 2),
        }
    # The career portfolio takes it (careers registers the recorder), without summer jobs importing careers.
    registry.verified_experience.record(
        registry.VerifiedExperience(
            person=youth,
            title=placement.workplace,
            source_key=f"summerjobs.assignment:{assignment.pk}",
            source_label=source_label,
            organisation_name=placement.organisation.name,
            description=description,
            starts_on=starts_on,
            ends_on=ends_on,
            hours=int(certificate.hours_worked.to_integral_value(rounding=ROUND_HALF_UP)),
            occupation=placement.occupation,
        )
    )
    outcome_record(
        indicator=Indicator.SUMMER_JOB_COMPLETED,
        programme=Programme.SUMMER_JOBS,
        city=season.city,
        occurred_on=ends_on,
        source=assignment,
        person=youth,
        details={"certificate": certificate.number, "season": season.pk},
    )


@transaction.atomic
def certificate_issue(*, assignment: Assignment, by: User, today: dt.date | None = None) -> WorkCertificate:
    """Issue the certificate of work once the job is over and has confirmed hours; it goes into the
    youth's portfolio as verified experience and counts the youth in "summer job completed". Issuing an
    already issued certificate returns it and changes nothing."""
    assignment = _job(assignment.pk)
    if not permissions.can_issue_certificate(by, assignment):
        raise NotAllowed(_("Only the employer or the city's coordinator can issue the certificate."))
    existing = WorkCertificate.objects.filter(assignment=assignment).first()
    if existing is not None:
        # Its portfolio entry and ledger result were written with it (same transaction); the youth may
        # have deleted the entry since, which is their right, so it is not added again.
        return existing
    if assignment.run.status != MatchRunStatus.PUBLISHED or assignment.status != AssignmentStatus.ACCEPTED:
        raise SummerJobsError(_("A certificate can be issued only for a job that the youth accepted."))
    if not job_is_over(assignment, today):
        raise SummerJobsError(_("A certificate can be issued once the job is over."))
    season = assignment.application.season
    # One lock per city: certificate numbers of a city and year are handed out one at a time.
    city = City.objects.select_for_update().get(pk=season.city_id)
    existing = WorkCertificate.objects.filter(assignment=assignment).first()
    if existing is not None:  # issued by someone else while we waited for the lock
        return existing
    worked = _confirmed_minutes(assignment)
    if worked.confirmed_minutes <= 0:
        raise SummerJobsError(_("A certificate needs confirmed working hours; none are confirmed yet."))
    certificate = WorkCertificate.objects.create(
        assignment=assignment,
        number=_next_number(city, season.year),
        days_worked=worked.days_worked,
        hours_worked=money.hours_of(worked.confirmed_minutes),
        issued_on=_today(today),
        issued_by=by,
    )
    _record_completion(certificate, assignment)
    audit(
        by=by,
        obj=certificate,
        city=season.city,
        person=assignment.application.youth,
        action=AuditAction.CREATE,
        assignment=assignment.pk,
        hours=str(certificate.hours_worked),
        days=certificate.days_worked,
    )
    return certificate


def completed_without_certificate(*, season: Season, today: dt.date | None = None) -> list[Assignment]:
    """Accepted jobs that are over, have confirmed hours and no certificate yet."""
    day = _today(today)
    ended = Q(contract__ends_on__lt=day) | Q(contract__isnull=True, period__ends_on__lt=day)
    worked = TimesheetEntry.objects.filter(confirmed_at__isnull=False).values("assignment_id")
    return list(
        Assignment.objects.filter(
            run__season=season,
            run__status=MatchRunStatus.PUBLISHED,
            status=AssignmentStatus.ACCEPTED,
            certificate__isnull=True,
            pk__in=worked,
        )
        .filter(ended)
        .order_by("pk")
    )


@dataclass
class BulkIssue:
    issued: list[WorkCertificate] = field(default_factory=list)
    refused: list[tuple[Assignment, str]] = field(default_factory=list)


@transaction.atomic
def certificates_issue_all(*, season: Season, by: User, today: dt.date | None = None) -> BulkIssue:
    """The coordinator issues the certificates of every completed job of the season at once."""
    if not permissions.is_coordinator(by, season.city):
        raise NotAllowed(_("Only the city's coordinator can issue all certificates at once."))
    result = BulkIssue()
    for assignment in completed_without_certificate(season=season, today=today):
        try:
            with transaction.atomic():
                result.issued.append(certificate_issue(assignment=assignment, by=by, today=today))
        except SummerJobsError as error:
            result.refused.append((assignment, str(error)))
    audit(by=by, obj=season, city=season.city, certificates_issued=len(result.issued))
    return result


def _issuer_name(user: Any) -> str:
    """The issuer's name for the signature line; never their e-mail address."""
    if user is None:
        return ""
    person = getattr(user, "person", None)
    return user.get_full_name() or (person.full_name if person is not None else "")


def certificate_data(*, certificate: WorkCertificate, language: str) -> CertificateData:
    """What the certificate of work says, in `language`."""
    assignment = _job(certificate.assignment_id)
    season = assignment.application.season
    placement = assignment.placement_period.placement
    starts_on, ends_on = payroll.job_dates(assignment)
    issuer = certificate.issued_by
    with translation.override(language):
        occupation = placement.occupation
        period = "{} – {}".format(
            formats.date_format(starts_on, "DATE_FORMAT"), formats.date_format(ends_on, "DATE_FORMAT")
        )
        details = [
            (_("Employer"), placement.organisation.name),
            (_("Workplace"), placement.workplace),
            (_("Profession (ISCO-08)"), f"{occupation.code} {occupation.label}"),
            (_("Period"), period),
            (_("Days worked"), formats.number_format(certificate.days_worked)),
            (_("Hours worked"), formats.number_format(certificate.hours_worked, 2)),
        ]
        if issuer is None:
            issuer_role = ""
        elif permissions.represents(issuer, placement.organisation_id):
            issuer_role = placement.organisation.name
        else:
            issuer_role = _("Programme coordinator, %(city)s") % {"city": season.city.name}
        return CertificateData(
            city_name=season.city.name,
            title=_("Certificate of work"),
            holder_name=assignment.application.youth.full_name,
            statement=_(
                "has completed a summer job in the youth summer employment programme “%(season)s” (%(year)s)."
            )
            % {"season": season.name, "year": str(season.year)},
            details=details,
            number=certificate.number,
            issued_on=certificate.issued_on,
            issuer=_issuer_name(issuer),
            issuer_role=issuer_role,
            programme=_("Youth summer employment programme"),
            brand_colour=season.city.brand_colour or "#1d4f91",
        )
