"""Every calendar file the platform sends, to the letter of RFC 5545 and RFC 5546 (issue 22): a VTIMEZONE for
every TZID (so a reader in New York puts a 09:00 Riga session at 02:00 or 03:00 her time), an ORGANIZER
for PUBLISH and CANCEL, the ATTENDEEs a cancellation tells, the method in the MIME type and one charset."""

from __future__ import annotations

import datetime as dt
import email
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from microcity.careers import activities, counselling, ics
from microcity.careers.tests.factories import ActivityFactory, at

NEW_YORK = ZoneInfo("America/New_York")


def _check_rfc(content: bytes) -> Calendar:
    """What RFC 5545/5546 ask of our files, read back with icalendar."""
    calendar = Calendar.from_ical(content)
    method = str(calendar["method"])
    zones = {str(z["tzid"]) for z in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        for name in ("dtstart", "dtend"):
            tzid = event[name].params.get("TZID")
            assert tzid is None or tzid in zones, f"{name} uses TZID={tzid} without a VTIMEZONE"
        assert event.decoded("dtstamp").utcoffset() == dt.timedelta(0)
        assert str(event["organizer"]).startswith("mailto:") and event["organizer"].params["CN"]
        assert "uid" in event and "sequence" in event
        attendees = event.get("attendee")
        if method == "PUBLISH":
            assert attendees is None, "RFC 5546 §3.2.1: PUBLISH has no ATTENDEE"
        else:
            assert method == "CANCEL" and attendees, "RFC 5546 §3.2.5: CANCEL names its attendees"
            assert str(event["status"]) == "CANCELLED"
    return calendar


def _instant_from_the_files_own_zone(calendar: Calendar) -> dt.datetime:
    """DTSTART resolved only with the VTIMEZONE inside the file, as ical.js does: no tz database."""
    event = calendar.walk("VEVENT")[0]
    local = event.decoded("dtstart").replace(tzinfo=None)
    zone = calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)  # type: ignore[attr-defined]
    return local.replace(tzinfo=zone)


def _mime_type_of_attachment(message) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """The calendar part's `method` parameter and how many `charset` parameters it has, as a mail
    program reads the message."""
    parsed = email.message_from_bytes(message.message().as_bytes())
    part = next(p for p in parsed.walk() if p.get_content_type() == "text/calendar")
    names = [name.lower() for name, _value in (part.get_params() or [])[1:]]
    return str(part.get_param("method")), names.count("charset")


@pytest.mark.parametrize("month, hours_behind", [(7, 7), (1, 7)])
def test_a_riga_morning_is_the_right_instant_in_new_york(month, hours_behind):
    start = timezone.make_aware(dt.datetime(2027, month, 5, 9))
    content = ics.event_ics(
        uid="careers-booking-1@example.org",
        sequence=0,
        starts_at=start,
        ends_at=start + dt.timedelta(minutes=45),
        summary="Konsultācija",
        organizer=ics.Party("Anna Bērziņa", "anna@example.lv"),
    )
    calendar = _check_rfc(content)
    instant = _instant_from_the_files_own_zone(calendar)
    assert instant == start
    assert instant.astimezone(NEW_YORK).hour == 9 - hours_behind
    assert "TZID=Europe/Riga" in content.decode()


def test_the_mailer_names_the_method_and_one_charset_whatever_type_it_was_given(mailoutbox):
    """A programme that still attaches "text/calendar; charset=utf-8" (Django then wrote the charset
    twice) gets the method and a single charset."""
    from microcity.core.tasks import send_email_task

    start = timezone.make_aware(dt.datetime(2027, 1, 5, 9))
    content = ics.event_ics(
        uid="x@example.org",
        sequence=1,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        summary="x",
        attendees=[ics.Party("J", "j@example.lv")],
        cancelled=True,
    )
    send_email_task.call_local(
        subject="s",
        body="b",
        to=["j@example.lv"],
        attachments=[("x.ics", content, "text/calendar; charset=utf-8")],
    )
    assert _mime_type_of_attachment(mailoutbox[0]) == ("CANCEL", 1)
    _check_rfc(mailoutbox[0].attachments[0][1])  # the platform's sender organises it


@pytest.mark.django_db
def test_counselling_files_book_and_cancel_by_the_rfcs(
    hours, counsellor, youth, next_monday, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = counselling.booking_create(
            youth=youth, counsellor=counsellor, starts_at=at(next_monday, 9), by=youth.user
        )
    assert mailoutbox
    for message in mailoutbox:
        assert _mime_type_of_attachment(message) == ("PUBLISH", 1)
        calendar = _check_rfc(message.attachments[0][1])
        assert _instant_from_the_files_own_zone(calendar) == booking.starts_at.replace(microsecond=0)
        assert str(calendar.walk("VEVENT")[0]["organizer"]) == f"mailto:{counsellor.email}"
    booked_sequence = booking.sequence
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        counselling.booking_cancel(booking=booking, by=youth.user, reason="Slimība")
    for message in mailoutbox:
        assert _mime_type_of_attachment(message) == ("CANCEL", 1)
        event = _check_rfc(message.attachments[0][1]).walk("VEVENT")[0]
        assert event["sequence"] > booked_sequence
        assert str(event["uid"]) == ics.event_uid("booking", booking.pk)
        assert str(event["attendee"]) == f"mailto:{youth.email}"


@pytest.mark.django_db
def test_activity_files_register_and_cancel_by_the_rfcs(
    valmiera, make_youth, mailoutbox, django_capture_on_commit_callbacks
):
    valmiera.contact_email = "karjera@valmiera.example.lv"
    valmiera.save()
    activity = ActivityFactory(city=valmiera, capacity=2, title="Karjeras diena ostā")
    youth = make_youth()
    with django_capture_on_commit_callbacks(execute=True):
        registration = activities.registration_create(activity=activity, youth=youth, by=youth.user)
    assert _mime_type_of_attachment(mailoutbox[-1]) == ("PUBLISH", 1)
    calendar = _check_rfc(mailoutbox[-1].attachments[0][1])
    assert str(calendar.walk("VEVENT")[0]["organizer"]) == "mailto:karjera@valmiera.example.lv"
    assert _instant_from_the_files_own_zone(calendar) == activity.starts_at.replace(microsecond=0)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        activities.registration_cancel(registration=registration, by=youth.user)
    assert _mime_type_of_attachment(mailoutbox[-1]) == ("CANCEL", 1)
    event = _check_rfc(mailoutbox[-1].attachments[0][1]).walk("VEVENT")[0]
    assert str(event["attendee"]) == f"mailto:{youth.email}" and event["sequence"] == 1
