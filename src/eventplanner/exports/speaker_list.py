"""Speaker lists for protocol, security and interpreters: rows, CSV (UTF-8 with BOM) and XLSX.

Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is neutralized:
CSV cells get a leading apostrophe, XLSX cells stay text cells with Excel's "quote prefix" set.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from eventplanner.domain.data import ProgrammeData, SlotData
from eventplanner.domain.enums import PARTICIPANT_ROLE_LABELS
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.schedule_common import slot_title

HEADERS: tuple[str, ...] = (
    "Order",
    "Honorific",
    "Given name",
    "Family name",
    "Position",
    "Rank",
    "Organization",
    "Role",
    "Slot",
    "Date and time",
    "Room",
    "Email",
    "Phone",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_LIMIT = 32_767
_SEP = "; "


@dataclass(frozen=True)
class SpeakerRow:
    order: int
    honorific: str
    given_name: str
    family_name: str
    position: str
    rank: str
    organization: str
    roles: str
    slots: str
    start: datetime | None
    """First (or only) slot's start, naive wall-clock in the event's zone."""
    times: str
    """'18 Dec 2021 10:00–10:10', several joined with '; ' in one-row-per-speaker mode."""
    room: str
    email: str
    phone: str

    def values(self) -> tuple[object, ...]:
        """Cell values in HEADERS order; 'Date and time' as the start datetime (None when unknown)."""
        return (
            self.order, self.honorific, self.given_name, self.family_name, self.position, self.rank,
            self.organization, self.roles, self.slots, self.start, self.room, self.email, self.phone,
        )

    def texts(self) -> tuple[str, ...]:
        """Cell values as text, the way CSV and PDF show them."""
        return tuple(self.times if i == 9 else ("" if v is None else str(v)) for i, v in enumerate(self.values()))


def _unique(items: list[str]) -> str:
    return _SEP.join(dict.fromkeys(i for i in items if i))


def _when(slot: SlotData) -> str:
    return f"{slot.start:%d %b %Y} {slot.time_range}"


def speaker_rows(data: ProgrammeData, per_slot: bool = False, lang: str | None = None) -> list[SpeakerRow]:
    """Everyone appearing in the agenda, in order of appearance (slot time, then place in the slot).

    `per_slot`: one row per speaker and slot instead of one row per speaker.
    """
    org_names = {o.organization.id: o.organization for o in data.organizations}
    default_room = data.event.tr("venue_name", lang)
    appearances: list[tuple[SlotData, int]] = []
    for slot in sorted(data.slots, key=lambda s: (s.start, s.id)):
        for p in sorted(slot.participants, key=lambda p: p.position):
            appearances.append((slot, p.person.id))
    order: dict[int, int] = {}
    for _slot, pid in appearances:
        order.setdefault(pid, len(order) + 1)
    rows: list[SpeakerRow] = []
    grouped: dict[int, list[tuple[SlotData, str]]] = {}
    people = {p.id: p for p in data.people}
    for slot in sorted(data.slots, key=lambda s: (s.start, s.id)):
        for p in sorted(slot.participants, key=lambda p: p.position):
            grouped.setdefault(p.person.id, []).append((slot, PARTICIPANT_ROLE_LABELS.get(p.role, p.role.value)))
    for pid, items in sorted(grouped.items(), key=lambda kv: order[kv[0]]):
        person = people[pid]
        org = org_names.get(person.organization_id or -1)
        organization = org.tr("name", lang) if org else person.organization_name
        chunks = [[item] for item in items] if per_slot else [items]
        for chunk in chunks:
            rows.append(
                SpeakerRow(
                    order=order[pid],
                    honorific=person.honorific,
                    given_name=person.tr("given_name", lang),
                    family_name=person.tr("family_name", lang),
                    position=person.tr("position", lang),
                    rank=person.tr("rank", lang),
                    organization=organization,
                    roles=_unique([role for _, role in chunk]),
                    slots=_unique([slot_title(s, lang) for s, _ in chunk]),
                    start=chunk[0][0].start,
                    times=_unique([_when(s) for s, _ in chunk]),
                    room=_unique([s.room_name or default_room for s, _ in chunk]),
                    email=person.email,
                    phone=person.phone,
                )
            )
    return rows


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
