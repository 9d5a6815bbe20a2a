"""“Changed by someone else”: when a save finds a newer version, show theirs beside mine; reload or overwrite.

The runner (`Operations.run`) hands an action refused with StaleEditError to `handle_stale`. For the edit commands of
slots, events, people and organizations the dialog lists the fields the user changed: the value when they
opened it, the value saved now by the other person, and the user's value. Reload drops the user's change and
refreshes the views; Overwrite applies the same action again on top of the new version (its undo then puts
the other person's values back).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.enums import (
    EVENT_ROLE_LABELS,
    LANGUAGES,
    ORGANIZATION_KIND_LABELS,
    PARTICIPANT_ROLE_LABELS,
    SLOT_KIND_LABELS,
    EventStatus,
)
from eventplanner.domain.errors import DomainError, StaleEditError
from eventplanner.services import agenda, events, organizations, people
from eventplanner.services.agenda import SlotInput
from eventplanner.store.database import Database
from eventplanner.ui.agenda.actions import EditSlot
from eventplanner.ui.common import errors
from eventplanner.ui.common.dates import medium_day
from eventplanner.ui.common.l10n_catalog import FIELD_LABELS
from eventplanner.ui.common.operations import Action, Operations
from eventplanner.ui.common.records_model import RecordsModel
from eventplanner.ui.directory.actions import EditOrganization, EditPerson
from eventplanner.ui.event.actions import EditEvent

RELOAD, OVERWRITE = "reload", "overwrite"
ENUM_LABELS: dict[Any, str] = {**SLOT_KIND_LABELS, **PARTICIPANT_ROLE_LABELS, **EVENT_ROLE_LABELS,
                               **ORGANIZATION_KIND_LABELS, EventStatus.DRAFT: "Draft", EventStatus.FINAL: "Final"}
Row = tuple[str, str, str, str]


def tr(text: str) -> str:
    return QCoreApplication.translate("stale", text)


def current_state(db: Database, command: Action) -> tuple[int, dict[str, Any]] | None:
    """The row's version now and its current values of the fields the command changes (None: not an edit)."""
    changes: Mapping[str, Any] = getattr(command, "changes", {})
    if isinstance(command, EditSlot):
        slot = agenda.get_slot(db, command.slot_id)
        now = SlotInput.from_slot(slot)
        return slot.version, {k: getattr(now, k) for k in changes}
    if isinstance(command, EditEvent):
        event = events.get_event(db, command.event_id)
        return event.version, {k: getattr(event, k) for k in changes}
    if isinstance(command, EditPerson):
        person = people.get_person(db, command.person_id, with_photo="photo" in changes)
        return person.version, {k: getattr(person, k) for k in changes}
    if isinstance(command, EditOrganization):
        org = organizations.get_organization(db, command.org_id, with_logo=True)
        return org.version, {k: getattr(org, k) for k in changes}
    return None


class _Names:
    """Turns ids into names for the dialog, loading each list once and only when a field needs it."""

    def __init__(self, db: Database, command: Action) -> None:
        self.db, self.command = db, command
        self._people: dict[int, str] | None = None
        self._rooms: dict[int, str] | None = None
        self._orgs: dict[int, str] | None = None

    def person(self, pid: int) -> str:
        if self._people is None:
            self._people = {p.id: p.full_name for p in people.list_people(self.db)}
        return self._people.get(pid, f"#{pid}")

    def room(self, rid: int) -> str:
        if self._rooms is None:
            event_id = getattr(self.command, "event_id", None)
            self._rooms = {r.id: r.name for r in events.list_rooms(self.db, event_id)} if event_id else {}
        return self._rooms.get(rid, f"#{rid}")

    def org(self, oid: int) -> str:
        if self._orgs is None:
            self._orgs = {o.id: o.name for o in organizations.list_organizations(self.db)}
        return self._orgs.get(oid, f"#{oid}")


