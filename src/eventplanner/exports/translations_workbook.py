"""The translators' workbook: one row per text, a stable key column, one column per language (XLSX).

An "About" sheet names the event, so a workbook returned for another event is refused on import. Every text
cell is written as a string with a quote prefix where Excel would otherwise start a formula.
"""

from __future__ import annotations

import io

from eventplanner.domain.languages import english_name
from eventplanner.domain.translations import TEXT_KIND_LABELS, TextTable
from eventplanner.exports.speaker_list import XLSX_CELL_LIMIT, _xlsx_text, is_formula_like

FORMAT = "eventplanner-translations/1"
SHEET = "Translations"
ABOUT = "About"
FIXED_HEADERS = ("key", "kind", "where")
MISSING_FILL = "FFF2CC"


def translations_xlsx(table: TextTable) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    headers = [*FIXED_HEADERS, *table.languages]
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    missing = PatternFill("solid", fgColor=MISSING_FILL)
    for r, entry in enumerate(table.entries, start=2):
        texts = [str(entry.key), TEXT_KIND_LABELS[entry.kind], entry.context,
                 *(table.cell(entry, lang) for lang in table.languages)]
        for c, value in enumerate(texts, start=1):
            cell = ws.cell(row=r, column=c)
            text = _xlsx_text(value)[:XLSX_CELL_LIMIT]
            cell.value = text
            cell.data_type = TYPE_STRING  # never a formula, whatever the first character
            if is_formula_like(text):
                cell.quotePrefix = True
            cell.alignment = Alignment(vertical="top", wrap_text=c > len(FIXED_HEADERS))
            lang_index = c - len(FIXED_HEADERS) - 1
            if lang_index >= 0 and entry.missing(table.languages[lang_index]) \
                    and table.languages[lang_index] != table.primary:
                cell.fill = missing
    widths = [18, 16, 30, *([45] * len(table.languages))]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "D2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(table.entries) + 1)}"

    about = wb.create_sheet(ABOUT)
    rows = [
        ("format", FORMAT),
        ("event id", str(table.event_id)),
        ("event", table.event_slug),
        ("title", table.event_title),
        ("primary language", table.primary),
        ("languages", ",".join(table.languages)),
        ("", ""),
        ("How to use", "Type each translation in its language's column (yellow cells are missing). "
                       "Keep the key column as it is; rows may be sorted or filtered. "
                       f"Columns: {', '.join(f'{c} = {english_name(c)}' for c in table.languages)}."),
    ]
    for r, (name, value) in enumerate(rows, start=1):
        about.cell(row=r, column=1, value=name).font = Font(bold=True)
        cell = about.cell(row=r, column=2)
        cell.value = _xlsx_text(value)
        cell.data_type = TYPE_STRING
        if is_formula_like(cell.value):
            cell.quotePrefix = True
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 90
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
