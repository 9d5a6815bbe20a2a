"""The activity log lists an event's changes newest first and exports them as safe CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from eventplanner.domain.errors import NotFoundError
from eventplanner.services import agenda, events
from eventplanner.services.activity import ActivityEntry, activity_csv, list_activity
from eventplanner.services.agenda import SlotInput
from eventplanner.store.database import Database


def test_list_activity_of_one_event_newest_first(db: Database) -> None:
    event = events.create_event(db, "Logged day", date(2030, 6, 1))
    other = events.create_event(db, "Other day", date(2030, 7, 1))
    agenda.add_slot(db, event.id, SlotInput(datetime(2030, 6, 1, 9), 30, title="Opening"))
    events.update_event(db, event.id, theme="Logs")

    entries = list_activity(db, event.id)

    assert [e.action for e in entries] == ["update_event", "add_slot", "create_event"]
    assert all(e.user for e in entries)
    assert "Opening" in entries[1].summary
    assert [e.action for e in list_activity(db, other.id)] == ["create_event"]
    assert len(list_activity(db, event.id, limit=1)) == 1
    with pytest.raises(NotFoundError):
        list_activity(db, 999)


def test_activity_csv_has_bom_header_and_neutralized_formulas() -> None:
    entries = [
        ActivityEntry(datetime(2030, 6, 1, 9, 5, 7), "leyla", "update_event", "=HYPERLINK(\"x\")"),
        ActivityEntry(datetime(2030, 6, 1, 9, 0), "anar", "add_slot", "Added “Açılış”, 09:00"),
    ]
    data = activity_csv(entries)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [
        ["When", "User", "Action", "Summary"],
        ["2030-06-01 09:05:07", "leyla", "update_event", "'=HYPERLINK(\"x\")"],
        ["2030-06-01 09:00:00", "anar", "add_slot", "Added “Açılış”, 09:00"],
    ]
