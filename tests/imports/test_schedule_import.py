"""Schedule import: the real published samples, hostile files, and export -> import round trips."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from interop_fixtures import SAMPLES, hostile_programme, sample_programme

from eventplanner.domain.enums import SlotKind
from eventplanner.domain.errors import DomainError, ValidationError
from eventplanner.exports.schedule_json import schedule_json
from eventplanner.exports.schedule_xml import schedule_xml
from eventplanner.imports import schedule as schedule_mod
from eventplanner.imports.field_parsers import split_name
from eventplanner.imports.schedule import read_schedule, read_schedule_file


@pytest.mark.parametrize(
    ("name", "days", "rooms", "slots", "people", "tz"),
    [
        ("lswt2019.xml", 1, 4, 31, 22, "UTC"),
        ("camp2019-frab.json", 5, 2, 79, 90, "Europe/Berlin"),
        ("rc3-channels-pretalx.json", 4, 5, 48, 56, "Etc/GMT-1"),
        ("winterchaos2022.json", 1, 1, 1, 1, "Europe/Zurich"),
    ],
)
def test_real_samples_counts(name: str, days: int, rooms: int, slots: int, people: int, tz: str) -> None:
    s = read_schedule_file(SAMPLES / name)
    assert (len(s.days), len(s.rooms), len(s.slots), len(s.people), s.timezone) == (days, rooms, slots, people, tz)
    assert not s.skipped
    assert all(set(slot.person_keys) <= {p.key for p in s.people} for slot in s.slots)


def test_lswt_joined_people_and_repeated_ids() -> None:
    s = read_schedule_file(SAMPLES / "lswt2019.xml")
    welcome = s.slots[0]
    assert (welcome.title, welcome.start, welcome.duration_minutes, welcome.room) == (
        "Welcome", datetime(2019, 5, 22, 9, 0), 10, "Main Track")
    assert [s.person(k).name for k in welcome.person_keys] == ["Dr. Sebastian Tramp", "Andreas Heinecke"]
    tramp = s.person(welcome.person_keys[0])
    assert (tramp.honorific, tramp.given_name, tramp.family_name) == ("Dr.", "Sebastian", "Tramp")
    teaching = next(x for x in s.slots if x.external_id == "1011")
    assert len(teaching.person_keys) == 3
    # Prof. Dr. Andreas Both speaks twice: one person, matched by name
    both = [p for p in s.people if p.family_name == "Both"]
    assert len(both) == 1 and both[0].honorific == "Prof. Dr."
    # id 997 appears in two rooms at the same time: two slots, both breaks
    breaks = [x for x in s.slots if x.external_id == "997"]
    assert sorted(x.room for x in breaks) == ["Main Track", "Tutorials"]
    assert all(x.kind is SlotKind.BREAK for x in breaks)
    assert s.rooms == ["Main Track", "Tutorials", "Hackathon", "Social Event"]
    hackathon = next(x for x in s.slots if x.external_id == "300")
    assert hackathon.duration_minutes == 60 and any("60 minutes assumed" in n for n in s.notes)
    solid = next(x for x in s.slots if x.external_id == "201")
    assert "<p>" not in solid.description and "Was ist SOLID (Einführung)" in solid.description


def test_camp_times_and_people() -> None:
    s = read_schedule_file(SAMPLES / "camp2019-frab.json")
    opening = next(x for x in s.slots if x.external_id == "10386")
    assert (opening.start, opening.duration_minutes, opening.room) == (datetime(2019, 8, 21, 11, 0), 30, "Curie")
    assert [s.person(k).name for k in opening.person_keys] == ["jinxx", "smtw"]
    assert (s.start_date, s.end_date) == (date(2019, 8, 21), date(2019, 8, 25))


def test_winterchaos_string_ids() -> None:
    s = read_schedule_file(SAMPLES / "winterchaos2022.json")
    (slot,) = s.slots
    assert slot.start == datetime(2022, 12, 28, 14, 0) and slot.external_id == "2814"
    assert s.people[0].name == "Mänu"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Prof. Dr. Sören Auer", ("Prof. Dr.", "Sören", "Auer")),
        ("Dr.-Ing. Sebastian Hellmann", ("Dr.-Ing.", "Sebastian", "Hellmann")),
        ("H.E. Ramil Məmmədov", ("H.E.", "Ramil", "Məmmədov")),
        ("jinxx", ("", "jinxx", "")),
        ("Anna Maria von Berg", ("", "Anna Maria von", "Berg")),
    ],
)
def test_split_name(text: str, parts: tuple[str, str, str]) -> None:
    assert split_name(text) == parts


BAD_FILES = {
    "truncated.json": b'{"schedule": {"version": "1", "conference": {"title": "x", "days": [',
    "image.xml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
    "other.json": b'{"name": "not a schedule", "items": [1, 2, 3]}',
    "other.xml": b"<?xml version='1.0'?><html><body>hello</body></html>",
    "empty.xml": b"   \n",
    "xxe.xml": b"""<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><version>&xxe;</version></schedule>""",
    "laughs.xml": b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><schedule>&lol3;</schedule>""",
    "broken.xml": b"<schedule><conference><title>x</title></conference><day",
    "latin1.json": '{"schedule": "é"}'.encode("latin-1"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_not_a_schedule_is_refused(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    with pytest.raises(ValidationError) as info:
        read_schedule_file(path)
    assert name in info.value.message
    assert isinstance(info.value, DomainError)


def test_entity_files_say_why() -> None:
    with pytest.raises(ValidationError, match="entities"):
        read_schedule(BAD_FILES["xxe.xml"])
    with pytest.raises(ValidationError, match="entities"):
        read_schedule(BAD_FILES["laughs.xml"])


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as fh:  # sparse: 51 MB on paper, nothing on disk
        fh.truncate(51 * 1024 * 1024)
    with pytest.raises(ValidationError, match="limited to 50 MB"):
        read_schedule_file(big)
    monkeypatch.setattr(schedule_mod, "MAX_IMPORT_BYTES", 100)
    with pytest.raises(ValidationError, match="MB"):
        read_schedule(b"{" + b" " * 200 + b"}")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        read_schedule_file(tmp_path / "nope.xml")


@pytest.mark.parametrize("fmt", ["xml", "json"])
@pytest.mark.parametrize("factory", [sample_programme, hostile_programme])
def test_export_then_import_keeps_the_schedule(fmt: str, factory) -> None:  # type: ignore[no-untyped-def]
    data = factory()
    blob = schedule_xml(data) if fmt == "xml" else schedule_json(data)
    s = read_schedule(blob)
    assert s.title == data.event.title.replace("\x00", "")
    assert s.timezone == data.event.timezone
    assert (s.start_date, s.end_date) == (data.event.start_date, data.event.end_date)
    assert not s.skipped and not s.notes
    expected = sorted(
        (sl.start, sl.duration_minutes, sl.kind, sl.description, tuple(p.person.display_name for p in sl.participants))
        for sl in data.slots
    )
    got = sorted(
        (sl.start, sl.duration_minutes, sl.kind, sl.description, tuple(s.person(k).name for k in sl.person_keys))
        for sl in s.slots
    )
    assert got == expected
    people = {p.name: p for p in s.people}
    for person in data.people:
        imported = people[person.display_name]
        # the formats carry one name string: the honorific and the full name come back, the split is a guess
        assert imported.honorific == person.honorific
        assert f"{imported.given_name} {imported.family_name}".strip() == person.full_name
