"""A small document builder over python-docx, shared by every Word export.

What it guarantees, so that each document does not have to:
- every text goes through one `Sanitizer` (XML 1.0 cannot hold control characters; Word refuses them);
- text gets its look from named styles only; runs carry nothing but a character style and the language
  (w:lang, so Word's spell-checker uses Azerbaijani or Russian where the text is in those languages);
- a letterhead template keeps its margins, headers, footers and the styles whose names match ours;
- pictures are decoded and checked first (a broken logo becomes a warning, not a broken file);
- the footer's page numbers are PAGE / NUMPAGES fields that Word updates itself;
- the file is written atomically.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Mm
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.docx.images import picture_png
from eventplanner.exports.docx.ooxml import (
    add_field,
    add_text,
    clear_body,
    drop_trailing_empty_paragraphs,
    has_content,
    mark_language,
    table_width,
)
from eventplanner.exports.docx.sanitize import Sanitizer
from eventplanner.exports.docx.styles import (
    COMMON_STYLES,
    StyleSpec,
    word_language,
)
from eventplanner.exports.docx.stylesheet import define_styles, set_document_defaults
from eventplanner.exports.docx.template import open_template

#: (text, character style or None[, language]): a paragraph made of differently styled (or languaged) parts.
Span = tuple[str, str | None] | tuple[str, str | None, str | None]

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"a4": (210, 297), "a5": (148, 210), "letter": (215.9, 279.4)}
#: Left/right, top, bottom margins in millimetres (the PDF programme's).
MARGINS_MM: dict[str, tuple[float, float, float]] = {
    "a4": (20, 18, 20), "a5": (13, 13, 15), "letter": (20.3, 17.8, 20.3),
}



class DocxBuilder:
    """One Word document under construction. Build it with the methods below, then `to_bytes()`/`save()`."""

    def __init__(
        self,
        lang: str,
        styles: Sequence[StyleSpec] = (),
        paper: str = "a4",
        landscape: bool = False,
        template: bytes | None = None,
        template_name: str = "letterhead",
    ) -> None:
        self.lang = lang
        self.sanitizer = Sanitizer()
        self.warnings: list[str] = []
        self.from_template = template is not None
        self.doc: DocumentObject = open_template(template, template_name) if template is not None else Document()
        if template is None:
            clear_body(self.doc)
            self._page_setup(paper, landscape)
        else:
            drop_trailing_empty_paragraphs(self.doc)
        set_document_defaults(self.doc, lang, self.from_template)
        define_styles(self.doc, [*COMMON_STYLES, *styles], self.from_template, self.text_width)
        self._first_block_used = False

    # -- page and defaults --------------------------------------------------------------------------
    def _page_setup(self, paper: str, landscape: bool) -> None:
        width, height = PAPER_SIZES_MM[paper]
        side, top, bottom = MARGINS_MM[paper]
        section = self.doc.sections[0]
        if landscape:
            width, height = height, width
            section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = Mm(side)
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.header_distance, section.footer_distance = Mm(8), Mm(8)

    @property
    def text_width(self) -> Length:
        """Width between the margins of the last section (the template's, when there is one)."""
        s = self.doc.sections[-1]
        width = (s.page_width or Mm(210)) - (s.left_margin or 0) - (s.right_margin or 0)
        return Emu(max(int(width), int(Mm(40))))

    # -- styles -------------------------------------------------------------------------------------
    def has_style(self, name: str) -> bool:
        return any(s.name == name for s in self.doc.styles)

    # -- text ---------------------------------------------------------------------------------------
    def clean(self, text: str) -> str:
        return self.sanitizer.clean(text)

    def _fill(self, paragraph: Paragraph, spans: str | Sequence[Span], lang: str | None) -> Paragraph:
        parts: Sequence[Span] = [(spans, None)] if isinstance(spans, str) else spans
        for part in parts:
            text, char_style = part[0], part[1]
            run_lang = (part[2] if len(part) > 2 else None) or lang or self.lang
            text = self.clean(text)
            if not text:
                continue
            lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            for i, line in enumerate(lines):
                run = paragraph.add_run()
                if char_style:
                    run.style = self.doc.styles[char_style]
                if i:
                    run.add_break()
                add_text(run, line)
                mark_language(run, run_lang, line)
        return paragraph

    def paragraph(
        self, spans: str | Sequence[Span], style: str, lang: str | None = None, cell: _Cell | None = None
    ) -> Paragraph:
        """A paragraph in `style` (in `cell` when given), its runs tagged with `lang` (the document's)."""
        if cell is not None:
            first = cell.paragraphs[0]
            if not first.runs and not first.text and not getattr(cell, "_ep_used", False):
                paragraph = first
                cell._ep_used = True  # type: ignore[attr-defined]
            else:
                paragraph = cell.add_paragraph()
        else:
            paragraph = self.doc.add_paragraph()
        paragraph.style = self.doc.styles[style]
        return self._fill(paragraph, spans, lang)

    # -- tables -------------------------------------------------------------------------------------
    def table(self, widths: Sequence[float], style: str = "Document Table", header: Sequence[str] = ()) -> Table:
        """A fixed-layout table whose columns share the text width in the proportions `widths`.

        With `header`, the first row holds those texts in "Table Heading" and repeats on every page.
        """
        table = self.doc.add_table(rows=0, cols=len(widths))
        table.style = self.doc.styles[style]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        total = float(sum(widths))
        self._widths = [Emu(int(self.text_width * w / total)) for w in widths]
        for column, width in zip(table.columns, self._widths, strict=True):
            column.width = width
        table_width(table, int(self.text_width))
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:  # only a header row gets the style's first-row look; no first-column look
            look.set(qn("w:firstRow"), "1" if header else "0")
            look.set(qn("w:firstColumn"), "0")
            look.set(qn("w:val"), "0420" if header else "0400")
        if header:
            cells = self.row(table)
            for cell, text in zip(cells, header, strict=True):
                self.paragraph(text, "Table Heading", cell=cell)
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:tblHeader"))
        return table

    def row(self, table: Table) -> list[_Cell]:
        """A new row with each cell's width set (Word reads the cell widths, LibreOffice the grid)."""
        row = table.add_row()
        widths = [c.width for c in table.columns]
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
        return list(row.cells)

    @staticmethod
    def keep_row_together(cells: Sequence[_Cell], max_chars: int = 700) -> None:
        """Keep a row on one page (w:cantSplit) unless it is long enough to need splitting."""
        if sum(len(p.text) for c in cells for p in c.paragraphs) < max_chars:
            cells[0]._tc.getparent().get_or_add_trPr().append(OxmlElement("w:cantSplit"))

    def spacer(self, style: str = "Normal") -> Paragraph:
        """An empty paragraph: Word needs one between two tables, or it merges them."""
        return self.paragraph("", style)

    # -- pictures -----------------------------------------------------------------------------------
    def picture(self, paragraph: Paragraph, data: bytes | None, what: str, max_w: Length, max_h: Length) -> bool:
        """Append the image to `paragraph` scaled into max_w x max_h; False (with a warning) when unusable."""
        loaded = picture_png(data, what, self.warnings)
        if loaded is None:
            return False
        png, w_px, h_px = loaded
        scale = min(int(max_w) / w_px, int(max_h) / h_px)
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(png), width=Emu(int(w_px * scale)), height=Emu(int(h_px * scale)))
        return True

    # -- page furniture -----------------------------------------------------------------------------
    def footer(self, left: str, page_labels: Sequence[tuple[str, str]]) -> None:
        """Running text on the left, 'page N of M' (as fields, per language) on the right.

        `page_labels`: (label with {n} and {m}, language). A template's own footer is kept as it is.
        """
        section = self.doc.sections[0]
        if self.from_template and has_content(section.footer):
            return
        section.footer.is_linked_to_previous = False
        paragraph = section.footer.paragraphs[0]
        paragraph.style = self.doc.styles["Footer"]
        self._fill(paragraph, left, self.lang)
        paragraph.add_run().add_tab()
        for i, (template, lang) in enumerate(page_labels):
            if i:
                self._fill(paragraph, " · ", lang)
            for piece in re.split(r"(\{n\}|\{m\})", template):
                if piece == "{n}":
                    add_field(paragraph, "PAGE", "1", lang)
                elif piece == "{m}":
                    add_field(paragraph, "NUMPAGES", "1", lang)
                elif piece:
                    self._fill(paragraph, piece, lang)

    def header_note(self, text: str) -> None:
        """A line in the page header (e.g. DRAFT). A template's own header is kept as it is."""
        section = self.doc.sections[0]
        if self.from_template and has_content(section.header):
            return
        section.header.is_linked_to_previous = False
        paragraph = section.header.paragraphs[0]
        paragraph.style = self.doc.styles["Header"]
        self._fill(paragraph, text, self.lang)

    def properties(self, title: str, author: str, subject: str = "", keywords: str = "") -> None:
        core = self.doc.core_properties
        core.title = self.clean(title)[:250]
        core.author = self.clean(author)[:250]
        core.subject = self.clean(subject)[:250]
        core.keywords = self.clean(keywords)[:250]
        core.language = word_language(self.lang)
        core.comments = ""

    # -- output -------------------------------------------------------------------------------------
    def all_warnings(self) -> list[str]:
        return [*self.warnings, *self.sanitizer.warnings()]

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def save(self, path: str | os.PathLike[str]) -> list[str]:
        """Write the document atomically; return the warnings for the user."""
        atomic_write_bytes(path, self.to_bytes())
        return self.all_warnings()
