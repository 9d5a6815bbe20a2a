"""Letterheads for Word exports: a default one for every event in the database, and one per event.

They are stored in the database (not as paths), so a team shares them, a backup carries them, and a moved
or deleted file does not break the export. An event's own letterhead wins over the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from eventplanner.domain.errors import ValidationError
from eventplanner.services.common import current_user, get_row, log_activity
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow
from eventplanner.store.models_letterhead import LetterheadRow

LETTERHEAD_SUFFIXES = (".docx", ".dotx")


@dataclass(frozen=True)
class LetterheadData:
    file_name: str
    event_id: int | None
    """None: the default letterhead."""
    updated_at: datetime
    updated_by: str
    content: bytes = field(repr=False, compare=False)

    @property
    def is_default(self) -> bool:
        return self.event_id is None


@dataclass(frozen=True)
class LetterheadChoice:
    """What the event's details show: its own letterhead, the default, and which one a Word export uses."""

    own: LetterheadData | None
    default: LetterheadData | None

    @property
    def effective(self) -> LetterheadData | None:
        return self.own or self.default


def _data(row: LetterheadRow) -> LetterheadData:
    return LetterheadData(row.file_name, row.event_id, row.updated_at, row.updated_by, row.content)


def _row(s: Session, event_id: int | None) -> LetterheadRow | None:
    query = select(LetterheadRow).options(undefer(LetterheadRow.content))
    query = query.where(LetterheadRow.event_id.is_(None) if event_id is None else LetterheadRow.event_id == event_id)
    return s.scalars(query.order_by(LetterheadRow.id)).first()


def read_letterhead_file(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """The bytes and file name of a letterhead chosen by the user, checked to be a usable Word document."""
    from eventplanner.exports.docx.template import check_template

    target = Path(path).expanduser()
    if target.suffix.lower() not in LETTERHEAD_SUFFIXES:
        raise ValidationError(f"{target.name}: a letterhead is a Word document (.docx or .dotx).")
    try:
        blob = target.read_bytes()
    except OSError as exc:
        raise ValidationError(f"The letterhead {target.name} cannot be read ({exc.strerror or exc}).") from None
    check_template(blob, target.name)
    return blob, target.name


def set_letterhead(db: Database, path: str | os.PathLike[str], event_id: int | None = None) -> LetterheadData:
    """Store the .docx at `path` as the event's letterhead (or, with event_id None, the default one)."""
    blob, name = read_letterhead_file(path)
    return store_letterhead(db, blob, name, event_id)


def store_letterhead(db: Database, blob: bytes, name: str, event_id: int | None = None) -> LetterheadData:
    """Store letterhead bytes (checked first) as the event's letterhead or the default one; undo uses this."""
    from eventplanner.exports.docx.template import check_template

    check_template(blob, name)
    with db.session() as s:
        if event_id is not None:
            get_row(s, EventRow, event_id)
        row = _row(s, event_id)
        if row is None:
            row = LetterheadRow(event_id=event_id)
            s.add(row)
        row.file_name, row.content = name[:255], blob
        row.updated_at, row.updated_by = datetime.now(), current_user()
        s.flush()
        what = "the default letterhead" if event_id is None else "the event's letterhead"
        log_activity(s, event_id, "set_letterhead", f"Set {what} to “{name}”")
        return _data(row)


def clear_letterhead(db: Database, event_id: int | None = None) -> bool:
    """Forget the event's letterhead (or the default); True when there was one."""
    with db.session() as s:
        row = _row(s, event_id)
        if row is None:
            return False
        s.delete(row)
        what = "the default letterhead" if event_id is None else "the event's letterhead"
        log_activity(s, event_id, "clear_letterhead", f"Removed {what} “{row.file_name}”")
        return True


def letterhead_choice(db: Database, event_id: int) -> LetterheadChoice:
    with db.session() as s:
        get_row(s, EventRow, event_id)
        own, default = _row(s, event_id), _row(s, None)
        return LetterheadChoice(_data(own) if own else None, _data(default) if default else None)


def default_letterhead(db: Database) -> LetterheadData | None:
    with db.session() as s:
        row = _row(s, None)
        return _data(row) if row else None


def effective_letterhead(db: Database, event_id: int) -> LetterheadData | None:
    """The letterhead a Word export of the event is written into: its own, else the default, else none."""
    return letterhead_choice(db, event_id).effective
