"""Helpers shared by the services: lookups that raise NotFoundError, version checks, the activity log."""

from __future__ import annotations

import getpass
from datetime import datetime
from functools import cache
from typing import TypeVar

from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError, StaleEditError
from eventplanner.store.models import ActivityRow, Base

RowT = TypeVar("RowT", bound=Base)

_NOUNS = {
    "EventRow": "event",
    "RoomRow": "room",
    "SlotRow": "agenda slot",
    "PersonRow": "person",
    "OrganizationRow": "organization",
}


def get_row(session: Session, model: type[RowT], row_id: int) -> RowT:
    row = session.get(model, row_id)
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
        return getpass.getuser()
    except Exception:  # getpass raises several kinds when no user name is set
        return "unknown"


def log_activity(session: Session, event_id: int | None, action: str, summary: str) -> None:
    session.add(
        ActivityRow(event_id=event_id, at=datetime.now(), user=current_user(), action=action, summary=summary[:500])
    )
