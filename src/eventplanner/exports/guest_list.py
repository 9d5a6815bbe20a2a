"""The guest list as CSV and XLSX, and the list of participants as XLSX, grouped and in protocol order.

CSV: every guest with their answer and needs (the working list). XLSX: "Participants" (who comes, grouped by
delegation or organization in protocol order), "Guest list" (everyone) and "Counts" (for the donor's report).
Formula-like text is neutralized as in the speaker list.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime

from eventplanner.domain.guests import (
    GUEST_CATEGORY_LABELS,
    RSVP_LABELS,
    SEX_LABELS,
    GuestData,
    GuestList,
    RsvpStatus,
    grouped_in_protocol_order,
)
from eventplanner.exports.speaker_list import is_formula_like, neutralize

GUEST_HEADERS: tuple[str, ...] = (
    "Order", "Honorific", "Given name", "Family name", "Position", "Organization", "Delegation", "Head",
    "Category", "RSVP", "Representative", "Sex", "Language", "Dietary needs", "Access needs", "Arrival",
    "Departure", "Email", "Phone", "Notes",
)
PARTICIPANT_HEADERS: tuple[str, ...] = ("No.", "Delegation / organization", "Name", "Position", "Attends for")
XLSX_CELL_LIMIT = 32_767
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class ParticipantLine:
    """One person who comes, as lists and sign-in sheets print them."""

    number: int
    group: str
    name: str
    position: str
    organization: str
    on_behalf_of: str = ""


def participant_lines(gl: GuestList, lang: str | None = None) -> list[ParticipantLine]:
    """Who comes, grouped by delegation or organization in protocol order; a representative in their principal's
    place, with the principal's name beside."""
    lines: list[ParticipantLine] = []
    for group in grouped_in_protocol_order(g for g in gl.guests if g.rsvp.attends):
        for g in group.guests:
            person = g.attendee
            if person is None:
                continue
            org = g.organization.tr("name", lang) if g.organization else g.person.organization_name
            lines.append(ParticipantLine(len(lines) + 1, group.name, person.display_name,
                                         person.tr("position", lang), org,
                                         g.name if g.rsvp is RsvpStatus.REPRESENTATIVE else ""))
    return lines


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def guest_texts(order: int, g: GuestData, lang: str | None = None) -> tuple[str, ...]:
    p = g.person
    return (
        str(order), p.honorific, p.tr("given_name", lang), p.tr("family_name", lang), p.tr("position", lang),
        g.organization.tr("name", lang) if g.organization else p.organization_name, g.delegation_name,
        "yes" if g.is_head else "", GUEST_CATEGORY_LABELS[g.category], RSVP_LABELS[g.rsvp],
        g.representative.display_name if g.representative else "", SEX_LABELS[g.sex] if g.sex.value else "",
        g.language, g.dietary, g.access, _when(g.arrival), _when(g.departure), p.email, p.phone, g.notes,
    )


def guest_list_csv(gl: GuestList, lang: str | None = None) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, dialect="excel", lineterminator="\r\n")
    writer.writerow(GUEST_HEADERS)
    for i, g in enumerate(gl.in_protocol_order, start=1):
        writer.writerow([neutralize(t) for t in guest_texts(i, g, lang)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _sheet(wb: object, title: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)  # type: ignore[attr-defined]
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in headers]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            text = _ILLEGAL_XLSX.sub("", value)[:XLSX_CELL_LIMIT]
            cell = ws.cell(row=r, column=c)
            if headers[c - 1] in ("No.", "Order", "Number") and text.isdigit():
                cell.value = int(text)
            else:
                cell.value = text
                cell.data_type = TYPE_STRING  # never a formula, whatever the first character
                if is_formula_like(text):
                    cell.quotePrefix = True
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            widths[c - 1] = max(widths[c - 1], max((len(x) for x in text.splitlines()), default=0))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width, 5) + 2, 50)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"


def guest_list_xlsx(gl: GuestList, lang: str | None = None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    people = participant_lines(gl, lang)
    _sheet(wb, "Participants", PARTICIPANT_HEADERS,
           [(str(p.number), p.group, p.name, ", ".join(x for x in (p.position, p.organization) if x),
             p.on_behalf_of) for p in people])
    _sheet(wb, "Guest list", GUEST_HEADERS,
           [guest_texts(i, g, lang) for i, g in enumerate(gl.in_protocol_order, start=1)])
    c = gl.counts
    counts: list[tuple[str, ...]] = [("Answer", RSVP_LABELS[s], str(n)) for s, n in c.by_status.items()]
    counts += [("Attending by category", GUEST_CATEGORY_LABELS[k], str(n)) for k, n in c.by_category.items()]
    counts += [("Attending by sex", SEX_LABELS[k], str(n)) for k, n in c.by_sex.items()]
    counts += [("Attending by organization", k, str(n)) for k, n in c.by_organization.items()]
    _sheet(wb, "Counts", ("Count", "Of", "Number"), counts)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
