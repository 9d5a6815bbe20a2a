"""Schedule XML / JSON exports validated against the c3voc schemas; iCalendar re-read by the library."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import jsonschema
import pytest
import xmlschema
from icalendar import Calendar
from interop_fixtures import JSON_SCHEMA, XSD, hostile_programme, sample_programme
from lxml import etree

from eventplanner.exports.ical import schedule_ical, write_schedule_ical
from eventplanner.exports.schedule_json import schedule_json, write_schedule_json
from eventplanner.exports.schedule_xml import schedule_xml, write_schedule_xml

NOW = datetime(2024, 1, 2, 3, 4)


@pytest.fixture(scope="module")
def xsd() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.Draft6Validator:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)


PROGRAMMES = {"sample": sample_programme, "hostile": hostile_programme}


@pytest.mark.parametrize("name", PROGRAMMES)
def test_xml_is_valid(name: str, xsd: xmlschema.XMLSchema) -> None:
    data = PROGRAMMES[name]()
    xml = schedule_xml(data, now=NOW)
    xsd.validate(etree.fromstring(xml))
    root = etree.fromstring(xml)
    assert len(root.findall("day/room/event")) == len(data.slots)


@pytest.mark.parametrize("name", PROGRAMMES)
def test_json_is_valid(name: str, json_validator: jsonschema.Draft6Validator) -> None:
    data = PROGRAMMES[name]()
    doc = json.loads(schedule_json(data, now=NOW))
    errors = sorted(json_validator.iter_errors(doc), key=str)
    assert not errors, errors[0]
    events = [e for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values() for e in evs]
    assert len(events) == len(data.slots)


def test_validators_can_fail(xsd: xmlschema.XMLSchema, json_validator: jsonschema.Draft6Validator) -> None:
    root = etree.fromstring(schedule_xml(sample_programme(), now=NOW))
    root.find("day/room/event/duration").text = "90 minutes"
    assert not xsd.is_valid(root)
    doc = json.loads(schedule_json(sample_programme(), now=NOW))
    doc["schedule"]["conference"]["days"][0]["rooms"]["State Migration Service of the Republic of Azerbaijan"][0][
        "start"
    ] = "25:00"
    assert list(json_validator.iter_errors(doc))


def test_xml_content_of_sample() -> None:
    root = etree.fromstring(schedule_xml(sample_programme(), now=NOW))
    assert root.findtext("conference/title") == "International Migrants Day 2021"
    assert root.findtext("conference/time_zone_name") == "Asia/Baku"
    first = root.find("day/room/event")
    assert first.findtext("date") == "2021-12-18T10:00:00+04:00"
    assert first.findtext("duration") == "00:10"
    assert first.findtext("type") == "welcome"
    second = [p.text for p in root.find("day/room/event[2]/persons")]
    assert len(second) == 3 and all(second)
    assert root.find("day/room/event[6]/persons") is not None and len(root.find("day/room/event[6]/persons")) == 0
    names = [p.text for p in root.iter("person")]
    assert "Mr. Vusal Huseynov" in names


def test_hostile_text_survives_xml_and_json() -> None:
    data = hostile_programme()
    root = etree.fromstring(schedule_xml(data, now=NOW))
    titles = [e.findtext("title") for e in root.iter("event")]
    assert "Opening <b>remarks</b> & welcome" in titles
    assert "T" * 10_000 in titles
    persons = {p.text for p in root.iter("person")}
    assert "H.E. Ramil Məmmədov" in persons and "محمد عبد الله" in persons
    doc = json.loads(schedule_json(data, now=NOW))
    assert doc["schedule"]["conference"]["title"] == 'Summit <i>&</i> "Forum" = 2024'


def test_days_rooms_and_midnight() -> None:
    data = hostile_programme()
    doc = json.loads(schedule_json(data, now=NOW))
    days = doc["schedule"]["conference"]["days"]
    assert [d["date"] for d in days] == ["2024-03-30", "2024-03-31", "2024-04-01"]
    assert list(days[0]["rooms"]) == ["Hall <A>", "Зал Б"]
    night = days[0]["rooms"]["Hall <A>"][1]
    assert night["date"] == "2024-03-30T23:30:00+01:00"
    assert night["end"] == "2024-03-31T01:30:00+01:00"
    # the event keeps calendar days: each day runs midnight to midnight, the show past it still in day 1
    assert (days[0]["day_start"], days[0]["day_end"]) == ("2024-03-30T00:00:00+01:00", "2024-03-31T00:00:00+01:00")
    # 01:30 + 90 minutes on the night clocks jump: 03:00 CEST is only one real hour later
    dst = days[1]["rooms"]["Зал Б"][0]
    assert dst["date"] == "2024-03-31T01:30:00+01:00" and dst["end"] == "2024-03-31T03:00:00+02:00"
    # the slot without a room goes to the venue
    assert "Palace & Hall" in days[2]["rooms"]


def test_ids_are_stable_and_unique() -> None:
    a = json.loads(schedule_json(sample_programme(), now=NOW))
    b = json.loads(schedule_json(sample_programme(), now=datetime(2030, 1, 1)))
    guids = [e["guid"] for d in a["schedule"]["conference"]["days"] for v in d["rooms"].values() for e in v]
    guids_b = [e["guid"] for d in b["schedule"]["conference"]["days"] for v in d["rooms"].values() for e in v]
    assert guids == guids_b and len(set(guids)) == len(guids)


def test_ical_reread() -> None:
    data = hostile_programme()
    cal = Calendar.from_ical(schedule_ical(data, now=NOW))
    events = cal.walk("VEVENT")
    assert len(events) == len(data.slots)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["UID"]) for e in Calendar.from_ical(schedule_ical(data)).walk("VEVENT")]
    by_summary = {str(e["SUMMARY"]): e for e in events}
    night = by_summary["Night ceremony across midnight"]
    berlin = ZoneInfo("Europe/Berlin")
    assert night.decoded("DTSTART") == datetime(2024, 3, 30, 23, 30, tzinfo=berlin)
    assert night.decoded("DTEND") == datetime(2024, 3, 31, 1, 30, tzinfo=berlin)
    assert night["DTSTART"].params["TZID"] == "Europe/Berlin"
    opening = by_summary["Opening <b>remarks</b> & welcome"]
    assert "H.E. Ramil Məmmədov" in str(opening["DESCRIPTION"])
    assert str(opening["LOCATION"]) == "Hall <A>, Palace & Hall"
    assert "Other" in [str(c) for e in events for c in e["CATEGORIES"].cats]


def test_ical_sample_times() -> None:
    cal = Calendar.from_ical(schedule_ical(sample_programme(), now=NOW))
    first = cal.walk("VEVENT")[0]
    assert first.decoded("DTSTART").utcoffset().total_seconds() == 4 * 3600
    assert str(first["SUMMARY"]) == "Welcome and opening of the event"


def test_writers_are_atomic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = sample_programme()
    for writer, name in ((write_schedule_xml, "s.xml"), (write_schedule_json, "s.json"),
                         (write_schedule_ical, "s.ics")):
        path = writer(data, tmp_path / name)
        assert path.stat().st_size > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.ics", "s.json", "s.xml"]
