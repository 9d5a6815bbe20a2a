"""Invitation letters and the list of participants as Word documents, on the shared builder (exports/docx).

With a letterhead (.docx template) the letters are written on it; without one, the hosts' logos and names head
each letter. Named styles (Letter Body, Letter Subject, Group Heading...) let an office restyle them in Word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.guests import GuestList
from eventplanner.domain.invitations import Letter
from eventplanner.exports.docx.styles import StyleSpec
from eventplanner.exports.guest_list import ParticipantLine

LETTER_STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Letterhead", size=10.0, bold=True, color="1F3B5C", align="center", space_after=10.0),
    StyleSpec("Letter Date", align="right", space_before=6.0, space_after=12.0),
    StyleSpec("Letter Subject", size=11.0, bold=True, space_after=8.0, keep_with_next=True),
    StyleSpec("Letter Body", size=11.0, space_after=8.0, line_spacing=1.25),
    StyleSpec("Signatory", size=11.0, bold=True, space_before=28.0, keep_with_next=True),
    StyleSpec("Signatory Title", size=9.5, color="555555"),
)
LIST_STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Group Heading", base="Table Text", bold=True, color="1F3B5C", shading="F1F4F8",
              keep_with_next=True),  # a delegation's name never ends a page alone
    StyleSpec("Table Number", base="Table Text", align="right"),
    StyleSpec("Counts", size=8.5, color="555555", space_before=8.0),
)


def letters_docx(letters: Sequence[Letter], letterhead: Mapping[str, str] | None = None, logos: Sequence[bytes] = (),
                 template: bytes | None = None, template_name: str = "letterhead") -> tuple[bytes, list[str]]:
    """Every letter on its own page(s); returns the .docx bytes and warnings (removed characters, bad logos)."""
    from docx.shared import Mm

    from eventplanner.exports.docx.builder import DocxBuilder

    if not letters:
        raise ValidationError("There is no guest to write to.")
    doc = DocxBuilder(letters[0].lang, LETTER_STYLES, template=template, template_name=template_name)
    for i, letter in enumerate(letters):
        if i:
            doc.doc.add_page_break()
        if template is None:
            if logos:
                row = doc.paragraph("", "Letterhead", letter.lang)
                for n, logo in enumerate(logos[:4]):
                    if n:
                        row.add_run("   ")
                    doc.picture(row, logo, f"logo {n + 1}", Mm(40), Mm(18))
            heading = (letterhead or {}).get(letter.lang, "")
            if heading:
                doc.paragraph(heading, "Letterhead", letter.lang)
        if letter.place_date:
            doc.paragraph(letter.place_date, "Letter Date", letter.lang)
        doc.paragraph(letter.subject, "Letter Subject", letter.lang)
        for para in letter.body.split("\n\n"):
            if para.strip():
                doc.paragraph(para.strip("\n"), "Letter Body", letter.lang)
        if letter.signatory:
            doc.paragraph(letter.signatory, "Signatory", letter.lang)
        if letter.signatory_title:
            doc.paragraph(letter.signatory_title, "Signatory Title", letter.lang)
    doc.properties(title=letters[0].subject if len(letters) == 1 else "Invitation letters", author="Event Planner",
                   subject="Invitation")
    return doc.to_bytes(), doc.all_warnings()


def participants_docx(gl: GuestList, lines: Sequence[ParticipantLine], lang: str | None = None,
                      template: bytes | None = None, template_name: str = "letterhead") -> tuple[bytes, list[str]]:
    """The list of participants as an editable Word table, grouped by delegation or organization."""
    from eventplanner.exports.docx.builder import DocxBuilder

    event = gl.event
    content_lang = lang or event.language or "en"
    doc = DocxBuilder(content_lang, LIST_STYLES, template=template, template_name=template_name)
    doc.paragraph([("List of participants", None, "en")], "Title")
    doc.paragraph(event.tr("title", lang), "Subtitle")
    table = doc.table([8, 38, 54], header=["No.", "Name", "Position, organization"])
    group = None
    for line in lines:
        if line.group != group:
            group = line.group
            cells = doc.row(table)
            merged = cells[0].merge(cells[-1])
            doc.paragraph(group or "—", "Group Heading", cell=merged)
        cells = doc.row(table)
        position = ", ".join(x for x in (line.position, line.organization) if x and x != line.group)
        if line.on_behalf_of:
            position += f"\n(on behalf of {line.on_behalf_of})"
        doc.paragraph(str(line.number), "Table Number", cell=cells[0])
        doc.paragraph(line.name, "Table Text", cell=cells[1])
        doc.paragraph(position, "Table Text", cell=cells[2])
        doc.keep_row_together(cells)
    if not lines:
        cells = doc.row(table)
        doc.paragraph([("Nobody has accepted yet.", None, "en")], "Table Text", cell=cells[1])
    c = gl.counts
    doc.paragraph([(f"Participants: {c.attending}", None, "en")], "Counts")
    doc.footer(f"{event.running_title} · List of participants", [("Page {n} of {m}", "en")])
    doc.properties(title=f"List of participants – {event.title}", author="Event Planner", subject="Participants")
    return doc.to_bytes(), doc.all_warnings()
