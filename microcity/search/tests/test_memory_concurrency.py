"""Two writers at once must not let a replica skip a change. PostgreSQL only: SQLite lets one writer in at a
time anyway, and its ids are handed out in commit order by construction."""

from __future__ import annotations

import threading
import time

import pytest
from django.db import connection, transaction

from microcity.search.selectors import search
from microcity.search.tests.factories import index, make_entry

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
    pytest.mark.django_db(transaction=True),
]


def _a_writer_waits() -> bool:
    with connection.cursor() as cursor:
        # This test database's locks only: another test process (an xdist worker) may be waiting on its own.
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        return bool(cursor.fetchone()[0])


def test_a_change_committed_late_with_a_smaller_id_is_not_skipped():
    index(make_entry("a0", title="Skola"))
    assert search(kind="material", query="skola").total == 1

    first_written = threading.Event()
    release_first = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:  # takes the lower change id, commits last
        try:
            with transaction.atomic():
                index(make_entry("a1", title="Skolas soma"))
                first_written.set()
                release_first.wait(timeout=30)
        except BaseException as error:  # shown by the assertion below
            errors.append(error)
        finally:
            connection.close()

    def second() -> None:
        try:
            index(make_entry("a2", title="Skolas galds"))
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    one = threading.Thread(target=first)
    one.start()
    assert first_written.wait(timeout=30)
    two = threading.Thread(target=second)
    two.start()
    # Without the writers' lock the second write would commit now, before the first, with a larger id;
    # a replica that read it would believe itself past the first one for good. Go on once the second
    # writer has either finished (no lock) or is seen waiting for the lock.
    deadline = time.monotonic() + 30
    while two.is_alive() and not _a_writer_waits() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert time.monotonic() < deadline
    search(kind="material", query="skola", page=2)
    release_first.set()
    one.join(timeout=30)
    two.join(timeout=30)
    assert not errors
    assert not one.is_alive() and not two.is_alive()
    assert search(kind="material", query="skola", sort="newest").total == 3
