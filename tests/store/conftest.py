"""Helpers for the store tests: compare whole database contents and whole files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from eventplanner.store.database import Database
from eventplanner.store.models import Base

Snapshot = dict[str, list[tuple[Any, ...]]]


def content(db: Database) -> Snapshot:
    """Every row of every application table, in primary-key order: equal snapshots mean equal data."""
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
        }


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def snapshot() -> Callable[[Database], Snapshot]:
    return content


@pytest.fixture
def sha256() -> Callable[[Path], str]:
    return file_hash
