"""The activity log of an event: who changed what and when, for the history view and a CSV export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from eventplanner.services.common import get_row
from eventplanner.store.database import Database
from eventplanner.store.models import ActivityRow, EventRow

CSV_HEADERS = ("When", "User", "Action", "Summary")


@dataclass(frozen=True)
class ActivityEntry:
    at: datetime
    user: str
    action: str
    summary: str


def list_activity(db: Database, event_id: int, limit: int | None = None) -> list[ActivityEntry]:
    """The event's log, newest first (at most `limit` entries). Raises NotFoundError for an unknown event."""
    with db.session() as s:
        get_row(s, EventRow, event_id)
        query = (
            select(ActivityRow)
            .where(ActivityRow.event_id == event_id)
            .order_by(ActivityRow.at.desc(), ActivityRow.id.desc())
        )
        if limit is not None:
            query = query.limit(max(0, limit))
        return [ActivityEntry(r.at, r.user, r.action, r.summary) for r in s.scalars(query)]


def activity_csv(entries: Iterable[ActivityEntry]) -> bytes:
    """CSV (UTF-8 with BOM, so spreadsheet programs read accents) with formula-like text neutralized."""
    from eventplanner.exports.speaker_list import neutralize  # the speaker list's writers: not at start-up

    buf = io.StringIO(newline="")
    writer = csv.writer(buf, dialect="excel", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for e in entries:
        writer.writerow([e.at.strftime("%Y-%m-%d %H:%M:%S"), neutralize(e.user), e.action, neutralize(e.summary)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
