"""Delete audit events older than the retention period (AUDIT_RETENTION_DAYS); safe to rerun."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from microcity.core.services import audit_events_purge


class Command(BaseCommand):
    help = "Delete audit events older than settings.MICROCITY_AUDIT_RETENTION_DAYS."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = audit_events_purge()
        self.stdout.write(f"Deleted {deleted} audit events past the retention period.")
