"""Tunable limits of the careers app, read from settings with the defaults the programme agreed on."""

from __future__ import annotations

import datetime as dt

from django.conf import settings


def booking_change_deadline() -> dt.timedelta:
    """How long before a session a youth may still book, move or cancel it (staff are not bound)."""
    return dt.timedelta(hours=getattr(settings, "CAREERS_BOOKING_CHANGE_DEADLINE_HOURS", 24))


def booking_reminder_ahead() -> dt.timedelta:
    """How long before a session its reminder e-mail goes out."""
    return dt.timedelta(hours=getattr(settings, "CAREERS_BOOKING_REMINDER_HOURS", 24))


def share_link_max_days() -> int:
    """The longest an owner may let a share link live; short links leak less."""
    return int(getattr(settings, "CAREERS_SHARE_LINK_MAX_DAYS", 90))


def evidence_max_bytes() -> int:
    return int(getattr(settings, "CAREERS_EVIDENCE_MAX_BYTES", 10 * 1024 * 1024))


def portfolio_min_age() -> int:
    return int(getattr(settings, "CAREERS_PORTFOLIO_MIN_AGE", 13))
