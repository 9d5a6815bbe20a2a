"""Cues, call times and technical needs: stored, translated, versioned, carried by backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import StaleEditError, ValidationError
from eventplanner.domain.scenario import Audience, CueKind
from eventplanner.services import scenario
from eventplanner.services.agenda import delete_slot
from eventplanner.store.backup import backup
from eventplanner.store.database import Database, open_database
from eventplanner.store.restore import restore


def first_slot(db: Database, event: EventData) -> int:
    return scenario.scenario(db, event.id).items[0].slot.id


def test_cue_crud_with_translations_and_revision(db: Database, sample_event: EventData) -> None:
    slot_id = first_slot(db, sample_event)
    before = scenario.scenario(db, sample_event.id).revision
    cue = scenario.add_cue(
        db, slot_id, "audio", "Lectern microphone on <ch. 2> & music off", offset_minutes=-1,
        responsible="Sound engineer",
        translations={"az": {"text": "Kürsü mikrofonu açıq", "responsible": "Səs mühəndisi"},
                      "ru": {"text": "Микрофон трибуны включён", "responsible": ""}},
    )
    assert cue.kind is CueKind.AUDIO and cue.tr("text", "az") == "Kürsü mikrofonu açıq"
    assert cue.tr("responsible", "ru") == "Sound engineer"  # an empty translation falls back
    assert "ru" not in cue.translations or "responsible" not in cue.translations["ru"]
    edited = scenario.update_cue(db, cue.id, expected_version=cue.version, text="Lectern mic on")
    assert edited.text == "Lectern mic on" and edited.tr("text", "az") == "Kürsü mikrofonu açıq"
    with pytest.raises(StaleEditError):
        scenario.update_cue(db, cue.id, expected_version=cue.version, text="stale")
    data = scenario.scenario(db, sample_event.id)
    assert data.revision == before + 2
    assert cue.id in {c.id for c in data.items[0].cues_for(Audience.TECH)}
    assert cue.id not in {c.id for c in data.items[0].cues_for(Audience.MC)}
    gone = scenario.delete_cue(db, cue.id)
    assert cue.id not in {c.id for c in scenario.list_cues(db, slot_id)}
    back = scenario.restore_cue(db, gone)
    assert back.id == cue.id and back.tr("text", "az") == "Kürsü mikrofonu açıq"


def test_cues_are_ordered_by_offset(db: Database, sample_event: EventData) -> None:
    slot_id = first_slot(db, sample_event)
    for offset in (5, -2, 0):
        scenario.add_cue(db, slot_id, "stage", f"at {offset}", offset_minutes=offset)
    offsets = [c.offset_minutes for c in scenario.list_cues(db, slot_id)]
    assert offsets == sorted(offsets)


@pytest.mark.parametrize(
    ("kind", "text", "offset"),
    [("smoke", "x", 0), ("mc", "   ", 0), ("mc", "x" * 10_001, 0), ("mc", "ok", 24 * 60 + 1)],
)
def test_bad_cues_are_refused_with_a_message(db: Database, sample_event: EventData, kind: str, text: str,
                                             offset: int) -> None:
    slot_id = first_slot(db, sample_event)
    count = len(scenario.list_cues(db, slot_id))
    with pytest.raises(ValidationError) as err:
        scenario.add_cue(db, slot_id, kind, text, offset_minutes=offset)
    assert err.value.message
    assert len(scenario.list_cues(db, slot_id)) == count


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and "\x00" not in t))
def test_any_text_round_trips(db: Database, sample_event: EventData, text: str) -> None:
    cue = scenario.add_cue(db, first_slot(db, sample_event), "protocol", text, translations={"ru": {"text": text}})
    stored = next(c for c in scenario.list_cues(db, cue.slot_id) if c.id == cue.id)
    assert stored.text == text and stored.tr("text", "ru") == text


def test_production_call_time_and_needs(db: Database, sample_event: EventData) -> None:
    slot_id = first_slot(db, sample_event)
    data = scenario.set_production(db, slot_id, 10, "Backstage, stage left", "Lectern, one handheld microphone",
                                   translations={"az": {"technical_needs": "Kürsü, bir əl mikrofonu"}},
                                   expected_version=None)
    assert data.tr("technical_needs", "az") == "Kürsü, bir əl mikrofonu"
    item = scenario.scenario(db, sample_event.id).items[0]
    assert item.production is not None and item.production.call_time(item.slot.start) is not None
    with pytest.raises(ValidationError):
        scenario.set_production(db, slot_id, -5)


def test_cues_go_with_their_slot(db: Database, sample_event: EventData) -> None:
    slot_id = first_slot(db, sample_event)
    scenario.add_cue(db, slot_id, "mc", "Words")
    scenario.set_production(db, slot_id, 5)
    delete_slot(db, slot_id)
    assert all(i.slot.id != slot_id for i in scenario.scenario(db, sample_event.id).items)


@pytest.mark.parametrize("suffix", [".sqlite3", ".json"])
def test_backup_and_restore_carry_the_scenario(db: Database, sample_event: EventData, tmp_path: Path,
                                               suffix: str) -> None:
    slot_id = first_slot(db, sample_event)
    cue = scenario.add_cue(db, slot_id, "interpretation", "Channel 1: az, channel 2: en",
                           translations={"az": {"text": "1-ci kanal: az"}})
    scenario.set_production(db, slot_id, 15, "Escort from the VIP room", "Remote link")
    file = backup(db, tmp_path / f"copy{suffix}")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        restore(other, file)
        cues = scenario.list_cues(other, slot_id)
        assert any(c.id == cue.id and c.tr("text", "az") == "1-ci kanal: az" for c in cues)
        assert scenario.production(other, slot_id).call_minutes == 15
        assert scenario.scenario(other, sample_event.id).revision == scenario.scenario(db, sample_event.id).revision
    finally:
        other.close()


def test_undoing_a_slot_delete_puts_back_its_cues_and_production_notes(db: Database, sample_event: EventData
                                                                        ) -> None:
    from eventplanner.domain.change import EntityKind
    from eventplanner.services import history

    slot_id = first_slot(db, sample_event)
    before = scenario.list_cues(db, slot_id)
    assert before
    done = history.record(db, lambda: delete_slot(db, slot_id))
    assert done.change.deleted_ids(EntityKind.CUE) == {c.id for c in before}
    history.revert(db, done.change)
    assert scenario.list_cues(db, slot_id) == before
    assert scenario.production(db, slot_id).call_minutes == 15


def test_a_broken_sample_scenario_is_refused_and_adds_nothing(tmp_path: Path) -> None:
    import shutil

    from eventplanner.services.events import list_events
    from eventplanner.services.sample import ensure_sample_event, sample_path
    from eventplanner.services.scenario_sample import SCENARIO_FILE

    folder = tmp_path / "sample"
    shutil.copytree(sample_path().parent, folder)
    (folder / SCENARIO_FILE).write_text('{"format": "eventplanner-scenario/1", "event": "migrants-day-2021", '
                                        '"slots": [{"start": "2021-12-18T10:00", "cues": [{"kind": "smoke"}]}]}')
    other = open_database(tmp_path / "x.sqlite3")
    try:
        with pytest.raises(ValidationError):
            ensure_sample_event(other, folder / sample_path().name)
        assert list_events(other) == []
        (folder / SCENARIO_FILE).write_text("{not json")
        with pytest.raises(ValidationError, match="cannot be read"):
            ensure_sample_event(other, folder / sample_path().name)
        (folder / SCENARIO_FILE).unlink()  # no scenario: the event comes without cues
        event, created = ensure_sample_event(other, folder / sample_path().name)
        assert created and all(not i.cues for i in scenario.scenario(other, event.id).items)
    finally:
        other.close()
