"""Speaker lists for protocol, security and interpreters: rows, CSV (UTF-8 with BOM) and XLSX.

Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is neutralized:
CSV cells get a leading apostrophe, XLSX cells stay text cells with Excel's "quote prefix" set.
"""

from __future__ import annotations

import csv
import io
import os
import re
from datetime import datetime
from pathlib import Path

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.speaker_rows import HEADERS, SpeakerRow, speaker_rows

__all__ = [
    "HEADERS", "SpeakerRow", "is_formula_like", "neutralize", "speaker_list_csv", "speaker_list_xlsx", "speaker_rows",
    "write_speaker_list",
]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_LIMIT = 32_767


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START)


def neutralize(text: str) -> str:
    """For CSV: a leading apostrophe makes Excel and LibreOffice show the text instead of running it."""
    return "'" + text if is_formula_like(text) else text


def speaker_list_csv(rows: list[SpeakerRow]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, dialect="excel", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([neutralize(t) for t in row.texts()])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


_ILLEGAL_XLSX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xlsx_text(text: str) -> str:
    return _ILLEGAL_XLSX.sub("", text)[:XLSX_CELL_LIMIT]


def speaker_list_xlsx(rows: list[SpeakerRow], title: str = "Speakers") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = (re.sub(r"[\[\]:*?/\\\s]+", " ", _xlsx_text(title)).strip() or "Speakers")[:31].strip()
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    widths = [len(h) for h in HEADERS]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row.values(), start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, datetime):
                cell.value = value
                cell.number_format = "yyyy-mm-dd hh:mm"
                shown = 16
            elif isinstance(value, int):
                cell.value = value
                shown = len(str(value))
            else:
                text = _xlsx_text("" if value is None else str(value))
                cell.value = text
                cell.data_type = TYPE_STRING  # never a formula, whatever the first character
                if is_formula_like(text):
                    cell.quotePrefix = True
                shown = max((len(line) for line in text.splitlines()), default=0)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            widths[c - 1] = max(widths[c - 1], shown)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width, 6) + 2, 60)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(1, len(rows) + 1)}"
    ws.print_title_rows = "1:1"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_speaker_list(
    data: ProgrammeData,
    path: str | os.PathLike[str],
    per_slot: bool = False,
    lang: str | None = None,
    fmt: str | None = None,
    warnings: list[str] | None = None,
) -> Path:
    """Write the list as CSV, XLSX, PDF or DOCX, chosen by `fmt` or the file's suffix."""
    target = Path(path)
    kind = (fmt or target.suffix.lstrip(".")).lower()
    rows = speaker_rows(data, per_slot, lang)
    if kind == "csv":
        blob = speaker_list_csv(rows)
    elif kind == "xlsx":
        blob = speaker_list_xlsx(rows, data.event.running_title)
    elif kind == "pdf":
        from eventplanner.exports.speaker_list_pdf import speaker_list_pdf

        blob = speaker_list_pdf(data, rows, lang)
    elif kind == "docx":
        from eventplanner.exports.speaker_list_docx import speaker_list_docx

        blob, found = speaker_list_docx(data, rows, lang)
        if warnings is not None:
            warnings.extend(found)
    else:
        from eventplanner.domain.errors import ValidationError

        raise ValidationError(
            f"Speaker lists are written as CSV, XLSX, PDF or DOCX, not “{kind or target.name}”."
        )
    atomic_write_bytes(target, blob)
    return target
