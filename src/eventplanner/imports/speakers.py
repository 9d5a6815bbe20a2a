"""Speakers from CSV or XLSX: columns found by header name (English and common variants, any case).

Returns plain records; `services.speaker_import.import_speakers` matches them with people in the database.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.limits import clean_text
from eventplanner.imports.field_parsers import split_name
from eventplanner.imports.schedule import MAX_IMPORT_BYTES
from eventplanner.imports.textcodec import decode_text

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_XLSX_UNPACKED = 200 * 1024 * 1024

FIELDS = ("honorific", "given_name", "family_name", "name", "position", "rank", "organization", "email", "phone",
          "biography")

ALIASES: dict[str, tuple[str, ...]] = {
    "honorific": ("honorific", "title", "salutation", "prefix", "form of address", "courtesy title"),
    "given_name": ("given name", "first name", "firstname", "forename", "given names", "first names", "vorname"),
    "family_name": ("family name", "last name", "lastname", "surname", "family names", "nachname"),
    "name": ("name", "full name", "fullname", "speaker", "speaker name", "participant", "public name"),
    "position": ("position", "job title", "function", "post", "designation", "job", "position title"),
    "rank": ("rank", "grade", "diplomatic rank"),
    "organization": ("organization", "organisation", "org", "company", "institution", "affiliation", "agency",
                     "employer", "ministry"),
    "email": ("email", "e mail", "mail", "email address", "e mail address"),
    "phone": ("phone", "telephone", "tel", "mobile", "phone number", "cell", "mobile phone", "telephone number"),
    "biography": ("biography", "bio", "cv", "short bio"),
}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def header_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).replace("_", " ").split())


_LOOKUP = {alias: f for f, aliases in ALIASES.items() for alias in aliases}


@dataclass
class SpeakerRecord:
    row: int
    honorific: str = ""
    given_name: str = ""
    family_name: str = ""
    position: str = ""
    rank: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""
    biography: str = ""

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.honorific, self.given_name, self.family_name) if p)


@dataclass
class SpeakerTable:
    columns: dict[str, str]
    """Field -> the header it was read from."""
    records: list[SpeakerRecord] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What was assumed while reading (the text encoding...)."""


def _cell(value: object) -> str:
    text = "" if value is None else clean_text(str(value).strip())
    if text.startswith("'") and text[1:2] in _FORMULA:  # our own neutralized export
        text = text[1:]
    return text


def _check_zip(data: bytes) -> None:
    """Refuse a spreadsheet whose parts unpack to more than MAX_XLSX_UNPACKED bytes (a zip bomb)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError("The spreadsheet cannot be read (it is not a valid XLSX file).") from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise ValidationError(
            f"The spreadsheet unpacks to {unpacked / 1024 / 1024:,.0f} MB; at most "
            f"{MAX_XLSX_UNPACKED // 1024 // 1024} MB can be imported.")


def _rows_xlsx(data: bytes) -> list[list[str]]:
    """The first sheet, streamed (read-only mode) and bounded in rows and columns, whatever its
    <dimension> claims: empty cells are never padded out to the claimed size."""
    from openpyxl import load_workbook

    _check_zip(data)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zip, XML and openpyxl errors of all kinds
        raise ValidationError(f"The spreadsheet cannot be read ({type(exc).__name__}).") from exc
    rows: list[list[str]] = []
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is not None:
            ws.reset_dimensions()  # ignore the sheet's own claim of its size
            for number, row in enumerate(ws.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True), start=1):
                if number > MAX_ROWS:
                    raise ValidationError(f"The spreadsheet has more than {MAX_ROWS:,} rows; split it.")
                cells = [_cell(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if len(cells) > MAX_COLUMNS:
                    raise ValidationError(f"Row {number} has more than {MAX_COLUMNS} columns; "
                                          "a speaker list needs only a few.")
                rows.append(cells)
    except ValidationError:
        raise
    except Exception as exc:  # a damaged sheet inside a valid zip
        raise ValidationError(f"The spreadsheet cannot be read ({type(exc).__name__}).") from exc
    finally:
        wb.close()
    return rows


def _rows_csv(data: bytes) -> tuple[list[list[str]], str]:
    """The rows and a note on the decoding assumed ('' when the file was plain UTF-8)."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValidationError("The file is not a CSV table (it contains binary data).")
    text, note = decode_text(data)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise ValidationError(f"The file has more than {MAX_ROWS:,} rows; split it.")
            if len(row) > MAX_COLUMNS:
                raise ValidationError(f"Row {reader.line_num} has more than {MAX_COLUMNS} columns.")
            rows.append([_cell(v) for v in row])
    except csv.Error as exc:
        raise ValidationError(
            f"Line {reader.line_num} of the CSV file cannot be read: a cell is longer than "
            f"{csv.field_size_limit() // 1024} KiB or a quote is not closed ({exc}).") from exc
    return rows, note


def read_rows(data: bytes, name: str = "") -> tuple[list[list[str]], str]:
    """The cells of a CSV or XLSX table as stripped text (our own neutralized formulas restored), size-checked,
    and a note on what was assumed in decoding (empty when nothing was)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(f"The file is larger than the {MAX_IMPORT_BYTES // 1024 // 1024} MB import limit.")
    if data[:4] == b"PK\x03\x04" or name.lower().endswith(".xlsx"):
        return _rows_xlsx(data), ""
    return _rows_csv(data)


def find_header(rows: list[list[str]], lookup: dict[str, str]) -> tuple[int, dict[int, str]]:
    """The first of the first 20 rows with a name column: (its index, column index -> field)."""
    for header_at, row in enumerate(rows[:20]):
        columns = {i: lookup[header_key(h)] for i, h in enumerate(row) if header_key(h) in lookup}
        found = set(columns.values())
        if "name" in found or {"given_name", "family_name"} & found:
            return header_at, columns
    raise ValidationError(
        "No header row with a name column was found (expected e.g. “Given name” and “Family name”, or “Name”)."
    )


def read_speaker_table(data: bytes, name: str = "") -> SpeakerTable:
    """Parse a CSV or XLSX speaker table; the first row with a recognizable name column is the header."""
    rows, note = read_rows(data, name)
    header_at, columns = find_header(rows, _LOOKUP)
    row = rows[header_at]
    table = SpeakerTable(columns={}, notes=[note] if note else [])
    seen: set[str] = set()
    for i, f in list(columns.items()):
        if f in seen:
            del columns[i]
            table.ignored_columns.append(row[i])
            continue
        seen.add(f)
        table.columns[f] = row[i]
    table.ignored_columns += [h for i, h in enumerate(row) if i not in columns and h]
    for number, values in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if not any(values):
            continue
        got = {f: values[i] if i < len(values) else "" for i, f in columns.items()}
        rec = SpeakerRecord(number, **{k: v for k, v in got.items() if k != "name"})
        if got.get("name") and not (rec.given_name or rec.family_name):
            honorific, rec.given_name, rec.family_name = split_name(got["name"])
            rec.honorific = rec.honorific or honorific
        if not (rec.given_name or rec.family_name):
            table.skipped.append(f"Row {number}: no name; skipped.")
            continue
        table.records.append(rec)
    return table
