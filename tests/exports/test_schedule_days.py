"""Conference days in the schedule exports: each `<day>` (and JSON day) declares its boundaries from the event's
day-change time, so a show at 00:15 stays in the day it belongs to when the file is imported again."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import jsonschema
import pytest
import xmlschema
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from interop_fixtures import JSON_SCHEMA, XSD, hostile_programme
from lxml import etree

from eventplanner.domain.data import EventData, ProgrammeData, RoomData, SlotData
from eventplanner.domain.days import MAX_DAY_CHANGE_MINUTES, conference_day, day_bounds
from eventplanner.domain.enums import SlotKind
from eventplanner.exports.schedule_json import schedule_json
from eventplanner.exports.schedule_xml import schedule_xml
from eventplanner.imports.schedule import read_schedule

NOW = datetime(2024, 1, 2, 3, 4)
FIRST = date(2024, 5, 6)


@pytest.fixture(scope="module")
def xsd() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.Draft6Validator:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)


def programme(change: int, starts: list[datetime], zone: str = "Asia/Baku", days: int = 3) -> ProgrammeData:
    event = EventData(id=1, slug="night-fest", title="Night Fest", start_date=FIRST,
                      end_date=FIRST + timedelta(days=days - 1), timezone=zone, day_change_minutes=change)
    rooms = (RoomData(1, 1, "Hall", 0), RoomData(2, 1, "Club", 1))
    slots = tuple(SlotData(i, 1, start, 30, SlotKind.PRESENTATION, f"Talk {i}", "", rooms[i % 2].id,
                           rooms[i % 2].name) for i, start in enumerate(starts, start=1))
    return ProgrammeData(event=event, rooms=rooms, slots=slots)


def late_show() -> ProgrammeData:
    """Day 1 from 11:00 to a show at 00:15 the next morning; days change at 04:00."""
    return programme(240, [datetime(2024, 5, 6, 11, 0), datetime(2024, 5, 7, 0, 15), datetime(2024, 5, 7, 10, 0)])


def test_xml_days_declare_the_day_change(xsd: xmlschema.XMLSchema) -> None:
    root = etree.fromstring(schedule_xml(late_show(), now=NOW))
    xsd.validate(root)
    days = root.findall("day")
    assert [(d.get("date"), d.get("start"), d.get("end")) for d in days] == [
        ("2024-05-06", "2024-05-06T04:00:00+04:00", "2024-05-07T04:00:00+04:00"),
        ("2024-05-07", "2024-05-07T04:00:00+04:00", "2024-05-08T04:00:00+04:00"),
        ("2024-05-08", "2024-05-08T04:00:00+04:00", "2024-05-09T04:00:00+04:00"),
    ]
    first_day = {e.findtext("title"): e.findtext("date") for e in days[0].iter("event")}
    assert first_day == {"Talk 1": "2024-05-06T11:00:00+04:00", "Talk 2": "2024-05-07T00:15:00+04:00"}  # the show


def test_json_days_declare_the_day_change(json_validator: jsonschema.Draft6Validator) -> None:
    doc = json.loads(schedule_json(late_show(), now=NOW))
    assert not list(json_validator.iter_errors(doc))
    days = doc["schedule"]["conference"]["days"]
    assert (days[0]["day_start"], days[0]["day_end"]) == ("2024-05-06T04:00:00+04:00", "2024-05-07T04:00:00+04:00")
    titles = [e["title"] for room in days[0]["rooms"].values() for e in room]
    assert sorted(titles) == ["Talk 1", "Talk 2"]


@pytest.mark.parametrize("write", [schedule_xml, schedule_json], ids=["xml", "json"])
def test_the_show_stays_in_its_day_after_a_round_trip(write: Any) -> None:
    back = read_schedule(write(late_show(), now=NOW))
    assert back.day_change_minutes == 240
    assert back.days == [FIRST, FIRST + timedelta(days=1), FIRST + timedelta(days=2)]
    show = next(s for s in back.slots if s.title == "Talk 2")
    assert conference_day(show.start, back.day_change_minutes) == FIRST


@pytest.mark.parametrize("write", [schedule_xml, schedule_json], ids=["xml", "json"])
def test_calendar_days_stay_calendar_days(write: Any) -> None:
    """Day change 00:00 (events made by hand): days declared midnight to midnight, read back as 0."""
    data = programme(0, [datetime(2024, 5, 6, 23, 30), datetime(2024, 5, 7, 0, 15)])
    back = read_schedule(write(data, now=NOW))
    assert back.day_change_minutes == 0
    assert [conference_day(s.start) for s in back.slots] == [FIRST, FIRST + timedelta(days=1)]


def test_a_daylight_saving_night_keeps_its_boundaries(xsd: xmlschema.XMLSchema) -> None:
    data = replace(hostile_programme(), event=replace(hostile_programme().event, day_change_minutes=180))
    root = etree.fromstring(schedule_xml(data, now=NOW))
    xsd.validate(root)
    first = root.find("day")
    assert first is not None
    # 30 March 03:00 CET to 31 March 03:00 CEST: clocks jumped at 02:00 that night
    assert (first.get("start"), first.get("end")) == ("2024-03-30T03:00:00+01:00", "2024-03-31T03:00:00+02:00")
    assert read_schedule(schedule_xml(data, now=NOW)).day_change_minutes == 180


def test_day_bounds_are_what_conference_day_gives_the_day() -> None:
    start, end = day_bounds(FIRST, 240)
    assert (start, end) == (datetime(2024, 5, 6, 4, 0), datetime(2024, 5, 7, 4, 0))
    assert conference_day(start, 240) == FIRST and conference_day(end - timedelta(minutes=1), 240) == FIRST
    assert conference_day(end, 240) == FIRST + timedelta(days=1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    change=st.integers(0, MAX_DAY_CHANGE_MINUTES),
    offsets=st.lists(st.integers(0, 3 * 24 * 60 - 30), min_size=1, max_size=12),
    zone=st.sampled_from(["Asia/Baku", "UTC", "America/New_York"]),
    fmt=st.sampled_from(["xml", "json"]),
)
@example(change=240, offsets=[15 + 24 * 60], zone="Asia/Baku", fmt="xml")  # 00:15 on day 2: day 1's show
@example(change=5, offsets=[0, 4], zone="UTC", fmt="json")  # before a day change that is not a quarter hour
@example(change=720, offsets=[719], zone="UTC", fmt="xml")
def test_round_trip_keeps_every_slot_in_its_day(change: int, offsets: list[int], zone: str, fmt: str) -> None:
    """Export, import: the same day-change time, and every slot in the conference day it was in."""
    base = datetime.combine(FIRST, datetime.min.time())
    starts = sorted(base + timedelta(minutes=m) for m in offsets)
    data = programme(change, starts, zone=zone, days=4)
    write = schedule_xml if fmt == "xml" else schedule_json
    back = read_schedule(write(data, now=NOW))
    assert back.day_change_minutes == change
    before = sorted((s.start, data.day_of(s)) for s in data.slots)
    after = sorted((s.start, conference_day(s.start, back.day_change_minutes)) for s in back.slots)
    assert after == before
    assert set(back.days) >= {day for _start, day in before}
