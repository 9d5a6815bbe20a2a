"""Error presentation: domain errors as plain messages, anything else with details and the log's path."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from eventplanner import APP_NAME
from eventplanner.domain.errors import DomainError

log = logging.getLogger(__name__)

_log_file: str = ""
_showing = False


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def set_log_file(path: str) -> None:
    global _log_file
    _log_file = path


def log_file() -> str:
    return _log_file


def show_domain_error(parent: QWidget | None, exc: DomainError, title: str | None = None) -> None:
    """A typed error written for the user: shown as it is, with a title that says what failed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or APP_NAME)
    box.setText(exc.message)
    box.exec()


def show_unexpected_error(
    parent: QWidget | None, exc: BaseException, tb: TracebackType | None = None, context: str = ""
) -> None:
    """A bug: short message, the details folded away, and where the log file is."""
    global _showing
    details = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
    log.error("Unexpected error%s:\n%s", f" while {context}" if context else "", details)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("Unexpected error"))
        what = tr("Something went wrong") + (f" ({context})" if context else "") + "."
        box.setText(f"<b>{what}</b>")
        info = tr("Your data is safe: the change that failed was not saved.")
        if _log_file:
            info += "<br><br>" + tr("The details were written to the log file:") + f"<br><tt>{_log_file}</tt>"
        box.setInformativeText(info)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setDetailedText(f"{type(exc).__name__}: {exc}\n\n{details}")
        box.exec()
    finally:
        _showing = False


def show_error(parent: QWidget | None, exc: BaseException, context: str = "") -> None:
    if isinstance(exc, DomainError):
        show_domain_error(parent, exc)
    else:
        show_unexpected_error(parent, exc, context=context)


def install_excepthook() -> None:
    """The application never dies silently: uncaught exceptions are logged and shown."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, DomainError):
            log.info("Unhandled domain error: %s", exc.message)
            if QApplication.instance() is not None:
                show_domain_error(parent, exc)
            return
        show_unexpected_error(parent, exc, tb)

    sys.excepthook = hook
