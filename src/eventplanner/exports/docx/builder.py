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
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Length, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.docx.images import picture_png
from eventplanner.exports.docx.sanitize import Sanitizer
from eventplanner.exports.docx.styles import (
    COMMON_STYLES,
    FALLBACK_FONT,
    FONT,
    FONT_PANOSE,
    StyleSpec,
    word_language,
)
from eventplanner.exports.docx.template import open_template

#: (text, character style or None[, language]): a paragraph made of differently styled (or languaged) parts.
Span = tuple[str, str | None] | tuple[str, str | None, str | None]

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {"a4": (210, 297), "a5": (148, 210), "letter": (215.9, 279.4)}
#: Left/right, top, bottom margins in millimetres (the PDF programme's).
MARGINS_MM: dict[str, tuple[float, float, float]] = {
    "a4": (20, 18, 20), "a5": (13, 13, 15), "letter": (20.3, 17.8, 20.3),
}

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
_STYLE_TYPES = {
    "paragraph": WD_STYLE_TYPE.PARAGRAPH,
    "character": WD_STYLE_TYPE.CHARACTER,
    "table": WD_STYLE_TYPE.TABLE,
}
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


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
            _clear_body(self.doc)
            self._page_setup(paper, landscape)
        else:
            _drop_trailing_empty_paragraphs(self.doc)
        self._set_document_defaults()
        self._define_styles([*COMMON_STYLES, *styles])
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

    def _set_document_defaults(self) -> None:
        """The document's language (and, without a template, its font) in docDefaults."""
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        rpr_default = _child(defaults, "w:rPrDefault", first=True)
        rpr = _child(rpr_default, "w:rPr")
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), word_language(self.lang))
        if not self.from_template:
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.insert(0, fonts)
            _name_font(fonts, FONT)
        self._register_font()

    def _register_font(self) -> None:
        """Name FONT in the font table with Arial as its alternative, so Word substitutes a font it has."""
        from lxml import etree

        for part in self.doc.part.package.iter_parts():
            if str(part.partname) != "/word/fontTable.xml":
                continue
            root = etree.fromstring(part.blob)
            w = root.nsmap.get("w") or "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            if any(f.get(f"{{{w}}}name") == FONT for f in root.findall(f"{{{w}}}font")):
                return
            font = etree.SubElement(root, f"{{{w}}}font", {f"{{{w}}}name": FONT})
            for tag, value in (("altName", FALLBACK_FONT), ("panose1", FONT_PANOSE), ("charset", "CC"),
                               ("family", "swiss"), ("pitch", "variable")):
                etree.SubElement(font, f"{{{w}}}{tag}", {f"{{{w}}}val": value})
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            return

    # -- styles -------------------------------------------------------------------------------------
    def _define_styles(self, specs: Sequence[StyleSpec]) -> None:
        """Add each style, or restyle an existing one. A template's own styles win where names match."""
        names = {s.name for s in self.doc.styles}
        kept: set[str] = set()
        for spec in specs:
            exists = spec.name in names
            if exists and self.from_template:
                kept.add(spec.name)
                continue
            if exists:
                style = self.doc.styles[spec.name]
            else:
                style = self.doc.styles.add_style(spec.name, _STYLE_TYPES[spec.kind])
                names.add(spec.name)
            if spec.base and spec.base in names:
                style.base_style = self.doc.styles[spec.base]
            style.hidden = False
            style.quick_style = not spec.hidden_in_gallery
            if spec.kind == "table":
                _table_look(style.element, spec.rule_below, spec.shading)
                continue
            _apply_font(style, spec)
            if spec.kind == "paragraph":
                _apply_paragraph(style, spec)
        if not self.from_template:
            footer = self.doc.styles["Footer"]
            footer.paragraph_format.tab_stops.clear_all()
            footer.paragraph_format.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
        for spec in specs:  # "next style" may name a style defined after this one
            if spec.next_style and spec.kind == "paragraph" and spec.next_style in names and spec.name not in kept:
                self.doc.styles[spec.name].next_paragraph_style = self.doc.styles[spec.next_style]

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
                _add_text(run, line)
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
        _table_width(table, int(self.text_width))
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
        if self.from_template and _has_content(section.footer):
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
        if self.from_template and _has_content(section.header):
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


