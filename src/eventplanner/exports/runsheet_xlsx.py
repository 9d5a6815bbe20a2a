"""The run sheet as XLSX for the production company: one row per cue, text cells never run as formulas."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from eventplanner.domain.scenario import Audience, ScenarioData
from eventplanner.exports.runsheet_labels import audience_label, label
from eventplanner.exports.runsheet_rows import runsheet_lines
from eventplanner.exports.speaker_list import XLSX_CELL_LIMIT, is_formula_like

_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_KEYS = ("date", "time", "end", "duration_min", "item", "kind", "room", "who", "call_time", "call_note", "tech",
             "cue_time", "cue_kind", "cue", "responsible")


def xlsx_headers(lang: str | None) -> list[str]:
    return [label(k, lang) for k in XLSX_KEYS]


def runsheet_xlsx(data: ScenarioData, audience: Audience = Audience.ALL, lang: str | None = None) -> bytes:
    """One row per cue (a slot without cues gets one row); every text cell stays text, never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = audience_label(audience, lang)[:31]
    headers = xlsx_headers(lang)
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in headers]
    row_no = 1
    for line in runsheet_lines(data, audience, lang):
        slot = line.item.slot
        who = "\n".join(", ".join(x for x in pair if x) for pair in line.who)
        prod = line.item.production
        call_time = prod.call_time(slot.start) if prod is not None and line.call else None
        base: list[object] = [line.day, slot.start, slot.end, slot.duration_minutes, line.title, line.kind,
                              slot.room_name, who, call_time, line.call_note, line.technical_needs]
        cue_rows: list[list[object]] = [
            [cue.at(slot.start), kind, text, responsible]
            for (cue, _time, kind, text), responsible in zip(line.cues, line.responsibles, strict=True)
        ] or [[None, "", "", ""]]
        for cues in cue_rows:
            row_no += 1
            for col, value in enumerate(base + cues, start=1):
                widths[col - 1] = max(widths[col - 1], _put(ws.cell(row=row_no, column=col), value, col, TYPE_STRING))
                ws.cell(row=row_no, column=col).alignment = Alignment(vertical="top", wrap_text=True)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width, 6) + 2, 60)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, row_no)}"
    ws.print_title_rows = "1:1"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _put(cell: object, value: object, column: int, text_type: str) -> int:
    """Write one cell (dates and times as such, text as text with a quote prefix if formula-like)."""
    if isinstance(value, datetime):
        cell.value = value  # type: ignore[attr-defined]
        cell.number_format = "hh:mm"  # type: ignore[attr-defined]
        return 5
    if isinstance(value, date):
        cell.value = value  # type: ignore[attr-defined]
        cell.number_format = "yyyy-mm-dd"  # type: ignore[attr-defined]
        return 10
    if isinstance(value, int):
        cell.value = value  # type: ignore[attr-defined]
        return len(str(value))
    text = _ILLEGAL_XLSX.sub("", "" if value is None else str(value))[:XLSX_CELL_LIMIT]
    cell.value = text  # type: ignore[attr-defined]
    cell.data_type = text_type  # type: ignore[attr-defined]
    if is_formula_like(text):
        cell.quotePrefix = True  # type: ignore[attr-defined]
    return max((len(x) for x in text.splitlines()), default=0)
