"""Restore a backup: check everything first in a scratch file, then replace the live data in one step.

The backup is rebuilt in a private scratch SQLite file, upgraded to the current schema and fully checked.
Only then is the live database touched: SQLite into SQLite with the backup API (one write transaction),
anything else by deleting and re-inserting every row inside one transaction.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import sqlite3
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, delete, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.types import Date, DateTime, LargeBinary

from eventplanner.domain.errors import StoreError
from eventplanner.store import migrate
from eventplanner.store.backup import FORMAT, NOTHING, BackupKind, _sqlite_backup, _sqlite_engine, backup
from eventplanner.store.database import BUSY_TIMEOUT_MS, SQLITE_HEADER, Database, first_line
from eventplanner.store.leftovers import scratch_prefix
from eventplanner.store.models import Base
from eventplanner.store.models_letterhead import LetterheadRow  # noqa: F401  (registers its table on Base)
from eventplanner.store.restore_checks import problems_in

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the file, its kind and schema revision, and the rows now in each table."""

    source: Path
    kind: BackupKind
    revision: str
    rows: Mapping[str, int]
    safety_copy: Path | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def summary(self) -> str:
        message = f"Restored {self.total_rows} rows in {len(self.rows)} tables from {self.source}."
        if self.safety_copy is not None:
            message += f" The data it replaced was saved to {self.safety_copy}."
        return message

    def __str__(self) -> str:
        return self.summary


# Restore --------------------------------------------------------------------------------------------


def restore(db: Database, src: Path) -> RestoreReport:
    """Replace everything in `db` with the backup in `src` (an SQLite backup or a JSON dump).

    The file is checked completely first; a wrong, foreign, newer or damaged file raises StoreError and
    changes nothing. For an SQLite database the data it replaces is first saved beside it.
    """
    src = Path(src).expanduser().resolve()
    if db.read_only:
        raise StoreError(f"{db.display_name} is open read-only. {NOTHING}")
    if not src.is_file():
        raise StoreError(f"There is no backup file {src}. {NOTHING}")
    if db.path is not None and src.resolve() == db.path.resolve():
        raise StoreError(f"{src} is the open database itself, not a backup. {NOTHING}")
    with src.open("rb") as f:
        head = f.read(len(SQLITE_HEADER))
    with tempfile.TemporaryDirectory(prefix=scratch_prefix("restore")) as tmpdir:
        work = Path(tmpdir) / "restore.sqlite3"
        kind: BackupKind
        if head == SQLITE_HEADER:
            kind, revision = "sqlite", _stage_sqlite(src, work)
        elif head.lstrip()[:1] == b"{":
            kind, revision = "json", _stage_json(src, work)
        else:
            raise StoreError(
                f"{src} is not an Event Planner backup (neither an SQLite database nor a JSON backup). {NOTHING}"
            )
        with _sqlite_engine(work) as engine, engine.connect() as conn:
            count = select(func.count())
            counts = {t.name: int(conn.execute(count.select_from(t)).scalar_one()) for t in Base.metadata.sorted_tables}
        safety = None
        if db.is_sqlite and db.path is not None:
            stem = db.path.stem
            safety = backup(db, _unused(db.path.with_name(f"{stem}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")))
            _restore_sqlite(work, db)
        else:
            _replace_rows(work, db)
    db.engine.dispose()  # no pooled connection keeps a view of the old data
    log.info("Restored %s from %s (%s, schema %s)", db.display_name, src, kind, revision)
    return RestoreReport(source=src, kind=kind, revision=revision, rows=counts, safety_copy=safety)


def _unused(base: Path) -> Path:
    """`base` plus the database's suffix, numbered when a file of that name exists (two restores a second)."""
    suffix, n = ".sqlite3", 1
    candidate = base.with_name(base.name + suffix)
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}{suffix}")
    return candidate


def _check_revision(src: Path, revision: object) -> str:
    if not isinstance(revision, str) or not revision:
        raise StoreError(f"{src} has no schema revision, so it is not an Event Planner backup. {NOTHING}")
    if revision not in migrate.known_revisions() and not migrate.is_newer(revision):
        raise StoreError(f"{src} carries the schema version “{revision[:40]}”, which is not Event Planner's. {NOTHING}")
    if revision not in migrate.known_revisions():
        raise StoreError(
            f"{src} was written by a newer version of Event Planner (schema {revision}). "
            f"Update the application to restore it. {NOTHING}"
        )
    return revision


