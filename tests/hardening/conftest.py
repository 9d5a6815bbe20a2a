"""Fixtures for the hardening tests (helpers live in hardening_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hardening_helpers import cli


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite3"
    assert cli("--db", str(path), "demo").code == 0
    return path
