"""Where things live: bundled resources, the user's data and logs. One place so PyInstaller finds it all."""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from eventplanner import APP_ID

ENV_DB = "EVENTPLANNER_DB"


def resources_dir() -> Path:
    """The package's resources/ folder, read through importlib.resources (wheel, editable install, bundle)."""
    return _resources_dir(os.environ.get("EVENTPLANNER_RESOURCES"), getattr(sys, "_MEIPASS", None))


@cache
def _resources_dir(override: str | None, bundle: str | None) -> Path:
    """Looked up once per override and bundle: every icon asks, and the start-up paints dozens of them."""
    candidates = [Path(override)] if override else []
    candidates.append(Path(str(files("eventplanner").joinpath("resources"))))
    if bundle:
        candidates.append(Path(bundle) / "eventplanner" / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("Event Planner's resources folder is missing; reinstall the application.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    return user_data_path(APP_ID, appauthor=False, ensure_exists=False)


def log_dir() -> Path:
    return user_log_path(APP_ID, appauthor=False, ensure_exists=False)


def default_database_path() -> Path:
    return data_dir() / "eventplanner.sqlite3"


def default_database_url() -> str:
    """`EVENTPLANNER_DB` when set, else the SQLite file in the user data directory."""
    return os.environ.get(ENV_DB) or str(default_database_path())
