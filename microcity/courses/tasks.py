"""Background work of retraining courses: offers that were not answered in time expire, hourly."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from microcity.courses import services


@db_periodic_task(crontab(minute="7"))
def expire_course_offers_task() -> int:
    return services.offers_expire()
