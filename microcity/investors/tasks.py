"""Background work of investor attraction: task reminders and the anonymisation of lost leads."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="8", minute="5"))
def remind_lead_tasks() -> None:
    from microcity.investors.services import tasks_remind

    tasks_remind()


@db_periodic_task(crontab(hour="3", minute="35"))
def anonymise_lost_leads() -> None:
    """Nightly: lost leads past the stated retention period lose their contact data."""
    from microcity.investors.services import leads_anonymise

    leads_anonymise()
