"""Every change of a retraining course: opening it, applications with eligibility, selection by priority
groups, score and a published-seed lottery, offers with a deadline and a waiting list that moves by itself,
sessions and attendance, completion (the ledger's "person retrained") and job outcomes.

Places are decided one course at a time: every service that gives or frees a place first locks the course's
row (select_for_update), so two coordinators offering the last place, or a participant accepting twice,
cannot overfill it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from microcity.accounts.models import User
from microcity.core import workflow
from microcity.core.models import (
    AuditAction,
    AuditEvent,
    City,
    Indicator,
    Occupation,
    Organisation,
    Person,
    Programme,
)
from microcity.core.services import audit_log, outcome_record
from microcity.core.tasks import enqueue
from microcity.courses import notify, permissions, ranking
from microcity.courses.models import (
    PLACE_STATUSES,
    Application,
    ApplicationStatus,
    Attendance,
    Checkpoint,
    Course,
    CourseStatus,
    Education,
    JobOutcome,
    LabourStatus,
    OutcomeKind,
    PriorityRule,
    PriorityRuleKind,
    Session,
    YesNoPreferNot,
)
from microcity.courses.workflows import APPLICATIONS, COURSES, CoursesError, NotAllowed

S = ApplicationStatus
ANSWER_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 300


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def _lock(course: Course) -> Course:
    return Course.objects.select_for_update().select_related("city").get(pk=course.pk)


def _require_manager(by: Any, course_or_city: Course | City) -> None:
    city = course_or_city.city if isinstance(course_or_city, Course) else course_or_city
    if not permissions.can_manage_courses(by, city):
        raise NotAllowed(_("Only the city's programme coordinators run retraining courses."))


# --- Courses --------------------------------------------------------------------------------------------


@transaction.atomic
def course_create(
    *,
    city: City,
    by: User,
    title_lv: str,
    title_en: str,
    provider: Organisation,
    hours: int,
    places: int,
    applications_open_at: dt.datetime,
    applications_close_at: dt.datetime,
    starts_on: dt.date,
    ends_on: dt.date,
    occupation: Occupation | None = None,
    priority_rules: Iterable[str] = (),
    partner_employers: Iterable[Organisation] = (),
    trainers: Iterable[User] = (),
    **fields: Any,
) -> Course:
    _require_manager(by, city)
    if provider.city_id != city.pk:
        raise CoursesError(_("The provider must be an organisation of this city."))
    course = Course(
        city=city,
        title_lv=title_lv.strip(),
        title_en=title_en.strip(),
        provider=provider,
        hours=hours,
        places=places,
        applications_open_at=applications_open_at,
        applications_close_at=applications_close_at,
        starts_on=starts_on,
        ends_on=ends_on,
        occupation=occupation,
        created_by=by,
        **fields,
    )
    course.full_clean()
    course.save()
    kinds = list(dict.fromkeys(priority_rules))
    unknown = set(kinds) - set(PriorityRuleKind.values)
    if unknown:
        raise CoursesError(_("Unknown priority group."))
    PriorityRule.objects.bulk_create(
        PriorityRule(course=course, order=order, kind=kind) for order, kind in enumerate(kinds, 1)
    )
    course.partner_employers.set(list(partner_employers))
    course.trainers.set(list(trainers))
    audit_log(actor=by, action=AuditAction.CREATE, obj=course, city=city)
    return course


@transaction.atomic
def course_open(*, course: Course, by: User, secret: str | None = None) -> Course:
    """Publish the course for applications and the hash of its lottery secret (which never changes).

    `secret` is for tests and the demo data only: the pages never pass one."""
    _require_manager(by, course)
    course = _lock(course)
    secret = ranking.new_secret() if secret is None else secret
    course.lottery_secret = secret
    course.lottery_commitment = ranking.commitment_of(secret)
    workflow.transition(
        course,
        CourseStatus.OPEN,
        workflow=COURSES,
        by=by,
        city=course.city,
        fields=["lottery_secret", "lottery_commitment"],
        locked=True,
    )
    return course


@transaction.atomic
def session_add(
    *, course: Course, by: User, starts_at: dt.datetime, ends_at: dt.datetime, topic: str = ""
) -> Session:
    _require_manager(by, course)
    if course.status in {CourseStatus.FINISHED, CourseStatus.CANCELLED}:
        raise CoursesError(_("A finished or cancelled course gets no new sessions."))
    if ends_at <= starts_at:
        raise CoursesError(_("A session must end after it starts."))
    session = Session.objects.create(
        course=course,
        starts_at=starts_at,
        ends_at=ends_at,
        topic=topic.strip()[:200],
        check_in_code=ranking.new_secret()[:6].upper(),
    )
    audit_log(actor=by, action=AuditAction.CREATE, obj=session, city=course.city)
    return session


# --- Applications ---------------------------------------------------------------------------------------


def eligibility_reasons(*, course: Course, person: Person, now: dt.datetime | None = None) -> list[str]:
    """Why this person may not apply (translated), or nothing. The same check runs as they apply."""
    reasons: list[str] = []
    age = person.age_on(course.starts_on)
    if age is None:
        reasons.append(_("Add your date of birth to your details: the course has an age limit."))
    elif not course.min_age <= age <= course.max_age:
        reasons.append(
            _("This course is for people aged %(min)s to %(max)s when it starts.")
            % {"min": course.min_age, "max": course.max_age}
        )
    if course.residents_only and person.city_id != course.city_id:
        reasons.append(_("This course is only for residents of %(city)s.") % {"city": course.city.name})
    if (
        course.first_time_only
        and course.occupation_id is not None
        and Application.objects.filter(
            person=person, status=S.COMPLETED, course__occupation_id=course.occupation_id
        )
        .exclude(course=course)
        .exists()
    ):
        reasons.append(_("You have already completed a course for this occupation."))
    return reasons


@transaction.atomic
def application_submit(
    *,
    course: Course,
    person: Person,
    by: User,
    answer: str = "",
    referred_by_agency: bool = False,
    gender: str = "prefer_not",
    labour_status: str = "prefer_not",
    education: str = "prefer_not",
    disadvantaged: str = "prefer_not",
    disability: str = "prefer_not",
    funder_consent: bool = False,
    now: dt.datetime | None = None,
) -> Application:
    moment = _now(now)
    if not permissions.can_apply_as(by, person):
        raise NotAllowed(_("You may apply only for yourself."))
    course = _lock(course)
    if not course.is_open_at(moment):
        raise CoursesError(_("Applications for this course are not open."))
    reasons = eligibility_reasons(course=course, person=person, now=moment)
    if reasons:
        error = CoursesError(*reasons)
        error.messages = reasons
        raise error
    if Application.objects.filter(course=course, person=person).exists():
        raise CoursesError(_("You have already applied for this course."))
    application = Application(
        course=course,
        person=person,
        submitted_at=moment,
        answer=answer.strip()[:ANSWER_MAX_LENGTH],
        referred_by_agency=referred_by_agency,
        gender=gender,
        labour_status=labour_status,
        education=education,
        disadvantaged=disadvantaged,
        disability=disability,
        funder_consent=funder_consent,
    )
    application.full_clean(exclude=["course", "person"])
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError as error:
        raise CoursesError(_("You have already applied for this course.")) from error
    audit_log(actor=by, action=AuditAction.CREATE, obj=application, person=person, city=course.city)
    notify.application_email(application, "submitted")
    return application


def _move(
    application: Application,
    to: str,
    *,
    by: User | None,
    fields: Iterable[str] = (),
    details: dict[str, Any] | None = None,
) -> None:
    workflow.transition(
        application,
        to,
        workflow=APPLICATIONS,
        by=by,
        city=application.course.city,
        person=application.person,
        fields=fields,
        details=details,
    )


@transaction.atomic
def application_withdraw(*, application: Application, by: User) -> Application:
    if not permissions.is_applicant(by, application):
        raise NotAllowed(_("Only the applicant withdraws an application."))
    _lock(application.course)
    _move(application, S.WITHDRAWN, by=by)
    return application


@transaction.atomic
def application_score(*, application: Application, score: Decimal | None, by: User) -> Application:
    """The staff's score or interview result, used after the priority groups and before the lottery."""
    _require_manager(by, application.course)
    course = _lock(application.course)
    if course.status != CourseStatus.OPEN:
        raise CoursesError(_("Scores can be changed only until the selection is made."))
    if score is not None and not Decimal("0") <= score <= Decimal("100"):
        raise CoursesError(_("A score is between 0 and 100."))
    application.staff_score = score
    application.save(update_fields=["staff_score"])
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=application,
        person=application.person,
        city=course.city,
        details={"fields": ["staff_score"]},
    )
    return application


