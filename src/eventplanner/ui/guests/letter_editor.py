"""The invitation letter template, per event and language, with a live preview for a chosen guest.

The preview is the real PDF page (the same code as the printed letters), redrawn shortly after each keystroke.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.data import EventData
from eventplanner.domain.guests import GuestList
from eventplanner.domain.invitations import PLACEHOLDERS, TemplateData
from eventplanner.services import guest_documents
from eventplanner.ui.common.date_fields import bound_dates
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.guests.actions import SaveTemplate
from eventplanner.ui.guests.labels import LANGUAGE_NAMES
from eventplanner.ui.preview.render import rasterize, to_image

PREVIEW_DPI = 96


class LetterEditor(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_event: EventData | None = None
        self.guests: GuestList | None = None
        self.saved: TemplateData | None = None
        self.heads: dict[str, str] = {}
        self.logos: list[bytes] = []
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(lambda _i: self.load_template())
        self.guest = QComboBox()
        self.guest.setObjectName("previewGuest")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setObjectName("letterBody")
        self.has_deadline = QCheckBox(self.tr("Answer by"))
        self.deadline = bound_dates(QDateEdit())
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.contact = QLineEdit()
        self.signatory = QLineEdit()
        self.signatory_title = QLineEdit()
        self.placeholder = QComboBox()
        self.placeholder.addItem(self.tr("Insert a placeholder…"), "")
        for key, meaning in PLACEHOLDERS.items():
            self.placeholder.addItem(f"{{{key}}} — {meaning}", key)
        self.placeholder.activated.connect(self._insert)
        self.unknown = QLabel()
        self.unknown.setStyleSheet("color: #a4262c;")
        self.unknown.setWordWrap(True)
        save = QPushButton(self.tr("Save letter"))
        save.clicked.connect(self.save)
        revert = QPushButton(self.tr("Revert"))
        revert.clicked.connect(self.load_template)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Preview for"), self.guest)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.placeholder)
        form.addRow(self.body)
        form.addRow(deadline_row)
        form.addRow(self.tr("Contact for answers"), self.contact)
        form.addRow(self.tr("Signed by"), self.signatory)
        form.addRow(self.tr("Title of the signatory"), self.signatory_title)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(revert)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form, 1)
        left_layout.addWidget(self.unknown)
        left_layout.addLayout(buttons)
        self.page = QLabel()
        self.page.setObjectName("letterPreview")
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area = QScrollArea()
        self.preview_area.setWidget(self.page)
        self.preview_area.setWidgetResizable(True)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview_area)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.timer = QTimer(self, singleShot=True, interval=350)
        self.timer.timeout.connect(self.render_preview)
        for signal in (self.subject.textChanged, self.body.textChanged, self.contact.textChanged,
                       self.signatory.textChanged, self.signatory_title.textChanged, self.deadline.dateChanged,
                       self.has_deadline.toggled, self.guest.currentIndexChanged):
            signal.connect(lambda *_: self.timer.start())

    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        if event is not None:
            found = self.ops.call(guest_documents.letterhead, self.ops.db, event.id)
            self.heads, self.logos = found if found else ({}, [])
            self.language.setCurrentIndex(max(0, self.language.findData(event.language)))
        self.load_template()

    def set_guests(self, data: GuestList) -> None:
        """The guest list changed: keep the chosen preview guest if they are still there."""
        self.guests = data
        keep = self.guest.currentData()
        self.guest.blockSignals(True)
        self.guest.clear()
        for g in data.in_protocol_order:
            if not g.is_host:
                self.guest.addItem(g.name, g.id)
        self.guest.setCurrentIndex(max(0, self.guest.findData(keep)))
        self.guest.blockSignals(False)
        self.timer.start()

    def lang(self) -> str:
        return str(self.language.currentData())

    def load_template(self) -> None:
        if self.current_event is None:
            return
        template = self.ops.call(guest_documents.invitation_template, self.ops.db, self.current_event.id, self.lang())
        if template is None:
            return
        self.saved = template
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.has_deadline.setChecked(template.rsvp_deadline is not None)
        d = template.rsvp_deadline or self.current_event.start_date
        self.deadline.setDate(QDate(d.year, d.month, d.day))
        self.contact.setText(template.contact)
        self.signatory.setText(template.signatory)
        self.signatory_title.setText(template.signatory_title)
        self.render_preview()

    def edited(self) -> TemplateData | None:
        if self.current_event is None or self.saved is None:
            return None
        q = self.deadline.date()
        return TemplateData(self.current_event.id, self.lang(), self.subject.text(), self.body.toPlainText(),
                            date(q.year(), q.month(), q.day()) if self.has_deadline.isChecked() else None,
                            self.contact.text(), self.signatory.text(), self.signatory_title.text(), self.saved.id,
                            self.saved.version)

    def _insert(self, index: int) -> None:
        key = self.placeholder.itemData(index)
        if key:
            self.body.insertPlainText(f"{{{key}}}")
            self.body.setFocus()
        self.placeholder.setCurrentIndex(0)

    def render_preview(self) -> None:
        template = self.edited()
        guest = next((g for g in (self.guests.guests if self.guests else ()) if g.id == self.guest.currentData()),
                     None)
        if template is None or guest is None or self.guests is None:
            self.page.setText(self.tr("Add guests to see their letter here."))
            return
        made = self.ops.call(guest_documents.letter_pdf, self.guests, guest, template, self.heads, self.logos)
        if made is None:
            return
        pdf, letter = made
        width = self.preview_area.width() - self.preview_area.verticalScrollBar().sizeHint().width() - 12
        dpi = max(40, min(PREVIEW_DPI, int(width / 8.27)))  # A4 is 8.27 inches wide: fit, no sideways scrolling
        image = to_image(rasterize(pdf, dpi)[0])
        self.page.setPixmap(QPixmap.fromImage(image))
        self.unknown.setText(self.tr("Unknown placeholders (printed as typed): {0}").format(
            ", ".join(f"{{{u}}}" for u in letter.unknown)) if letter.unknown else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.timer.start()  # the page follows the width of the preview

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def save(self) -> None:
        template = self.edited()
        if (template is not None and self.saved is not None and template != self.saved
                and self.ops.run(SaveTemplate(self.ops, template))):
            self.load_template()
