"""Speaker lists: rows, CSV (BOM, neutralized formulas), XLSX (real dates, header, filter) and PDF."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest
from interop_fixtures import hostile_programme, sample_programme
from openpyxl import load_workbook
from pypdf import PdfReader

from eventplanner.domain.errors import ValidationError
from eventplanner.exports.speaker_list import (
    HEADERS,
    speaker_list_csv,
    speaker_list_xlsx,
    speaker_rows,
    write_speaker_list,
)
from eventplanner.exports.speaker_list_pdf import speaker_list_pdf


def test_rows_per_speaker_in_order_of_appearance() -> None:
    rows = speaker_rows(sample_programme())
    assert [r.order for r in rows] == list(range(1, 8))
    first = rows[0]
    assert (first.honorific, first.given_name, first.family_name) == ("Mr.", "Vusal", "Huseynov")
    assert first.organization == "State Migration Service of the Republic of Azerbaijan"
    assert first.start == datetime(2021, 12, 18, 10, 0)
    assert first.times == "18 Dec 2021 10:00–10:10"
    assert first.roles == "Speaker" and first.slots == "Welcome and opening of the event"
    assert rows[-1].roles == "Presenter"


def test_rows_per_slot_and_translations() -> None:
    data = hostile_programme()
    per_speaker = speaker_rows(data)
    per_slot = speaker_rows(data, per_slot=True)
    assert len(per_speaker) == 4
    assert len(per_slot) == sum(len(s.participants) for s in data.slots) == 9
    ramil = per_speaker[0]
    assert ramil.roles == "Speaker; Chair"
    assert ramil.slots.count("; ") == 2
    assert {r.order for r in per_slot} == {1, 2, 3, 4}
    az = speaker_rows(sample_programme(), lang="az")
    assert az[0].position == "Dövlət Miqrasiya Xidmətinin rəisi"
    assert az[0].organization == "Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti"


def _csv_rows(blob: bytes) -> list[list[str]]:
    assert blob.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(blob.decode("utf-8-sig"), newline="")))


def test_csv_neutralizes_formulas_and_keeps_text() -> None:
    rows = _csv_rows(speaker_list_csv(speaker_rows(hostile_programme(), per_slot=True)))
    assert rows[0] == list(HEADERS)
    cells = [c for r in rows[1:] for c in r]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=cmd|' /C calc'!A0" in cells and "'+rank" in cells and "'@Director" in cells
    assert "'-Adviser" in cells and "'+994 12 555 55 55" in cells and "'\tTabs Ltd" in cells
    assert "Məmmədov" in cells and "Щербакова" in cells and "عبد الله" in cells
    assert "<script>alert(1)</script>" in cells and "X" * 10_000 in cells
    assert all(len(r) == len(HEADERS) for r in rows)


def test_xlsx_header_filter_dates_and_formulas(tmp_path: Path) -> None:
    data = hostile_programme()
    blob = speaker_list_xlsx(speaker_rows(data, per_slot=True), data.event.running_title)
    wb = load_workbook(io.BytesIO(blob))
    ws = wb.active
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:M{ws.max_row}"
    assert ws.max_row == 10
    date_col = HEADERS.index("Date and time") + 1
    assert ws.cell(2, date_col).value == datetime(2024, 3, 30, 9, 0)
    assert ws.cell(2, date_col).is_date
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert ws.column_dimensions["A"].width < ws.column_dimensions["E"].width <= 62
    # nothing was stored as a formula
    raw = load_workbook(io.BytesIO(blob), data_only=False).active
    assert not [c for r in raw.iter_rows() for c in r if c.data_type == "f"]


def test_pdf_table(tmp_path: Path) -> None:
    data = hostile_programme()
    pdf = speaker_list_pdf(data, speaker_rows(data), now=datetime(2024, 1, 1))
    text = "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Щербакова" in text and "Məmmədov" in text and "<script>alert(1)</script>" in text
    assert "O'Brien&Sons" in text and "=cmd|'/C" in text  # printed literally, no markup, no apostrophe
    fonts = {str(f) for p in PdfReader(io.BytesIO(pdf)).pages for f in p["/Resources"]["/Font"].values()}
    assert fonts


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "pdf"])
def test_write_by_suffix(tmp_path: Path, suffix: str) -> None:
    path = write_speaker_list(sample_programme(), tmp_path / f"speakers.{suffix}")
    assert path.stat().st_size > 200
    assert [p.name for p in tmp_path.iterdir()] == [f"speakers.{suffix}"]


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="CSV, XLSX, PDF or DOCX"):
        write_speaker_list(sample_programme(), tmp_path / "speakers.doc")


def test_columns_of_long_unbroken_words_still_fit_the_page() -> None:
    """Every column's widest word capped at 30 % would make the table 2.4 times the page: the wide ones shrink."""
    from eventplanner.exports.fonts import register_fonts
    from eventplanner.exports.speaker_list_pdf import HEADINGS, column_widths

    register_fonts()
    word = "x" * 399
    widths = column_widths([list(HEADINGS), ["1", *[word] * (len(HEADINGS) - 1)]], 770.0)
    assert sum(widths) == pytest.approx(770.0)
    assert widths[0] < 20 and min(widths[1:]) > 80  # the number column keeps its own width