# -- helpers ----------------------------------------------------------------------------------------


def _child(parent: Any, tag: str, first: bool = False) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _name_font(fonts: Any, name: str) -> None:
    """Name the font for every script and drop theme-font references, which would override the name."""
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _apply_font(style: Any, spec: StyleSpec) -> None:
    font = style.font
    if spec.size is not None:
        font.size = Pt(spec.size)
        rpr = style.element.get_or_add_rPr()
        cs = rpr.find(qn("w:szCs"))
        if cs is not None:
            rpr.remove(cs)
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.italic is not None:
        font.italic = spec.italic
    if spec.caps is not None:
        font.all_caps = spec.caps
    if spec.color is not None:
        font.color.rgb = RGBColor.from_string(spec.color)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:  # Word's built-in headings name theme fonts; ours follow the document font
        if spec.name == "Normal":
            _name_font(fonts, FONT)
        else:
            rpr.remove(fonts)
    if spec.tracking is not None:
        spacing = rpr.find(qn("w:spacing"))
        if spacing is None:
            spacing = OxmlElement("w:spacing")
            # w:spacing sits after w:color in CT_RPr's sequence
            color = rpr.find(qn("w:color"))
            if color is not None:
                color.addnext(spacing)
            else:
                rpr.append(spacing)
        spacing.set(qn("w:val"), str(int(spec.tracking * 20)))
    _sort_rpr(rpr)


#: The order CT_RPr's children must appear in (the part of it used here).
_RPR_ORDER = [qn(f"w:{t}") for t in (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
    "em", "lang", "eastAsianLayout", "specVanish", "oMath",
)]


def _sort_rpr(rpr: Any) -> None:
    rank = {tag: i for i, tag in enumerate(_RPR_ORDER)}
    children = list(rpr)
    children.sort(key=lambda el: rank.get(el.tag, len(rank)))
    for el in children:
        rpr.append(el)


def _apply_paragraph(style: Any, spec: StyleSpec) -> None:
    fmt = style.paragraph_format
    if spec.space_before is not None:
        fmt.space_before = Pt(spec.space_before)
    if spec.space_after is not None:
        fmt.space_after = Pt(spec.space_after)
    if spec.line_spacing is not None:
        fmt.line_spacing = spec.line_spacing
    if spec.align is not None:
        fmt.alignment = _ALIGN[spec.align]
    if spec.keep_with_next is not None:
        fmt.keep_with_next = spec.keep_with_next
    if spec.keep_together is not None:
        fmt.keep_together = spec.keep_together
    ppr = style.element.get_or_add_pPr()
    for tag in ("w:pBdr", "w:shd"):  # Word's own rules and shading (the default Title's border) give way
        old = ppr.find(qn(tag))
        if old is not None:
            ppr.remove(old)
    if spec.rule_below is not None:
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for k, v in (("val", "single"), ("sz", "8"), ("space", "3"), ("color", spec.rule_below)):
            bottom.set(qn(f"w:{k}"), v)
        border.append(bottom)
        _insert_ppr(ppr, border)
    if spec.shading is not None:
        shd = OxmlElement("w:shd")
        for k, v in (("val", "clear"), ("color", "auto"), ("fill", spec.shading)):
            shd.set(qn(f"w:{k}"), v)
        _insert_ppr(ppr, shd)


#: CT_PPr's children in schema order (the part used here).
_PPR_ORDER = [qn(f"w:{t}") for t in (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)]


def _insert_ppr(ppr: Any, element: Any) -> None:
    rank = {tag: i for i, tag in enumerate(_PPR_ORDER)}
    mine = rank[element.tag]
    for i, child in enumerate(list(ppr)):
        if rank.get(child.tag, len(rank)) > mine:
            ppr.insert(i, element)
            return
    ppr.append(element)


