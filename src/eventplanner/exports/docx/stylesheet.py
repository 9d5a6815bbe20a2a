"""Writing styles.xml: the named styles of `StyleSpec`s, the document defaults and the font's fallback.

A letterhead's own styles win where names match; without a letterhead, Word's built-in styles (Title,
Heading 1...) are restyled, dropping their theme fonts, colours and borders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Pt, RGBColor

from eventplanner.exports.docx.ooxml import sort_rpr
from eventplanner.exports.docx.styles import FALLBACK_FONT, FONT, FONT_PANOSE, StyleSpec, word_language

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
_STYLE_TYPES = {
    "paragraph": WD_STYLE_TYPE.PARAGRAPH,
    "character": WD_STYLE_TYPE.CHARACTER,
    "table": WD_STYLE_TYPE.TABLE,
}


def define_styles(doc: DocumentObject, specs: Sequence[StyleSpec], from_template: bool, text_width: Length) -> None:
    """Add each style, or restyle an existing one. A template's own styles win where names match."""
    names = {s.name for s in doc.styles}
    kept: set[str] = set()
    for spec in specs:
        exists = spec.name in names
        if exists and from_template:
            kept.add(spec.name)
            continue
        if exists:
            style = doc.styles[spec.name]
        else:
            style = doc.styles.add_style(spec.name, _STYLE_TYPES[spec.kind])
            names.add(spec.name)
        if spec.base and spec.base in names:
            style.base_style = doc.styles[spec.base]
        style.hidden = False
        style.quick_style = not spec.hidden_in_gallery
        if spec.kind == "table":
            _table_look(style.element, spec.rule_below, spec.shading)
            continue
        _apply_font(style, spec)
        if spec.kind == "paragraph":
            _apply_paragraph(style, spec)
    if not from_template:
        footer = doc.styles["Footer"]
        footer.paragraph_format.tab_stops.clear_all()
        footer.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    for spec in specs:  # "next style" may name a style defined after this one
        if spec.next_style and spec.kind == "paragraph" and spec.next_style in names and spec.name not in kept:
            doc.styles[spec.name].next_paragraph_style = doc.styles[spec.next_style]


def set_document_defaults(doc: DocumentObject, lang: str, from_template: bool) -> None:
    """The document's language (and, without a template, its font) in docDefaults."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = _child(defaults, "w:rPrDefault", first=True)
    rpr = _child(rpr_default, "w:rPr")
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.append(tag)
    tag.set(qn("w:val"), word_language(lang))
    sort_rpr(rpr)
    if not from_template:
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        _name_font(fonts, FONT)
    register_font(doc)


def register_font(doc: DocumentObject) -> None:
    """Name FONT in the font table with Arial as its alternative, so Word substitutes a font it has."""
    from lxml import etree

    for part in doc.part.package.iter_parts():
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
    sort_rpr(rpr)


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