def rule_matches(kind: str, application: Application, course: Course) -> bool:
    """Whether the application falls in a priority group. "Prefer not to say" never matches."""
    person = application.person
    if kind == PriorityRuleKind.AGE_45_LOW_EDUCATION:
        age = person.age_on(course.starts_on)
        return age is not None and age >= 45 and application.education == Education.ISCED_0_2
    if kind == PriorityRuleKind.UNEMPLOYED:
        return application.labour_status in {LabourStatus.UNEMPLOYED, LabourStatus.LONG_TERM_UNEMPLOYED}
    if kind == PriorityRuleKind.LONG_TERM_UNEMPLOYED:
        return application.labour_status == LabourStatus.LONG_TERM_UNEMPLOYED
    if kind == PriorityRuleKind.REFERRED:
        return application.referred_by_agency
    if kind == PriorityRuleKind.DISABILITY:
        return application.disability == YesNoPreferNot.YES
    if kind == PriorityRuleKind.RESIDENT:
        return person.city_id == course.city_id
    if kind == PriorityRuleKind.EMPLOYED_LOW_SKILLED:
        return application.labour_status in {
            LabourStatus.EMPLOYED,
            LabourStatus.SELF_EMPLOYED,
        } and application.education in {Education.ISCED_0_2, Education.ISCED_3_4}
    return False


