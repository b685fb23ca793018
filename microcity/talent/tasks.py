"""Background work of the jobs board: expiry and the daily job-alert e-mails."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="0", minute="5"))
def expire_jobs() -> None:
    from microcity.talent.services import jobs_expire

    jobs_expire()


@db_periodic_task(crontab(hour="7", minute="0"))
def send_job_alerts() -> None:
    """Once a day, in the morning: one e-mail per alert with the jobs published since the last one."""
    from microcity.talent.services import alerts_send

    alerts_send()


@db_periodic_task(crontab(hour="8", minute="0"))
def remind_case_tasks() -> None:
    from microcity.talent.relocation import tasks_remind

    tasks_remind()


@db_periodic_task(crontab(hour="3", minute="30"))
def anonymise_closed_cases() -> None:
    """Nightly: closed cases past the stated retention period lose their personal data."""
    from microcity.talent.relocation import cases_anonymise

    cases_anonymise()
