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
