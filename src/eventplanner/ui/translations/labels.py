"""Interface names of the kinds of text (domain/translations.py TEXT_KIND_LABELS), marked for lupdate."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from eventplanner.domain.translations import TextKind

TEXT_KIND_NAMES: dict[TextKind, str] = {kind: str(label) for kind, label in {
    TextKind.EVENT: QT_TR_NOOP("Event"),
    TextKind.ROOM: QT_TR_NOOP("Room"),
    TextKind.SLOT_TITLE: QT_TR_NOOP("Slot title"),
    TextKind.DESCRIPTION: QT_TR_NOOP("Description"),
    TextKind.NAME: QT_TR_NOOP("Name"),
    TextKind.POSITION: QT_TR_NOOP("Position or rank"),
    TextKind.BIOGRAPHY: QT_TR_NOOP("Biography"),
    TextKind.ORGANIZATION: QT_TR_NOOP("Organization"),
}.items()}
