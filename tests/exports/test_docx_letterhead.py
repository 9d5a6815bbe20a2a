"""A letterhead template: its margins, headers, footers and same-named styles survive; ours fill the gaps."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.shared import Mm, Pt, RGBColor
from docx_helpers import all_text, open_docx, texts_in
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventplanner.domain.data import ProgrammeData
from eventplanner.domain.errors import ValidationError
from eventplanner.exports.programme import ProgrammeOptions
from eventplanner.exports.programme_docx import render_programme_docx


def letterhead(footer: str | None = "Ministry · 1 Main Street · Baku", body: str = "") -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(200), Mm(280)
    section.left_margin = section.right_margin = Mm(31)
    section.top_margin = Mm(45)
    section.header.paragraphs[0].text = "MINISTRY OF FOREIGN AFFAIRS — LETTERHEAD"
    if footer:
        section.footer.paragraphs[0].text = footer
    heading = doc.styles["Heading 1"]
    heading.font.color.rgb = RGBColor(0xAA, 0x00, 0x11)
    heading.font.size = Pt(17)
    heading.font.name = "Garamond"
    if body:
        doc.add_paragraph(body)
    doc.add_paragraph("")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def build(sample: ProgrammeData, template: bytes) -> tuple[bytes, list[str]]:
    return render_programme_docx(sample, ProgrammeOptions(paper="a5"), template, "ministry.docx")


def test_headers_footers_margins_and_styles_survive(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample, letterhead())[0])
    section = doc.sections[0]
    assert section.header.paragraphs[0].text == "MINISTRY OF FOREIGN AFFAIRS — LETTERHEAD"
    assert section.footer.paragraphs[0].text == "Ministry · 1 Main Street · Baku"
    assert section.page_width is not None and round(section.page_width.mm) == 200  # not the a5 option
    assert section.left_margin is not None and round(section.left_margin.mm) == 31
    heading = doc.styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0xAA, 0x00, 0x11)
    assert heading.font.size == Pt(17) and heading.font.name == "Garamond"
    # The programme is there, and styles the letterhead lacks were added.
    assert "Programme" in texts_in(doc, "Heading 1")
    assert texts_in(doc, "Slot Title")
    assert doc.styles["Kind Label"].font.all_caps


def test_a_letterhead_without_footer_gets_page_numbers(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample, letterhead(footer=None))[0])
    instructions = [t.text.strip() for t in doc.sections[0].footer._element.iter("{*}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_the_letterhead_body_comes_first(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample, letterhead(body="Ref. No. 123/45"))[0])
    text = all_text(doc).strip()
    assert text.startswith("Ref. No. 123/45")
    assert sample.event.title in text


def test_a_dotx_template_is_accepted(sample: ProgrammeData) -> None:
    blob = letterhead()
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    doc = open_docx(build(sample, out.getvalue())[0])
    assert doc.sections[0].header.paragraphs[0].text.startswith("MINISTRY")


@pytest.mark.parametrize("blob", [b"", b"not a zip", b"PK\x03\x04broken", b"\x00" * 100])
def test_a_broken_letterhead_is_one_clear_error(sample: ProgrammeData, blob: bytes) -> None:
    with pytest.raises(ValidationError, match=r"ministry\.docx is not a Word document"):
        build(sample, blob)


_VALID = letterhead()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_letterhead_is_refused_or_used_never_a_crash(sample: ProgrammeData, data: st.DataObject) -> None:
    blob = bytearray(_VALID)
    for _ in range(data.draw(st.integers(1, 8))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(blob) // 2, len(blob)))
    try:
        out, _warnings = build(sample, bytes(blob[:cut]))
    except ValidationError as exc:
        assert "ministry.docx" in exc.message
        return
    assert open_docx(out).paragraphs