def _offer_fields(application: Application, course: Course, moment: dt.datetime) -> None:
    application.offered_at = moment
    application.offer_deadline = moment + dt.timedelta(days=course.offer_days)


@transaction.atomic
def course_select(*, course: Course, by: User, now: dt.datetime | None = None) -> dict[str, int]:
    """Rank every submitted application (priority group, staff score, lottery), offer the places in that
    order and put the rest on the waiting list in the same order; reveal the lottery's secret and seed.

    Each application's change is checked against the workflow; the rows are written in bulk and audited in
    bulk (a round of thousands of applicants must take seconds): the course's lock covers them all."""
    moment = _now(now)
    _require_manager(by, course)
    course = _lock(course)
    COURSES.check(course, CourseStatus.SELECTED, now=moment)
    if moment < course.applications_close_at:
        raise CoursesError(_("The selection is made after applications close."))
    # Only what the ranking reads: thousands of rows are loaded here.
    applications = list(
        Application.objects.filter(course=course, status=S.SUBMITTED)
        .select_related("person")
        .only(
            "pk",
            "status",
            "course_id",
            "person_id",
            "staff_score",
            "labour_status",
            "education",
            "disability",
            "referred_by_agency",
            "person__date_of_birth",
            "person__city_id",
        )
    )
    rules = list(course.priority_rules.order_by("order").values_list("kind", flat=True))
    ids = [application.pk for application in applications]
    seed = ranking.derive_seed(secret=course.lottery_secret, application_ids=ids)
    lottery = ranking.lottery_numbers(seed=seed, course_id=course.pk, application_ids=ids)
    by_id = {application.pk: application for application in applications}
    for application in applications:
        application.priority_group = ranking.priority_group(
            [rule_matches(kind, application, course) for kind in rules]
        )
    order = ranking.rank(
        (ranking.Candidate(a.pk, a.priority_group, a.staff_score) for a in applications),
        lottery,
    )
    free = course.places - Application.objects.filter(course=course, status__in=PLACE_STATUSES).count()
    offered = 0
    for position, pk in enumerate(order, 1):
        application = by_id[pk]
        application.rank = position
        application.lottery_number = lottery[pk]
        to = S.OFFERED if offered < free else S.WAITLISTED
        APPLICATIONS.check(application, to, now=moment)
        application.status = to
        if to == S.OFFERED:
            _offer_fields(application, course, moment)
            offered += 1
    _write_selection(applications, moment=moment, course=course)
    _audit_bulk(applications, by=by, city=course.city, previous=S.SUBMITTED)
    course.lottery_seed = seed
    course.selected_at = moment
    workflow.transition(
        course,
        CourseStatus.SELECTED,
        workflow=COURSES,
        by=by,
        city=course.city,
        fields=["lottery_seed", "selected_at"],
        details={"offered": offered, "waitlisted": len(applications) - offered},
        locked=True,
        now=moment,
    )
    enqueue(notify.selection_emails_task, course_id=course.pk)
    return {"offered": offered, "waitlisted": len(applications) - offered}


RANK_BATCH = 200


