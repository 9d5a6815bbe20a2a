"""Hostile text never makes a Word file that Word refuses: it re-opens, and what was removed is reported."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

from docx_helpers import all_text, open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from eventplanner.domain.data import ParticipantData, PersonData, ProgrammeData
from eventplanner.exports.docx.sanitize import Sanitizer, xml_safe
from eventplanner.exports.programme import ProgrammeOptions
from eventplanner.exports.programme_docx import render_programme_docx
from eventplanner.exports.speaker_list import speaker_rows
from eventplanner.exports.speaker_list_docx import speaker_list_docx

HOSTILE = '<b>Equal</b> & "fair" </w:t><w:p>]]>'


def _with_text(sample: ProgrammeData, title: str, name: str = "Name", description: str = "") -> ProgrammeData:
    person = PersonData(id=9001, given_name=name, family_name="Family", position=title[:50])
    slot = replace(sample.slots[1], title=title, description=description, translations={},
                   participants=(ParticipantData(person),))
    event = replace(sample.event, title=title or "x", theme=title)
    return replace(sample, event=event, slots=(sample.slots[0], slot, *sample.slots[2:]))


def _parts_parse(blob: bytes) -> None:
    """Every XML part is well-formed XML 1.0 (what Word checks first)."""
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(z.read(name))


def test_markup_rtl_emoji_and_long_text_survive(sample: ProgrammeData) -> None:
    long = "Azərbaycan Respublikası Dövlət Miqrasiya Xidməti " * 210  # about 10,000 characters
    title = f"{HOSTILE} ə ş ğ ı Щёголева محمد بن سلمان 🎉👩🏽‍💼"
    blob, warnings = render_programme_docx(_with_text(sample, title, "Şəhriyar", long), ProgrammeOptions())
    assert warnings == []
    _parts_parse(blob)
    text = all_text(open_docx(blob))
    assert title in text and "Şəhriyar\u00a0Family" in text and long.strip() in text


def test_control_characters_are_removed_and_reported(sample: ProgrammeData) -> None:
    title = "Open\x00ing\x0b speech\x1f \ud800 end"
    blob, warnings = render_programme_docx(_with_text(sample, title), ProgrammeOptions())
    _parts_parse(blob)
    assert "Opening speech \ufffd end" in all_text(open_docx(blob))
    assert any("U+0000" in w and "U+000B" in w and "U+001F" in w for w in warnings)
    assert any("U+D800" in w for w in warnings)


def test_sanitizer_counts() -> None:
    s = Sanitizer()
    assert s.clean("a\x01b\x01c\tok\n") == "abc\tok\n"
    assert s.removed["U+0001"] == 2
    assert s.warnings() == ["Removed control characters that a Word document cannot hold: U+0001 (2 places)."]
    assert Sanitizer().warnings() == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(max_size=300), name=st.text(max_size=80), description=st.text(max_size=400))
def test_any_text_gives_a_document_that_reopens(sample: ProgrammeData, title: str, name: str,
                                                description: str) -> None:
    data = _with_text(sample, title, name, description)
    blob, warnings = render_programme_docx(data, ProgrammeOptions(lang="en", second_lang="ru"))
    _parts_parse(blob)
    doc = open_docx(blob)
    text = all_text(doc)
    cleaned = Sanitizer().clean(title).strip()
    if cleaned and "\n" not in cleaned and "\r" not in cleaned:
        assert cleaned in text
    # A name is printed word by word (joined with no-break spaces), so what str.split() treats as a space
    # (U+001C..U+001F among them) never reaches the document and needs no warning.
    printed_name = " ".join(name.split())
    assert bool(warnings) == (not all(xml_safe(t) for t in (title, printed_name, description)))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_speaker_list_with_any_text_reopens(sample: ProgrammeData, text: str) -> None:
    data = _with_text(sample, text, text)
    blob, _warnings = speaker_list_docx(data, speaker_rows(data))
    _parts_parse(blob)
    assert open_docx(blob).tables
