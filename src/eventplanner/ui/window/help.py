"""The Help menu's windows: the user guide that ships with the application (resources/guide, one HTML file per
interface language) and the keyboard shortcuts, read from the window's own actions so the list never drifts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eventplanner.paths import resource

GUIDE_LANGUAGES = ("en", "az", "ru")


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def guide_html(lang: str) -> str:
    """The guide in `lang`, English when there is none in that language."""
    code = lang if lang in GUIDE_LANGUAGES else "en"
    return resource("guide", f"guide-{code}.html").read_text(encoding="utf-8")


def _dialog(parent: QWidget, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    dialog.resize(*size)
    return dialog


def guide_dialog(parent: QWidget, lang: str) -> QDialog:
    browser = QTextBrowser()
    browser.setObjectName("userGuide")
    browser.setOpenExternalLinks(True)
    browser.setHtml(guide_html(lang))
    return _dialog(parent, tr("User guide"), browser, (760, 680))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with a shortcut, in menu order, plus the keys no menu shows."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append((action.text().replace("&", "").rstrip("…").strip(), keys))

    for action in window.menuBar().actions():
        if isinstance(action, QAction) and action.menu() is not None:
            walk(action.menu())  # type: ignore[arg-type]
    rows += [
        (tr("Zoom the preview or the timetable in / out"), "Ctrl++, Ctrl+-"),
        (tr("Open the selected slot in the timetable"), "Enter"),
        (tr("Go to the neighbouring slot in the timetable"), "← ↑ → ↓"),
    ]
    return rows


def shortcuts_dialog(window: QMainWindow) -> QDialog:
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, (what, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(what))
        keys_item = QTableWidgetItem(keys)
        keys_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, keys_item)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return _dialog(window, tr("Keyboard shortcuts"), table, (620, 560))
