"""Background work of career support: session reminders."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(minute="10"))
def remind_counselling_sessions() -> None:
    """Hourly: a reminder with the calendar file about a day before each booked session."""
    from microcity.careers.counselling import bookings_remind

    bookings_remind()
