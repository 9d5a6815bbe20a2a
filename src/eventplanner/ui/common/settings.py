"""Persistent window state through QSettings (INI): geometry, splitters, last event, recent databases, options.

The options are a typed registry: each `Setting` below declares its key, type and default once, and
`Settings.get(SETTING)` / `Settings.set(SETTING, value)` read and write it as that type. Nobody handles the
strings QSettings stores (booleans read from older files as "1"/"0" are understood).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from eventplanner import APP_ID

MAX_RECENT = 8
T = TypeVar("T", bool, int, str)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One user option: stored under options/<key>, read as `kind`, `default` when missing or unreadable."""

    key: str
    kind: type[T]
    default: T
    doc: str = ""


RIPPLE = Setting("ripple", bool, True, "Changing a slot's length or place re-times the slots after it")
LANGUAGE = Setting("language", str, "", "Interface language: '' follows the system, else en, az or ru")
DEFAULT_PAPER = Setting("default_paper", str, "a4", "The paper the Preview starts with: a4, a5 or letter")
PROGRAMME_LANGUAGE = Setting("programme_language", str, "", "Programme language: '' is each event's own")
PROBLEMS_VISIBLE = Setting("problems_visible", bool, True, "The Problems panel is shown")
BACKUP_ENABLED = Setting("backup_enabled", bool, True, "Back up the database once a day at start-up")
BACKUP_FOLDER = Setting("backup_folder", str, "", "Folder of the automatic backups ('' is the default)")
BACKUP_KEEP = Setting("backup_keep", int, 14, "How many automatic backups to keep")
WALLCHART_FILTER = Setting("wallchart_filter", str, "", "The file type last chosen for a wall chart")
PARALLEL_RIPPLE = Setting("parallel_ripple", bool, True, "Ripple also re-times later slots in the day's other rooms")
LAST_FOLDER = Setting("last_folder", str, "", "The folder of the last file saved or opened")
DESCRIPTION_LINES = Setting("description_lines", int, 0,
                            "Preview: descriptions end with … after this many lines (0: printed in full)")

REGISTRY: tuple[Setting[bool] | Setting[int] | Setting[str], ...] = (
    RIPPLE, LANGUAGE, DEFAULT_PAPER, PROGRAMME_LANGUAGE, PROBLEMS_VISIBLE, BACKUP_ENABLED, BACKUP_FOLDER,
    BACKUP_KEEP, WALLCHART_FILTER, PARALLEL_RIPPLE, LAST_FOLDER, DESCRIPTION_LINES,
)
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


def _parse(setting: Setting[T], raw: object) -> T:
    if raw is None:
        return setting.default
    if setting.kind is bool:
        if isinstance(raw, bool):
            return raw  # type: ignore[return-value]
        text = str(raw).strip().lower()
        return (True if text in _TRUE else False if text in _FALSE else setting.default)  # type: ignore[return-value]
    if setting.kind is int:
        try:
            return int(str(raw).strip())  # type: ignore[return-value]
        except ValueError:
            return setting.default
    return str(raw)  # type: ignore[return-value]


class Settings:
    """A thin typed wrapper; tests pass their own QSettings pointing at a temporary INI file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)

    # Raw state blobs ---------------------------------------------------------------------------------

    def state(self, key: str) -> QByteArray | None:
        value = self.q.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"state/{key}", value)

    # Last event per database ---------------------------------------------------------------------------

    def last_event(self, db_name: str) -> int | None:
        value = self.q.value(f"last_event/{_key(db_name)}")
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def set_last_event(self, db_name: str, event_id: int | None) -> None:
        if event_id is None:
            self.q.remove(f"last_event/{_key(db_name)}")
        else:
            self.q.setValue(f"last_event/{_key(db_name)}", event_id)

    # Recent databases ----------------------------------------------------------------------------------

    def recent_databases(self) -> list[str]:
        value: object = self.q.value("recent/databases", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple):
            return []
        return [str(v) for v in value if str(v)]

    def add_recent_database(self, name: str) -> None:
        items = [name, *(r for r in self.recent_databases() if r != name)][:MAX_RECENT]
        self.q.setValue("recent/databases", items)

    def remove_recent_database(self, name: str) -> None:
        self.q.setValue("recent/databases", [r for r in self.recent_databases() if r != name])

    # Options (the registry above) ---------------------------------------------------------------------

    def get(self, setting: Setting[T]) -> T:
        return _parse(setting, self.q.value(f"options/{setting.key}"))

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.kind):
            raise TypeError(f"{setting.key} takes a {setting.kind.__name__}, not {value!r}")
        self.q.setValue(f"options/{setting.key}", value)

    def ripple(self) -> bool:
        return self.get(RIPPLE)

    def set_ripple(self, on: bool) -> None:
        self.set(RIPPLE, on)

    def parallel_ripple(self) -> bool:
        """Whether ripple also moves the later slots of the day's other rooms (default on)."""
        return self.get(PARALLEL_RIPPLE)

    def set_parallel_ripple(self, on: bool) -> None:
        self.set(PARALLEL_RIPPLE, on)

    def language(self) -> str:
        return self.get(LANGUAGE)

    def set_language(self, code: str) -> None:
        self.set(LANGUAGE, code)

    def default_paper(self) -> str:
        return self.get(DEFAULT_PAPER) or DEFAULT_PAPER.default

    def set_default_paper(self, paper: str) -> None:
        self.set(DEFAULT_PAPER, paper)

    def programme_language(self) -> str:
        return self.get(PROGRAMME_LANGUAGE)

    def set_programme_language(self, code: str) -> None:
        self.set(PROGRAMME_LANGUAGE, code)

    def sync(self) -> None:
        self.q.sync()


def _key(name: str) -> str:
    """QSettings keys cannot hold slashes: a stable, readable key for a database path or URL."""
    return "".join(c if c.isalnum() else "_" for c in name)[-120:]
