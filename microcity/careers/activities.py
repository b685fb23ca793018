"""Services of group activities (career days, job-shadow days, camps, summer schools): registration with
a capacity and a waiting list, cancellation that gives the freed place to the next in line, attendance
that puts a certificate into the youth's portfolio and counts the youth as supported.

Capacity holds under simultaneous sign-ups because every change of places first locks the activity's
row (select_for_update): registrations for one activity are decided one at a time.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from microcity.accounts.models import User
from microcity.careers import ics, notify, permissions
from microcity.careers.models import (
    PLACE_STATUSES,
    Activity,
    ActivityKind,
    Registration,
    RegistrationStatus,
    Section,
)
from microcity.careers.services import CareersError, NotAllowed, clean, portfolio_add_verified_entry
from microcity.core import workflow
from microcity.core.models import AuditAction, City, Indicator, Organisation, Person, Programme
from microcity.core.services import audit_log, outcome_record

REGISTRATIONS = workflow.Workflow(
    labels=RegistrationStatus,
    allowed=workflow.allowed(
        {
            RegistrationStatus.REGISTERED: {RegistrationStatus.WAITLISTED},
            RegistrationStatus.CANCELLED: {RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED},
            RegistrationStatus.ATTENDED: {RegistrationStatus.REGISTERED},
        }
    ),
    refusal=gettext_lazy("A registration that is “%(from)s” cannot become “%(to)s”."),
    error=CareersError,
)

SUBJECTS = {
    "registered": gettext_lazy("You have a place: %(title)s"),
    "waitlisted": gettext_lazy("You are on the waiting list: %(title)s"),
    "promoted": gettext_lazy("A place opened up for you: %(title)s"),
    "cancelled": gettext_lazy("Your registration is cancelled: %(title)s"),
}


@transaction.atomic
def activity_create(
    *,
    city: City,
    by: User,
    kind: str,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    capacity: int,
    registration_deadline: dt.datetime,
    host: Organisation | None = None,
    description: str = "",
    location: str = "",
    min_age: int = 13,
    max_age: int = 25,
) -> Activity:
    if not permissions.can_manage_activities(by, city):
        raise NotAllowed(_("Only the city's counsellors and coordinators organise activities."))
    if kind == ActivityKind.JOB_SHADOW and host is None:
        raise CareersError(_("A job-shadow day needs its host employer."))
    activity = Activity(
        city=city,
        kind=kind,
        title=title.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        capacity=capacity,
        registration_deadline=registration_deadline,
        host=host,
        description=description.strip(),
        location=location.strip(),
        min_age=min_age,
        max_age=max_age,
        created_by=by,
    )
    clean(activity)
    activity.save()
    audit_log(actor=by, action=AuditAction.CREATE, obj=activity, city=city)
    return activity


def _lock(activity: Activity) -> Activity:
    return Activity.objects.select_for_update().get(pk=activity.pk)


def _places_taken(activity: Activity) -> int:
    return Registration.objects.filter(activity=activity, status__in=PLACE_STATUSES).count()


def _activity_ics(activity: Activity, youth: Person, *, cancelled: bool = False) -> bytes:
    """The activity as a calendar file, organised by the city; a cancelled place tells the youth."""
    organizer = ics.city_organizer(activity.city)
    return ics.event_ics(
        uid=ics.event_uid("activity", activity.pk),
        sequence=1 if cancelled else 0,
        starts_at=activity.starts_at,
        ends_at=activity.ends_at,
        summary=activity.title,
        description=activity.description,
        location=activity.location,
        organizer=organizer,
        attendees=[ics.person_party(youth, organizer)],
        cancelled=cancelled,
    )


def _registration_email(registration: Registration, kind: str) -> None:
    activity = registration.activity
    with_calendar = kind in {"registered", "promoted", "cancelled"}
    notify.email(
        to=registration.youth.email,
        language=notify.language_of(registration.youth),
        subject=SUBJECTS[kind],
        subject_args={"title": activity.title},
        template=f"careers/email/activity_{kind}.txt",
        context={"registration": registration, "activity": activity, "youth": registration.youth},
        ics=_activity_ics(activity, registration.youth, cancelled=kind == "cancelled")
        if with_calendar
        else None,
        ics_name="activity.ics",
    )


def _move(registration: Registration, to: str, by: User | None) -> Registration:
    """Move a registration along REGISTRATIONS (its activity's row is locked), with the time of the change."""
    stamp = {
        RegistrationStatus.CANCELLED: "cancelled_at",
        RegistrationStatus.REGISTERED: "promoted_at",
        RegistrationStatus.ATTENDED: "attended_at",
    }[RegistrationStatus(to)]
    setattr(registration, stamp, timezone.now())
    workflow.transition(
        registration,
        to,
        workflow=REGISTRATIONS,
        by=by,
        city=registration.activity.city,
        person=registration.youth,
        fields=[stamp],
    )
    return registration


@transaction.atomic
def registration_create(
    *, activity: Activity, youth: Person, by: User, now: dt.datetime | None = None
) -> Registration:
    """A place if one is free, else a place in line; never more places than the activity has."""
    moment = now or timezone.now()
    if not permissions.can_register_for(by, youth, activity):
        raise NotAllowed(_("You may not register this youth."))
    activity = _lock(activity)
    if moment > activity.registration_deadline:
        raise CareersError(_("Registration for this activity has closed."))
    age = youth.age_on(timezone.localdate(activity.starts_at))
    if age is None or not activity.min_age <= age <= activity.max_age:
        raise CareersError(
            _("This activity is for ages %(min)s to %(max)s.")
            % {"min": activity.min_age, "max": activity.max_age}
        )
    if (
        Registration.objects.filter(activity=activity, youth=youth)
        .exclude(status=RegistrationStatus.CANCELLED)
        .exists()
    ):
        raise CareersError(_("You are already registered for this activity."))
    status = (
        RegistrationStatus.REGISTERED
        if _places_taken(activity) < activity.capacity
        else RegistrationStatus.WAITLISTED
    )
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                activity=activity,
                youth=youth,
                school=youth.school,
                status=status,
                registered_at=moment,
                registered_by=by,
            )
    except IntegrityError as error:
        raise CareersError(_("You are already registered for this activity.")) from error
    audit_log(
        actor=by,
        action=AuditAction.CREATE,
        obj=registration,
        person=youth,
        city=activity.city,
        details={"status": status},
    )
    _registration_email(
        registration, "registered" if status == RegistrationStatus.REGISTERED else "waitlisted"
    )
    return registration


