"""Event details: every field saves as soon as it is left, and each save is one undoable step. The rooms are
edited in their own group (rooms.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.change import Change, EntityKind
from eventplanner.domain.data import EventData
from eventplanner.domain.days import MAX_DAY_CHANGE_MINUTES
from eventplanner.domain.enums import LANGUAGES, EventStatus
from eventplanner.domain.translations import TextEdit, TextKey
from eventplanner.services import events
from eventplanner.ui.common.date_fields import DateField, DateRange, time_zones, zone_for
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.event.actions import DuplicateEvent, EditEvent
from eventplanner.ui.event.rooms import RoomsBox
from eventplanner.ui.translations.actions import EditTexts, SetLanguages
from eventplanner.ui.translations.switch import LanguageSwitch


class NotesEdit(QPlainTextEdit):
    """A plain text edit that says when the user leaves it, so the notes save once, not per key."""

    focus_lost = Signal()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.focus_lost.emit()


class DayChangeEdit(QTimeEdit):
    """The time a conference day ends (00:00 to 12:00). The arrows move the minutes a quarter hour at a time:
    day boundaries are coarse, and imported frab schedules round theirs to quarter hours too (domain/days.py)."""

    STEP_MINUTES = 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setTimeRange(QTime(0, 0), QTime(MAX_DAY_CHANGE_MINUTES // 60, MAX_DAY_CHANGE_MINUTES % 60))
        self.setWrapping(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a time, not a line of text

    def minutes(self) -> int:
        return self.time().hour() * 60 + self.time().minute()

    def set_minutes(self, minutes: int) -> None:
        self.setTime(QTime(minutes // 60, minutes % 60))

    def stepBy(self, steps: int) -> None:
        if self.currentSection() != QTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        now = self.minutes()
        quarter = now // self.STEP_MINUTES if steps > 0 else -(-now // self.STEP_MINUTES)  # off-quarter: to the next
        target = (quarter + steps) * self.STEP_MINUTES
        self.set_minutes(max(0, min(MAX_DAY_CHANGE_MINUTES, target)))


class EventDetails(QScrollArea):
    duplicated = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current_event: EventData | None = None
        self._loading = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

        self.title_edit = QLineEdit()
        self.short_title = QLineEdit()
        self.short_title.setPlaceholderText(self.tr("Optional; used in running headers"))
        self.theme = QLineEdit()
        self.start = DateField()
        self.end = DateField()
        self.dates = DateRange(self.start, self.end)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.setToolTip(self.tr("Type a city, e.g. Baku"))
        self.timezone.addItems(time_zones())
        completer = QCompleter(time_zones(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.day_change = DayChangeEdit()
        self.day_change.setToolTip(self.tr(
            "When one conference day ends and the next begins. With 04:00, a show at 00:15 belongs to the day "
            "before: it prints with that day in the programme, timetable and run sheet. 00:00 keeps calendar days."))
        self.venue = QLineEdit()
        self.address = QLineEdit()
        self.status = QComboBox()
        self.status.addItem(self.tr("Draft"), EventStatus.DRAFT)
        self.status.addItem(self.tr("Final"), EventStatus.FINAL)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.notes = NotesEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.text_fields = (("title", self.title_edit), ("short_title", self.short_title), ("theme", self.theme),
                            ("venue_name", self.venue), ("venue_address", self.address))
        for name, edit in self.text_fields:
            edit.editingFinished.connect(lambda n=name, e=edit: self._save_text(n, e.text().strip()))
        self.switch: LanguageSwitch | None = None
        self.switch_row = QHBoxLayout()
        self.offered = QHBoxLayout()
        self.offered_boxes: dict[str, QCheckBox] = {}
        self.start.editingFinished.connect(self._save_dates)
        self.end.editingFinished.connect(self._save_dates)
        tz_edit = self.timezone.lineEdit()
        assert tz_edit is not None
        tz_edit.editingFinished.connect(self._save_zone)
        self.timezone.activated.connect(lambda _i: self._save_zone())
        self.status.activated.connect(lambda _i: self._save({"status": self.status.currentData()}))
        self.language.activated.connect(lambda _i: self._save({"language": self.language.currentData()}))
        self.notes.focus_lost.connect(self._notes_changed)
        self.day_change.editingFinished.connect(
            lambda: self._save({"day_change_minutes": self.day_change.minutes()}))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.switch_row)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("S&hort title:"), self.short_title)
        form.addRow(self.tr("T&heme:"), self.theme)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.start.lineEdit())
        form.addRow(dates_label, dates)
        form.addRow(self.tr("Time &zone:"), self.timezone)
        form.addRow(self.tr("Ne&w day starts at:"), self.day_change)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Content languages:"), self.offered)
        form.addRow(self.tr("&Notes:"), self.notes)
        details = QGroupBox(self.tr("Event"))
        details.setLayout(form)

        self.rooms_box = RoomsBox(ops)
        self.room_list = self.rooms_box.room_list  # the read-only guard (ui/team/read_only.py) watches it

        from eventplanner.ui.preview.word_export import LetterheadField

        self.letterhead = LetterheadField(ops.db, per_event=True, ops=ops)
        letterhead_hint = QLabel(self.tr("Word documents of this event are written into this letterhead; "
                                         "without one, into the default from Preferences."))
        letterhead_hint.setWordWrap(True)
        letterhead_hint.setEnabled(False)
        documents = QFormLayout()
        documents.addRow(self.tr("Lette&rhead:"), self.letterhead)
        documents.addRow("", letterhead_hint)
        documents_box = QGroupBox(self.tr("Word documents"))
        documents_box.setLayout(documents)

        duplicate = QPushButton(self.tr("Duplicate as next year's event"))
        duplicate.setToolTip(self.tr("Copy rooms, organizations and the agenda to the same dates one year later"))
        duplicate.clicked.connect(self.duplicate)
        saved = QLabel(self.tr("Changes are saved as you go; Ctrl+Z undoes them."))
        saved.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(saved)
        bottom.addStretch(1)
        bottom.addWidget(duplicate)

        page = QWidget()
        page.setMaximumWidth(900)
        layout = QVBoxLayout(page)
        layout.addWidget(details)
        layout.addWidget(self.rooms_box)
        layout.addWidget(documents_box)
        layout.addLayout(bottom)
        layout.addStretch(1)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.addWidget(page, 1)
        outer_layout.addStretch(0)
        self.setWidget(outer)

    def set_event(self, event: EventData | None) -> None:
        self.current_event = event
        self.rooms_box.set_event(event.id if event is not None else None)
        self.reload()

    def reload(self) -> None:
        """Everything again (another event, a colleague's change, a refused save)."""
        if self.current_event is None:
            return
        event = self.ops.call(events.get_event, self.ops.db, self.current_event.id)
        if event is None:
            return
        self.letterhead.set_target(self.ops.db, event.id)
        self._show(event)
        self.rooms_box.reload()

    def apply_change(self, change: Change) -> None:
        """Only what the change touched of this event: its fields, its rooms, its letterhead (or the default
        one). A change to anything else, another event included, costs nothing."""
        event = self.current_event
        if event is None or event.id in change.deleted_ids(EntityKind.EVENT):  # the window picks another
            return
        if event.id in change.ids(EntityKind.EVENT):
            fresh = self.ops.call(events.get_event, self.ops.db, event.id)
            if fresh is None:
                return
            self._show(fresh)
        if change.of_event(EntityKind.ROOM, event.id):
            self.rooms_box.reload()
        if change.of_event(EntityKind.LETTERHEAD, event.id) or change.of_event(EntityKind.LETTERHEAD, None):
            self.letterhead.reload()

    def _typing(self) -> QLineEdit | QPlainTextEdit | None:
        """The field the user is typing in: it has the focus and text not saved yet (saving clears the flag)."""
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return None
        if isinstance(focus, QLineEdit) and focus.isModified():
            return focus
        if isinstance(focus, QPlainTextEdit) and focus.document().isModified():
            return focus
        return None

    def _show(self, event: EventData) -> None:
        """The event's values in the fields; the one being typed in keeps the user's text, which saves as
        usual when they leave it (an undo clicked in the toolbar does not take the focus, so no save ran)."""
        self.current_event = event
        typing = self._typing()
        typed = typing.text() if isinstance(typing, QLineEdit) else typing.toPlainText() if typing else ""
        cursor = typing.cursorPosition() if isinstance(typing, QLineEdit) else \
            typing.textCursor().position() if typing else 0
        self._loading = True
        try:
            for edit, value in ((self.title_edit, event.title), (self.short_title, event.short_title),
                                (self.theme, event.theme), (self.venue, event.venue_name),
                                (self.address, event.venue_address)):
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)
            self.start.setDate(QDate(event.start_date.year, event.start_date.month, event.start_date.day))
            self.end.setDate(QDate(event.end_date.year, event.end_date.month, event.end_date.day))
            self.dates.sync()
            self.timezone.setCurrentText(event.timezone)
            self.day_change.set_minutes(event.day_change_minutes)
            self.status.setCurrentIndex(self.status.findData(event.status))
            self.language.setCurrentIndex(max(0, self.language.findData(event.language)))
            if self.notes.toPlainText() != event.notes:
                self.notes.setPlainText(event.notes)
            self._languages(event)
            if isinstance(typing, QLineEdit) and typing.text() != typed:
                typing.setText(typed)
                typing.setCursorPosition(cursor)
                typing.setModified(True)
            elif isinstance(typing, QPlainTextEdit) and typing.toPlainText() != typed:
                typing.setPlainText(typed)
                text_cursor = typing.textCursor()
                text_cursor.setPosition(min(cursor, len(typed)))
                typing.setTextCursor(text_cursor)
                typing.document().setModified(True)
        finally:
            self._loading = False

    def _languages(self, event: EventData) -> None:
        """The language switch above the texts, and a box per content language the event may offer."""
        primary = {name: str(getattr(event, name)) for name, _edit in self.text_fields}
        if self.switch is not None and (self.switch.primary_lang, self.switch.languages) == (
                event.language, list(dict.fromkeys(event.languages or (event.language,)))):
            self.switch.load(primary, event.translations)
        else:
            if self.switch is not None:
                self.switch.back_to_primary()
                self.switch.deleteLater()
            self.switch = LanguageSwitch(event.languages or (event.language,), event.language, event.translations,
                                         self, digit_shortcuts=False)
            for name, edit in self.text_fields:
                self.switch.register(name, edit)
            self.switch_row.addWidget(self.switch)
        if not self.offered_boxes:  # made once and then updated, so a box toggled from the keyboard keeps the focus
            for code, name in LANGUAGES.items():
                box = QCheckBox(name)
                box.toggled.connect(lambda on, c=code: self._offer(c, on))
                self.offered_boxes[code] = box
                self.offered.addWidget(box)
            self.offered.addStretch(1)
        for code, box in self.offered_boxes.items():
            box.setChecked(code in event.languages or code == event.language)
            box.setEnabled(code != event.language)

    def _offer(self, code: str, on: bool) -> None:
        event = self.current_event
        if self._loading or event is None:
            return
        before = list(event.languages)
        after = [c for c in LANGUAGES if (c in before and c != code) or (c == code and on)]
        text = self.tr("Offer the content in {0}") if on else self.tr("Stop offering the content in {0}")
        if not self.ops.run(SetLanguages(self.ops, event.id, after, text.format(LANGUAGES[code]))):
            self.reload()

    def _save_text(self, name: str, text: str) -> None:
        """A text field: the event's own field in the primary language, else its translation."""
        event = self.current_event
        if self._loading or event is None:
            return
        dict(self.text_fields)[name].setModified(False)  # saved (or refused and shown anew): no longer typing
        if self.switch is None or self.switch.current == event.language:
            self._save({name: text})
            return
        lang = self.switch.current
        if text != event.translations.get(lang, {}).get(name, ""):
            edit = TextEdit(TextKey("event", event.id, name), lang, text)
            self.ops.run(EditTexts(self.ops, event.id, [edit], self.tr("Edit a translation")))

    def _save(self, changes: dict[str, Any]) -> None:
        event = self.current_event
        if self._loading or event is None:
            return
        changes = {k: v for k, v in changes.items() if getattr(event, k) != v}
        if changes and not self.ops.run(EditEvent(self.ops, event, changes)):
            self.reload()

    def _save_zone(self) -> None:
        """A city ("Baku") or part of a name finds its zone; anything else goes to the service, which explains."""
        typed = self.timezone.currentText().strip()
        if (tz_edit := self.timezone.lineEdit()) is not None:
            tz_edit.setModified(False)
        zone = zone_for(typed) or typed
        if zone != typed:
            self.timezone.setCurrentText(zone)
        self._save({"timezone": zone})

    def _save_dates(self) -> None:
        self.start.edit.setModified(False)
        self.end.edit.setModified(False)
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        self._save({"start_date": start, "end_date": end})

    def _notes_changed(self) -> None:
        self.notes.document().setModified(False)
        self._save({"notes": self.notes.toPlainText().strip()})

    def duplicate(self) -> None:
        if self.current_event is None:
            return
        command = DuplicateEvent(self.ops, self.current_event)
        if self.ops.run(command) and command.event is not None:
            self.duplicated.emit(command.event.id)
