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

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from eventplanner.domain.errors import (
    ConflictError,
    DuplicateNameError,
    StaleEditError,
    StoreError,
    ValidationError,
)
from eventplanner.store import migrate, recorder
from eventplanner.store.files import is_database_file, make_folders, remove_created
from eventplanner.store.values import check_values

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables every Event Planner database has had since the first schema: without them a file is another program's.
OWN_TABLES = frozenset({"events", "rooms", "slots", "people", "organizations"})
BUSY_TIMEOUT_MS = 10_000
#: The PostgreSQL advisory lock that serializes exclusive units of work (imports); any fixed 64-bit number.
EXCLUSIVE_LOCK_KEY = 0x4576_5074_496D_7074
#: The unique indexes on name keys (store/models.py), by the table.column SQLite names, and what they mean.
DUPLICATE_NAMES = {
    "uq_rooms_name_key": ("rooms.name_key", "The event already has a room of that name (perhaps just added by "
                          "someone else); nothing was saved."),
    "uq_organizations_name_key": ("organizations.name_key", "An organization of that name and country is already "
                                  "in the directory (perhaps just added by someone else); nothing was saved."),
}
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
        event.listen(self._factory, "before_flush", check_values)
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
    def session(self, *, exclusive: bool = False) -> Iterator[Session]:
        """A unit of work. `exclusive` serializes it with every other exclusive one (imports): it reads only
        after taking the write lock (SQLite BEGIN IMMEDIATE; a PostgreSQL transaction-scoped advisory lock),
        so two of them can never both decide that a room or a person is missing and both add it."""
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
                if exclusive:
                    self._lock(s)
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
            duplicate = _duplicate_name(exc)
            if duplicate:
                raise DuplicateNameError(duplicate) from exc
            raise ConflictError(f"The change conflicts with other data and was not saved ({exc.orig}).") from exc
        except OperationalError as exc:
            raise StoreError(f"The database could not save the change ({exc.orig}); nothing was changed.") from exc

    def _lock(self, s: Session) -> None:
        if self.is_sqlite:
            s.connection().exec_driver_sql("BEGIN IMMEDIATE")
        elif self.engine.dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": EXCLUSIVE_LOCK_KEY})

    def is_own_file(self, target: str | os.PathLike[str]) -> bool:
        """Whether `target` is this database or one of its journal files (by resolved path or by inode)."""
        return self.path is not None and is_database_file(self.path, target)

    def refuse_output(self, target: str | os.PathLike[str]) -> None:
        """Every writer asks first: an output must never replace the open database or its journal files."""
        if self.is_own_file(target):
            raise ValidationError(
                f"{Path(target).name} is the open database (or one of its journal files); "
                "writing there would destroy it. Choose another file name."
            )

    def close(self) -> None:
        self.engine.dispose()


def _duplicate_name(exc: IntegrityError) -> str | None:
    """The message for a refused duplicate name, or None when another constraint refused the change."""
    constraint = getattr(getattr(exc.orig, "diag", None), "constraint_name", None)  # psycopg names it
    for index, (column, message) in DUPLICATE_NAMES.items():
        if constraint == index or (constraint is None and column in str(exc.orig)):
            return message
    return None


def _mark_written(session: Session, _context: object) -> None:
    session.info["wrote"] = True


