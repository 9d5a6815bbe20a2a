"""The desktop application: `main()` starts Qt, logging, the error hook, opens the database, shows the window."""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner import APP_ID, APP_NAME, __version__
from eventplanner.paths import default_database_url, log_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
DESKTOP_ID = "io.github.eventplanner.EventPlanner"
"""The reverse-DNS id of packaging/linux/*.desktop and the AppStream metainfo."""


def setup_logging() -> Path | None:
    """Log to a rotating file in the platform's user log directory (and stderr for warnings)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    path: Path | None = None
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "eventplanner.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as exc:
        print(f"{APP_NAME}: cannot write the log file ({exc})", file=sys.stderr)
        path = None
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    return path


def _argv_db(argv: list[str]) -> str | None:
    parser = argparse.ArgumentParser(prog="eventplanner-gui", add_help=False)
    parser.add_argument("--db")
    known, _rest = parser.parse_known_args(argv)
    return known.db


def open_or_choose(url: str) -> object | None:
    """Open the database; on a StoreError explain it and offer to choose another file. None: the user gave up."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from eventplanner.domain.errors import DomainError
    from eventplanner.store.database import open_database

    while True:
        try:
            return open_database(url)
        except DomainError as exc:
            log.warning("Cannot open %s: %s", url, exc.message)
            cannot = tr("The database cannot be opened.")
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, f"<b>{cannot}</b>")
            box.setInformativeText(f"{exc.message}<br><br><tt>{url}</tt>")
            choose = box.addButton(tr("Choose another database…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            path, _ = QFileDialog.getSaveFileName(
                None, tr("Choose a database"), str(Path.home() / "events.sqlite3"),
                tr("Event Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not path:
                return None
            url = path


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", text)


def _quit_after_paint(widget: QWidget) -> None:
    """Benchmark hook (EVENTPLANNER_BENCH_QUIT_AFTER_PAINT=1): quit as soon as `widget` has painted once."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    class Watch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, QCoreApplication.quit)
            return False

    widget.installEventFilter(Watch(widget))


def _import_before_qt() -> None:
    """Load the database layer and the services the window needs first before PySide6.

    Once PySide6 is loaded, its import hook reads the source of every module that imports something (to look
    for PySide6 features); SQLAlchemy's hundred-odd modules imported after Qt cost about 100 ms more.
    """
    import eventplanner.services.agenda
    import eventplanner.services.events
    import eventplanner.store.database  # noqa: F401


def _resume_cycle_collector() -> None:
    """Freeze what start-up made, then collect again as usual.

    Start-up's objects live as long as the app, so later collections skip them instead of walking them each
    time; the few hundred garbage objects start-up leaves in cycles (about 700, a few dozen kB) stay with them.
    """
    gc.freeze()
    gc.enable()


def main(db_url: str | None = None) -> int:
    """Run the GUI. `db_url` (or --db, or EVENTPLANNER_DB) picks the database; else the user's default one.

    The cycle collector waits until the agenda has painted (`_resume_cycle_collector`): start-up makes about
    130,000 long-lived objects (modules, classes, mappers, widgets) and walking them again and again cost about
    50 ms of the start (issue 20). Reference counting frees objects as usual meanwhile.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(db_url, resume_gc=was_enabled)
    finally:
        if was_enabled:
            gc.enable()


def _run(db_url: str | None, resume_gc: bool) -> int:
    if db_url is None:
        db_url = _argv_db(sys.argv[1:])
    log_file = setup_logging()
    log.info("Starting %s %s", APP_NAME, __version__)
    _import_before_qt()

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from eventplanner.ui.common import errors

    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)  # matches the .desktop file: Wayland/GNOME find the icon
    from eventplanner.ui.common import i18n
    from eventplanner.ui.common.settings import Settings

    log.info("Interface language: %s", i18n.install(app, Settings().language()))  # before any widget
    from eventplanner.ui.common.icons import app_icon

    app.setWindowIcon(app_icon())
    errors.set_log_file(str(log_file) if log_file else "")
    errors.install_excepthook()

    url = db_url or default_database_url()
    if "://" not in url:
        Path(url).expanduser().parent.mkdir(parents=True, exist_ok=True)
    db = open_or_choose(url)
    if db is None:
        return 1

    from eventplanner.ui.common import workers
    from eventplanner.ui.common.deferred import after_first_paint
    from eventplanner.ui.window.main_window import MainWindow

    while True:
        window = MainWindow(db)  # type: ignore[arg-type]
        window.show()
        if resume_gc and not gc.isenabled():
            after_first_paint(window.agenda.table.viewport(), _resume_cycle_collector)
        if os.environ.get("EVENTPLANNER_BENCH_QUIT_AFTER_PAINT"):
            _quit_after_paint(window.agenda.table.viewport())
        code = app.exec()
        workers.wait_all(10_000)
        if not window.restart_requested:
            return int(code)
        db = window.ops.db  # the database open at the end (the user may have switched)
        window.team.watcher.stop()
        window.deleteLater()
        gc.unfreeze()  # the old window was frozen with start-up's objects: its cycles may be collected now
        i18n.install(app, Settings().language())
        log.info("Restarted the window in the new interface language")


if __name__ == "__main__":
    sys.exit(main())
