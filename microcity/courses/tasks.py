"""Background work of retraining courses: offers that were not answered in time expire, hourly."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from microcity.courses import follow_ups, services


@db_periodic_task(crontab(minute="7"))
def expire_course_offers_task() -> int:
    return services.offers_expire()


@db_periodic_task(crontab(hour="9", minute="13"))
def send_course_follow_ups_task() -> int:
    """Daily: the 6- and 12-month follow-ups that are due, and their reminders."""
    return follow_ups.follow_ups_send()