def _table_look(style_el: Any, rule: str | None, header_fill: str | None) -> None:
    """A table style: hairlines of colour `rule` between rows (none when None), comfortable cell margins,
    and a header row (Word's "first row" conditional format) filled with `header_fill`."""
    for old in style_el.findall(qn("w:tblPr")):
        style_el.remove(old)
    tbl_pr = OxmlElement("w:tblPr")
    borders = OxmlElement("w:tblBorders")
    for side, val in (("top", "nil"), ("left", "nil"), ("bottom", "single"), ("right", "nil"),
                      ("insideH", "single"), ("insideV", "nil")):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), val if rule else "nil")
        if val == "single" and rule:
            for k, v in (("sz", "4"), ("space", "0"), ("color", rule)):
                b.set(qn(f"w:{k}"), v)
        borders.append(b)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    left = 80 if header_fill else 0  # a filled header needs a margin; else text lines up with headings
    for side, twips in (("top", 60), ("left", left), ("bottom", 60), ("right", 120)):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), str(twips))
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    tbl_pr.append(margins)
    # tblPr follows name, basedOn, next..., pPr, rPr in CT_Style; appending keeps the order valid here.
    trailing = [el for el in style_el if el.tag in (qn("w:trPr"), qn("w:tcPr"), qn("w:tblStylePr"))]
    if trailing:
        trailing[0].addprevious(tbl_pr)
    else:
        style_el.append(tbl_pr)
    if header_fill:
        for old in style_el.findall(qn("w:tblStylePr")):
            if old.get(qn("w:type")) == "firstRow":
                style_el.remove(old)
        first_row = OxmlElement("w:tblStylePr")
        first_row.set(qn("w:type"), "firstRow")
        tc_pr = OxmlElement("w:tcPr")
        shd = OxmlElement("w:shd")
        for k, v in (("val", "clear"), ("color", "auto"), ("fill", header_fill)):
            shd.set(qn(f"w:{k}"), v)
        tc_pr.append(shd)
        first_row.append(tc_pr)
        style_el.append(first_row)


def _table_width(table: Table, width_emu: int) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(width_emu // 635))
    tbl_w.set(qn("w:type"), "dxa")


def _add_text(run: Run, text: str) -> None:
    """Text with tabs as Word tabs (w:tab), so pasted tab-separated text stays aligned."""
    for i, piece in enumerate(text.split("\t")):
        if i:
            run.add_tab()
        if piece:
            run.add_text(piece)


def mark_language(run: Run, lang: str, text: str = "") -> None:
    """Tag the run with its language (w:lang); a run of right-to-left script also gets w:rtl."""
    rpr = run._r.get_or_add_rPr()
    if text and _RTL.search(text) and not _STRONG_LTR.search(text):
        rpr.append(OxmlElement("w:rtl"))
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), word_language(lang))
    rpr.append(el)
    _sort_rpr(rpr)


def add_field(paragraph: Paragraph, instruction: str, shown: str, lang: str) -> None:
    """A Word field (PAGE, NUMPAGES...) as begin / instruction / separate / result / end runs."""

    def run_with(child: Any) -> None:
        run = paragraph.add_run()
        mark_language(run, lang)
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    result = paragraph.add_run(shown)
    mark_language(result, lang)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _clear_body(doc: DocumentObject) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _drop_trailing_empty_paragraphs(doc: DocumentObject) -> None:
    """A template usually ends in an empty paragraph or two; the programme follows its last real content."""
    body = doc.element.body
    children = [c for c in body if c.tag != qn("w:sectPr")]
    for child in reversed(children):
        if child.tag != qn("w:p"):
            break
        has_text = any((t.text or "").strip() for t in child.iter(qn("w:t")))
        has_object = any(True for _ in child.iter(qn("w:drawing"))) or any(True for _ in child.iter(qn("w:pict")))
        if has_text or has_object or child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            break
        body.remove(child)


def _has_content(part: Any) -> bool:
    """Whether a header or footer has text or pictures of its own."""
    if part.is_linked_to_previous:
        return False
    element = part._element
    return any((t.text or "").strip() for t in element.iter(qn("w:t"))) or any(
        True for _ in element.iter(qn("w:drawing"))
    ) or any(True for _ in element.iter(qn("w:fldSimple")))