def _stage_sqlite(src: Path, work: Path) -> str:
    """Check an SQLite backup without changing it and copy it, upgraded, into `work`."""
    immutable = "&immutable=1" if not src.with_name(f"{src.name}-wal").exists() else ""  # leave no -shm behind
    try:
        conn = sqlite3.connect(f"{src.as_uri()}?mode=ro{immutable}", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {src} ({exc}). {NOTHING}") from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise StoreError(f"{src} is damaged ({check[0] if check else 'no answer'}). {NOTHING}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "events" not in tables:
            raise StoreError(f"{src} is an SQLite database of another program, not an Event Planner backup. {NOTHING}")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = _check_revision(src, row[0] if row else None)
        _sqlite_backup(conn, work)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{src} is damaged or not a database ({first_line(exc)}). {NOTHING}") from exc
    finally:
        conn.close()
    _finish_stage(src, work, revision)
    return revision


def _stage_json(src: Path, work: Path) -> str:
    """Check a JSON dump and load it into `work` at its own revision, then upgrade."""
    try:
        doc = json.loads(src.read_bytes())
    except RecursionError as exc:
        raise StoreError(f"{src} is nested too deeply to be a backup. {NOTHING}") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise StoreError(
            f"{src} is not a readable backup (invalid or cut-short JSON: {first_line(exc)}). {NOTHING}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise StoreError(f"{src} is a JSON file but not an Event Planner backup. {NOTHING}")
    revision = _check_revision(src, doc.get("revision"))
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise StoreError(f"{src} holds no tables; it is incomplete. {NOTHING}")
    try:
        with _sqlite_engine(work) as engine:
            migrate.upgrade(engine, revision)
            meta = MetaData()
            meta.reflect(engine)
            expected = set(meta.tables) - {"alembic_version"}
            if set(tables) != expected:
                missing, extra = sorted(expected - set(tables)), sorted(set(tables) - expected)
                raise StoreError(
                    f"{src} does not match schema {revision} (missing tables: {', '.join(missing) or 'none'}; "
                    f"unknown tables: {', '.join(extra) or 'none'}). {NOTHING}"
                )
            with engine.begin() as conn:
                for table in meta.sorted_tables:
                    if table.name in tables:
                        rows = _decode_rows(table, tables[table.name])
                        if rows:
                            conn.execute(insert(table), rows)
    except (ValueError, TypeError, KeyError, binascii.Error, SQLAlchemyError, RecursionError, OverflowError) as exc:
        raise StoreError(f"{src} holds data that cannot be restored ({first_line(exc)}). {NOTHING}") from exc
    _finish_stage(src, work, revision)
    return revision


def _decode_rows(table: Any, entry: Any) -> list[dict[str, Any]]:
    columns, rows = entry["columns"], entry["rows"]
    if sorted(columns) != sorted(c.name for c in table.columns):
        raise ValueError(f"the columns of table {table.name} do not match")
    result = []
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"a row of table {table.name} has {len(row)} values instead of {len(columns)}")
        result.append({name: _decode(table.c[name].type, value) for name, value in zip(columns, row, strict=True)})
    return result


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value, validate=True)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def _finish_stage(src: Path, work: Path, revision: str) -> None:
    """Upgrade the scratch copy to the current schema and make sure its references hold."""
    try:
        with _sqlite_engine(work) as engine:
            if revision != migrate.head_revision():
                migrate.upgrade(engine)
            with engine.connect() as conn:
                broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                ok = conn.execute(text("PRAGMA integrity_check")).scalar()
    except SQLAlchemyError as exc:
        raise StoreError(f"{src} cannot be brought up to date ({first_line(exc)}). {NOTHING}") from exc
    if broken or ok != "ok":
        raise StoreError(f"{src} holds inconsistent data ({len(broken)} broken references). {NOTHING}")
    count, found = problems_in(work)
    if count:
        more = f" and {count - len(found)} more" if count > len(found) else ""
        raise StoreError(
            f"{src} holds data Event Planner cannot use ({'; '.join(found)}{more}). {NOTHING}")


def _restore_sqlite(work: Path, db: Database) -> None:
    """SQLite into SQLite: the backup API writes the whole copy into the live file in one transaction."""
    assert db.path is not None
    source = sqlite3.connect(work)
    try:
        live = sqlite3.connect(db.path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            source.backup(live)
        except sqlite3.Error as exc:  # e.g. a page size the live WAL file cannot take: copy the rows instead
            log.warning("Backup API restore failed (%s); copying rows", exc)
            live.close()
            _replace_rows(work, db)
            return
        live.close()
    finally:
        source.close()


def _replace_rows(work: Path, db: Database) -> None:
    """Delete every row and insert the backup's, inside one transaction of the live database."""
    tables = Base.metadata.sorted_tables
    try:
        with _sqlite_engine(work) as engine, engine.connect() as src, db.engine.begin() as dst:
            if dst.dialect.name == "postgresql":
                names = ", ".join(dst.dialect.identifier_preparer.quote(t.name) for t in tables)
                dst.execute(text(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE"))
            for table in reversed(tables):
                dst.execute(delete(table))
            for table in tables:
                rows = [dict(r._mapping) for r in src.execute(select(table).order_by(*table.primary_key.columns))]
                if rows:
                    dst.execute(insert(table), rows)
            if dst.dialect.name == "postgresql":
                _reset_sequences(dst, tables)
    except SQLAlchemyError as exc:
        raise StoreError(f"The restore failed ({first_line(exc)}); the database was left as it was.") from exc


def _reset_sequences(conn: Connection, tables: list[Any]) -> None:
    """After inserting explicit ids, PostgreSQL's sequences must continue after the highest one."""
    quote = conn.dialect.identifier_preparer.quote
    for table in tables:
        for col in table.primary_key.columns:
            sql = f"SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX({quote(col.name)}), 0) + 1, false) "
            conn.execute(text(sql + f"FROM {quote(table.name)}"), {"t": quote(table.name), "c": col.name})
