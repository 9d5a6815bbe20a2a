"""Property tests: hostile schedules, speaker sheets and restore dumps go through import or restore and then
through every document writer. Whatever the input, the command line ends with exit 0 or 2, says one line when
it refuses, leaves the database intact (`PRAGMA integrity_check`) and, on a refusal, unchanged."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hardening_helpers import Outcome, cli, integrity_ok
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

# Modest counts keep the suite fast; no shrinking phase, which can take minutes on these documents
# (Hypothesis still prints the failing example in full). EVENTPLANNER_PROPERTY_EXAMPLES=200 runs a deeper search.
EXAMPLES = int(os.environ.get("EVENTPLANNER_PROPERTY_EXAMPLES", "8"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])

HOSTILE = ["", " ", "\x00", "\ud800", "\udfff", "<b>&amp; < > &", "ə ş ğ ı Ə Ş", "Кириллица", "العربية", "会議",
           "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "\t\r\n", "\n" * 30, "A" * 10_000, "x" * 300, "😀", "\u202e",
           "’“”", "0", "-1", "NaN", "null", "'", '"', "\\", "%s%n", "${jndi}"]
text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.lists(st.sampled_from(HOSTILE) | st.text(max_size=8), max_size=4).map("".join),
)
number = st.one_of(
    st.integers(-10**6, 10**6), st.integers(min_value=2**63 - 5, max_value=2**70),
    st.sampled_from(["²", "٣٠", "1" * 5000, "01:30", "-00:30", "1:00:00", "24:01", "0", "", "x", "1e3", "00:00:01"]),
    st.integers(0, 1440).map(str),
)
day = st.one_of(st.dates().map(lambda d: d.isoformat()),
                st.sampled_from(["0001-01-01", "9999-12-31", "2030-02-30", "", "yesterday", "2030-03-31"]))
clock = st.one_of(st.times().map(lambda t: t.strftime("%H:%M")), st.sampled_from(["24:00", "9:7", "", "10:00"]))
stamp = st.one_of(st.datetimes().map(lambda d: d.isoformat()),
                  st.sampled_from(["2030-03-31T02:30:00+01:00", "2030-03-31T03:30:00+02:00",
                                   "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-12:00", "2030-05-01T10:00:00Z"]))


def _event() -> Any:
    return st.fixed_dictionaries({}, optional={
        "title": text, "start": clock, "date": stamp, "duration": number, "end": stamp, "type": text,
        "track": text, "abstract": text, "description": text, "language": text, "guid": text, "id": number,
        "persons": st.lists(st.one_of(text, st.fixed_dictionaries({"public_name": text}, optional={
            "biography": text, "id": number})), max_size=3),
    })


schedules = st.fixed_dictionaries({"schedule": st.fixed_dictionaries({"conference": st.fixed_dictionaries({
    "title": text, "acronym": text, "start": day, "end": day,
    "days": st.lists(st.fixed_dictionaries({"date": day, "rooms": st.dictionaries(text, st.lists(_event(), max_size=4),
                                                                                  max_size=3)}), max_size=3),
}, optional={"time_zone_name": st.sampled_from(["Europe/Berlin", "Asia/Baku", "Mars/Base", "", "UTC", "../etc"])})})})

WRITERS = [("show", "{e}"), ("check", "{e}"), ("pdf", "{e}", "-o", "{d}/p.pdf"),
           ("pdf", "{e}", "-o", "{d}/p2.pdf", "--paper", "a5", "--second-lang", "ru", "--layout", "side_by_side",
            "--biographies"),
           ("speakers", "{e}", "-o", "{d}/s.pdf"), ("speakers", "{e}", "-o", "{d}/s.xlsx", "--per-slot"),
           ("speakers", "{e}", "-o", "{d}/s.csv"), ("badges", "{e}", "-o", "{d}/b.pdf"),
           ("badges", "{e}", "-o", "{d}/c.pdf", "--cards"), ("export", "{e}", "-o", "{d}/x.ics"),
           ("export", "{e}", "-o", "{d}/x.xml"), ("export", "{e}", "-o", "{d}/x.json"), ("backup", "-o", "{d}/k.json")]


def _content(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8", "surrogatepass")).hexdigest()
    finally:
        conn.close()


def _well_behaved(outcome: Outcome, allowed: tuple[int, ...] = (0, 2)) -> None:
    assert outcome.code in allowed, outcome
    if outcome.code == 2:
        assert len(outcome.err_lines) == 1 and "Traceback" not in outcome.err, outcome.err


def _every_writer(db: Path, folder: Path, event: str) -> None:
    for args in WRITERS:
        outcome = cli("--db", str(db), *(a.format(e=event, d=folder) for a in args))
        _well_behaved(outcome, (0, 1, 2) if args[0] == "check" else (0, 2))  # 1: `check` found conflicts
        assert integrity_ok(db)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "plan.sqlite3"
    assert cli("--db", str(path), "demo").code == 0
    return path


@contextmanager
def _copy_of(template: Path) -> Iterator[tuple[Path, Path]]:
    with tempfile.TemporaryDirectory(prefix="ep-prop-") as tmp:
        folder = Path(tmp)
        db = folder / "plan.sqlite3"
        shutil.copyfile(template, db)
        yield db, folder


@SETTINGS
@given(doc=schedules)
def test_any_schedule_imports_or_is_refused_and_every_document_follows(doc: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory(prefix="ep-prop-") as tmp:
        folder = Path(tmp)
        source = folder / "schedule.json"
        source.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
        db = folder / "new.sqlite3"
        outcome = cli("--db", str(db), "import", str(source))
        _well_behaved(outcome)
        if outcome.code == 2:
            assert not db.exists()  # refused: no database was left behind
            return
        assert integrity_ok(db)
        event = outcome.out.split("(#", 1)[1].split(",", 1)[0]
        _every_writer(db, folder, event)


sheet_rows = st.lists(st.lists(text, min_size=1, max_size=6), max_size=6)
headers = st.lists(st.sampled_from(["Name", "Given name", "Family name", "Position", "Rank", "Organization",
                                    "Email", "Phone", "Biography", "Honorific", "", "Notes"]),
                   min_size=1, max_size=7)


def _xlsx(header: list[str], rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook()
    ws = wb.active
    for row in [header, *rows]:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c).encode("utf-8", "replace").decode()[:32767] for c in row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@SETTINGS
@given(header=headers, rows=sheet_rows,
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "xlsx"]))
def test_any_speaker_sheet_imports_or_is_refused(template: Path, header: list[str], rows: list[list[str]],
                                                 encoding: str) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    if encoding == "xlsx":
        data = _xlsx(header, rows)
    else:
        data = buf.getvalue().encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    with _copy_of(template) as (db, folder):
        sheet = folder / ("speakers.xlsx" if encoding == "xlsx" else "speakers.csv")
        sheet.write_bytes(data)
        before = _content(db)
        outcome = cli("--db", str(db), "import", str(sheet), "--event", "1")
        _well_behaved(outcome)
        assert integrity_ok(db)
        if outcome.code == 2:
            assert _content(db) == before
            return
        _every_writer(db, folder, "1")


@st.composite
def edited_dumps(draw: st.DrawFn, dump: dict[str, Any]) -> dict[str, Any]:
    doc = json.loads(json.dumps(dump))
    for _ in range(draw(st.integers(1, 4))):
        table = draw(st.sampled_from(sorted(t for t, e in doc["tables"].items() if e["rows"])))
        entry = doc["tables"][table]
        row = draw(st.integers(0, len(entry["rows"]) - 1))
        column = draw(st.integers(0, len(entry["columns"]) - 1))
        entry["rows"][row][column] = draw(st.one_of(text, number, day, stamp, st.none(), st.booleans(),
                                                    st.dictionaries(text, text, max_size=2)))
    return doc


@pytest.fixture(scope="module")
def dump(template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    target = tmp_path_factory.mktemp("dump") / "dump.json"
    assert cli("--db", str(template), "backup", "-o", str(target)).code == 0
    return json.loads(target.read_text(encoding="utf-8"))


@SETTINGS
@given(data=st.data())
def test_any_edited_restore_dump_restores_or_changes_nothing(template: Path, dump: dict[str, Any],
                                                             data: st.DataObject) -> None:
    doc = data.draw(edited_dumps(dump))
    with _copy_of(template) as (db, folder):
        source = folder / "edited.json"
        source.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
        before = _content(db)
        outcome = cli("--db", str(db), "restore", str(source))
        _well_behaved(outcome)
        assert integrity_ok(db)
        if outcome.code == 2:
            assert _content(db) == before
            return
        for event in json.loads(json.dumps([r[0] for r in doc["tables"]["events"]["rows"]])):
            _every_writer(db, folder, str(event))
