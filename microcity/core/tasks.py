"""The one task API: queue work to run after the current transaction commits, through the outbox.

`enqueue` keeps the work in the outbox (core/outbox.py) in the caller's transaction and hands it to Huey
once the transaction commits. With REDIS_URL set, Huey runs it in its consumer (`manage.py run_huey`);
without it, Huey's immediate mode runs it in-process, still only after commit, so a rolled-back change never
sends mail. A queue that does not answer never turns the committed action into an error: the work stays in
the outbox and `relay_outbox_task` (every minute, in the consumer) or `manage.py relay_outbox` hands it over
once the queue is back; the outbox row makes sure it runs once however often it is handed over.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task

from microcity.core import outages, outbox

logger = logging.getLogger(__name__)

# Messages handed to the queue by one relay run at most (the next run takes the rest).
RELAY_BATCH = 500
# Seconds during which a queue that just failed is not asked again by this process.
QUEUE_RETRY_AFTER = 5.0
_queue_down_until = 0.0


def enqueue(task: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
    """Run `task(*args, **kwargs)` in the background once the current transaction has committed.

    Arguments must be plain data (str, numbers, lists, dicts, bytes): they are kept in the database."""
    message = outbox.message_add(task=task, args=args, kwargs=kwargs)
    transaction.on_commit(lambda: _hand_over(message.pk))


def _hand_over(message_id: int) -> bool:
    """Give the queue one outbox message; False (and the message stays for the relay) if it cannot.

    After a failure the queue is left alone for QUEUE_RETRY_AFTER seconds: a Redis that hangs costs one
    connection timeout, not one per action."""
    global _queue_down_until
    if time.monotonic() < _queue_down_until:
        return False
    try:
        outbox_deliver_task(message_id)
    except Exception as error:  # noqa: BLE001 - whatever the queue's failure, the action stands
        _queue_down_until = time.monotonic() + QUEUE_RETRY_AFTER
        outages.report("task queue", error, "work kept in the outbox until the queue answers")
        return False
    outages.recovered("task queue")
    outbox.message_queued(message_id)
    return True


def outbox_relay() -> int:
    """Hand the queue every outbox message it does not have; the number handed over."""
    handed = 0
    with transaction.atomic():
        for message_id in outbox.messages_claimed_for_relay(RELAY_BATCH):
            if not _hand_over(message_id):
                break
            handed += 1
    return handed


def queue_ping() -> str:
    """For the readiness check: "in-process" or "redis"; raises if the queue's store does not answer."""
    if HUEY.immediate:
        return "in-process"
    HUEY.storage.conn.ping()  # type: ignore[attr-defined]
    return "redis"


@db_task(retries=3, retry_delay=60)
def outbox_deliver_task(message_id: int) -> None:
    outbox.message_deliver(message_id)


@db_periodic_task(crontab(minute="*"))
def relay_outbox_task() -> None:
    """Every minute in the consumer: whatever the web processes could not queue while it was down."""
    if handed := outbox_relay():
        logger.info("Handed %d outbox messages to the queue", handed)


@db_periodic_task(crontab(hour="3", minute="27"))
def purge_outbox_task() -> None:
    """Nightly: done outbox messages are kept for two weeks."""
    outbox.messages_purge()


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
        if mimetype.startswith("text/calendar"):
            # Whoever built it: the iTIP method in the type, and Django adds the one charset.
            from microcity.core.calendars import mimetype as calendar_mimetype

            mimetype = calendar_mimetype(content)
        message.attach(name, content, mimetype)
    message.send()


@db_periodic_task(crontab(hour="3", minute="17"))
def purge_audit_events_task() -> None:
    """Nightly: the audit log keeps events for the retention period only."""
    from microcity.core.services import audit_events_purge

    audit_events_purge()