def _write_selection(applications: list[Application], *, moment: dt.datetime, course: Course) -> None:
    """Write the selection in a handful of statements: the offers and the waiting list as two updates,
    the ranks, lottery numbers and groups as one UPDATE … FROM (VALUES …) per batch (the same SQL on
    PostgreSQL and SQLite; Django's bulk_update builds CASE expressions that take seconds to compile)."""
    offered = [a.pk for a in applications if a.status == S.OFFERED]
    waiting = [a.pk for a in applications if a.status == S.WAITLISTED]
    if offered:
        Application.objects.filter(pk__in=offered).update(
            status=S.OFFERED, offered_at=moment, offer_deadline=moment + dt.timedelta(days=course.offer_days)
        )
    if waiting:
        Application.objects.filter(pk__in=waiting).update(status=S.WAITLISTED)
    quote = connection.ops.quote_name
    table = quote(Application._meta.db_table)
    for start in range(0, len(applications), RANK_BATCH):
        batch = applications[start : start + RANK_BATCH]
        rows = ", ".join(["(%s, %s, %s, %s)"] * len(batch))
        params: list[Any] = []
        for a in batch:
            params += [a.pk, a.rank, a.lottery_number, a.priority_group]
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET {quote('rank')} = CAST(v.column2 AS INTEGER), "  # noqa: S608 - names are ours
                f"{quote('lottery_number')} = CAST(v.column3 AS INTEGER), "
                f"{quote('priority_group')} = CAST(v.column4 AS INTEGER) "
                f"FROM (VALUES {rows}) AS v WHERE {table}.{quote('id')} = CAST(v.column1 AS INTEGER)",
                params,
            )


def _audit_bulk(applications: list[Application], *, by: User, city: City, previous: str) -> None:
    object_type = ContentType.objects.get_for_model(Application)
    label = (by.email if getattr(by, "is_authenticated", False) else "anonymous")[:254]
    AuditEvent.objects.bulk_create(
        (
            AuditEvent(
                actor=by if getattr(by, "is_authenticated", False) else None,
                actor_label=label,
                action=AuditAction.CHANGE,
                object_type=object_type,
                object_id=str(application.pk),
                object_label=f"#{application.pk}",
                person_id=application.person_id,
                city=city,
                details={"status": [previous, application.status]},
            )
            for application in applications
        ),
        batch_size=1000,
    )


def places_taken(course: Course) -> int:
    return Application.objects.filter(course=course, status__in=PLACE_STATUSES).count()


def _fill(course: Course, *, by: User | None, moment: dt.datetime) -> list[Application]:
    """Offer freed places to the next on the waiting list, in rank order (the course is locked)."""
    if course.status != CourseStatus.SELECTED or timezone.localdate(moment) >= course.starts_on:
        return []
    free = course.places - places_taken(course)
    if free <= 0:
        return []
    offered = []
    for application in (
        Application.objects.filter(course=course, status=S.WAITLISTED)
        .select_related("person", "course__city")
        .order_by("rank", "pk")[:free]
    ):
        _offer_fields(application, course, moment)
        _move(application, S.OFFERED, by=by, fields=["offered_at", "offer_deadline"])
        notify.application_email(application, "offered")
        offered.append(application)
    return offered


@transaction.atomic
def application_offer(*, application: Application, by: User, now: dt.datetime | None = None) -> Application:
    """A coordinator offers a free place to someone on the waiting list (out of turn, with a reason kept in
    the audit log by the view); refused when no place is free."""
    moment = _now(now)
    _require_manager(by, application.course)
    course = _lock(application.course)
    if course.status != CourseStatus.SELECTED:
        raise CoursesError(_("Places are offered after the selection."))
    if places_taken(course) >= course.places:
        raise CoursesError(_("No place is free on this course."))
    application.refresh_from_db()
    _offer_fields(application, course, moment)
    _move(application, S.OFFERED, by=by, fields=["offered_at", "offer_deadline"])
    notify.application_email(application, "offered")
    return application


@transaction.atomic
def offer_accept(*, application: Application, by: User, now: dt.datetime | None = None) -> Application:
    moment = _now(now)
    if not permissions.is_applicant(by, application):
        raise NotAllowed(_("Only the applicant answers an offer."))
    _lock(application.course)
    application.refresh_from_db()
    if application.status == S.OFFERED and application.offer_deadline and moment > application.offer_deadline:
        raise CoursesError(_("The time to accept this offer has passed."))
    application.answered_at = moment
    _move(application, S.ACCEPTED, by=by, fields=["answered_at"])
    notify.application_email(application, "accepted")
    return application


