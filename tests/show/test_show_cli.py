"""`eventplanner runsheet` and `eventplanner timings`: files by suffix, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from eventplanner.cli import main
from eventplanner.domain.show import TimingRecord
from eventplanner.exports.timings import HEADERS, timings_csv, timings_xlsx
from eventplanner.services import show
from eventplanner.services.events import resolve_event
from eventplanner.store.database import open_database


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert main(["--db", path, "demo"]) == 0
    return path


@pytest.mark.parametrize(("audience", "lang", "expected"), [
    ("all", "en", "National Anthem"), ("mc", "az", "Dövlət Himni"), ("tech", "ru", "IMD2021-Vitorino-message.mp4"),
    ("protocol", "en", "Photo moment"),
])
def test_runsheet_pdf(dbfile: str, tmp_path: Path, audience: str, lang: str, expected: str) -> None:
    out = tmp_path / "run.pdf"
    assert main(["--db", dbfile, "runsheet", "migrants-day-2021", "-o", str(out), "--for", audience,
                 "--lang", lang]) == 0
    text = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert expected in " ".join(text.split())


def test_runsheet_xlsx_and_bad_usage(dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "run.xlsx"
    assert main(["--db", dbfile, "runsheet", "migrants-day-2021", "-o", str(out)]) == 0
    assert load_workbook(out).active is not None
    assert main(["--db", dbfile, "runsheet", "migrants-day-2021", "-o", str(tmp_path / "run.doc")]) == 2
    assert main(["--db", dbfile, "runsheet", "nope", "-o", str(out)]) == 2
    assert main(["--db", dbfile, "runsheet", "migrants-day-2021", "-o", str(out), "--for", "vip"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("eventplanner:") == 3


def test_timings_after_a_show(dbfile: str, tmp_path: Path) -> None:
    db = open_database(dbfile)
    try:
        event = resolve_event(db, "migrants-day-2021")
        show.open_show(db, event.id, datetime(2021, 12, 18, 9, 55))
        show.show_action(db, event.id, "start", datetime(2021, 12, 18, 10, 1))
        show.show_action(db, event.id, "next", datetime(2021, 12, 18, 10, 13, 30))
    finally:
        db.close()
    out = tmp_path / "timings.csv"
    assert main(["--db", dbfile, "timings", "migrants-day-2021", "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert tuple(rows[0]) == HEADERS
    assert rows[1][2:] == ["10:00:00", "10:10:00", "10", "10:01:00", "10:13:30", "12.5", "2.5"]
    assert rows[2][5] == "10:13:30" and rows[2][6] == "" and rows[3][5] == ""
    xlsx = tmp_path / "timings.xlsx"
    assert main(["--db", dbfile, "timings", "migrants-day-2021", "-o", str(xlsx)]) == 0
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == list(HEADERS) and sheet["I2"].value == 2.5
    assert main(["--db", dbfile, "timings", "migrants-day-2021", "-o", str(tmp_path / "t.pdf")]) == 2


def test_timings_formula_safe() -> None:
    record = TimingRecord("=cmd()", datetime(2021, 1, 1, 10), 5, None, None)
    assert "'=cmd()" in timings_csv([record]).decode("utf-8-sig")
    sheet = load_workbook(io.BytesIO(timings_xlsx([record]))).active
    assert sheet is not None and sheet["B2"].data_type == "s" and sheet["B2"].quotePrefix


def test_timings_pdf_lists_planned_and_actual() -> None:
    from eventplanner.domain.data import EventData
    from eventplanner.exports.timings_pdf import timings_pdf

    event = EventData(id=1, slug="e", title="Day <one> & two", start_date=datetime(2021, 1, 1).date(),
                      end_date=datetime(2021, 1, 1).date())
    records = [TimingRecord("Welcome", datetime(2021, 1, 1, 10), 10, datetime(2021, 1, 1, 10, 1),
                            datetime(2021, 1, 1, 10, 13, 30)),
               TimingRecord("Кофе-брейк", datetime(2021, 1, 1, 10, 10), 30, None, None)]
    text = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(timings_pdf(event, records))).pages)
    assert "Day <one> & two" in text and "10:01:00–10:13:30" in text and "+2.5" in text and "Кофе-брейк" in text
