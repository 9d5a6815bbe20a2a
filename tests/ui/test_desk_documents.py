"""Documents from the window: exports in the menus, file names and folders, the Preview's zoom and counter,
printing from the toolbar, conflicts before a document goes out, Preferences leaving the Preview alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from eventplanner.services import agenda
from eventplanner.ui.common.saved import SavedNotice, default_name, last_folder
from eventplanner.ui.preview import page_strip as preview_page
from eventplanner.ui.window.main_window import MainWindow


def _export_action(win: MainWindow, text: str) -> Any:
    return next(a for a in win.export_menu.actions() if text in a.text())


def _rendered(qtbot: Any, win: MainWindow) -> Any:
    win.tabs.setCurrentWidget(win.preview)
    qtbot.waitUntil(lambda: win.preview.pdf is not None and not win.preview.busy, timeout=60_000)
    return win.preview


@pytest.mark.parametrize(("label", "word"), [("Name badges", "badges"), ("Table cards", "table-cards")])
def test_badges_and_table_cards_from_the_export_menu(qtbot: Any, sample_window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch, label: str, word: str) -> None:
    win = sample_window
    asked: list[str] = []

    def save(_parent: Any, _title: str, proposed: str, *_a: Any) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / Path(proposed).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    action = _export_action(win, label)
    assert action.isEnabled()
    action.trigger()
    target = tmp_path / f"migrants-day-2021-{word}-en.pdf"
    assert Path(asked[0]).name == target.name
    qtbot.waitUntil(target.exists, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")

    def announced() -> bool:
        notice = win.findChild(SavedNotice, "savedNotice")
        return notice is not None and not notice.isHidden() and target.name in notice.label.text()

    qtbot.waitUntil(announced, timeout=10_000)
    notice = win.findChild(SavedNotice, "savedNotice")
    assert notice is not None and notice.open_button.isVisible() and notice.folder_button.isVisible()
    # The next save dialog opens where this file went.
    assert last_folder(win.settings) == tmp_path


def test_default_names_carry_the_event_and_the_language() -> None:
    assert default_name("migrants-day-2021", "programme", "az") == "migrants-day-2021-programme-az.pdf"
    assert default_name("x", "schedule", "", "json") == "x-schedule.json"


def test_preview_zoom_fit_width_fit_page_and_steps(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    win.resize(1300, 900)
    preview = _rendered(qtbot, win)
    strip = preview.strip
    assert strip.zoom_mode == preview_page.FIT_WIDTH and strip.fit_width_button.isChecked()
    viewport = strip.scroller.viewport().width()
    first = strip.page_labels[0]
    qtbot.waitUntil(lambda: first.pixmap().deviceIndependentSize().width() > viewport * 0.8)
    fit_width = strip.effective_zoom()
    strip.fit_page_button.click()
    assert strip.effective_zoom() < fit_width
    height = first.pixmap().deviceIndependentSize().height()
    assert height <= strip.scroller.viewport().height()
    strip.scroller.setFocus()
    before = strip.effective_zoom()
    qtbot.keySequence(strip.scroller, QKeySequence("Ctrl++"))
    assert strip.zoom_mode == preview_page.FIXED and strip.effective_zoom() > before
    zoomed = strip.effective_zoom()
    qtbot.keySequence(strip.scroller, QKeySequence("Ctrl+-"))
    qtbot.keySequence(strip.scroller, QKeySequence("Ctrl+-"))
    assert strip.effective_zoom() < zoomed
    assert strip.zoom_label.text() == f"{round(strip.effective_zoom() * 100)} %"


def test_preview_page_counter_reads_page_1_of_n(qtbot: Any, sample_window: MainWindow) -> None:
    preview = _rendered(qtbot, sample_window)
    strip = preview.strip
    count = len(preview.pages)
    qtbot.waitUntil(lambda: strip.page_counter.text() == f"Page 1 of {count}")
    if count > 1:
        bar = strip.scroller.verticalScrollBar()
        qtbot.waitUntil(lambda: strip.page_labels[-1].geometry().top() > 0 and bar.maximum() > 0)
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: strip.page_counter.text() == f"Page {count} of {count}")


def test_pages_are_rendered_for_the_screen_pixel_ratio(qtbot: Any, sample_window: MainWindow) -> None:
    preview = _rendered(qtbot, sample_window)
    strip = preview.strip
    label = strip.page_labels[0]
    pixmap = label.pixmap()
    ratio = preview.devicePixelRatioF()
    assert pixmap.devicePixelRatio() == pytest.approx(ratio)
    # Drawn at the size shown, pixel for device pixel: nothing is scaled up or down on screen.
    assert pixmap.width() == round(label.contentsRect().width() * ratio)


def test_toolbar_print_opens_the_print_dialog(qtbot: Any, sample_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[bytes] = []
    from eventplanner.ui.preview import printing

    monkeypatch.setattr(printing, "print_pdf", lambda _parent, pdf, dialog=True: printed.append(pdf) or True)
    sample_window.print_action.trigger()  # the preview is not even built yet
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=60_000)
    assert printed[0].startswith(b"%PDF")


def test_print_with_conflicts_asks_first(qtbot: Any, sample_window: MainWindow,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    win = sample_window
    assert win.current_event is not None
    slots = agenda.list_slots(win.ops.db, win.current_event.id)
    first = slots[0]
    agenda.update_slot(win.ops.db, slots[1].id, start=first.start, ripple=False)  # a room overlap
    win.refresh()
    qtbot.waitUntil(lambda: bool(win.conflicts()))
    preview = _rendered(qtbot, win)
    assert not preview.banner.isHidden() and "conflict" in preview.banner.text()
    printed: list[bytes] = []
    from eventplanner.ui.preview import printing

    monkeypatch.setattr(printing, "print_pdf", lambda _parent, pdf, dialog=True: printed.append(pdf) or True)
    asked: list[str] = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    preview.print_programme()
    assert asked and "conflict" in asked[0] and printed == []
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(QMessageBox.StandardButton.Yes))
    preview.print_programme()
    assert len(printed) == 1


def test_saving_a_change_that_creates_a_conflict_says_so(qtbot: Any, sample_window: MainWindow) -> None:
    win = sample_window
    view = win.agenda
    slots = view.model.slots
    from eventplanner.ui.agenda.actions import EditSlot

    win.ops.run(EditSlot(win.ops, slots[1], {"start": slots[0].start}, ripple=False))
    qtbot.waitUntil(lambda: "conflict" in win.statusBar().currentMessage())


def test_preferences_ok_keeps_the_preview_options(qtbot: Any, sample_window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from eventplanner.ui.window import preferences

    preview = _rendered(qtbot, sample_window)
    preview.form.paper.setCurrentIndex(preview.form.paper.findData("a5"))
    preview.form.lang.setCurrentIndex(preview.form.lang.findData("ru"))
    monkeypatch.setattr(preferences.PreferencesDialog, "exec", lambda self: 1)
    assert preferences.show_preferences(sample_window)
    assert preview.form.paper.currentData() == "a5" and preview.form.lang.currentData() == "ru"


def test_second_language_is_never_the_first(qtbot: Any, sample_window: MainWindow) -> None:
    preview = _rendered(qtbot, sample_window)
    preview.form.lang.setCurrentIndex(preview.form.lang.findData("az"))
    preview.form.second.setCurrentIndex(preview.form.second.findData("ru"))
    hidden = [preview.form.second.itemData(i) for i in range(preview.form.second.count())
              if preview.form.second.view().isRowHidden(i)]  # type: ignore[attr-defined]
    assert hidden == ["az"]
    preview.form.lang.setCurrentIndex(preview.form.lang.findData("ru"))
    assert preview.form.second.currentData() is None


def test_window_title_names_the_event_first(sample_window: MainWindow) -> None:
    title = sample_window.windowTitle()
    assert title.startswith("International Migrants Day 2021 — ") and title.endswith("Event Planner")
    assert title.count("Event Planner") == 1
    assert "events.sqlite3" in title  # a test database is not the default one


def test_window_title_leaves_out_the_default_database(sample_window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from eventplanner.ui.window import main_window

    assert sample_window.ops.db.path is not None
    monkeypatch.setattr(main_window, "default_database_path", lambda: sample_window.ops.db.path)
    sample_window.update_title()
    assert sample_window.windowTitle() == "International Migrants Day 2021 — Event Planner"


def test_word_programme_is_named_for_the_event_and_languages(qtbot: Any, sample_window: MainWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    preview = _rendered(qtbot, sample_window)
    preview.form.lang.setCurrentIndex(preview.form.lang.findData("az"))
    preview.form.second.setCurrentIndex(preview.form.second.findData("ru"))
    proposed: list[str] = []

    def save(_parent: Any, _title: str, name: str, *_a: Any) -> tuple[str, str]:
        proposed.append(name)
        return str(tmp_path / Path(name).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    preview.save_word()
    assert Path(proposed[0]).name == "migrants-day-2021-programme-az-ru.docx"
    target = tmp_path / "migrants-day-2021-programme-az-ru.docx"
    qtbot.waitUntil(target.exists, timeout=60_000)

    def announced() -> bool:
        notice = sample_window.findChild(SavedNotice, "savedNotice")
        return notice is not None and not notice.isHidden() and target.name in notice.label.text()

    qtbot.waitUntil(announced, timeout=60_000)
