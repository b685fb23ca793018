"""Background work of the summer programme: offers that were not answered in time expire, and a day before
the deadline an open offer is recalled by e-mail."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(minute="*/15"))
def expire_offers() -> None:
    """Every quarter of an hour: offers past their deadline expire and their places free up."""
    from microcity.summerjobs.offers.services import assignments_expire

    assignments_expire()


@db_periodic_task(crontab(minute="7,37"))
def remind_offers() -> None:
    """Every half hour: one reminder of each open offer whose deadline is less than a day away."""
    from microcity.summerjobs.notifications import offer_reminders_send

    offer_reminders_send()


# The e-mails of a published run are a task of the notifications module; importing it here registers it
# with Huey's consumer, which discovers the apps' `tasks` modules.
from microcity.summerjobs.notifications import run_published_emails_task  # noqa: E402,F401
