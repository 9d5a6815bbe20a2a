"""Read a translators' workbook back: plain rows of (key text, language -> cell text), checked for shape.

Whether the keys belong to the event and what changes is the service's business; this module refuses files
that are not such a workbook, with one message that names the cell.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time

from eventplanner.domain.errors import ValidationError
from eventplanner.imports.schedule import MAX_IMPORT_BYTES

FORMAT = "eventplanner-translations/1"
SHEET = "Translations"
ABOUT = "About"
FIXED_HEADERS = ("key", "kind", "where")
MAX_ROWS = 200_000


@dataclass
class WorkbookRow:
    row: int
    key: str
    texts: dict[str, str] = field(default_factory=dict)


@dataclass
class TranslationsWorkbook:
    event_id: int
    event_slug: str
    languages: tuple[str, ...]
    rows: list[WorkbookRow]


def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _text(value: object, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise ValidationError(f"Cell {where} holds TRUE/FALSE; translations are text.")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise ValidationError(f"Cell {where} holds something other than text.")


def read_translations_workbook(data: bytes, name: str = "the workbook") -> TranslationsWorkbook:
    if len(data) > MAX_IMPORT_BYTES:
        size = MAX_IMPORT_BYTES // (1024 * 1024)
        raise ValidationError(f"{name} is larger than {size} MB; it is not a workbook of texts.")
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # zip, XML and openpyxl errors of all kinds
        reason = type(exc).__name__
        raise ValidationError(f"{name} is not an Excel workbook (.xlsx) that can be read ({reason}).") from exc
    try:
        if SHEET not in wb.sheetnames or ABOUT not in wb.sheetnames:
            raise ValidationError(
                f"{name} is not a translations workbook: it needs the sheets “{SHEET}” and “{ABOUT}” "
                "(write one with Translations > Export workbook or `eventplanner translations EVENT -o FILE.xlsx`)."
            )
        about = _about(wb[ABOUT], name)
        languages, rows = _rows(wb[SHEET], name)
    finally:
        wb.close()
    try:
        event_id = int(about.get("event id", ""))
    except ValueError:
        raise ValidationError(f"{name}: the “{ABOUT}” sheet does not name an event id.") from None
    return TranslationsWorkbook(event_id, about.get("event", ""), languages, rows)


def _about(ws: object, name: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for i, row in enumerate(ws.iter_rows(min_row=1, max_row=50, max_col=2, values_only=True), start=1):  # type: ignore[attr-defined]
        if row and row[0] is not None:
            value = row[1] if len(row) > 1 else None
            values[_text(row[0], f"{ABOUT}!A{i}").strip()] = _text(value, f"{ABOUT}!B{i}").strip()
    if values.get("format") != FORMAT:
        raise ValidationError(f"{name} is not a translations workbook of this application (format {FORMAT}).")
    return values


def _rows(ws: object, name: str) -> tuple[tuple[str, ...], list[WorkbookRow]]:
    from eventplanner.domain.languages import language_codes

    rows_iter = ws.iter_rows()  # type: ignore[attr-defined]
    header_cells = next(rows_iter, None)
    if not header_cells:
        raise ValidationError(f"{name}: the “{SHEET}” sheet is empty.")
    headers = [_text(c.value, f"{_column(i + 1)}1").strip() for i, c in enumerate(header_cells)]
    while headers and not headers[-1]:
        headers.pop()
    if tuple(h.casefold() for h in headers[:3]) != FIXED_HEADERS:
        fixed = ", ".join(FIXED_HEADERS)
        raise ValidationError(f"{name}: the first columns must be {fixed}; the header row was changed.")
    languages = tuple(headers[3:])
    known = language_codes()
    for i, code in enumerate(languages, start=4):
        if code not in known:
            raise ValidationError(f"{name}: column {_column(i)} is headed “{code[:30]}”, which is not a language code.")
    if len(set(languages)) != len(languages):
        raise ValidationError(f"{name}: a language has two columns.")
    out: list[WorkbookRow] = []
    for r, cells in enumerate(rows_iter, start=2):
        if r > MAX_ROWS:
            raise ValidationError(f"{name} has more than {MAX_ROWS:,} rows; it is not a workbook of texts.")
        values: list[object] = []
        for c, cell in enumerate(cells[: 3 + len(languages)], start=1):
            if getattr(cell, "data_type", None) == "f":
                raise ValidationError(f"{name}: cell {_column(c)}{r} holds a formula; type the text itself.")
            values.append(getattr(cell, "value", None))
        values += [None] * (3 + len(languages) - len(values))
        key = _text(values[0], f"A{r}").strip()
        texts = {lang: _text(values[3 + i], f"{_column(4 + i)}{r}") for i, lang in enumerate(languages)}
        if not key:
            if any(t.strip() for t in texts.values()):
                raise ValidationError(f"{name}: row {r} has texts but no key; keep the key column as exported.")
            continue
        out.append(WorkbookRow(r, key, texts))
    return languages, out
