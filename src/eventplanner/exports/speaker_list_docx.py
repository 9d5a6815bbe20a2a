"""The speaker list as an editable Word table (landscape), built with the shared document builder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.docx.styles import StyleSpec

if TYPE_CHECKING:  # type only: speaker_list imports this module to write .docx
    from eventplanner.exports.speaker_list import SpeakerRow

SPEAKER_LIST_STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Table Number", base="Table Text", align="right"),
)

#: (header, relative width): the PDF list's columns.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("#", 7), ("Name", 36), ("Position, rank", 44), ("Organization", 38), ("Role", 18), ("Slot", 44),
    ("Date and time", 25), ("Room", 28), ("Email / phone", 34),
)


def speaker_list_docx(
    data: ProgrammeData, rows: list[SpeakerRow], lang: str | None = None, template: bytes | None = None
) -> tuple[bytes, list[str]]:
    """The list as .docx bytes plus warnings (characters a Word file cannot hold, removed)."""
    from eventplanner.exports.docx.builder import DocxBuilder

    event = data.event
    content_lang = lang or event.language or "en"
    doc = DocxBuilder(content_lang, SPEAKER_LIST_STYLES, landscape=True, template=template)
    title = event.tr("title", lang)
    doc.paragraph(title, "Title")
    count = len({r.order for r in rows})
    doc.paragraph([(f"Speakers: {count} · {event.start_date:%d %b %Y}", None, "en")], "Subtitle")
    table = doc.table([w for _, w in COLUMNS], header=[h for h, _ in COLUMNS])
    for r in rows:
        cells = doc.row(table)
        name = " ".join(p for p in (r.honorific, r.given_name, r.family_name) if p)
        values = [
            name, ", ".join(p for p in (r.position, r.rank) if p), r.organization, r.roles, r.slots,
            r.times.replace("; ", "\n"), r.room, "\n".join(p for p in (r.email, r.phone) if p),
        ]
        doc.paragraph(str(r.order), "Table Number", cell=cells[0])
        for cell, value in zip(cells[1:], values, strict=True):
            doc.paragraph(value, "Table Text", cell=cell)
        doc.keep_row_together(cells)
    if not rows:
        cells = doc.row(table)
        doc.paragraph([("No speakers in the agenda yet.", None, "en")], "Table Text", cell=cells[1])
    doc.footer(f"{event.running_title} · Speakers", [("Page {n} of {m}", "en")])
    doc.properties(title=f"Speakers – {title}", author="Event Planner", subject="Speaker list")
    return doc.to_bytes(), doc.all_warnings()
