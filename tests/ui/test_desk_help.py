"""The Help menu: the user guide in three languages, keyboard shortcuts, the sample event, About; the new menus
in each interface language."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from eventplanner.ui.window import help as help_windows
from eventplanner.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("lang", "words"), [("en", "Planning an agenda"), ("az", "Gündəliyin planlaşdırılması"),
                                             ("ru", "Составление программы")])
def test_the_guide_ships_in_three_languages(qtbot: Any, lang: str, words: str) -> None:
    html = help_windows.guide_html(lang)
    assert words in html
    for topic in ("PostgreSQL", "PDF", "Ctrl+Y"):  # working as a team, printing, redo
        assert topic in html
    dialog = help_windows.guide_dialog(None, lang)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert words in dialog.findChild(help_windows.QTextBrowser, "userGuide").toPlainText()


def test_the_guide_is_package_data() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["eventplanner"]
    assert "resources/guide/*.html" in data


def test_help_menu_holds_guide_shortcuts_sample_and_about(sample_window: MainWindow) -> None:
    menu = sample_window.menus.help_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&User guide", "&Keyboard shortcuts", "Open the &sample event", "&About Event Planner"]
    rows = dict(help_windows.shortcut_rows(sample_window))
    assert "Ctrl+Y" in rows["Redo"] and "Ctrl+Shift+Z" in rows["Redo"]
    assert rows["Quit"] == "Ctrl+Q"


def test_open_the_sample_event_from_help(window: MainWindow) -> None:
    assert window.current_event is None
    window.menus.sample.trigger()
    assert window.current_event is not None and window.current_event.slug == "migrants-day-2021"
    window.menus.sample.trigger()  # again: the same event, not a copy
    assert window.event_list.count() == 1


def test_exports_are_reachable_from_the_file_menu(sample_window: MainWindow) -> None:
    file_menu = sample_window.menus.file_menu
    export = next(a.menu() for a in file_menu.actions() if a.menu() is sample_window.export_menu)
    texts = [a.text() for a in export.actions() if not a.isSeparator()]
    for wanted in ("Name badges (PDF)…", "Table cards (PDF)…", "&Wall chart (PDF/PNG)…", "Speaker list (PDF)…"):
        assert wanted in texts
        assert next(a for a in export.actions() if a.text() == wanted).isEnabled()
