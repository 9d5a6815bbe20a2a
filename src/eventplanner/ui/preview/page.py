"""The programme preview: the options form (options_form.py) beside pages rendered off the GUI thread (shown and
zoomed by PageStrip), a banner while the agenda has conflicts; Save PDF…, Print… (asking first when there are
conflicts) and Word document…."""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import EventData
from eventplanner.domain.enums import LANGUAGES
from eventplanner.domain.errors import Cancelled, DomainError
from eventplanner.ui.common import errors, workers
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.common.saved import announce_saved, ask_save_path, default_name
from eventplanner.ui.common.settings import Settings
from eventplanner.ui.preview.builds import build_programme, build_timings
from eventplanner.ui.preview.options_form import ProgrammeOptionsForm
from eventplanner.ui.preview.page_strip import PageStrip
from eventplanner.ui.preview.render import PdfPages

if TYPE_CHECKING:
    from eventplanner.exports.programme.options import ProgrammeOptions

log = logging.getLogger(__name__)


class PreviewView(QWidget):
    """The Preview tab. A programme shows page 1 as soon as it is laid out ('Page 1 of …', a progress bar and
    Stop), and the whole document replaces it in the same page widgets, at the same zoom and scroll position."""

    rendered = Signal(int)
    # Page 1 of a programme being built is on screen, before the rest is laid out.
    first_page_shown = Signal()
    # From the worker: (generation, page 1 as a one-page PDF); queued to the GUI thread.
    _first_page_ready = Signal(int, object)
    #: The notice's link: show the Translations page filtered to the texts this language lacks.
    missing_requested = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_event: EventData | None = None
        self.pdf: bytes | None = None
        self.pages: list[tuple[float, float]] = []  # the whole document's page sizes, in points
        self.dirty = True
        self.generation = 0
        self.busy = False
        self.default_lang = ""
        self.print_when_ready = False
        self._settings: Settings | None = None
        #: Asked before a programme with conflicts is printed or saved; True goes on (the window sets it).
        self.confirm: Callable[[str], bool] = lambda _title: True
        self.cancel: threading.Event | None = None  # set to stop the build under way
        self.shown_generation = 0  # the build whose pages (all or page 1) the strip shows
        self._first_page_ready.connect(self._show_first_page)

        self.form = ProgrammeOptionsForm()
        self.form.changed.connect(self.invalidate)

        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_programme)
        self.word_button = QPushButton(self.tr("Word document…"))
        self.word_button.setToolTip(self.tr("Save the programme with these options as an editable Word document, "
                                            "in the letterhead chosen in Preferences or the event's details"))
        self.word_button.clicked.connect(self.save_word)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop laying out the programme; the pages shown so far stay"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.resume_button = QPushButton(self.tr("Lay out all pages"))
        self.resume_button.clicked.connect(self.refresh_preview)
        self.resume_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setEnabled(False)
        self.notice = QLabel()
        self.notice.setObjectName("missing_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.notice.linkActivated.connect(lambda lang: self.missing_requested.emit(lang))
        self.notice.hide()
        self.missing: list[tuple[str, int]] = []

        side = QVBoxLayout()
        side.addWidget(self.form)
        side.addSpacing(12)
        side.addWidget(self.save_button)
        side.addWidget(self.print_button)
        side.addWidget(self.word_button)
        side.addSpacing(12)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        progress_buttons = QHBoxLayout()
        progress_buttons.addWidget(self.stop_button)
        progress_buttons.addWidget(self.resume_button)
        progress_buttons.addStretch(1)
        side.addLayout(progress_buttons)
        side.addWidget(self.notice)
        side.addWidget(self.form.limit.suggestion)
        side.addStretch(1)
        options = QWidget()
        options.setLayout(side)
        options.setFixedWidth(280)

        self.banner = QLabel()
        self.banner.setObjectName("conflictBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#conflictBanner { background: #fff3cd; color: #6b4a00; padding: 6px;"
                                  " border: 1px solid #e0c060; }")
        self.banner.hide()
        self.strip = PageStrip()
        self.page_layout = self.strip.page_layout  # what earlier callers and tests look at
        pages_side = QVBoxLayout()
        pages_side.setContentsMargins(0, 0, 0, 0)
        pages_side.addWidget(self.banner)
        pages_side.addWidget(self.strip, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(options)
        layout.addLayout(pages_side, 1)
        self._set_buttons()

    @property
    def settings(self) -> Settings | None:
        """The window's settings: the save dialog's last folder, and the description limit last chosen."""
        return self._settings

    @settings.setter
    def settings(self, settings: Settings | None) -> None:
        self._settings = settings
        self.form.limit.remember_in(settings)

    def options(self) -> ProgrammeOptions:
        """The options the form shows (File ▸ Export's Word document takes them too)."""
        return self.form.options()

    # Conflicts ------------------------------------------------------------------------------------------------

    def set_conflict_count(self, count: int) -> None:
        """A banner over the pages while the agenda has conflicts."""
        self.banner.setText(self.tr("⚠ The agenda has {0} conflict(s); the Problems panel lists them. "
                                    "Printing or saving asks first.").format(count))
        self.banner.setVisible(count > 0)

    def _set_buttons(self) -> None:
        ready = self.pdf is not None and not self.busy
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.word_button.setEnabled(self.current_event is not None)

    def set_defaults(self, paper: str, lang: str) -> None:
        """Preferences' defaults: the paper, and the programme language ("" = each event's own language)."""
        self.default_lang = lang
        self._select(self.form.paper, paper)
        self._select(self.form.lang, lang or (self.current_event.language if self.current_event else ""))
        if self.dirty:
            self.invalidate()

    def _select(self, combo: QComboBox, code: str) -> None:
        if self.form.select(combo, code):
            self.dirty = True

    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        if event is not None and not self.default_lang:
            self._select(self.form.lang, event.language)
        self.invalidate()

    def invalidate(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.refresh_preview()

    def showEvent(self, e: Any) -> None:
        super().showEvent(e)
        if self.dirty:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        if self.current_event is None:
            return
        try:
            options = self.options()
        except DomainError as exc:
            self.status.setText(exc.message)
            return
        self.dirty = False
        if self.cancel is not None:
            self.cancel.set()  # a build for older options is of no use any more
        cancel = self.cancel = threading.Event()
        self.generation += 1
        generation = self.generation
        self.busy = True
        self._set_buttons()
        self.progress.setValue(5)
        self.progress.show()
        self.status.setText(self.tr("Building the programme…"))
        self.resume_button.hide()
        self.stop_button.setEnabled(True)
        self.stop_button.setVisible(not self.form.is_timings)  # the timings' one page comes at once
        if self.form.is_timings:
            build = build_timings(self.ops.db, self.current_event.id, self.form.lang.currentData())
        else:
            build = build_programme(self.ops.db, self.current_event.id, options,
                                    lambda pdf: self._first_page_ready.emit(generation, pdf), cancel)
        workers.start(
            build,
            lambda result: self._done(generation, result),
            lambda exc: self._failed(generation, exc),
            lambda pct, _text: self.progress.setValue(pct) if generation == self.generation else None,
        )

    def stop(self) -> None:
        """Stop the build under way; the pages shown so far stay, with a button to lay out all of them."""
        if self.cancel is not None and self.busy:
            self.cancel.set()
            self.stop_button.setEnabled(False)

    def _show_first_page(self, generation: int, pdf: bytes) -> None:
        """Page 1 of the build under way, in place of the pages shown, unless the reader is further down an
        earlier version of the document: that one stays until the new one is whole."""
        if generation != self.generation or not self.busy:
            return
        if self.strip.page_count() and self.strip.current_page() > 1:
            return
        self.shown_generation = generation
        self.strip.set_document(PdfPages(pdf), complete=False)
        self.status.setText(self.tr("Page 1 is ready; laying out the other pages…"))
        self.first_page_shown.emit()

    def _show_missing(self, missing: list[tuple[str, int]]) -> None:
        """Say how many texts print in the primary language for want of a translation, with a link to them."""
        self.missing = missing
        if not missing or self.current_event is None:
            self.notice.hide()
            return
        names = LANGUAGES
        primary = names.get(self.current_event.language, self.current_event.language)
        lines = [
            self.tr("{0}: {1} texts have no translation; they print in {2} instead.").format(
                html.escape(names.get(lang, lang)), count, html.escape(primary))
            + f' <a href="{html.escape(lang)}">' + self.tr("Show them") + "</a>"
            for lang, count in missing
        ]
        self.notice.setText("<br>".join(lines))
        self.notice.show()

    def _done(self, generation: int, result: bytes | tuple[bytes, list[tuple[str, int]], list[str]]) -> None:
        """The whole document: the programme with its missing translations and warnings, or the timings' PDF alone."""
        if generation != self.generation:
            return
        self.busy = False
        self.stop_button.hide()
        self.pdf, missing, warnings = result if isinstance(result, tuple) else (result, [], [])
        self._show_missing(missing)
        self.form.limit.show_warnings(warnings)
        self.shown_generation = generation
        document = PdfPages(self.pdf)
        self.pages = document.sizes
        self.strip.set_document(document)
        self.progress.setValue(100)
        self.status.setText(self.tr("{0} page(s)").format(len(self.pages)))
        self._set_buttons()
        self.rendered.emit(len(self.pages))
        if self.print_when_ready:
            self.print_when_ready = False
            QTimer.singleShot(0, self.print_programme)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self.busy = False
        self.print_when_ready = False
        self.stop_button.hide()
        self.stop_button.setEnabled(True)
        self.progress.setValue(0)
        partial = self.shown_generation == generation  # page 1 of this build is shown, the rest is missing
        if partial or isinstance(exc, Cancelled):
            self.pdf, self.pages = None, []  # Save and Print wait for a whole document
            self.strip.set_complete(not partial)
        if isinstance(exc, Cancelled):
            self.dirty = True
            self.resume_button.show()
            if partial:
                self.status.setText(self.tr("Stopped: only page 1 is shown."))
            elif self.strip.page_count():
                self.status.setText(self.tr("Stopped: the pages shown are from before the last change."))
            else:
                self.status.setText(self.tr("Stopped."))
            self._set_buttons()
            return
        only_first = (" " + self.tr("Only page 1 is shown; it is not the whole programme.")) if partial else ""
        if isinstance(exc, ImportError):
            self.status.setText(self.tr("The PDF programme is not available in this build."))
            log.warning("Programme renderer missing: %s", exc)
        elif isinstance(exc, DomainError):
            self.status.setText(exc.message + only_first)
        else:
            self.status.setText(self.tr("The programme could not be built.") + only_first)
            errors.show_unexpected_error(self, exc, context=self.tr("building the programme"))
        self._set_buttons()

    def save_pdf(self) -> None:
        if self.pdf is None or self.current_event is None:
            return
        if not self.confirm(self.tr("Save PDF")):
            return
        langs = "-".join(self.form.languages())
        name = default_name(self.current_event.slug, 'timings' if self.form.is_timings else 'programme', langs)
        if self.settings is not None:
            path, _ = ask_save_path(self, self.settings, self.tr("Save PDF"), name, "PDF (*.pdf)")
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path.home() / name), "PDF (*.pdf)")
        if path:
            from eventplanner.exports.atomic import atomic_write_bytes

            def write(target: str, pdf: bytes) -> str:
                atomic_write_bytes(target, pdf)
                return target

            written = self.ops.call(write, path, self.pdf, context=self.tr("saving the PDF"))
            window = self.window()
            if written is not None and isinstance(window, QMainWindow):
                announce_saved(window, path)

    def save_word(self) -> None:
        """The programme as a Word document, with the options shown (built in a worker, not from the preview)."""
        if self.current_event is None:
            return
        from eventplanner.ui.preview.word_export import export_programme

        window = self.window()
        status_bar = getattr(window, "statusBar", None)
        export_programme(self, self.ops.db, self.current_event, self.options(),
                         status=(lambda text: status_bar().showMessage(text, 8000)) if status_bar else None)

    def print_programme(self) -> None:
        """The print dialog; while the programme is still being built, it opens once the pages are ready."""
        if self.pdf is None or self.dirty or self.busy:
            if self.current_event is not None:
                self.print_when_ready = True
                if not self.busy:
                    self.refresh_preview()
            return
        if not self.confirm(self.tr("Print")):
            return
        from eventplanner.ui.preview.printing import print_pdf

        print_pdf(self, self.pdf)
