"""A copy of the test database taken once and laid back before each test that asks for it.

The browser tests all start from the demo cities. Seeding them takes seconds; copying a database takes a
fraction of that. So each test process (each pytest-xdist worker has its own test database) seeds once,
keeps a copy, and lays the copy back over its test database before every browser test:

- PostgreSQL: the copy is a database of its own (``<test database>_<name>``), and laying it back is
  ``DROP DATABASE … WITH (FORCE)`` and ``CREATE DATABASE … TEMPLATE <copy>`` (the server copies files;
  no SQL is replayed). The live server's connections belong to request threads that close them.
- SQLite: the test database is in memory; the copy is another in-memory database, both ways through
  SQLite's online backup, on the connection that the live server shares.

Nothing here knows about the demo: ``take`` copies whatever the database holds.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper


class Snapshot:
    def __init__(self, connection: BaseDatabaseWrapper, name: str = "snapshot") -> None:
        self.connection = connection
        self.name = name

    def take(self) -> None:
        raise NotImplementedError

    def restore(self) -> None:
        raise NotImplementedError

    def drop(self) -> None:
        raise NotImplementedError


class PostgresSnapshot(Snapshot):
    def __init__(self, connection: BaseDatabaseWrapper, name: str = "snapshot") -> None:
        super().__init__(connection, name)
        self.database = str(connection.settings_dict["NAME"])
        # <test database>_<name>, within PostgreSQL's 63 bytes.
        self.copy = f"{self.database[: 62 - len(name)]}_{name}"

    def _run(self, *statements: tuple[str, list[Any]]) -> None:
        """Run statements from the maintenance database, with this process's own connection closed."""
        self.connection.close()
        with self.connection._nodb_cursor() as cursor:  # type: ignore[attr-defined]
            for sql, params in statements:
                cursor.execute(sql, params)

    def _name(self, name: str) -> str:
        return self.connection.ops.quote_name(name)

    def take(self) -> None:
        # CREATE DATABASE … TEMPLATE needs the template to have no other sessions (a live server's
        # request thread may still be finishing one).
        self._run(
            (
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> "
                "pg_backend_pid()",
                [self.database],
            ),
            (f"DROP DATABASE IF EXISTS {self._name(self.copy)} WITH (FORCE)", []),
            (f"CREATE DATABASE {self._name(self.copy)} TEMPLATE {self._name(self.database)}", []),
        )

    def restore(self) -> None:
        self._run(
            (f"DROP DATABASE {self._name(self.database)} WITH (FORCE)", []),
            (f"CREATE DATABASE {self._name(self.database)} TEMPLATE {self._name(self.copy)}", []),
        )

    def drop(self) -> None:
        self._run((f"DROP DATABASE IF EXISTS {self._name(self.copy)} WITH (FORCE)", []))


class SqliteSnapshot(Snapshot):
    copy: sqlite3.Connection | None = None

    def _raw(self) -> sqlite3.Connection:
        self.connection.ensure_connection()
        return self.connection.connection  # type: ignore[no-any-return]

    def take(self) -> None:
        self.drop()
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        self._raw().backup(self.copy)

    def restore(self) -> None:
        assert self.copy is not None, "restore() before take()"
        self.copy.backup(self._raw())

    def drop(self) -> None:
        if self.copy is not None:
            self.copy.close()
            self.copy = None


def snapshot_of(connection: BaseDatabaseWrapper, name: str = "snapshot") -> Snapshot:
    """A snapshot of the connection's database; ``name`` keeps several snapshots of one database apart."""
    if connection.vendor == "postgresql":
        return PostgresSnapshot(connection, name)
    if connection.vendor == "sqlite":
        return SqliteSnapshot(connection, name)
    raise NotImplementedError(f"No database snapshots for {connection.vendor}")
