"""Backups and restores: a consistent copy while the app runs, and a restore that checks before it changes anything.

* SQLite databases are copied with SQLite's online backup API (a consistent snapshot even while other
  connections write), into a temporary file beside the destination that is renamed when complete.
* Other backends (PostgreSQL) are dumped as JSON: a header (format, app version, schema revision) and every
  row of every table in foreign-key order; bytes as base64, dates and times in ISO 8601.
* `restore` (store/restore.py) checks a backup fully before it changes anything.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import URL, Connection, Engine, create_engine, select, text
from sqlalchemy.exc import SQLAlchemyError

from eventplanner import __version__
from eventplanner.domain.errors import StoreError, ValidationError
from eventplanner.store import models_show  # noqa: F401  (its tables are part of every backup)
from eventplanner.store.database import Database
from eventplanner.store.leftovers import clean_leftovers, partial_name, scratch_prefix
from eventplanner.store.models import Base
from eventplanner.store.models_letterhead import LetterheadRow  # noqa: F401  (registers its table on Base)

log = logging.getLogger(__name__)

FORMAT = "eventplanner-backup/1"
AUTO_PREFIX = "eventplanner-auto-"
_AUTO_NAME = re.compile(rf"^{AUTO_PREFIX}\d{{4}}-\d{{2}}-\d{{2}}\.(sqlite3|json)$")
BackupKind = Literal["sqlite", "json"]
SQLITE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
NOTHING = "Nothing was restored."


# Backup ---------------------------------------------------------------------------------------------


def backup(db: Database, dest: Path, *, kind: BackupKind | None = None) -> Path:
    """Write a consistent backup of `db` to `dest` (a file, or a folder to put a dated file in).

    SQLite databases are copied as SQLite files unless `dest` ends in .json or kind="json"; server
    databases are always written as JSON. Returns the path written.
    """
    dest = Path(dest).expanduser()
    if kind is None:
        kind = "sqlite" if db.is_sqlite and dest.suffix.lower() != ".json" else "json"
    if not db.is_sqlite and dest.suffix.lower() in SQLITE_SUFFIXES:
        kind = "sqlite"  # refused just below, with the right name suggested
    if kind == "sqlite" and not db.is_sqlite:
        raise StoreError(
            f"A server database is backed up as a JSON file; choose a name ending in .json "
            f"(for example {dest.with_suffix('.json').name})."
        )
    if dest.is_dir():
        dest = dest / f"eventplanner-{datetime.now():%Y%m%d-%H%M%S}{'.sqlite3' if kind == 'sqlite' else '.json'}"
    if db.is_own_file(dest):
        raise StoreError(
            f"{dest.name} is the open database (or one of its journal files); a backup cannot go there. "
            "Choose another file name."
        )
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        clean_leftovers(dest.parent)
        with _atomic(dest) as tmp:
            if kind == "sqlite":
                _copy_live_sqlite(db, tmp)
            else:
                _write_json(db, tmp)
    except OSError as exc:
        raise StoreError(f"Cannot write the backup {dest}: {exc.strerror or exc}.") from exc
    except (sqlite3.Error, SQLAlchemyError) as exc:
        raise StoreError(f"The backup to {dest} failed ({exc}); no backup file was written.") from exc
    log.info("Backed up %s to %s", db.display_name, dest)
    return dest


def auto_backup(db: Database, folder: Path, keep: int, *, today: date | None = None) -> Path | None:
    """Once a day: write `eventplanner-auto-YYYY-MM-DD` into `folder` and keep the newest `keep` of them.

    Returns the new file, or None when today's backup already exists. Other files in the folder are left alone.
    """
    if keep < 1:
        raise ValidationError("Keep at least one automatic backup.")
    suffix = ".sqlite3" if db.is_sqlite else ".json"
    target = Path(folder).expanduser() / f"{AUTO_PREFIX}{(today or date.today()).isoformat()}{suffix}"
    written = None if target.exists() else backup(db, target)
    autos = sorted(p for p in target.parent.iterdir() if _AUTO_NAME.match(p.name) and p.suffix == suffix)
    for old in autos[: max(0, len(autos) - keep)]:
        old.unlink(missing_ok=True)
        log.info("Removed old automatic backup %s", old)
    return written


@contextmanager
def _atomic(dest: Path) -> Iterator[Path]:
    """A temporary file beside `dest`, flushed to disk and renamed over it only when complete."""
    tmp = partial_name(dest)
    tmp.unlink(missing_ok=True)
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, dest)
        _fsync(dest.parent)
    finally:
        tmp.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # some platforms cannot open a folder
        return
    with contextlib.suppress(OSError):
        os.fsync(fd)
    os.close(fd)


def _copy_live_sqlite(db: Database, target: Path) -> None:
    """SQLite's online backup: one read snapshot of the live database, whatever other connections do."""
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        _sqlite_backup(source, target)
    finally:
        raw.close()


def _sqlite_backup(source: sqlite3.Connection, target: Path) -> None:
    dst = sqlite3.connect(target)
    try:
        source.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        check = dst.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise StoreError(f"The copy failed its check ({check[0] if check else 'no answer'}).")
    finally:
        dst.close()


@contextmanager
def _sqlite_engine(path: Path) -> Iterator[Engine]:
    engine = create_engine(URL.create("sqlite", database=str(path)))
    try:
        yield engine
    finally:
        engine.dispose()


def _write_json(db: Database, target: Path) -> None:
    if db.is_sqlite:  # dump from a snapshot copy: SQLite has no repeatable-read across statements
        with tempfile.TemporaryDirectory(prefix=scratch_prefix("backup")) as tmpdir:
            snapshot = Path(tmpdir) / "snapshot.sqlite3"
            _copy_live_sqlite(db, snapshot)
            with _sqlite_engine(snapshot) as engine, engine.connect() as conn:
                doc = _dump(conn)
    else:
        with db.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                doc = _dump(conn)
    with target.open("w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))


def _dump(conn: Connection) -> dict[str, Any]:
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    tables: dict[str, Any] = {}
    for table in Base.metadata.sorted_tables:
        rows = conn.execute(select(table).order_by(*table.primary_key.columns))
        tables[table.name] = {
            "columns": [c.name for c in table.columns],
            "rows": [[_encode(v) for v in row] for row in rows],
        }
    return {
        "format": FORMAT,
        "app": "Event Planner",
        "app_version": __version__,
        "revision": revision,
        "created": datetime.now().isoformat(timespec="seconds"),
        "source": conn.dialect.name,
        "tables": tables,
    }


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
