"""Open a database safely: refuse what is not ours, back up before upgrading, migrate, set pragmas."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from eventplanner.domain.errors import ConflictError, StaleEditError, StoreError
from eventplanner.store import migrate, recorder

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
#: PostgreSQL channel a committed change is announced on; the payload is the writer's `Database.client_id`.
CHANGES_CHANNEL = "eventplanner_changes"


@dataclass
class Database:
    """A connected store. `session()` is the unit of work: commit on success, roll back on error."""

    url: str
    engine: Engine
    path: Path | None = None
    read_only: bool = False
    backup_path: Path | None = None
    #: Tells this process's own writes apart from other workstations' (see store/changes.py).
    client_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        if not self.is_sqlite:
            event.listen(self._factory, "after_flush", _mark_written)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        """Where the data lives, with any password hidden."""
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self.read_only:
            refused = StoreError(f"{self.display_name} is open read-only, so the change was not saved.")
            try:
                with self._factory() as s:
                    yield s
                    if s.new or s.deleted or any(s.is_modified(o) for o in s.dirty):
                        raise refused
                    s.rollback()
            except OperationalError as exc:
                if "readonly" in str(exc.orig):  # a flush tried to write
                    raise refused from exc
                raise StoreError(f"The database could not be read ({exc.orig}).") from exc
            return
        try:
            with self._factory.begin() as s:
                rec = recorder.attach(s)
                yield s
                if not self.is_sqlite:  # announce the commit to other workstations (delivered on commit)
                    s.flush()
                    if s.info.pop("wrote", False):
                        s.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANGES_CHANNEL, "p": self.client_id})
            if rec is not None:
                recorder.committed(rec)
        except StaleDataError as exc:
            raise StaleEditError(
                "This item was changed by someone else since you opened it. Reload to see their version."
            ) from exc
        except IntegrityError as exc:
            raise ConflictError(f"The change conflicts with other data and was not saved ({exc.orig}).") from exc
        except OperationalError as exc:
            raise StoreError(f"The database could not save the change ({exc.orig}); nothing was changed.") from exc

    def close(self) -> None:
        self.engine.dispose()


def _mark_written(session: Session, _context: object) -> None:
    session.info["wrote"] = True


def to_url(path_or_url: str | os.PathLike[str]) -> str:
    """A plain path becomes an SQLite URL; anything with a scheme is taken as a SQLAlchemy URL."""
    text_value = os.fspath(path_or_url)
    if "://" in text_value:
        return text_value
    return f"sqlite:///{Path(text_value).expanduser().resolve()}"


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(read_only: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return on_connect


def inspect_sqlite_file(path: Path) -> str | None:
    """Check a file without changing it. Returns the schema revision, or None for an empty database.

    Raises StoreError for a file that is not SQLite, is corrupt, or belongs to another program.
    """
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not header:
        return None
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not an Event Planner database (it is not an SQLite file). It was left as it is.")
    # Without a -wal file nobody is writing: read it as immutable so not even -wal/-shm files appear beside it.
    immutable = "&immutable=1" if not path.with_name(f"{path.name}-wal").exists() else ""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro{immutable}", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {path}: {exc}.") from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise StoreError(
                f"{path} is damaged ({check[0] if check else 'no answer'}). It was left as it is; "
                "restore a backup or choose another file."
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables or "events" not in tables:
            raise StoreError(
                f"{path} is an SQLite database of another program, not of Event Planner. It was left as it is."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or not a database ({exc}). It was left as it is.") from exc
    finally:
        conn.close()


def _backup_before_upgrade(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix or '.sqlite3'}")
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("Backed up %s to %s before upgrading", path, target)
    return target


def _writable(path: Path) -> bool:
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return os.access(path.parent, os.W_OK)


def open_database(path_or_url: str | os.PathLike[str], *, create: bool = True) -> Database:
    """Open (and create or upgrade) the store at a path or SQLAlchemy URL."""
    url = to_url(path_or_url)
    path = _sqlite_path(url)
    if path is not None:
        return _open_sqlite(url, path, create)
    return _open_server(url)


def _open_sqlite(url: str, path: Path, create: bool) -> Database:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    exists = path.exists() and path.stat().st_size > 0
    if not path.exists():
        if not create:
            raise StoreError(f"There is no database at {path}.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror or exc}.") from exc
    revision = inspect_sqlite_file(path) if exists else None
    if revision is not None and revision not in migrate.known_revisions():
        raise StoreError(
            f"{path} was written by a newer version of Event Planner (schema {revision}). "
            "Update the application to open it; the file was left as it is."
        )
    read_only = not _writable(path)
    if read_only and (revision is None or revision != migrate.head_revision()):
        raise StoreError(
            f"{path} is read-only and needs to be set up or upgraded first; open it once with write access."
        )
    connect_url = f"sqlite:///{path.as_uri()}?mode=ro&uri=true" if read_only else url
    engine = create_engine(connect_url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_sqlite_pragmas(read_only))
    backup_path = None
    if not read_only and revision != migrate.head_revision():
        if revision is not None:
            backup_path = _backup_before_upgrade(path, revision)
        try:
            migrate.upgrade(engine)
        except (SQLAlchemyError, OSError) as exc:
            engine.dispose()
            raise StoreError(f"Could not prepare the database {path}: {exc}") from exc
    return Database(url=url, engine=engine, path=path, read_only=read_only, backup_path=backup_path)


def _open_server(url: str) -> Database:
    try:
        engine = create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise StoreError(f"Cannot connect to the database server: {exc.orig or exc}") from exc
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"Cannot open the database {make_url(url).render_as_string()}: {exc}") from exc
    if tables - {"alembic_version"} and ("alembic_version" not in tables or "events" not in tables):
        raise StoreError("That database holds tables of another program; use an empty database for Event Planner.")
    if revision is not None and revision not in migrate.known_revisions():
        raise StoreError(f"The database was written by a newer version of Event Planner (schema {revision}).")
    if revision != migrate.head_revision():
        migrate.upgrade(engine)
    return Database(url=url, engine=engine)


def copy_file_safely(src: Path, dst: Path) -> None:
    """Copy next to the target first, then rename, so a failed copy never replaces a good file."""
    tmp = dst.with_name(f".{dst.name}.partial")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dst)
