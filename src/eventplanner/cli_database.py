"""How a command-line command opens its database, and closes it when the command ends.

Only `demo`, `import` and `restore` may create a database; every other command refuses a missing file, so a
mistyped --db never leaves an empty database behind.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventplanner.domain.data import EventData
from eventplanner.store.database import Database

#: The commands that may create a database when the file does not exist yet.
CREATING = frozenset({"demo", "import", "restore"})
_opened: list[Database] = []


def close_databases() -> None:
    """Close what the command opened, so SQLite checkpoints its journal and leaves only the database file."""
    while _opened:
        _opened.pop().close()


def open_database_of(args: argparse.Namespace) -> Database:
    from eventplanner.domain.errors import StoreError
    from eventplanner.paths import default_database_url
    from eventplanner.store.database import open_database

    create = args.command in CREATING
    try:
        db = open_database(args.db or default_database_url(), create=create)
    except StoreError as exc:
        if not create and exc.message.startswith("There is no database"):
            raise StoreError(f"{exc.message} Check --db; `eventplanner demo` or `import` creates one.") from exc
        raise
    _opened.append(db)
    if db.backup_path:
        print(f"Upgraded the database; the previous version is saved as {db.backup_path}", file=sys.stderr)
    return db


@contextmanager
def new_database_kept_only_on_success(args: argparse.Namespace) -> Iterator[Database]:
    """For the creating commands: a database file this command made is removed again if the command fails."""
    from eventplanner.paths import default_database_url
    from eventplanner.store.database import to_url

    url = to_url(args.db or default_database_url())
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    new = path is not None and not path.exists()
    db = open_database_of(args)
    try:
        yield db
    except BaseException:
        db.close()
        if new and path is not None:
            for extra in ("", "-wal", "-shm", "-journal"):
                path.with_name(path.name + extra).unlink(missing_ok=True)
        raise


def event_of(db: Database, ref: str) -> EventData:
    from eventplanner.services.events import resolve_event

    return resolve_event(db, ref)
