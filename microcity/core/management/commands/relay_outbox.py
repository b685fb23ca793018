"""Hand the task queue the background work it does not have yet (after a queue outage); safe to rerun."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from microcity.core import outbox
from microcity.core.tasks import outbox_relay


class Command(BaseCommand):
    help = "Hand the task queue every outbox message it has not taken (each still runs only once)."

    def handle(self, *args: Any, **options: Any) -> None:
        handed = outbox_relay()
        self.stdout.write(
            f"Handed {handed} outbox messages to the queue; {outbox.messages_pending()} not done yet."
        )
