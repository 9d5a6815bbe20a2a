"""Shared fixtures: every test gets its own database in a temporary folder, never the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventplanner.domain.data import EventData
from eventplanner.services.sample import ensure_sample_event
from eventplanner.store.database import Database, open_database

# Keep the suite away from the real user data and settings, whatever the machine has.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("EVENTPLANNER_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def sample_event(db: Database) -> EventData:

    event, _created = ensure_sample_event(db)
    return event


# Backends: every test taking `backend_url` runs on SQLite and, when a server is reachable, on PostgreSQL.

PG_URL_ENV = "EVENTPLANNER_TEST_PG_URL"
PG_SKIP_REASON = "PostgreSQL not reachable: set EVENTPLANNER_TEST_PG_URL (see README)"
_pg_checked: dict[str, bool] = {}


def _pg_reachable(url: str) -> bool:
    if url not in _pg_checked:
        from sqlalchemy import create_engine, text

        engine = create_engine(url, connect_args={"connect_timeout": 3})
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            _pg_checked[url] = True
        except Exception:  # any failure to connect means "skip", never an error
            _pg_checked[url] = False
        finally:
            engine.dispose()
    return _pg_checked[url]


def reset_pg_schema(url: str) -> None:
    """An empty `public` schema: drop every table (and leftover connections to this test database)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SET lock_timeout = '20s'"))
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty database: SQLite in tmp_path, or the test PostgreSQL database, emptied first."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'backend.sqlite3'}"
        return
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url or not _pg_reachable(url):
        pytest.skip(PG_SKIP_REASON)
    reset_pg_schema(url)
    yield url


@pytest.fixture
def backend_db(backend_url: str) -> Iterator[Database]:
    """An open, migrated database on each backend."""
    database = open_database(backend_url)
    yield database
    database.close()
