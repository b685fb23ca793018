"""The outbox: background work kept in the database with the action that asked for it, done exactly once.

`message_add` writes the work (a task's dotted path and its arguments) in the caller's transaction, so it
exists exactly when the action does. Whoever runs it (Huey's consumer, or the web process when tasks run
in-process) goes through `message_deliver`, which claims the row first: a message that reached the queue
twice (handed over after commit and again by the relay) runs once, and a message that is done never runs
again. See docs/operations.md ("The queue is down").
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from django.db import connection, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.module_loading import import_string

from microcity.core.models import OutboxMessage

logger = logging.getLogger(__name__)

# A worker that claimed a message and died: after this the message may run again.
CLAIM = dt.timedelta(minutes=10)
# A message handed to the queue and not done after this is handed over again (the queue lost it).
REQUEUE_AFTER = dt.timedelta(minutes=15)
# Handed over this many times and still not done: left for an operator (docs/operations.md).
MAX_ATTEMPTS = 10
# Done messages are kept this long, to answer "was it sent?".
KEEP_DONE = dt.timedelta(days=14)


def task_path(task: Callable[..., Any]) -> str:
    """The dotted path a worker imports `task` by; only module-level functions and tasks have one."""
    func = getattr(task, "func", task)  # a Huey task wraps its function
    path = f"{func.__module__}.{func.__name__}"
    try:
        found = import_string(path)
    except ImportError:
        found = None
    if found is not task:
        raise TypeError(f"{task!r} is not importable as {path}: only module-level tasks can be queued")
    return path


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: _encode(item) for key, item in value.items()}
    raise TypeError(f"A queued task's argument must be plain data, not {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if isinstance(value, dict):
        if set(value) == {"__bytes__"}:
            return base64.b64decode(value["__bytes__"])
        return {key: _decode(item) for key, item in value.items()}
    return value


def message_add(*, task: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> OutboxMessage:
    """Keep `task(*args, **kwargs)` to be done; in the caller's transaction, so it is rolled back with it."""
    payload = {"args": _encode(args), "kwargs": _encode(kwargs)}
    return OutboxMessage.objects.create(task=task_path(task), payload=payload)


def _claim(message_id: int) -> OutboxMessage | None:
    now = timezone.now()
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update()
            .filter(pk=message_id, done_at__isnull=True)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .first()
        )
        if message is None:
            return None
        message.claimed_until = now + CLAIM
        message.save(update_fields=["claimed_until"])
    return message


def message_deliver(message_id: int) -> bool:
    """Run the message's task unless it is done or being run; True if it ran now.

    The claim is its own short transaction, so no lock is held while the task works (sends mail); a task
    that fails gives its claim back and raises, so that the queue's retry or the relay runs it again.
    """
    message = _claim(message_id)
    if message is None:
        return False
    try:
        task = import_string(message.task)
        run = getattr(task, "call_local", task)  # a Huey task's own function, not another enqueue
        run(*_decode(message.payload["args"]), **_decode(message.payload["kwargs"]))
    except BaseException:
        OutboxMessage.objects.filter(pk=message.pk).update(claimed_until=None)
        raise
    OutboxMessage.objects.filter(pk=message.pk).update(done_at=timezone.now(), claimed_until=None)
    return True


def message_queued(message_id: int) -> None:
    """Note that the queue has taken the message."""
    OutboxMessage.objects.filter(pk=message_id).update(queued_at=timezone.now(), attempts=F("attempts") + 1)


def messages_to_relay() -> QuerySet[OutboxMessage]:
    """Messages the queue has never taken, or took long ago without their being done."""
    stale = timezone.now() - REQUEUE_AFTER
    return (
        OutboxMessage.objects.filter(done_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        .filter(Q(queued_at__isnull=True) | Q(queued_at__lt=stale))
        .order_by("pk")
    )


def messages_claimed_for_relay(limit: int) -> list[int]:
    """Inside the caller's transaction: the ids of up to `limit` messages to hand over, locked so that two
    relays at once (two copies, or a copy and the consumer's periodic run) hand over different ones."""
    pending = messages_to_relay()
    if connection.features.has_select_for_update_skip_locked:
        pending = pending.select_for_update(skip_locked=True)
    # SQLite has no row locks: its transactions (IMMEDIATE, settings.py) take the write lock at BEGIN,
    # so the caller's transaction already keeps other relays out.
    return list(pending.values_list("pk", flat=True)[:limit])


def messages_pending() -> int:
    return OutboxMessage.objects.filter(done_at__isnull=True).count()


def messages_given_up() -> int:
    """Messages the relay no longer hands over: they need an operator (docs/operations.md)."""
    return OutboxMessage.objects.filter(done_at__isnull=True, attempts__gte=MAX_ATTEMPTS).count()


def messages_purge() -> int:
    deleted, _ = OutboxMessage.objects.filter(done_at__lt=timezone.now() - KEEP_DONE).delete()
    return deleted
