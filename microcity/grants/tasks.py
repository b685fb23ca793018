"""Background work of grants: the yearly follow-up of results, asked once a day for what has come due."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

# Importing the e-mail task here registers it with Huey's consumer, which discovers the apps' `tasks`.
from microcity.grants.notifications import grant_email_task  # noqa: F401


@db_periodic_task(crontab(hour="9", minute="23"))
def send_follow_ups() -> None:
    """Every morning: the KPI follow-ups that came due (12 months after the final payment)."""
    from microcity.grants.services import follow_ups_send

    follow_ups_send()
