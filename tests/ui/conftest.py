"""GUI fixtures: a main window on a temporary database, with settings in a temporary INI file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from eventplanner.domain.data import EventData
from eventplanner.store.database import Database
from eventplanner.ui.common import errors, workers
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.window.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Domain errors the GUI would show, recorded instead of opening a message box."""
    seen: list[str] = []
    monkeypatch.setattr(errors, "show_domain_error", lambda _p, exc, title=None: seen.append(exc.message))

    def unexpected(_p: Any, exc: BaseException, tb: Any = None, context: str = "") -> None:
        raise AssertionError(f"unexpected error dialog: {exc!r}") from exc

    monkeypatch.setattr(errors, "show_unexpected_error", unexpected)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    return seen


@pytest.fixture
def window(qtbot: Any, db: Database, settings: Settings, shown_errors: list[str]) -> Iterator[MainWindow]:
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    workers.wait_all(20_000)
    win.close()


@pytest.fixture
def sample_window(window: MainWindow, sample_event: EventData) -> MainWindow:
    window.team.watcher.own_write()  # the sample was written after the window opened: not someone else's change
    window.select_event(sample_event.id)
    window.tabs.setCurrentWidget(window.agenda)
    return window