@transaction.atomic
def offer_decline(*, application: Application, by: User, now: dt.datetime | None = None) -> Application:
    moment = _now(now)
    if not permissions.is_applicant(by, application):
        raise NotAllowed(_("Only the applicant answers an offer."))
    course = _lock(application.course)
    application.refresh_from_db()
    application.answered_at = moment
    _move(application, S.DECLINED, by=by, fields=["answered_at"])
    _fill(course, by=None, moment=moment)
    return application


@transaction.atomic
def offers_expire(*, now: dt.datetime | None = None) -> int:
    """Offers not answered by their deadline expire and the places go to the next on the waiting list."""
    moment = _now(now)
    expired = 0
    course_ids = (
        Application.objects.filter(status=S.OFFERED, offer_deadline__lt=moment)
        .values_list("course_id", flat=True)
        .distinct()
    )
    for course_id in list(course_ids):
        course = Course.objects.select_for_update().select_related("city").get(pk=course_id)
        for application in Application.objects.filter(
            course=course, status=S.OFFERED, offer_deadline__lt=moment
        ).select_related("person", "course__city"):
            _move(application, S.EXPIRED, by=None)
            expired += 1
        _fill(course, by=None, moment=moment)
    return expired


# --- Delivery -------------------------------------------------------------------------------------------


@transaction.atomic
def attendance_record(*, session: Session, present: Iterable[int], by: User) -> int:
    """Mark the session's register: the participants (application numbers) in `present` were there, every
    other participant was not. Returns how many were present."""
    course = session.course
    if not permissions.can_mark_attendance(by, course):
        raise NotAllowed(_("Only the course's trainers and the coordinators mark attendance."))
    _lock(course)
    wanted = set(present)
    participants = list(
        Application.objects.filter(course=course, status=S.ACCEPTED).values_list("pk", flat=True)
    )
    unknown = wanted - set(participants)
    if unknown:
        raise CoursesError(_("Someone marked present is not a participant of this course."))
    moment = timezone.now()
    existing = {row.application_id: row for row in Attendance.objects.filter(session=session)}
    for pk in participants:
        row = existing.get(pk) or Attendance(session=session, application_id=pk)
        row.present = pk in wanted
        row.marked_by = by
        row.marked_at = moment
        row.save()
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=session,
        city=course.city,
        details={"present": len(wanted), "participants": len(participants)},
    )
    return len(wanted)


@transaction.atomic
def attendance_check_in(
    *, session: Session, person: Person, code: str, by: User, now: dt.datetime | None = None
) -> Attendance:
    """A participant checks in with the code shown in the room, while the session runs (from 30 minutes
    before it starts)."""
    moment = _now(now)
    if not permissions.can_apply_as(by, person):
        raise NotAllowed(_("You may check in only yourself."))
    if not session.starts_at - dt.timedelta(minutes=30) <= moment <= session.ends_at:
        raise CoursesError(_("Check-in is open only during the session."))
    if code.strip().upper() != session.check_in_code:
        raise CoursesError(_("That check-in code is not right."))
    application = Application.objects.filter(course=session.course, person=person, status=S.ACCEPTED).first()
    if application is None:
        raise CoursesError(_("You are not a participant of this course."))
    row, _created = Attendance.objects.update_or_create(
        session=session,
        application=application,
        defaults={"present": True, "marked_by": by, "marked_at": moment},
    )
    audit_log(actor=by, action=AuditAction.CHANGE, obj=row.session, person=person, city=session.course.city)
    return row


@transaction.atomic
def participant_drop_out(*, application: Application, reason: str, by: User) -> Application:
    _require_manager(by, application.course)
    reason = reason.strip()[:REASON_MAX_LENGTH]
    if not reason:
        raise CoursesError(_("Give the reason for dropping out."))
    _lock(application.course)
    application.dropout_reason = reason
    application.finished_at = timezone.now()
    _move(application, S.DROPPED_OUT, by=by, fields=["dropout_reason", "finished_at"])
    return application


@transaction.atomic
def participant_assess(*, application: Application, passed: bool, by: User) -> Application:
    _require_manager(by, application.course)
    if application.status != S.ACCEPTED:
        raise CoursesError(_("Only a participant's final assessment is recorded."))
    application.assessment_passed = passed
    application.save(update_fields=["assessment_passed"])
    audit_log(
        actor=by,
        action=AuditAction.CHANGE,
        obj=application,
        person=application.person,
        city=application.course.city,
        details={"fields": ["assessment_passed"]},
    )
    return application


