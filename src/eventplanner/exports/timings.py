"""Planned against actual times per slot, after the show: CSV (UTF-8 with BOM) or XLSX."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.show import TimingRecord
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.speaker_list import is_formula_like, neutralize

HEADERS: tuple[str, ...] = (
    "Date", "Item", "Planned start", "Planned end", "Planned duration (min)", "Actual start", "Actual end",
    "Actual duration (min)", "Overrun (min)",
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%H:%M:%S")
    return str(value)


def timings_csv(records: Sequence[TimingRecord]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, dialect="excel", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for record in records:
        writer.writerow([neutralize(_text(v)) for v in record.values()])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def timings_xlsx(records: Sequence[TimingRecord], title: str = "Timings") -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Timings"
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, record in enumerate(records, start=2):
        for c, value in enumerate(record.values(), start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, datetime):
                cell.value, cell.number_format = value, "hh:mm:ss"
            elif c == 1:
                cell.value, cell.number_format = value, "yyyy-mm-dd"
            elif isinstance(value, int | float) or value is None:
                cell.value = value
            else:
                text = str(value)[:32_767]
                cell.value, cell.data_type = text, TYPE_STRING
                cell.quotePrefix = is_formula_like(text)
    for i, width in enumerate((11, 50, 12, 12, 10, 12, 12, 10, 10), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_timings(records: Sequence[TimingRecord], path: str | os.PathLike[str], title: str = "Timings") -> Path:
    target = Path(path)
    kind = target.suffix.lower()
    if kind == ".csv":
        blob = timings_csv(records)
    elif kind == ".xlsx":
        blob = timings_xlsx(records, title)
    else:
        raise ValidationError(f"Timings are written as CSV or XLSX, not “{kind or target.name}”.")
    atomic_write_bytes(target, blob)
    return target
