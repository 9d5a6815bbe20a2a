"""Edit ▸ Preferences…: values load from and save to the settings, and the window applies them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from eventplanner.domain.data import EventData
from eventplanner.ui.common.settings import RIPPLE, Settings
from eventplanner.ui.team import backups
from eventplanner.ui.window import preferences
from eventplanner.ui.window.main_window import MainWindow
from eventplanner.ui.window.preferences import PreferencesDialog


def test_values_load_from_the_settings(qtbot: Any, settings: Settings, tmp_path: Path) -> None:
    settings.set_language("ru")
    settings.set_default_paper("letter")
    settings.set_programme_language("az")
    settings.set_ripple(False)
    backups.save_options(settings, backups.BackupOptions(False, tmp_path / "b", 5))
    dialog = PreferencesDialog(None, settings, "/data/events.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ru"
    assert dialog.paper.currentData() == "letter"
    assert dialog.programme_language.currentData() == "az"
    assert not dialog.ripple.isChecked()
    assert not dialog.backups.enabled.isChecked()
    assert dialog.backups.folder.text() == str(tmp_path / "b")
    assert dialog.backups.keep.value() == 5
    assert dialog.database.text() == "/data/events.sqlite3"


def test_defaults_of_a_fresh_configuration(qtbot: Any, settings: Settings) -> None:
    dialog = PreferencesDialog(None, settings, "x.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # System
    assert dialog.paper.currentData() == "a4"
    assert dialog.programme_language.currentData() == ""  # the event's own language
    assert dialog.ripple.isChecked()
    assert dialog.backups.enabled.isChecked()


def test_values_save_to_the_settings(qtbot: Any, settings: Settings, tmp_path: Path) -> None:
    dialog = PreferencesDialog(None, settings, "x.sqlite3")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("az"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("a5"))
    dialog.programme_language.setCurrentIndex(dialog.programme_language.findData("ru"))
    dialog.ripple.setChecked(False)
    dialog.backups.folder.setText(str(tmp_path / "elsewhere"))
    dialog.backups.keep.setValue(30)
    dialog.save()
    again = Settings(type(settings.q)(settings.q.fileName(), settings.q.format()))  # read back from the file
    assert again.language() == "az"
    assert again.default_paper() == "a5"
    assert again.programme_language() == "ru"
    assert not again.ripple()
    assert again.q.contains("options/ripple")  # the Agenda ▸ Ripple toggle's key
    assert again.get(RIPPLE) is False
    options = backups.load_options(again)
    assert options.folder == tmp_path / "elsewhere"
    assert options.keep == 30


def test_change_database_shows_the_new_one(qtbot: Any, settings: Settings) -> None:
    dialog = PreferencesDialog(None, settings, "old.sqlite3", change_database=lambda: "new.sqlite3")
    qtbot.addWidget(dialog)
    dialog.change_database()
    assert dialog.database.text() == "new.sqlite3"


def _accept_with(monkeypatch: pytest.MonkeyPatch, edit: Any) -> None:
    def run(self: PreferencesDialog) -> int:
        edit(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", run)


def test_window_applies_ripple_and_preview_defaults(window: MainWindow, sample_event: EventData,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.menus.preferences.menuRole().name == "PreferencesRole"
    assert window.menus.preferences in window.menus.edit_menu.actions()
    assert window.menus.preferences.shortcut().toString() == "Ctrl+,"

    def edit(dialog: PreferencesDialog) -> None:
        dialog.ripple.setChecked(False)
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.programme_language.setCurrentIndex(dialog.programme_language.findData("ru"))

    _accept_with(monkeypatch, edit)
    assert preferences.show_preferences(window)
    assert not window.ripple_action.isChecked()
    options = window.preview.options()
    assert (options.paper, options.lang) == ("letter", "ru")


def test_preview_starts_with_the_default_paper_and_language(qtbot: Any, db: Any, settings: Settings,
                                                           sample_event: EventData) -> None:
    settings.set_default_paper("a5")
    settings.set_programme_language("az")
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.select_event(sample_event.id)
    options = window.preview.options()
    assert (options.paper, options.lang) == ("a5", "az")


def test_preview_uses_the_events_language_by_default(qtbot: Any, db: Any, settings: Settings,
                                                      sample_event: EventData) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.select_event(sample_event.id)
    assert window.preview.options().lang == sample_event.language
    assert window.preview.options().paper == "a4"


def test_a_new_language_asks_to_restart(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    _accept_with(monkeypatch, lambda d: d.language.setCurrentIndex(d.language.findData("ru")))
    assert preferences.show_preferences(window)
    assert window.settings.language() == "ru"
    assert asked and "restart" in asked[0].lower()
    asked.clear()
    _accept_with(monkeypatch, lambda d: None)  # same language: no question
    assert preferences.show_preferences(window)
    assert not asked


def test_restart_now_closes_the_window_and_asks_main_for_a_new_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def click_restart(box: QMessageBox) -> int:
        restart = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        restart.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restart)
    window.show()
    assert not window.restart_requested
    preferences.ask_restart(window)
    assert window.restart_requested
    assert not window.isVisible()


def test_settings_registry_is_typed_and_reads_older_files(settings: Settings) -> None:
    from eventplanner.ui.common.settings import BACKUP_KEEP, PROBLEMS_VISIBLE, REGISTRY

    assert len({s.key for s in REGISTRY}) == len(REGISTRY)
    for setting in REGISTRY:  # every option has a default of its own type
        assert isinstance(settings.get(setting), setting.kind)
    settings.q.setValue("options/problems_visible", "0")  # as older versions wrote it
    settings.q.setValue("options/backup_keep", "not a number")
    assert settings.get(PROBLEMS_VISIBLE) is False
    assert settings.get(BACKUP_KEEP) == BACKUP_KEEP.default
    settings.set(BACKUP_KEEP, 3)
    assert settings.get(BACKUP_KEEP) == 3
    with pytest.raises(TypeError):
        settings.set(BACKUP_KEEP, "3")  # type: ignore[arg-type]
