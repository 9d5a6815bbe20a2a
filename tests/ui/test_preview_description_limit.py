"""The Preview's "Limit descriptions" option: fed to the programme, remembered, and offered when the programme
suggests it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from eventplanner.exports.programme.options import DescriptionSuggestion
from eventplanner.ui.common.settings import DESCRIPTION_LINES, Settings
from eventplanner.ui.window.main_window import MainWindow


def _rendered(qtbot: Any, win: MainWindow) -> Any:
    win.tabs.setCurrentWidget(win.preview)
    qtbot.waitUntil(lambda: win.preview.pdf is not None and not win.preview.busy, timeout=60_000)
    return win.preview


def test_the_limit_reaches_the_programme_and_is_remembered(qtbot: Any, sample_window: MainWindow,
                                                           tmp_path: Path) -> None:
    preview = _rendered(qtbot, sample_window)
    assert preview.options().description_lines == 0
    assert preview.form.limit.spin.text() == "No limit"
    generation = preview.generation
    preview.form.limit.spin.setValue(3)
    assert preview.options().description_lines == 3
    qtbot.waitUntil(lambda: preview.generation > generation and not preview.busy, timeout=60_000)
    assert sample_window.settings.get(DESCRIPTION_LINES) == 3
    preview.form.descriptions.setChecked(False)  # no descriptions: nothing to limit
    assert not preview.form.limit.spin.isEnabled() and preview.options().description_lines == 0
    preview.form.descriptions.setChecked(True)
    assert preview.form.limit.spin.isEnabled()


def test_a_new_preview_starts_with_the_remembered_limit(qtbot: Any, tmp_path: Path) -> None:
    from eventplanner.ui.preview.page import PreviewView

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set(DESCRIPTION_LINES, 5)
    view = PreviewView(ops=None)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.settings = settings
    assert view.form.limit.lines() == 5 and view.options().description_lines == 5


def test_the_suggestion_shows_and_applies_with_one_click(qtbot: Any, sample_window: MainWindow) -> None:
    preview = _rendered(qtbot, sample_window)
    assert preview.form.limit.suggestion.isHidden()  # the one-page sample needs no limit
    preview._done(preview.generation, (preview.pdf, [],
                                       ["Some logo was skipped", DescriptionSuggestion(4, 0.52, 12)]))
    label = preview.form.limit.suggestion
    assert not label.isHidden() and "52%" in label.text() and "12 pages" in label.text()
    assert "Limit them to 4 lines" in label.text()
    generation = preview.generation
    label.linkActivated.emit("4")
    assert preview.form.limit.lines() == 4 and preview.options().description_lines == 4
    assert preview.generation > generation  # laid out again at once, no waiting for the arrows to settle
    assert label.isHidden()
    qtbot.waitUntil(lambda: not preview.busy, timeout=60_000)


def test_the_suggestion_is_an_ordinary_warning_too() -> None:
    warning = DescriptionSuggestion(4, 0.5, 10)
    assert isinstance(warning, str) and "--description-lines 4" in warning and "50%" in warning
    assert (warning.lines, warning.pages) == (4, 10)
