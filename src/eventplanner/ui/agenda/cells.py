"""How one slot reads in the agenda table, cell by cell: the columns, the texts shown and typed, tooltips, the
title font, tints and the conflict icon.

Formatting over frozen SlotData only, so `AgendaModel` keeps the rows (loading, paging, patching from a Change,
the echo of an edit) and Qt's table protocol, and asks here what a cell says.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.data import SlotData
from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS, SLOT_KIND_LABELS, ParticipantRole
from eventplanner.ui.translations import interface_language

TIME, DURATION, KIND, TITLE, PARTICIPANTS, ROOM = range(6)
#: Breaks and meals get a soft tint, never grey text: grey reads as "switched off".
PROBLEM_BRUSH = QBrush(QColor(255, 200, 0, 40))
PAUSE_BRUSH = QBrush(QColor(120, 144, 156, 28))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_icon: QIcon | None = None
_bold: QFont | None = None


def tr(text: str) -> str:
    """Kind and role labels, in the table's translation context."""
    return QCoreApplication.translate("AgendaModel", text)


def participants_text(slot: SlotData) -> str:
    parts = []
    for p in slot.participants:
        name = p.person.display_name
        if p.role is not ParticipantRole.SPEAKER:
            name += f" ({tr(PARTICIPANT_ROLE_LABELS[p.role]).lower()})"
        parts.append(name)
    return "; ".join(parts)


def display_texts(slot: SlotData) -> tuple[str, ...]:
    """The six texts a slot's row shows, column by column."""
    kind = tr(SLOT_KIND_LABELS[slot.kind])
    return (slot.time_range, str(slot.duration_minutes), kind, slot.title or kind, participants_text(slot),
            slot.room_name)


def tooltip(slot: SlotData, col: int, problems: Sequence[Conflict] | None) -> str | None:
    """A cell's tooltip: the slot's conflicts anywhere in the row, else the description or the speakers' titles."""
    if problems:
        lang = interface_language()
        return "\n".join(c.text(lang) for c in problems)
    if col == TITLE and slot.description:
        return slot.description
    if col == PARTICIPANTS and slot.participants:
        return "\n".join(_participant_line(p.person.display_name, p.person.title_line()) for p in slot.participants)
    return None


def _participant_line(name: str, title: str) -> str:
    return f"{name} — {title}" if title else name


def bold_font() -> QFont:
    """The title font, made once (data() is asked for it for every title cell it measures and paints)."""
    global _bold
    if _bold is None:
        _bold = QFont()
        _bold.setBold(True)
    return _bold


def warning_icon() -> QIcon:
    global _icon
    if _icon is None:
        _icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _icon
