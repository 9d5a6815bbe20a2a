"""Helpers shared by the services: lookups that raise NotFoundError, version checks, the activity log."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from eventplanner.domain.errors import DuplicateNameError, NotFoundError, StaleEditError
from eventplanner.domain.limits import clean_text, id_in_range
from eventplanner.store.models import ActivityRow, Base

RowT = TypeVar("RowT", bound=Base)
T = TypeVar("T")
#: How often an import is tried when a unique name index refuses a room or organization someone added meanwhile.
ATTEMPTS = 3

_NOUNS = {
    "EventRow": "event",
    "RoomRow": "room",
    "SlotRow": "agenda slot",
    "PersonRow": "person",
    "OrganizationRow": "organization",
}


def get_row(session: Session, model: type[RowT], row_id: int) -> RowT:
    row = session.get(model, row_id) if id_in_range(row_id) else None
    if row is None:
        noun = _NOUNS.get(model.__name__, "item")
        raise NotFoundError(f"The {noun} #{row_id} does not exist (it may have been deleted).")
    return row


def check_version(row: object, expected: int | None, what: str) -> None:
    """Optimistic locking at the service edge: refuse to save over a newer version."""
    current = getattr(row, "version", None)
    if expected is not None and current != expected:
        raise StaleEditError(f"{what} was changed by someone else since you opened it. Reload to see their version.")


@cache
def current_user() -> str:
    """The login name, asked once per process (it does not change while the application runs)."""
    try:
        return clean_text(getpass.getuser())[:128]
    except Exception:  # getpass raises several kinds when no user name is set
        return "unknown"


def log_activity(session: Session, event_id: int | None, action: str, summary: str) -> None:
    session.add(
        ActivityRow(event_id=event_id, at=datetime.now(), user=current_user(), action=action,
                    summary=clean_text(summary)[:500])
    )


def fit_columns(model: type[Base], values: dict[str, Any], notes: list[str], label: str) -> dict[str, Any]:
    """Clip text to what the model's columns hold (String(n): n characters on PostgreSQL), noting each cut."""
    table = model.__table__  # type: ignore[attr-defined]
    for name, value in values.items():
        length = getattr(table.c[name].type, "length", None) if name in table.c else None
        if isinstance(value, str) and length is not None and len(value) > length:
            values[name] = value[:length]
            notes.append(f"{label}: the {name.replace('_', ' ')} was cut to {length} characters.")
    return values


def retry_duplicates(work: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run one unit of work again when a unique name index refused it (store/models.py: rooms, organizations).

    An import reads what exists and adds what is missing; a room added by someone else between the read and
    the commit makes the database refuse the whole transaction, and the next attempt matches that room instead.
    After `attempts` refusals the DuplicateNameError's one-line message reaches the user.
    """
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except DuplicateNameError:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")
