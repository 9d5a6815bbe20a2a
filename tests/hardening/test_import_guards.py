"""Imports that used to store wrong values or crash: decoding, offsets, durations, dates, sizes, odd text."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hardening_helpers import cli, fingerprint, refused

from eventplanner.domain.errors import ValidationError
from eventplanner.imports.schedule import read_schedule
from eventplanner.imports.speakers import read_speaker_table
from eventplanner.services import agenda, people
from eventplanner.services.exchange import import_schedule
from eventplanner.services.speaker_import import import_speakers
from eventplanner.store.database import open_database

# --- CSV decoding ------------------------------------------------------------------------------------------


def test_a_mostly_utf8_csv_stays_utf8_and_says_so() -> None:
    data = "Name,Organization\nJürgen Müller,Zürich Ministry\nƏli Həsənov,Bakı\n".encode() + b"Bad \xff Byte,Org\n"
    table = read_speaker_table(data, "s.csv")
    assert [r.given_name for r in table.records[:2]] == ["Jürgen", "Əli"]
    assert any("UTF-8 with 1 broken" in n for n in table.notes)


def test_a_windows_1252_csv_is_read_as_such_and_says_so() -> None:
    table = read_speaker_table("Name\nJürgen Müller\n".encode("cp1252"), "s.csv")
    assert table.records[0].family_name == "Müller"
    assert any("Windows-1252" in n for n in table.notes)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_read(codec: str) -> None:
    text = "Name\tPosition\nƏli Həsənov\tНачальник отдела\n"
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[codec]
    table = read_speaker_table(bom + text.encode(codec), "unicode.csv")
    assert table.records[0].family_name == "Həsənov" and table.records[0].position == "Начальник отдела"
    assert table.notes == []


def test_a_csv_cell_over_the_field_limit_is_one_line(tmp_path: Path, demo_db: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_text("Name,Biography\nA B,\"" + "x" * (129 * 1024) + "\"\n", encoding="utf-8")
    before = fingerprint(demo_db)
    assert "KiB" in refused(cli("--db", str(demo_db), "import", str(big)))
    assert fingerprint(demo_db) == before


# --- schedule values ----------------------------------------------------------------------------------------


def _schedule(events: list[dict[str, Any]], tz: str | None = None, day: str = "2030-03-30") -> bytes:
    conf: dict[str, Any] = {"title": "T", "acronym": "t", "start": day, "end": day,
                            "days": [{"date": day, "rooms": {"Hall": events}}]}
    if tz is not None:
        conf["time_zone_name"] = tz
    return json.dumps({"schedule": {"conference": conf}}).encode()


def test_offsets_that_change_at_a_dst_boundary_keep_every_time_right() -> None:
    data = _schedule([
        {"title": "Before", "date": "2030-03-30T23:00:00+01:00", "duration": "01:00"},
        {"title": "After", "date": "2030-03-31T10:00:00+02:00", "duration": "01:00"},
    ])
    sched = read_schedule(data)
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(sched.timezone)
    instants = {s.title: s.start.replace(tzinfo=zone) for s in sched.slots}
    assert instants["Before"] == datetime.fromisoformat("2030-03-30T23:00:00+01:00")
    assert instants["After"] == datetime.fromisoformat("2030-03-31T10:00:00+02:00")
    assert any("daylight-saving" in n and sched.timezone in n for n in sched.notes)


def test_an_unknown_time_zone_is_named_in_the_report() -> None:
    sched = read_schedule(_schedule([{"title": "A", "start": "10:00", "duration": "00:30"}], tz="Mars/Base"))
    assert any("Mars/Base" in n and "unknown" in n for n in sched.notes)


@pytest.mark.parametrize("duration", ["-30", "-00:30", "²", "٣٠", "1" * 5000, "12:34:56:78", "ninety", "0x10"])
def test_a_bad_duration_is_skipped_with_its_reason_never_defaulted(duration: str) -> None:
    sched = read_schedule(_schedule([{"title": "Odd", "start": "10:00", "duration": duration},
                                     {"title": "Fine", "start": "11:00", "duration": "00:30"}]))
    assert [s.title for s in sched.slots] == ["Fine"]
    assert len(sched.skipped) == 1 and "Odd" in sched.skipped[0]


def test_an_end_before_the_start_is_skipped() -> None:
    sched = read_schedule(_schedule([{"title": "Back", "date": "2030-03-30T10:00:00+00:00",
                                      "end": "2030-03-30T09:00:00+00:00"}]))
    assert sched.slots == [] and "Back" in sched.skipped[0]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_dates_outside_the_sane_range_are_refused_at_import(tmp_path: Path, day: str) -> None:
    path = tmp_path / "old.json"
    path.write_bytes(_schedule([{"title": "Ancient", "start": "10:00", "duration": "00:30"}], day=day))
    db_path = tmp_path / "db.sqlite3"
    refused(cli("--db", str(db_path), "import", str(path)))
    assert not db_path.exists()


def test_slots_at_the_edges_of_time_are_skipped_and_the_rest_printable(tmp_path: Path) -> None:
    path = tmp_path / "edges.json"
    path.write_bytes(_schedule([
        {"title": "Year one", "date": "0001-01-01T00:00:00+00:00", "duration": "00:30"},
        {"title": "Year 9999", "date": "9999-12-31T23:30:00+14:00", "duration": "00:30"},
        {"title": "Fine", "start": "10:00", "duration": "00:30"}], tz="Asia/Baku"))
    db_path = tmp_path / "db.sqlite3"
    outcome = cli("--db", str(db_path), "import", str(path))
    assert outcome.code == 0 and "Year one" in outcome.out
    writers = (("pdf", "t", "-o", str(tmp_path / "p.pdf")), ("export", "t", "-o", str(tmp_path / "e.ics")))
    for args in (("show", "t"), *writers):
        assert cli("--db", str(db_path), *args).code == 0


def test_nul_and_lone_surrogates_are_cleaned(backend_url: str) -> None:
    db = open_database(backend_url)
    try:
        data = (b'{"schedule": {"conference": {"title": "Nul\\u0000 and \\ud800 here", "start": "2030-05-01", '
                b'"end": "2030-05-01", "days": [{"date": "2030-05-01", "rooms": {"R\\udfff": [{"title": '
                b'"A\\u0000B", "start": "10:00", "duration": "30", "persons": ["Lone \\udc80 Person"]}]}}]}}}')
        report = import_schedule(db, data)
        slot = agenda.list_slots(db, report.event_id)[0]
        assert slot.title == "AB"
        assert report.event_title == "Nul and \ufffd here"
    finally:
        db.close()


def test_values_longer_than_a_column_are_cut_with_a_note(backend_url: str, tmp_path: Path) -> None:
    db = open_database(backend_url)
    try:
        sheet = tmp_path / "s.csv"
        sheet.write_text("Honorific,Given name,Family name\n" + "H" * 300 + ",Ann,Lee\n", encoding="utf-8")
        preview = import_speakers(db, sheet)
        assert any("cut to 32" in n for n in preview.notes)
        assert people.list_people(db)[0].honorific == "H" * 32
    finally:
        db.close()


# --- the spreadsheet bomb -------------------------------------------------------------------------------------


def _bomb(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Organization"])
    ws.append(["Ann Lee", "IOM"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B2"/>', b'<dimension ref="A1:XFD1048576"/>')
                assert b"XFD1048576" in data
            dst.writestr(item, data)


def test_the_dimension_bomb_reads_in_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    _bomb(bomb)
    assert bomb.stat().st_size < 10_000
    script = textwrap.dedent("""
        import resource, sys
        from eventplanner.imports.speakers import read_speaker_table
        table = read_speaker_table(open(sys.argv[1], "rb").read(), "bomb.xlsx")
        try:  # this program's own peak: Linux keeps ru_maxrss across exec, so it would count pytest's size
            with open("/proc/self/status") as status:
                peak = next(int(x.split()[1]) for x in status if x.startswith("VmHWM:"))
        except (OSError, StopIteration):
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(len(table.records), peak // 1024)
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", script, str(bomb)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    records, peak_mb = map(int, done.stdout.split())
    assert records == 1
    assert peak_mb < 500


def test_a_spreadsheet_that_unpacks_too_large_is_refused(tmp_path: Path) -> None:
    big = io.BytesIO()
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * (210 * 1024 * 1024))
    with pytest.raises(ValidationError, match="unpacks to"):
        read_speaker_table(big.getvalue(), "huge.xlsx")
