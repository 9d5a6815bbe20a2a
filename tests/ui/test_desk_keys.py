"""Standard keys: each bound once, so Qt never reports an ambiguous shortcut and every key fires."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

from eventplanner.ui.window.main_window import MainWindow


def _all_shortcuts(win: MainWindow) -> list[str]:
    from PySide6.QtGui import QAction

    keys: list[str] = []
    for action in win.findChildren(QAction):
        keys += [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]
    return keys


def test_no_shortcut_is_bound_twice(sample_window: MainWindow) -> None:
    keys = _all_shortcuts(sample_window)
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


@pytest.mark.parametrize("sequence", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_redo_from_the_keyboard(qtbot: Any, qtlog: Any, sample_window: MainWindow, sequence: str) -> None:
    win = sample_window
    view = win.agenda
    win.raise_()
    win.activateWindow()
    view.table.setFocus()
    count = len(view.model.slots)
    view.select_slot(view.model.slots[0].id)
    view.duplicate()
    assert len(view.model.slots) == count + 1
    qtbot.keySequence(view.table, QKeySequence("Ctrl+Z"))
    assert len(view.model.slots) == count
    qtbot.keySequence(view.table, QKeySequence(sequence))
    assert len(view.model.slots) == count + 1
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]


def test_ctrl_q_quits(sample_window: MainWindow) -> None:
    keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in sample_window.menus.quit.shortcuts()]
    assert "Ctrl+Q" in keys
    redo = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in sample_window.redo_action.shortcuts()]
    assert "Ctrl+Y" in redo and "Ctrl+Shift+Z" in redo


def test_unique_keys_drops_a_key_the_platform_already_binds(qapp: Any) -> None:
    from eventplanner.ui.window.actions import unique_keys

    platform = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    keys = [k.toString() for k in unique_keys(QKeySequence.StandardKey.Redo, *platform, "Ctrl+Y", "Ctrl+Shift+Z")]
    assert len(keys) == len(set(keys))
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys)
