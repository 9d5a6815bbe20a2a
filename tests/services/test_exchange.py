"""Schedule import into the database (one transaction), round trips, and the export helpers."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.services import exchange
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database, open_database

NOW = datetime(2024, 5, 1, 12, 0)
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "schedule-format" / "samples"


@pytest.mark.parametrize(
    ("name", "rooms", "slots", "people"),
    [
        ("lswt2019.xml", 4, 31, 22),
        # frab ids 3988 "mo" and 9029 "Mo": people are matched by name, so they become one person
        ("camp2019-frab.json", 2, 79, 89),
        ("rc3-channels-pretalx.json", 5, 48, 56),
        ("winterchaos2022.json", 1, 1, 1),
    ],
)
def test_import_real_samples(db: Database, name: str, rooms: int, slots: int, people: int) -> None:
    report = exchange.import_schedule(db, SAMPLES / name)
    assert (report.rooms_created, report.slots_created, report.people_created) == (rooms, slots, people)
    assert report.people_matched == (1 if name.startswith("camp") else 0)
    assert report.event_created and not report.skipped
    data = programme_data(db, report.event_id, with_images=False)
    assert len(data.slots) == slots and len(data.rooms) == rooms
    assert len({p.person.id for s in data.slots for p in s.participants}) == people
    text = "\n".join(report.lines())
    assert f"Slots: {slots} created" in text and "Skipped: nothing" in text
    # importing the same file into the same event matches everything
    again = exchange.import_schedule(db, SAMPLES / name, event=report.event_id)
    assert (again.slots_created, again.rooms_created, again.people_created) == (0, 0, 0)
    assert (again.slots_matched, again.people_matched) == (slots, people + report.people_matched)


def test_lswt_times_rooms_people(db: Database) -> None:
    report = exchange.import_schedule(db, SAMPLES / "lswt2019.xml")
    data = programme_data(db, report.event_id, with_images=False)
    assert data.event.title == "7th Leipzig Semantic Web Day" and data.event.timezone == "UTC"
    welcome = data.slots[0]
    assert (welcome.start, welcome.duration_minutes, welcome.room_name) == (datetime(2019, 5, 22, 9), 10, "Main Track")
    assert [p.person.display_name for p in welcome.participants] == ["Dr. Sebastian Tramp", "Andreas Heinecke"]
    assert any("60 minutes assumed" in n for n in report.notes)


def test_people_matched_by_name(db: Database, sample_event: EventData) -> None:
    doc = {
        "schedule": {
            "version": "1",
            "conference": {
                "title": "Follow-up",
                "acronym": "followup",
                "time_zone_name": "Asia/Baku",
                "days": [{"index": 1, "date": "2022-12-18", "day_start": "2022-12-18T09:00:00+04:00",
                          "day_end": "2022-12-18T18:00:00+04:00", "rooms": {"Hall": [
                              {"guid": "0d7b1d7c-93d7-4a55-8d58-2f6d2b0b3a11", "id": 1, "title": "Talk",
                               "date": "2022-12-18T10:00:00+04:00", "duration": "00:30", "room": "Hall",
                               "type": "talk", "persons": [{"public_name": "Mr. Vusal Huseynov", "id": 9},
                                                           {"name": "New Person"}]}]}}],
            },
        }
    }
    report = exchange.import_schedule(db, json.dumps(doc).encode())
    assert (report.people_matched, report.people_created) == (1, 1)
    data = programme_data(db, report.event_id, with_images=False)
    assert data.slots[0].participants[0].person.position == "Chief of the State Migration Service"


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_round_trip_through_an_empty_database(db: Database, sample_event: EventData, tmp_path: Path,
                                              fmt: str) -> None:
    first = exchange.export_schedule(db, sample_event.id, tmp_path / f"a.{fmt}", now=NOW)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        report = exchange.import_schedule(other, first)
        second = exchange.export_schedule(other, report.event_id, tmp_path / f"b.{fmt}", now=NOW)
        a, b = programme_data(db, sample_event.id, False), programme_data(other, report.event_id, False)
    finally:
        other.close()

    def shape(d):  # type: ignore[no-untyped-def]
        return [(s.start, s.duration_minutes, s.kind, s.title, s.description,
                 [p.person.display_name for p in s.participants]) for s in d.slots]

    assert shape(a) == shape(b)
    assert (b.event.title, b.event.timezone, b.event.start_date) == (a.event.title, "Asia/Baku", a.event.start_date)
    # the files agree except for ids derived from database ids and slugs, and the description, which lists
    # the participants' positions and organizations: the format has no place for them, so they do not come back
    strip = _strip_ids(first.read_text(encoding="utf-8"), fmt)
    assert strip == _strip_ids(second.read_text(encoding="utf-8"), fmt)


def _strip_ids(text: str, fmt: str) -> str:
    import re

    if fmt == "json":
        doc = json.loads(text)
        for day in doc["schedule"]["conference"]["days"]:
            for events in day["rooms"].values():
                for ev in events:
                    ev.pop("description")
        text = json.dumps(doc, ensure_ascii=False, indent=1)
    else:
        text = re.sub(r"<description>.*?</description>", "D", text, flags=re.S)
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "GUID", text)
    text = re.sub(r'(id="|"id": )\d+', r"\1N", text)
    return re.sub(r"migrants[-_]day[-_]2021(-\d+)?", "SLUG", text)


def test_broken_file_changes_nothing(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes((SAMPLES / "camp2019-frab.json").read_bytes()[:5000])
    with pytest.raises(ValidationError, match="damaged or incomplete"):
        exchange.import_schedule(db, bad)
    assert exchange.count_events(db) == 0

    def boom(*args: object, **kw: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(exchange, "log_activity", boom)  # fails after every row was added and flushed
    with pytest.raises(RuntimeError):
        exchange.import_schedule(db, SAMPLES / "lswt2019.xml")
    assert exchange.count_events(db) == 0


@pytest.mark.parametrize("suffix", ["xml", "json", "ics"])
def test_export_schedule_by_suffix(db: Database, sample_event: EventData, tmp_path: Path, suffix: str) -> None:
    path = exchange.export_schedule(db, sample_event.id, tmp_path / f"out.{suffix}")
    assert path.read_bytes()[:20].strip()


def test_export_refuses_unknown_format(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="XML, JSON or ICS"):
        exchange.export_schedule(db, sample_event.id, tmp_path / "out.docx")


def test_export_speakers(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    path = exchange.export_speakers(db, sample_event.id, tmp_path / "s.csv", per_slot=True)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 7 and "Huseynov" in lines[1]
