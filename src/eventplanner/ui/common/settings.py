"""Persistent window state through QSettings (INI): geometry, splitters, last event, recent databases, options."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from eventplanner import APP_ID

MAX_RECENT = 8


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

    def value(self, key: str, default: str = "") -> str:
        value = self.q.value(f"options/{key}", default)
        return str(value) if value is not None else default

    def set_value(self, key: str, value: str) -> None:
        self.q.setValue(f"options/{key}", value)

    # Editing options -----------------------------------------------------------------------------------

    def ripple(self) -> bool:
        """Whether changing a slot's length or place re-times the slots after it (default on)."""
        return self.value("ripple", "1") != "0"

    def set_ripple(self, on: bool) -> None:
        self.set_value("ripple", "1" if on else "0")

    # Preferences -----------------------------------------------------------------------------------------

    def language(self) -> str:
        """The interface language chosen in Preferences: "" follows the system, else "en", "az" or "ru"."""
        return self.value("language", "")

    def set_language(self, code: str) -> None:
        self.set_value("language", code)

    def default_paper(self) -> str:
        """The paper the Preview starts with: "a4", "a5" or "letter"."""
        return self.value("default_paper", "a4") or "a4"

    def set_default_paper(self, paper: str) -> None:
        self.set_value("default_paper", paper)

    def programme_language(self) -> str:
        """The programme's language for the Preview and exports: "" is each event's own language."""
        return self.value("programme_language", "")

    def set_programme_language(self, code: str) -> None:
        self.set_value("programme_language", code)

    def sync(self) -> None:
        self.q.sync()


def _key(name: str) -> str:
    """QSettings keys cannot hold slashes: a stable, readable key for a database path or URL."""
    return "".join(c if c.isalnum() else "_" for c in name)[-120:]
