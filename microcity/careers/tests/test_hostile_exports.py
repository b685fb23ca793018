"""Calendar files carry no control characters from typed names and places (RFC 5545 forbids them in text);
the portfolio's JSON and PDF exports survive a hostile entry."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from microcity.careers import ics
from microcity.careers.models import Section
from microcity.careers.tests.factories import EntryFactory


def test_calendar_text_is_cleaned_of_control_characters():
    start = timezone.make_aware(dt.datetime(2026, 9, 1, 10))
    content = ics.event_ics(
        uid="careers-session-1@example",
        sequence=0,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        summary="Konsultācija\x02\x1b",
        description="=1+1\x0b\x07",
        location="Kabinets\x01 12",
        organizer=ics.Party("Anna\x02 Bērziņa", "anna@example.lv"),
    )
    text = content.decode("utf-8")
    assert 'ORGANIZER;CN="Anna Bērziņa":mailto:anna@example.lv' in text
    assert "SUMMARY:Konsultācija\r\n" in text and "LOCATION:Kabinets 12\r\n" in text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)


HOSTILE = '=HYPERLINK("http://evil.example")\x02\x01\x0b\x1f\t\r' + "x" * 100_000


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_the_portfolio_exports_survive_a_hostile_entry(client_for, owner, portfolio, fmt):
    EntryFactory(portfolio=portfolio, section=Section.EXPERIENCE, title=HOSTILE[:200], description=HOSTILE)
    response = client_for(owner).get(
        reverse("portfolio:export"), {"format": fmt, "language": "lv", "sections": ["about", "experience"]}
    )
    assert response.status_code == 200
    if fmt == "json":
        data = json.loads(response.content)  # control characters are escaped, so the JSON stays valid
        assert data["work"][0]["position"].startswith("=HYPERLINK")
    else:
        assert response.content.startswith(b"%PDF")
