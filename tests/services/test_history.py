"""Undo and redo as services: a recorded Change is reverted and reapplied in one transaction, versions checked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from eventplanner.domain.change import EntityKind
from eventplanner.domain.data import EventData
from eventplanner.domain.enums import EventRole, ParticipantRole
from eventplanner.domain.errors import Cancelled, StaleEditError
from eventplanner.services import (
    agenda,
    events,
    exchange,
    history,
    organizations,
    people,
    programme,
    protocol,
    speaker_import,
)
from eventplanner.store.database import Database

IGNORED = {"activity_log", "alembic_version"}


def state(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the activity log: what 'the database is unchanged' compares."""
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))]
        return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}" ORDER BY 1'))]
                for t in sorted(tables) if t not in IGNORED}


def contents(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The data without its counters: row versions, and the run sheet's revision (undo counts it up too)."""
    out = {}
    with db.engine.connect() as conn:
        for table, rows in state(db).items():
            if table == "scenario_revisions":
                continue
            names = [r[1] for r in conn.execute(text(f'PRAGMA table_info("{table}")'))]
            keep = [i for i, n in enumerate(names) if n != "version"]
            out[table] = [tuple(r[i] for i in keep) for r in rows]
    return out


@contextmanager
def counted(db: Database) -> Iterator[dict[str, int]]:
    """Count SQL statements and commits on the engine while the block runs."""
    seen = {"statements": 0, "commits": 0}

    def on_execute(*_args: object) -> None:
        seen["statements"] += 1

    def on_commit(*_args: object) -> None:
        seen["commits"] += 1

    event.listen(db.engine, "before_cursor_execute", on_execute)
    event.listen(db.engine, "commit", on_commit)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)
        event.remove(db.engine, "commit", on_commit)


def test_title_edit_costs_one_transaction_and_few_statements(db: Database, sample_event: EventData) -> None:
    slot = agenda.list_slots(db, sample_event.id)[3]
    with counted(db) as cost:
        done = history.record(db, lambda: agenda.update_slot(db, slot.id, expected_version=slot.version,
                                                             title="New title"))
    assert cost["commits"] == 1
    assert cost["statements"] <= 6
    assert done.result.slot is not None and done.result.slot.title == "New title"
    assert [(r.kind, r.id, r.fields) for r in done.change.rows] == [(EntityKind.SLOT, slot.id, {"title"})]

    with counted(db) as cost:
        undone = history.revert(db, done.change)
    assert cost["commits"] == 1
    assert agenda.get_slot(db, slot.id).title == slot.title
    with counted(db) as cost:
        history.reapply(db, undone)
    assert cost["commits"] == 1
    assert agenda.get_slot(db, slot.id).title == "New title"


def test_the_agendas_edit_saves_without_reading_the_slot_back(db: Database, sample_event: EventData) -> None:
    slot = agenda.list_slots(db, sample_event.id)[3]
    with counted(db) as cost:
        done = history.record(db, lambda: agenda.save_slot_changes(db, slot.id, expected_version=slot.version,
                                                                   title="New title"))
    assert cost["commits"] == 1
    assert cost["statements"] <= 3  # the slot with its version, the update, the activity log
    assert [(r.kind, r.id, r.fields) for r in done.change.rows] == [(EntityKind.SLOT, slot.id, {"title"})]
    assert agenda.get_slot(db, slot.id).title == "New title"
    with pytest.raises(StaleEditError):
        agenda.save_slot_changes(db, slot.id, expected_version=slot.version, title="Lost edit")


def test_undo_redo_of_a_ripple_edit_restores_every_slot(db: Database, sample_event: EventData) -> None:
    before = contents(db)
    first = agenda.list_slots(db, sample_event.id)[0]
    done = history.record(db, lambda: agenda.update_slot(db, first.id, ripple=True, duration_minutes=45,
                                                         participants=()))
    assert len(done.change.shifted) >= 3
    assert first.id in done.change.slot_ids
    after = contents(db)
    undone = history.revert(db, done.change)
    assert contents(db) == before
    redone = history.reapply(db, undone)
    assert contents(db) == after
    history.revert(db, redone)
    assert contents(db) == before


def test_undo_after_a_colleagues_change_is_refused_and_history_stays(db: Database, sample_event: EventData) -> None:
    slot = agenda.list_slots(db, sample_event.id)[1]
    done = history.record(db, lambda: agenda.update_slot(db, slot.id, title="Mine"))
    mine = agenda.get_slot(db, slot.id)
    agenda.update_slot(db, slot.id, expected_version=mine.version, description="A colleague's note")
    seen = state(db)
    with pytest.raises(StaleEditError, match="changed by someone else"):
        history.revert(db, done.change)
    assert state(db) == seen
    # the change is still there and still refused: nothing was consumed
    with pytest.raises(StaleEditError):
        history.revert(db, done.change)


