"""Group activities: capacity and waiting list, promotion on cancel, deadlines and ages, attendance with a
verified certificate entry and the ledger."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from icalendar import Calendar

from microcity.careers import activities, selectors
from microcity.careers.models import ActivityKind, Entry, Registration, RegistrationStatus, Section
from microcity.careers.services import CareersError, NotAllowed
from microcity.careers.tests.factories import ActivityFactory
from microcity.core.models import OutcomeRecord
from microcity.core.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

R = RegistrationStatus


@pytest.fixture
def activity(valmiera):
    return ActivityFactory(city=valmiera, capacity=2, title="Karjeras diena ostā")


def register(activity, youth, **kwargs):
    return activities.registration_create(activity=activity, youth=youth, by=youth.user, **kwargs)


def test_places_then_waiting_list_in_order(
    activity, make_youth, mailoutbox, django_capture_on_commit_callbacks
):
    youths = [make_youth() for _ in range(4)]
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [register(activity, y).status for y in youths]
    assert statuses == [R.REGISTERED, R.REGISTERED, R.WAITLISTED, R.WAITLISTED]
    assert [r.youth for r in selectors.waiting_list(activity=activity)] == youths[2:]
    listed = selectors.activities_upcoming(city=activity.city).get()
    assert (listed.places_taken, listed.waiting) == (2, 2)
    # A place comes with a calendar file; a place in line does not.
    assert [bool(m.attachments) for m in mailoutbox] == [True, True, False, False]


def test_cancelling_a_place_promotes_the_first_in_line(
    activity, make_youth, mailoutbox, django_capture_on_commit_callbacks
):
    first, second, third, fourth = (make_youth() for _ in range(4))
    regs = [register(activity, y) for y in (first, second, third, fourth)]
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        activities.registration_cancel(registration=regs[0], by=first.user)
    statuses = dict(Registration.objects.values_list("youth_id", "status"))
    assert statuses == {
        first.pk: R.CANCELLED,
        second.pk: R.REGISTERED,
        third.pk: R.REGISTERED,
        fourth.pk: R.WAITLISTED,
    }
    assert Registration.objects.get(youth=third).promoted_at is not None
    assert sorted(m.to[0] for m in mailoutbox) == sorted([first.email, third.email])
    promoted_mail = next(m for m in mailoutbox if m.to == [third.email])
    assert Calendar.from_ical(promoted_mail.attachments[0][1]).walk("VEVENT")


def test_leaving_the_waiting_list_promotes_nobody(activity, make_youth):
    regs = [register(activity, make_youth()) for _ in range(4)]
    activities.registration_cancel(registration=regs[2], by=regs[2].youth.user)
    assert list(Registration.objects.order_by("pk").values_list("status", flat=True)) == [
        R.REGISTERED,
        R.REGISTERED,
        R.CANCELLED,
        R.WAITLISTED,
    ]


def test_registration_rules(activity, make_youth, youth, other_guardian, guardian, counsellor):
    register(activity, youth)
    with pytest.raises(CareersError, match="already"):
        register(activity, youth)
    with pytest.raises(NotAllowed):
        activities.registration_create(activity=activity, youth=make_youth(), by=other_guardian)
    late = activity.registration_deadline + dt.timedelta(minutes=1)
    with pytest.raises(CareersError, match="closed"):
        register(activity, make_youth(), now=late)
    with pytest.raises(CareersError, match="13"):
        register(activity, make_youth(age=12))
    with pytest.raises(CareersError, match="25"):
        register(activity, make_youth(age=26))
    by_staff = activities.registration_create(activity=activity, youth=make_youth(), by=counsellor)
    assert by_staff.registered_by == counsellor


def test_re_registering_after_cancelling(activity, youth):
    first = register(activity, youth)
    activities.registration_cancel(registration=first, by=youth.user)
    again = register(activity, youth)
    assert again.pk != first.pk and again.status == R.REGISTERED


def test_no_cancelling_or_promotion_once_started(activity, make_youth):
    a, b, c = (register(activity, make_youth()) for _ in range(3))
    with pytest.raises(CareersError):
        activities.registration_cancel(registration=a, by=a.youth.user, now=activity.starts_at)


def test_more_places_promote_fewer_may_not_drop_anyone(activity, make_youth, coordinator, employer_rep):
    regs = [register(activity, make_youth()) for _ in range(5)]
    with pytest.raises(NotAllowed):
        activities.activity_capacity_set(activity=activity, by=employer_rep, capacity=4)
    activities.activity_capacity_set(activity=activity, by=coordinator, capacity=4)
    assert list(Registration.objects.order_by("pk").values_list("status", flat=True)) == [
        R.REGISTERED
    ] * 4 + [R.WAITLISTED]
    with pytest.raises(CareersError):
        activities.activity_capacity_set(activity=activity, by=coordinator, capacity=3)
    assert regs[-1].youth == selectors.waiting_list(activity=activity).get().youth


def test_job_shadow_day_needs_a_host(valmiera, coordinator, employer_rep):
    start = timezone.now() + dt.timedelta(days=20)
    kwargs = {
        "city": valmiera,
        "by": coordinator,
        "kind": ActivityKind.JOB_SHADOW,
        "title": "Ēnu diena",
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=4),
        "capacity": 2,
        "registration_deadline": start - dt.timedelta(days=3),
    }
    with pytest.raises(CareersError):
        activities.activity_create(**kwargs)
    host = OrganisationFactory(city=valmiera, name="AS Valmieras stikla šķiedra")
    created = activities.activity_create(**kwargs, host=host)
    assert created.host == host
    with pytest.raises(NotAllowed):
        activities.activity_create(**{**kwargs, "by": employer_rep}, host=host)
    with pytest.raises(CareersError):
        activities.activity_create(
            **{**kwargs, "registration_deadline": start + dt.timedelta(hours=1)}, host=host
        )


def test_attendance_gives_a_verified_certificate_and_counts(activity, youth, counsellor, employer_rep):
    registration = register(activity, youth)
    with pytest.raises(CareersError):
        activities.registration_mark_attended(registration=registration, by=counsellor)
    during = activity.starts_at + dt.timedelta(hours=1)
    with pytest.raises(NotAllowed):
        activities.registration_mark_attended(registration=registration, by=employer_rep, now=during)
    activities.registration_mark_attended(registration=registration, by=counsellor, now=during)
    entry = Entry.objects.get(portfolio__person=youth)
    assert entry.section == Section.EXPERIENCE and entry.is_verified
    assert entry.source_key == f"careers.activity:{activity.pk}"
    assert activity.title in entry.title
    assert entry.starts_on == timezone.localdate(activity.starts_at)
    record = OutcomeRecord.objects.get()
    assert (record.person, record.indicator, record.city, record.details) == (
        youth,
        "youth_supported",
        activity.city,
        {"kind": "career_day"},
    )
    with pytest.raises(CareersError):
        activities.registration_mark_attended(registration=registration, by=counsellor, now=during)
    assert Entry.objects.count() == 1 and OutcomeRecord.objects.count() == 1


def test_waitlisted_youth_is_not_marked_attended(activity, make_youth, counsellor):
    regs = [register(activity, make_youth()) for _ in range(3)]
    with pytest.raises(CareersError):
        activities.registration_mark_attended(
            registration=regs[2], by=counsellor, now=activity.starts_at + dt.timedelta(hours=1)
        )