def to_url(path_or_url: str | os.PathLike[str]) -> URL:
    """A plain path becomes an SQLite URL naming exactly that file; anything with a scheme is a SQLAlchemy URL.

    The URL is built with `URL.create`, never by pasting text, so `?`, `#` or `%20` in a file name stay part
    of the name instead of turning into URL syntax.
    """
    text_value = os.fspath(path_or_url)
    if "\x00" in text_value:
        raise StoreError("The database name contains a NUL character; choose another file.")
    if "://" in text_value:
        try:
            url = make_url(text_value)
        except (ArgumentError, ValueError) as exc:
            raise StoreError(f"“{text_value}” is neither a database file nor a valid database URL.") from exc
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            # A sqlite:/// URL names a file: rebuild it so the rest of the text never becomes URL syntax.
            return URL.create("sqlite", database=str(Path(url.database).expanduser().resolve()))  # type: ignore[arg-type]
        return url
    if not text_value.strip():
        raise StoreError("No database file was given.")
    return URL.create("sqlite", database=str(Path(text_value).expanduser().resolve()))


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Per connection; the WAL journal is switched on once, after the file has passed every check."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


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
        if "alembic_version" not in tables or not tables >= OWN_TABLES:
            raise StoreError(
                f"{path} is an SQLite database of another program, not of Event Planner. It was left as it is."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
        if revision is not None and revision not in migrate.known_revisions() and not migrate.is_newer(revision):
            raise StoreError(
                f"{path} is an SQLite database of another program (its schema version is “{revision[:40]}”), "
                "not of Event Planner. It was left as it is."
            )
        return revision
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
    """Open (and, with `create`, create or upgrade) the store at a path or SQLAlchemy URL.

    Without `create` a missing SQLite file is refused and nothing is made: no folder, no file.
    """
    url = to_url(path_or_url)
    path = _sqlite_path(url)
    if path is not None:
        return _open_sqlite(path, create)
    return _open_server(url)


def _sqlite_url(path: Path, *, read_only: bool = False, immutable: bool = False) -> URL:
    """Exactly this file: a plain file name, or for read-only use a `file:` URI (percent-encoded by as_uri)."""
    if not read_only:
        return URL.create("sqlite", database=str(path))
    query = {"mode": "ro", "uri": "true"} | ({"immutable": "1"} if immutable else {})
    return URL.create("sqlite", database=path.as_uri(), query=query)


def _can_read(url: URL) -> bool:
    """Whether SQLite can read the file this way (a WAL database on read-only media needs immutable=1)."""
    assert url.database is not None
    uri = url.database + "?" + "&".join(f"{k}={v}" for k, v in url.query.items() if k != "uri")
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return True


def _open_sqlite(path: Path, create: bool) -> Database:
    from eventplanner.store.leftovers import clean_leftovers

    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if path.exists() and not path.is_file():
        raise StoreError(f"{path} is not a regular file, so it cannot be a database.")
    exists = path.exists() and path.stat().st_size > 0
    made: list[Path] = []  # what this call creates, removed again if the set-up fails
    if not path.exists():
        if not create:
            raise StoreError(f"There is no database at {path}.")
        made = make_folders(path.parent)
        made.append(path)
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
    url = _sqlite_url(path, read_only=read_only)
    if read_only and not _can_read(url):
        url = _sqlite_url(path, read_only=True, immutable=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    backup_path = None
    if not read_only:
        clean_leftovers(path.parent)
        if revision != migrate.head_revision():
            if revision is not None:
                backup_path = _backup_before_upgrade(path, revision)
            try:
                migrate.upgrade(engine)
            except Exception as exc:  # SQL, disk, or Alembic's own errors: the set-up is rolled back
                engine.dispose()
                remove_created(made)
                log.exception("Could not set up %s", path)
                raise StoreError(f"Could not prepare the database {path} ({first_line(exc)}); "
                                 "nothing was set up.") from exc
        try:
            with engine.connect() as conn:  # only now, with every check passed, switch the journal to WAL
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"Cannot write to the database {path} ({first_line(exc)}).") from exc
    return Database(url=url.render_as_string(hide_password=False), engine=engine, path=path, read_only=read_only,
                    backup_path=backup_path)


def first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text_value = str(orig if orig is not None else exc).strip()
    return text_value.splitlines()[0] if text_value else type(exc).__name__


def _open_server(url: URL) -> Database:
    try:
        engine = create_engine(url, pool_pre_ping=True)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise StoreError(f"Cannot connect to the database server: {first_line(exc)}") from exc
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"Cannot open the database {url.render_as_string()}: {first_line(exc)}") from exc
    foreign = "alembic_version" not in tables or not tables >= OWN_TABLES
    if revision is not None and revision not in migrate.known_revisions() and not migrate.is_newer(str(revision)):
        foreign = True
    if tables - {"alembic_version"} and foreign:
        raise StoreError("That database holds tables of another program; use an empty database for Event Planner.")
    if revision is not None and revision not in migrate.known_revisions():
        raise StoreError(f"The database was written by a newer version of Event Planner (schema {revision}).")
    if revision != migrate.head_revision():
        try:
            migrate.upgrade(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"Could not prepare the database ({first_line(exc)}); nothing was set up.") from exc
    return Database(url=url.render_as_string(hide_password=False), engine=engine)


def copy_file_safely(src: Path, dst: Path) -> None:
    """Copy next to the target first, then rename, so a failed copy never replaces a good file."""
    tmp = dst.with_name(f".{dst.name}.partial")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dst)