def _promote_waiting(activity: Activity, by: User | None, now: dt.datetime) -> list[Registration]:
    """Fill free places from the waiting list, first come first served; the activity row is locked."""
    if now >= activity.starts_at:
        return []
    free = activity.capacity - _places_taken(activity)
    if free <= 0:
        return []
    promoted = []
    line = (
        Registration.objects.filter(activity=activity, status=RegistrationStatus.WAITLISTED)
        .select_related("youth", "youth__user", "activity")
        .order_by("registered_at", "pk")[:free]
    )
    for waiting in line:
        _move(waiting, RegistrationStatus.REGISTERED, by)
        _registration_email(waiting, "promoted")
        promoted.append(waiting)
    return promoted


@transaction.atomic
def registration_cancel(
    *, registration: Registration, by: User, now: dt.datetime | None = None
) -> Registration:
    """Give up a place or a place in line; a freed place goes to the first youth waiting."""
    moment = now or timezone.now()
    if not permissions.can_change_registration(by, registration):
        raise NotAllowed(_("You may not change this registration."))
    activity = _lock(registration.activity)
    registration = Registration.objects.select_related("youth", "youth__user").get(pk=registration.pk)
    registration.activity = activity
    if moment >= activity.starts_at:
        raise CareersError(_("The activity has already started."))
    _move(registration, RegistrationStatus.CANCELLED, by)
    _registration_email(registration, "cancelled")
    _promote_waiting(activity, by, moment)
    return registration


@transaction.atomic
def activity_capacity_set(
    *, activity: Activity, by: User, capacity: int, now: dt.datetime | None = None
) -> Activity:
    """Change the number of places; more places go to the waiting list at once, fewer may not drop
    anyone who already has a place."""
    if not permissions.can_manage_activities(by, activity.city):
        raise NotAllowed(_("Only the city's counsellors and coordinators organise activities."))
    activity = _lock(activity)
    taken = _places_taken(activity)
    if capacity < max(taken, 1):
        raise CareersError(
            _("%(n)s youths already have a place; there cannot be fewer places.") % {"n": taken}
        )
    activity.capacity = capacity
    activity.save(update_fields=["capacity"])
    audit_log(
        actor=by, action=AuditAction.CHANGE, obj=activity, city=activity.city, details={"capacity": capacity}
    )
    _promote_waiting(activity, by, now or timezone.now())
    return activity


def certificate_title(activity: Activity, language: str) -> str:
    with translation.override(language):
        return _("Certificate of participation: %(title)s") % {"title": activity.title}


@transaction.atomic
def registration_mark_attended(
    *, registration: Registration, by: User, now: dt.datetime | None = None
) -> Registration:
    """The youth took part: a verified certificate entry in their portfolio and "youth supported"."""
    moment = now or timezone.now()
    activity = registration.activity
    if not permissions.can_mark_attendance(by, activity):
        raise NotAllowed(_("Only the city's counsellors and coordinators record attendance."))
    activity = _lock(activity)
    if moment < activity.starts_at:
        raise CareersError(_("Attendance is recorded once the activity has started."))
    registration = Registration.objects.select_related("youth", "youth__user").get(pk=registration.pk)
    registration.activity = activity
    _move(registration, RegistrationStatus.ATTENDED, by)
    youth = registration.youth
    language = notify.language_of(youth)
    with translation.override(language):
        label = _("%(kind)s, %(city)s") % {
            "kind": ActivityKind(activity.kind).label,
            "city": activity.city.name,
        }
        when = formats.date_format(timezone.localdate(activity.starts_at), "DATE_FORMAT")
    portfolio_add_verified_entry(
        person=youth,
        section=Section.EXPERIENCE,
        title=certificate_title(activity, language),
        source_key=f"careers.activity:{activity.pk}",
        source_label=label,
        organisation_name=activity.host.name if activity.host else activity.city.name,
        description=f"{activity.title} — {when}",
        starts_on=timezone.localdate(activity.starts_at),
        ends_on=timezone.localdate(activity.ends_at),
    )
    outcome_record(
        indicator=Indicator.YOUTH_SUPPORTED,
        programme=Programme.CAREERS,
        city=activity.city,
        occurred_on=timezone.localdate(activity.starts_at),
        source=registration,
        person=youth,
        details={"kind": activity.kind},
    )
    return registration


def registrations_give_up(*, person: Person, now: dt.datetime) -> None:
    """On the person's erasure: their places and places in line for activities still to come are given
    up, and each freed place goes to the next youth waiting."""
    for registration in Registration.objects.filter(
        youth=person,
        status__in=[RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED],
        activity__starts_at__gt=now,
    ).select_related("activity"):
        activity = _lock(registration.activity)
        registration.activity = activity
        _move(registration, RegistrationStatus.CANCELLED, None)
        _promote_waiting(activity, None, now)