def attendance_rates(course: Course) -> dict[int, tuple[int, int]]:
    """Application number → (sessions present, sessions of the course), in two queries."""
    total = Session.objects.filter(course=course).count()
    present = dict(
        Application.objects.filter(course=course)
        .annotate(n=Count("attendances", filter=Q(attendances__present=True)))
        .values_list("pk", "n")
    )
    return {pk: (n, total) for pk, n in present.items()}


def meets_completion_rules(application: Application, rates: dict[int, tuple[int, int]]) -> bool:
    course = application.course
    present, total = rates.get(application.pk, (0, 0))
    attended_enough = total > 0 and present * 100 >= course.attendance_threshold * total
    assessed = application.assessment_passed is True or not course.assessment_required
    return attended_enough and assessed


@transaction.atomic
def course_finish(*, course: Course, by: User, now: dt.datetime | None = None) -> dict[str, int]:
    """Close the course: each participant completes (attendance at or above the threshold and, where asked,
    a passed assessment) or does not. Completion counts "person retrained" in the outcome ledger."""
    moment = _now(now)
    _require_manager(by, course)
    course = _lock(course)
    COURSES.check(course, CourseStatus.FINISHED, now=moment)
    if timezone.localdate(moment) < course.ends_on:
        raise CoursesError(_("A course is finished on or after its last day."))
    rates = attendance_rates(course)
    result = {"completed": 0, "not_completed": 0}
    for application in Application.objects.filter(course=course, status=S.ACCEPTED).select_related(
        "person", "course__city"
    ):
        application.finished_at = moment
        if meets_completion_rules(application, rates):
            application.certificate_number = f"{course.city.slug[:3].upper()}-K{course.pk}-{application.pk}"
            _move(application, S.COMPLETED, by=by, fields=["finished_at", "certificate_number"])
            outcome_record(
                indicator=Indicator.PERSON_RETRAINED,
                programme=Programme.COURSES,
                city=course.city,
                occurred_on=timezone.localdate(moment),
                source=application,
                person=application.person,
                details={"course": course.pk},
            )
            notify.application_email(application, "completed")
            result["completed"] += 1
        else:
            _move(application, S.NOT_COMPLETED, by=by, fields=["finished_at"])
            result["not_completed"] += 1
    workflow.transition(
        course, CourseStatus.FINISHED, workflow=COURSES, by=by, city=course.city, locked=True, now=moment
    )
    return result


# --- Outcomes -------------------------------------------------------------------------------------------


@transaction.atomic
def job_outcome_record(
    *,
    application: Application,
    checkpoint: str,
    kind: str,
    by: User,
    employer: Organisation | None = None,
    started_on: dt.date | None = None,
    in_trained_occupation: bool = False,
) -> JobOutcome:
    """What a participant who completed the course was doing at a checkpoint; recording it again replaces it."""
    _require_manager(by, application.course)
    if application.status != S.COMPLETED:
        raise CoursesError(_("Outcomes are recorded for participants who completed the course."))
    if checkpoint not in Checkpoint.values or kind not in OutcomeKind.values:
        raise CoursesError(_("Choose the checkpoint and the situation from the lists."))
    work = kind in {OutcomeKind.INTERNSHIP, OutcomeKind.EMPLOYED}
    if work and employer is None:
        raise CoursesError(_("Name the employer of an internship or a job."))
    if not work:
        employer = None
    outcome, created = JobOutcome.objects.update_or_create(
        application=application,
        checkpoint=checkpoint,
        defaults={
            "kind": kind,
            "employer": employer,
            "started_on": started_on,
            "in_trained_occupation": in_trained_occupation and kind != OutcomeKind.NOT_EMPLOYED,
            "recorded_by": by,
            "recorded_at": timezone.now(),
        },
    )
    audit_log(
        actor=by,
        action=AuditAction.CREATE if created else AuditAction.CHANGE,
        obj=outcome,
        person=application.person,
        city=application.course.city,
        details={"checkpoint": checkpoint, "kind": kind},
    )
    return outcome


def age_band(person: Person, on: dt.date) -> str:
    """The ESF+ age bands: under 30, 30–54, 55 and over (or unknown)."""
    age = person.age_on(on)
    if age is None:
        return ""
    if age < 30:
        return "under_30"
    return "30_54" if age < 55 else "55_plus"