def test_redo_after_a_colleagues_change_is_refused(db: Database, sample_event: EventData) -> None:
    slot = agenda.list_slots(db, sample_event.id)[1]
    done = history.record(db, lambda: agenda.update_slot(db, slot.id, title="Mine"))
    undone = history.revert(db, done.change)
    now = agenda.get_slot(db, slot.id)
    agenda.update_slot(db, slot.id, expected_version=now.version, title="Theirs")
    with pytest.raises(StaleEditError):
        history.reapply(db, undone)
    assert agenda.get_slot(db, slot.id).title == "Theirs"


def test_failure_halfway_through_a_multi_slot_revert_changes_nothing(db: Database, sample_event: EventData) -> None:
    slots = agenda.list_slots(db, sample_event.id)
    done = history.record(db, lambda: agenda.reorder_slot(db, slots[0].id, len(slots) - 2))
    assert len(done.change.of(EntityKind.SLOT)) >= 3
    seen = state(db)
    updates = {"n": 0}

    def fail_on_third_update(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.startswith("UPDATE slots"):
            updates["n"] += 1
            if updates["n"] == 3:
                raise RuntimeError("disk unplugged")

    event.listen(db.engine, "before_cursor_execute", fail_on_third_update)
    try:
        with pytest.raises(RuntimeError):
            history.revert(db, done.change)
    finally:
        event.remove(db.engine, "before_cursor_execute", fail_on_third_update)
    assert updates["n"] == 3
    assert state(db) == seen
    history.revert(db, done.change)  # and once the disk is back, the undo works
    assert [s.start for s in agenda.list_slots(db, sample_event.id)] == [s.start for s in slots]


def test_delete_slot_with_participants_comes_back(db: Database, sample_event: EventData) -> None:
    before = contents(db)
    slot = next(s for s in agenda.list_slots(db, sample_event.id) if len(s.participants) > 1)
    done = history.record(db, lambda: agenda.delete_slot(db, slot.id, ripple=True))
    assert slot.id in done.change.deleted_ids(EntityKind.SLOT)
    assert len(done.change.deleted_ids(EntityKind.PARTICIPANT)) == len(slot.participants)
    history.reapply(db, history.revert(db, done.change))
    history.revert(db, history.reapply(db, history.revert(db, done.change)))
    assert contents(db) == before


def test_participants_and_protocol_order_undo(db: Database, sample_event: EventData) -> None:
    before = contents(db)
    slots = [s for s in agenda.list_slots(db, sample_event.id) if s.participants]
    target = slots[-1]
    reversed_parts = tuple((p.person.id, ParticipantRole.SPEAKER) for p in reversed(target.participants))
    edit = history.record(db, lambda: agenda.update_slot(db, target.id, participants=reversed_parts))
    order = history.record(db, lambda: protocol.order_by_protocol(db, [target.id]))
    history.revert(db, order.change)
    history.revert(db, edit.change)
    assert contents(db) == before


def test_delete_event_is_undone_as_one_step(db: Database, sample_event: EventData) -> None:
    before = contents(db)
    done = history.record(db, lambda: events.delete_event(db, sample_event.id))
    assert sample_event.id in done.change.event_ids
    assert not events.list_events(db)
    history.revert(db, done.change)
    assert contents(db) == before
    assert programme.programme_data(db, sample_event.id, with_images=False).slots


def test_undo_needing_a_person_deleted_since_names_it_and_changes_nothing(db: Database,
                                                                         sample_event: EventData) -> None:
    speaker = agenda.list_slots(db, sample_event.id)[0].participants[0].person
    gone_event = history.record(db, lambda: events.delete_event(db, sample_event.id))
    gone_person = history.record(db, lambda: people.delete_person(db, speaker.id))
    before = state(db)
    with pytest.raises(StaleEditError, match=r"A person that this change needs was deleted .* cannot be undone"):
        history.revert(db, gone_event.change)
    assert state(db) == before
    history.revert(db, gone_person.change)  # in the stack's order both come back
    history.revert(db, gone_event.change)
    assert agenda.list_slots(db, sample_event.id)[0].participants[0].person.id == speaker.id


def test_redo_needing_a_room_deleted_since_is_refused_by_name(db: Database, sample_event: EventData) -> None:
    room = events.add_room(db, sample_event.id, "Salle <B> — Zal ə")
    slot = agenda.list_slots(db, sample_event.id)[0]
    moved = history.record(db, lambda: agenda.update_slot(db, slot.id, room_id=room.id))
    history.revert(db, moved.change)
    events.delete_room(db, room.id)
    before = state(db)
    with pytest.raises(StaleEditError, match=r"A room that this change needs was deleted .* cannot be redone"):
        history.reapply(db, moved.change)
    assert state(db) == before


def test_directory_changes_undo(db: Database, sample_event: EventData) -> None:
    before = contents(db)
    person = people.list_people(db)[0]
    org = organizations.list_organizations(db)[0]
    steps = [
        history.record(db, lambda: people.update_person(db, person.id, given_name="Ələddin", photo=None)),
        history.record(db, lambda: organizations.set_event_organizations(
            db, sample_event.id, [(org.id, EventRole.PARTNER)])),
        history.record(db, lambda: organizations.delete_organization(db, org.id)),
        history.record(db, lambda: people.delete_person(db, person.id)),
        history.record(db, lambda: events.delete_room(db, events.list_rooms(db, sample_event.id)[0].id)
                       if events.list_rooms(db, sample_event.id) else None),
    ]
    for step in reversed(steps):
        history.revert(db, step.change)
    assert contents(db) == before


def _big_schedule(slots: int) -> bytes:
    start = datetime(2025, 3, 3, 0, 0)
    items = [{"guid": f"g{n}", "id": n, "date": (start + timedelta(minutes=n)).isoformat(), "duration": "00:01",
              "room": f"Room {n % 5}", "title": f"Talk {n}", "type": "talk",
              "persons": [{"id": n % 300, "public_name": f"Speaker {n % 300}"}]} for n in range(slots)]
    rooms: dict[str, list[dict[str, object]]] = {}
    for item in items:
        rooms.setdefault(str(item["room"]), []).append(item)
    return json.dumps({"schedule": {"conference": {
        "title": "Big", "acronym": "big", "start": "2025-03-03", "end": "2025-03-06", "time_zone_name": "UTC",
        "days": [{"date": "2025-03-03", "rooms": rooms}]}}}).encode()


def test_cancelling_an_import_of_5000_slots_leaves_nothing(db: Database, sample_event: EventData) -> None:
    seen = state(db)
    calls = {"n": 0}

    def cancel_on_second_batch() -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise Cancelled("The import was cancelled; nothing was imported.")

    with pytest.raises(Cancelled):
        history.record(db, lambda: exchange.import_schedule(db, _big_schedule(5000), check=cancel_on_second_batch))
    assert calls["n"] == 3
    assert state(db) == seen


def test_a_schedule_import_is_undone_and_redone_as_one_step(db: Database, sample_event: EventData) -> None:
    before = contents(db)
    done = history.record(db, lambda: exchange.import_schedule(db, _big_schedule(5000)))
    assert len(done.change.inserted_ids(EntityKind.SLOT)) == 5000
    after = contents(db)
    undone = history.revert(db, done.change)
    assert contents(db) == before
    history.reapply(db, undone)
    assert contents(db) == after


def test_speaker_import_can_be_undone(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    before = contents(db)
    known = people.list_people(db)[0]
    csv = tmp_path / "speakers.csv"
    csv.write_text(
        "Given name,Family name,Organization,Email,Position\n"
        f"{known.given_name},{known.family_name},,new@example.org,Ambassador\n"
        "Gülnarə,Şərifova,New Org <&>,g@example.org,Adviser\n",
        encoding="utf-8",
    )
    done = history.record(db, lambda: speaker_import.import_speakers(db, csv))
    assert done.result.create and done.result.update
    assert done.change.inserted_ids(EntityKind.PERSON) and done.change.inserted_ids(EntityKind.ORGANIZATION)
    assert known.id in done.change.ids(EntityKind.PERSON)
    after = contents(db)
    undone = history.revert(db, done.change)
    assert contents(db) == before
    history.reapply(db, undone)
    assert contents(db) == after


def test_nothing_written_gives_an_empty_change(db: Database, sample_event: EventData) -> None:
    done = history.record(db, lambda: agenda.list_slots(db, sample_event.id))
    assert not done.change
    assert history.revert(db, done.change) == done.change


def test_a_replaced_photo_comes_back(db: Database, sample_event: EventData) -> None:
    from io import BytesIO

    from PIL import Image

    def png(colour: str) -> bytes:
        buf = BytesIO()
        Image.new("RGB", (4, 4), colour).save(buf, "PNG")
        return buf.getvalue()

    person = people.list_people(db)[0]
    people.update_person(db, person.id, photo=png("navy"))
    # the photo is a deferred column, not loaded by the edit: the recorder still keeps the one it replaces
    done = history.record(db, lambda: people.update_person(db, person.id, photo=png("red")))
    assert done.change.of(EntityKind.PERSON)[0].before["photo"] == png("navy")  # type: ignore[index]
    history.revert(db, done.change)
    assert people.get_person(db, person.id, with_photo=True).photo == png("navy")


def test_a_cue_and_its_revision_through_undo(db: Database, sample_event: EventData) -> None:
    from eventplanner.services import scenario

    slot = agenda.list_slots(db, sample_event.id)[0]
    before = scenario.scenario(db, sample_event.id).revision
    done = history.record(db, lambda: scenario.add_cue(db, slot.id, "video", "Play the film <&>"))
    assert done.change.inserted_ids(EntityKind.CUE)
    history.revert(db, done.change)
    assert all(c.text != "Play the film <&>" for c in scenario.list_cues(db, slot.id))
    assert scenario.scenario(db, sample_event.id).revision == before + 2  # the add and its undo
    history.reapply(db, done.change)
    assert any(c.text == "Play the film <&>" for c in scenario.list_cues(db, slot.id))
