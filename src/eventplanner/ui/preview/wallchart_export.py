"""Export ▸ Wall chart: the current day's timetable on one landscape A4 or A3 page, PDF or PNG, in a worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from eventplanner.ui.common.saved import announce_saved, ask_save_path, default_name
from eventplanner.ui.common.settings import WALLCHART_FILTER
from eventplanner.ui.window.file_ops import run_long

if TYPE_CHECKING:
    from eventplanner.ui.window.main_window import MainWindow

LANGS = ("en", "az", "ru")


def tr(text: str) -> str:
    return QCoreApplication.translate("wallchart", text)


def filters() -> list[tuple[str, str, str]]:
    """(file dialog filter, paper, suffix), in the order the dialog lists them."""
    return [
        (tr("PDF, A4 landscape (*.pdf)"), "a4", ".pdf"),
        (tr("PDF, A3 landscape (*.pdf)"), "a3", ".pdf"),
        (tr("PNG image, A4 landscape (*.png)"), "a4", ".png"),
        (tr("PNG image, A3 landscape (*.png)"), "a3", ".png"),
    ]


def current_day(window: MainWindow) -> date | None:
    """The day the user is looking at: the timetable's when it is showing, else the agenda's."""
    if window.tabs.currentWidget() is window.timetable:
        return window.timetable.current_day()
    return window.agenda.current_day()


def export_wallchart(window: MainWindow) -> None:
    event = window.current_event
    if event is None:
        QMessageBox.information(window, tr("Wall chart"), tr("Select an event first."))
        return
    day = current_day(window) or event.start_date
    choices = filters()
    labels = [label for label, _paper, _suffix in choices]
    last = window.settings.get(WALLCHART_FILTER) or labels[0]
    lang = window.settings.programme_language() or event.language  # Preferences, else the event's language
    lang = lang if lang in LANGS else "en"
    name = default_name(event.slug, f"wallchart-{day:%Y-%m-%d}", lang, "pdf")
    path, chosen = ask_save_path(window, window.settings, tr("Export a wall chart"), name, ";;".join(labels),
                                 last if last in labels else labels[0])
    if not path:
        return
    _label, paper, suffix = next((c for c in choices if c[0] == chosen), choices[0])
    window.settings.set(WALLCHART_FILTER, chosen or labels[0])
    if Path(path).suffix.lower() not in (".pdf", ".png"):
        path += suffix
    db, event_id = window.ops.db, event.id

    def work(report: Callable[[int, str], None]) -> Any:
        from eventplanner.exports.wallchart import write_wallchart
        from eventplanner.services.programme import programme_data

        report(10, tr("Reading the agenda…"))
        data = programme_data(db, event_id, with_images=False)
        report(40, tr("Drawing the wall chart…"))
        write_wallchart(path, data, day, paper=paper, lang=lang)
        report(100, "")
        return path

    run_long(window, tr("Exporting the wall chart…"), work, lambda result: announce_saved(window, result))
