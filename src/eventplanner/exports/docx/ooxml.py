"""Low-level WordprocessingML the python-docx API does not cover: run languages, fields, table widths,
schema order of run properties, and the body and header checks a letterhead needs."""

from __future__ import annotations

import re
from typing import Any

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from eventplanner.exports.docx.styles import word_language

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


#: The order CT_RPr's children must appear in (the part of it used here).
_RPR_ORDER = [qn(f"w:{t}") for t in (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
    "em", "lang", "eastAsianLayout", "specVanish", "oMath",
)]


def sort_rpr(rpr: Any) -> None:
    rank = {tag: i for i, tag in enumerate(_RPR_ORDER)}
    children = list(rpr)
    children.sort(key=lambda el: rank.get(el.tag, len(rank)))
    for el in children:
        rpr.append(el)


def table_width(table: Table, width_emu: int) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(width_emu // 635))
    tbl_w.set(qn("w:type"), "dxa")


def add_text(run: Run, text: str) -> None:
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
    sort_rpr(rpr)


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


def clear_body(doc: DocumentObject) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def drop_trailing_empty_paragraphs(doc: DocumentObject) -> None:
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


def has_content(part: Any) -> bool:
    """Whether a header or footer has text or pictures of its own."""
    if part.is_linked_to_previous:
        return False
    element = part._element
    return any((t.text or "").strip() for t in element.iter(qn("w:t"))) or any(
        True for _ in element.iter(qn("w:drawing"))
    ) or any(True for _ in element.iter(qn("w:fldSimple")))
