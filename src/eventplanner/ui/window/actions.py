"""The window's actions with standard shortcuts, built in one place so menus and toolbar share them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

LATER = "Available in a later version"


def _std_icon(name: str) -> QIcon:
    return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, name))


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcut: QKeySequence.StandardKey | str | None = None,
    tip: str = "",
    icon: str = "",
    theme: str = "",
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if theme or icon:
        fallback = _std_icon(icon) if icon else QIcon()
        action.setIcon(QIcon.fromTheme(theme, fallback) if theme else fallback)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def unique_keys(standard: QKeySequence.StandardKey | None, *extra: str) -> list[QKeySequence]:
    """The platform's bindings for `standard` plus `extra`, each key sequence once.

    Binding one sequence twice (say Ctrl+Shift+Z explicitly and again through QKeySequence.Redo) makes Qt
    report an "Ambiguous shortcut overload" and fire neither.
    """
    keys = list(QKeySequence.keyBindings(standard)) if standard is not None else []
    keys += [QKeySequence(text) for text in extra]
    seen: set[str] = set()
    unique: list[QKeySequence] = []
    for key in keys:
        name = key.toString(QKeySequence.SequenceFormat.PortableText)
        if name and name not in seen:
            seen.add(name)
            unique.append(key)
    return unique
