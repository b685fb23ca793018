"""The one task API: queue work to run after the current transaction commits.

With REDIS_URL set, Huey runs tasks in its consumer (`manage.py run_huey`); without it, Huey's
immediate mode runs them in-process, still only after commit, so a rolled-back change never sends mail.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task


def enqueue(task: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
    transaction.on_commit(partial(task, *args, **kwargs))


@db_task(retries=3, retry_delay=60)
def send_email_task(
    *,
    subject: str,
    body: str,
    to: list[str],
    html: str | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> None:
    message = EmailMultiAlternatives(subject=subject, body=body, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    for name, content, mimetype in attachments or []:
        message.attach(name, content, mimetype)
    message.send()


@db_periodic_task(crontab(hour="3", minute="17"))
def purge_audit_events_task() -> None:
    """Nightly: the audit log keeps events for the retention period only."""
    from microcity.core.services import audit_events_purge

    audit_events_purge()
