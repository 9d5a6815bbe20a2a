"""The full slot dialog: every field, and participants picked from the speaker directory with type-ahead."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QStringListModel, Qt, QTime, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.availability import busy_slots, default_role
from eventplanner.domain.data import EventData, PersonData, RoomData, SlotData
from eventplanner.domain.days import moment_on
from eventplanner.domain.enums import LANGUAGES, PARTICIPANT_ROLE_LABELS, SLOT_KIND_LABELS, ParticipantRole, SlotKind
from eventplanner.services.agenda import SlotInput
from eventplanner.ui.common.combo import TypeAheadCombo
from eventplanner.ui.common.date_fields import TimeField
from eventplanner.ui.common.dates import long_day
from eventplanner.ui.translations.switch import LanguageSwitch

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
ROLE_ROLE = Qt.ItemDataRole.UserRole + 2


class SlotDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        event: EventData,
        rooms: Sequence[RoomData],
        people: Sequence[PersonData],
        slot: SlotData | None = None,
        start: datetime | None = None,
        new_person: Callable[[str], PersonData | None] | None = None,
        room_id: int | None = None,
        others: Sequence[SlotData] = (),
    ) -> None:
        """`start` and `room_id` prefill a new slot (e.g. where the timetable was double-clicked); `others` are
        the event's slots, so the picker can say who is already busy at this time and where."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit slot") if slot else self.tr("New slot"))
        self.people = {p.id: p for p in people}
        self.new_person = new_person
        self.slot = slot
        self.others = [s for s in others if slot is None or s.id != slot.id]
        start = slot.start if slot else (start or datetime.combine(event.start_date, time(9, 0)))

        # The day is the conference day: a show at 00:15 after a day's evening is listed under that day.
        self.day_change_minutes = event.day_change_minutes
        self.day = QComboBox()
        days = sorted(set(event.days) | {event.day_of(start)})
        for d in days:
            self.day.addItem(long_day(d), d)
        self.day.setCurrentIndex(days.index(event.day_of(start)))
        self.start = TimeField(QTime(start.hour, start.minute))
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(slot.duration_minutes if slot else 15)
        self.kind = TypeAheadCombo()
        for kind, label in SLOT_KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind)
        self.kind.setCurrentIndex(self.kind.findData(slot.kind if slot else SlotKind.SPEECH))
        self.title_edit = QLineEdit(slot.title if slot else "")
        self.title_edit.setPlaceholderText(self.tr("Shown in the programme; empty uses the kind"))
        self.description = QPlainTextEdit(slot.description if slot else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.room = TypeAheadCombo()
        # The main hall is the only place when the event has no rooms; with rooms, "No room" stays only for a
        # slot that already has none, so that saving never moves it silently.
        if not rooms:
            self.room.addItem(self.tr("No room (main hall)"), None)
        elif slot is not None and slot.room_id is None:
            self.room.addItem(self.tr("No room"), None)
        for r in rooms:
            self.room.addItem(r.name, r.id)
        self.room.setCurrentIndex(max(0, self.room.findData(slot.room_id if slot else room_id)))
        self.language = QComboBox()
        self.language.addItem(self.tr("Event language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(slot.language if slot else "")))
        self.remote = QCheckBox(self.tr("Remote (video or online)"))
        self.remote.setChecked(bool(slot and slot.remote))

        when = QHBoxLayout()
        when.addWidget(self.day, 1)
        when.addWidget(self.start)
        when.addWidget(self.duration)
        form = QFormLayout()
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day)
        form.addRow(when_label, when)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Room:"), self.room)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.remote)

        self.switch = LanguageSwitch(event.languages or (event.language,), event.language,
                                     slot.translations if slot else {}, self)
        self.switch.register("title", self.title_edit)
        self.switch.register("description", self.description)
        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addLayout(form)
        layout.addWidget(self._participants_box(slot))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        for signal in (self.day.currentIndexChanged, self.start.timeChanged, self.duration.valueChanged):
            signal.connect(self._times_changed)
        self._times_changed()
        self.resize(620, 620)
        self.title_edit.setFocus()

    # Participants ------------------------------------------------------------------------------------------

    def _participants_box(self, slot: SlotData | None) -> QGroupBox:
        box = QGroupBox(self.tr("Participants, in speaking order"))
        self.participants = QListWidget()
        self.participants.setMinimumHeight(110)
        self.participants.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.participants.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name to add a participant…"))
        self.search.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._add_by_label)  # type: ignore[index]
        self.search.setCompleter(completer)
        # Enter on a suggestion fires both the completer and returnPressed: the second finds the person already
        # there and adds nothing (add_participant never adds anyone twice).
        self.search.returnPressed.connect(lambda: self._add_by_label(self.search.text()))
        self._refresh_names()
        self.role = QComboBox()
        for role, label in PARTICIPANT_ROLE_LABELS.items():
            self.role.addItem(self.tr(label), role)
        self.role.setToolTip(self.tr("Role of the selected participant"))
        self.role.activated.connect(self._set_role)
        self.new_button = QPushButton(self.tr("New speaker…"))
        self.new_button.clicked.connect(self._new_speaker)
        self.new_button.setEnabled(self.new_person is not None)
        up = QPushButton(self.tr("Up"))
        down = QPushButton(self.tr("Down"))
        remove = QPushButton(self.tr("Remove"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        remove.clicked.connect(self._remove)
        self.participants.currentRowChanged.connect(self._row_changed)

        add_row = QHBoxLayout()
        add_row.addWidget(self.search, 1)
        add_row.addWidget(self.new_button)
        side = QVBoxLayout()
        side.addWidget(self.role)
        side.addWidget(up)
        side.addWidget(down)
        side.addWidget(remove)
        side.addStretch(1)
        lists = QHBoxLayout()
        lists.addWidget(self.participants, 1)
        lists.addLayout(side)
        layout = QVBoxLayout(box)
        layout.addLayout(add_row)
        layout.addLayout(lists)
        self.pause_note = QLabel(self.tr("Breaks and meals have no speakers."))
        layout.addWidget(self.pause_note)
        self.busy_note = QLabel()
        self.busy_note.setObjectName("busyNote")
        self.busy_note.setWordWrap(True)
        self.busy_note.setStyleSheet("QLabel#busyNote { color: #b23c00; }")
        self.busy_note.hide()
        layout.addWidget(self.busy_note)
        if slot:
            for p in slot.participants:
                self.people.setdefault(p.person.id, p.person)
                self.add_participant(p.person.id, p.role)
        return box

    def _label(self, person: PersonData) -> str:
        extra = ", ".join(x for x in (person.position, person.organization_name) if x)
        busy = self.busy_with(person.id)
        label = person.display_name
        if busy:  # before the position, so a narrow list never cuts it off
            label += "  ⚠ " + self.tr("busy: {0}").format(self._where(busy[0]))
        return f"{label} — {extra}" if extra else label

    def _where(self, other: SlotData) -> str:
        """“Panel on labour migration” 10:00–11:00, Hall B."""
        name = other.title or self.tr(SLOT_KIND_LABELS[other.kind])
        where = other.room_name or self.tr("main hall")
        return self.tr("“{0}” {1}, {2}").format(name, other.time_range, where)

    def busy_with(self, person_id: int) -> list[SlotData]:
        """The event's other slots where this person already is at the time the dialog shows."""
        start = self.slot_input_start()
        return busy_slots(self.others, person_id, start, start + timedelta(minutes=self.duration.value()))

    def _refresh_names(self) -> None:
        self._by_label = {self._label(p): p.id for p in self.people.values()}
        self._names.setStringList(sorted(self._by_label, key=str.casefold))

    def _add_by_label(self, text: str) -> None:
        person_id = self._by_label.get(text)
        if person_id is None:
            matches = [pid for label, pid in self._by_label.items() if text.strip().casefold() in label.casefold()]
            person_id = matches[0] if len(matches) == 1 and text.strip() else None
        if person_id is not None:
            self.add_participant(person_id, default_role(SlotKind(self.kind.currentData())))
            self._clear_search()

    def _clear_search(self) -> None:
        """Empty the box now and again once the completer has written its choice into it."""
        self.search.clear()
        QTimer.singleShot(0, self.search.clear)

    def participant_ids(self) -> list[int]:
        return [int(self.participants.item(i).data(PERSON_ROLE)) for i in range(self.participants.count())]

    def add_participant(self, person_id: int, role: ParticipantRole) -> None:
        """Add a person at the end of the list; someone already listed is selected instead of added twice."""
        if person_id in self.participant_ids():
            self.participants.setCurrentRow(self.participant_ids().index(person_id))
            return
        item = QListWidgetItem()
        item.setData(PERSON_ROLE, person_id)
        self.participants.addItem(item)
        self._set_item_role(item, role)
        self.participants.setCurrentItem(item)
        self._update_busy_note()

    def _set_item_role(self, item: QListWidgetItem, role: ParticipantRole) -> None:
        person = self.people[int(item.data(PERSON_ROLE))]
        item.setData(ROLE_ROLE, role)
        item.setText(f"{person.display_name} ({self.tr(PARTICIPANT_ROLE_LABELS[role]).lower()})")
        busy = self.busy_with(person.id)
        item.setIcon(_warning_icon() if busy else QIcon())
        item.setToolTip(self._label(person))

    def _times_changed(self) -> None:
        """New time: re-mark who is busy, in the list, in the suggestions and in the note under the list."""
        for i in range(self.participants.count()):
            item = self.participants.item(i)
            self._set_item_role(item, ParticipantRole(item.data(ROLE_ROLE)))
        self._refresh_names()
        self._update_busy_note()

    def _update_busy_note(self) -> None:
        lines = []
        for person_id in self.participant_ids():
            for other in self.busy_with(person_id):
                lines.append(self.tr("{0} is already in {1}.").format(self.people[person_id].display_name,
                                                                        self._where(other)))
        self.busy_note.setText("⚠ " + "\n⚠ ".join(lines) if lines else "")
        self.busy_note.setVisible(bool(lines))

    def _row_changed(self, row: int) -> None:
        item = self.participants.item(row)
        if item is not None:
            self.role.setCurrentIndex(self.role.findData(item.data(ROLE_ROLE)))

    def _set_role(self) -> None:
        item = self.participants.currentItem()
        if item is not None:
            self._set_item_role(item, ParticipantRole(self.role.currentData()))

    def _move(self, delta: int) -> None:
        row = self.participants.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.participants.count():
            return
        item = self.participants.takeItem(row)
        self.participants.insertItem(target, item)
        self.participants.setCurrentRow(target)

    def _remove(self) -> None:
        row = self.participants.currentRow()
        if row >= 0:
            self.participants.takeItem(row)
            self._update_busy_note()

    def _new_speaker(self) -> None:
        if self.new_person is None:
            return
        person = self.new_person(self.search.text().strip())
        if person is not None:
            self.people[person.id] = person
            self._refresh_names()
            self.add_participant(person.id, default_role(SlotKind(self.kind.currentData())))
            self._clear_search()

    def _kind_changed(self) -> None:
        pause = SlotKind(self.kind.currentData()).is_pause
        for w in (self.participants, self.search, self.role, self.new_button):
            w.setEnabled(not pause)
        self.pause_note.setVisible(pause)

    # Result ----------------------------------------------------------------------------------------------------

    def participant_list(self) -> tuple[tuple[int, ParticipantRole], ...]:
        if SlotKind(self.kind.currentData()).is_pause:
            return ()
        items = (self.participants.item(i) for i in range(self.participants.count()))
        return tuple((int(i.data(PERSON_ROLE)), ParticipantRole(i.data(ROLE_ROLE))) for i in items)

    def slot_input_start(self) -> datetime:
        day: date = self.day.currentData()
        t = self.start.time()
        return moment_on(day, time(t.hour(), t.minute()), self.day_change_minutes)

    def slot_input(self) -> SlotInput:
        self.switch.back_to_primary()
        return SlotInput(
            start=self.slot_input_start(),
            duration_minutes=self.duration.value(),
            kind=SlotKind(self.kind.currentData()),
            title=self.title_edit.text().strip(),
            description=self.description.toPlainText().strip(),
            room_id=self.room.currentData(),
            language=str(self.language.currentData() or ""),
            remote=self.remote.isChecked(),
            participants=self.participant_list(),
            translations=self.switch.translations(self.slot.translations if self.slot else {}),
        )

    def changes(self) -> dict[str, object]:
        """Only the fields that differ from the slot being edited (all of them for a new slot)."""
        new = self.slot_input()
        if self.slot is None:
            return {k: getattr(new, k) for k in SlotInput.__dataclass_fields__}
        old = SlotInput.from_slot(self.slot)
        return {k: getattr(new, k) for k in SlotInput.__dataclass_fields__ if getattr(new, k) != getattr(old, k)}


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
