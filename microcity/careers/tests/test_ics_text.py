"""Calendar files carry no control characters from typed names and places (RFC 5545 forbids them in text)."""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

from microcity.careers import ics


def test_calendar_text_is_cleaned_of_control_characters():
    start = timezone.make_aware(dt.datetime(2026, 9, 1, 10))
    content = ics.event_ics(
        uid="careers-session-1@example",
        sequence=0,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        summary="Konsultācija\x00\x1b",
        description="=1+1\x0b\x07",
        location="Kabinets\x01 12",
    )
    text = content.decode("utf-8")
    assert "SUMMARY:Konsultācija\r\n" in text and "LOCATION:Kabinets 12\r\n" in text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