def show_value(field: str, value: Any, names: _Names) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, datetime):
        return f"{medium_day(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return medium_day(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return tr("(a picture)")
    if isinstance(value, enum.Enum):
        label = ENUM_LABELS.get(value)
        return tr(label) if label else str(value.value).replace("_", " ")
    if field == "language" and isinstance(value, str):
        return LANGUAGES.get(value, value)
    if field == "participants":
        return ", ".join(names.person(pid) for pid, _role in value) or "—"
    if field == "room_id":
        return names.room(value)
    if field == "organization_id":
        return names.org(value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {show_value(field, v, names)}" for k, v in value.items()) or "—"
    return str(value)


def comparison_rows(db: Database, command: Action, theirs: Mapping[str, Any]) -> list[Row]:
    """(field, when you opened it, their version, yours) for every field the user changed."""
    names = _Names(db, command)
    mine: Mapping[str, Any] = getattr(command, "changes", {})
    before: Mapping[str, Any] = getattr(command, "old", {})
    label = FIELD_LABELS.get
    return [
        (tr(label(k) or k.replace("_", " ").capitalize()), show_value(k, before.get(k), names),
         show_value(k, theirs.get(k), names), show_value(k, mine[k], names))
        for k in mine
    ]


class VersionsModel(RecordsModel):
    """The compared fields as rows: field, when opened, theirs (marked where it differs), mine."""

    THEIRS = 2
    _HIGHLIGHT, _INK = QBrush(QColor("#fff3b0")), QBrush(QColor("#000000"))

    rows: list[Row]

    def __init__(self, rows: list[Row], headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self.rows = rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[col]
        changed = col == self.THEIRS and row[self.THEIRS] != row[1]
        if role == Qt.ItemDataRole.BackgroundRole and changed:
            return self._HIGHLIGHT
        if role == Qt.ItemDataRole.ForegroundRole and changed:
            return self._INK
        return None


class StaleDialog(QDialog):
    """Their version beside mine; `choice` is RELOAD unless the user chose Overwrite."""

    def __init__(self, parent: QWidget | None, what: str, rows: list[Row]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.rows = rows
        self.choice = RELOAD
        intro = QLabel(self.tr("<b>Someone else saved a change to this item while you were editing it.</b><br>"
                               "Your change (“{0}”) was not saved yet. Compare the versions:").format(what))
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(VersionsModel(rows, [self.tr("Field"), self.tr("When you opened it"),
                                                 self.tr("Their version (saved)"), self.tr("Yours")], self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("&Reload (discard mine)"))
        self.reload_button.setToolTip(self.tr("Keep their version and show it; your change is dropped"))
        self.overwrite_button = QPushButton(self.tr("&Overwrite with mine"))
        self.overwrite_button.setToolTip(self.tr("Save your values over theirs; Undo puts theirs back"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(self.choose_reload)
        self.overwrite_button.clicked.connect(self.choose_overwrite)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 160 + 34 * len(rows))
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def choose_reload(self) -> None:
        self.choice = RELOAD
        self.reject()

    def choose_overwrite(self) -> None:
        self.choice = OVERWRITE
        self.accept()


def handle_stale(ops: Operations, command: Action, exc: StaleEditError) -> bool:
    """The handler `Operations` calls; True when the user overwrote and the command is now saved."""
    try:
        state = current_state(ops.db, command)
        if state is None:
            errors.show_domain_error(ops.widget, exc)
            return False
        version, theirs = state
        rows = comparison_rows(ops.db, command, theirs)
    except DomainError as gone:  # deleted meanwhile, or the database is unreachable
        errors.show_domain_error(ops.widget, gone)
        ops.changed.emit(None)
        return False
    dialog = StaleDialog(ops.widget, command.text(), rows)
    dialog.exec()
    if dialog.choice != OVERWRITE:
        ops.changed.emit(None)  # reload: the views show their version
        return False
    command.expected_version = version  # type: ignore[attr-defined]
    command.old = dict(theirs)  # type: ignore[attr-defined]
    command.forward()  # recorded by the runner: undo then puts their version back, not the stale one
    return True
