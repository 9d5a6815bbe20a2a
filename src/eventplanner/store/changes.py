"""Noticing changes other workstations (or other programs) commit to the database, cheaply.

* SQLite: `PRAGMA data_version` on a dedicated connection changes whenever *another* connection commits.
  The application's own pooled connections count as "other" too, so after its own writes the GUI calls
  `sync()` to take the current value as the new baseline.
* PostgreSQL: every committing write session sends `NOTIFY eventplanner_changes, '<client_id>'`
  (store/database.py). A listener connection drains the notifications without blocking; those carrying this
  process's own `Database.client_id` are ignored, so own writes are told apart exactly.

Both are polled from the GUI thread (a QTimer in ui/team/watcher.py): each poll is one tiny query, or none.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from eventplanner.store.database import CHANGES_CHANNEL, Database

log = logging.getLogger(__name__)

RECONNECT_EVERY_S = 30.0


class ChangeSource(Protocol):
    def poll(self) -> bool:
        """True when someone else committed a change since the last poll or sync."""

    def sync(self) -> None:
        """Take the current state as seen (after this process's own writes)."""

    def close(self) -> None: ...


def data_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA data_version").fetchone()
    return int(row[0]) if row else 0


class SqliteChanges:
    """Polls `PRAGMA data_version` on its own read-only connection to the database file."""

    def __init__(self, db: Database) -> None:
        assert db.path is not None
        self.path = db.path
        self.conn: sqlite3.Connection | None = None
        self.last = self._read()

    def _read(self) -> int:
        try:
            if self.conn is None:
                self.conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            return data_version(self.conn)
        except sqlite3.Error as exc:  # a vanished or locked file: try again on the next poll
            log.info("Cannot read the data version of %s: %s", self.path, exc)
            self.close()
            return -1

    def poll(self) -> bool:
        current = self._read()
        changed = current != self.last and current != -1 and self.last != -1
        if current != -1:
            self.last = current
        return changed

    def sync(self) -> None:
        self.last = self._read()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class PgChanges:
    """LISTENs on the changes channel over its own autocommit psycopg connection; reconnects when lost."""

    def __init__(self, db: Database) -> None:
        url = make_url(db.url).set(drivername="postgresql")
        self.conninfo = url.render_as_string(hide_password=False)
        self.client_id = db.client_id
        self.conn: Any = None
        self._next_try = 0.0
        self._connect()

    def _connect(self) -> bool:
        import psycopg

        if time.monotonic() < self._next_try:  # a server that is down is asked again only now and then
            return False
        self._next_try = time.monotonic() + RECONNECT_EVERY_S
        try:
            self.conn = psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5)
            self.conn.execute(f"LISTEN {CHANGES_CHANNEL}")
            return True
        except psycopg.Error as exc:
            log.info("Cannot listen for changes: %s", exc)
            self.close()
            return False

    def poll(self) -> bool:
        import psycopg

        if self.conn is None:  # lost earlier: after reconnecting, assume something changed meanwhile
            return self._connect()
        try:
            payloads = [n.payload for n in self.conn.notifies(timeout=0)]
        except psycopg.Error as exc:
            log.info("Lost the change listener: %s", exc)
            self.close()
            return False
        return any(p != self.client_id for p in payloads)

    def sync(self) -> None:
        """Nothing to do: own notifications are recognised by their payload."""

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:  # closing a broken connection may fail; it is gone either way
                log.debug("Closing the listener failed", exc_info=True)
            self.conn = None


def change_source(db: Database) -> ChangeSource | None:
    """The right watcher for the database, or None where changes cannot be noticed (in-memory SQLite)."""
    if db.is_sqlite:
        return SqliteChanges(db) if db.path is not None else None
    if db.engine.dialect.name == "postgresql":
        return PgChanges(db)
    return None
