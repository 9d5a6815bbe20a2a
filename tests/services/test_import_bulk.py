"""Schedule import writes people, slots and participants in bulk: the same rows an ORM write would give."""

from __future__ import annotations

import json

from eventplanner.services import agenda, exchange, people
from eventplanner.store.database import Database


def _doc() -> bytes:
    def ev(n: int, start: str, persons: list[dict[str, object]]) -> dict[str, object]:
        return {"guid": f"g{n}", "id": n, "date": f"2025-03-03T{start}:00", "start": start, "duration": "00:30",
                "room": "Hall", "title": f"Talk {n}", "type": "talk", "persons": persons}

    anna = {"id": 1, "public_name": "Dr. Anna Müller"}
    anna_again = {"id": 9, "public_name": "Anna  Muller"}  # another id, same name once normalized
    bob = {"id": 2, "public_name": "Bob Stone"}
    return json.dumps({"schedule": {"conference": {
        "title": "Bulk", "acronym": "bulk", "start": "2025-03-03", "end": "2025-03-03", "time_zone_name": "UTC",
        "days": [{"date": "2025-03-03", "rooms": {"Hall": [
            ev(1, "09:00", [anna, bob]), ev(2, "10:00", [bob, anna_again]), ev(3, "11:00", []),
        ]}}],
    }}}).encode()


def test_bulk_import_rows(db: Database) -> None:
    report = exchange.import_schedule(db, _doc())
    assert (report.slots_created, report.people_created, report.people_matched) == (3, 2, 1)
    slots = agenda.list_slots(db, report.event_id)
    assert [s.title for s in slots] == ["Talk 1", "Talk 2", "Talk 3"]
    assert all(s.room_name == "Hall" and s.duration_minutes == 30 and s.version == 1 for s in slots)
    names = [[(p.person.full_name, p.position) for p in s.participants] for s in slots]
    assert names == [[("Anna Müller", 0), ("Bob Stone", 1)], [("Bob Stone", 0), ("Anna Müller", 1)], []]
    anna = slots[0].participants[0].person
    assert anna.honorific == "Dr." and slots[1].participants[1].person.id == anna.id
    assert len(people.list_people(db)) == 2


def test_reimport_matches_everything(db: Database) -> None:
    first = exchange.import_schedule(db, _doc())
    again = exchange.import_schedule(db, _doc(), event=first.event_id)
    assert (again.slots_created, again.slots_matched, again.people_created) == (0, 3, 0)
    assert again.people_matched == 3
    assert len(agenda.list_slots(db, first.event_id)) == 3
