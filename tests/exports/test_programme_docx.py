"""The programme as a Word document, read back with python-docx: content, styles, languages, layout."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from docx.oxml.ns import qn
from docx_helpers import all_text, direct_formatting, open_docx, paragraphs, run_languages, styled, texts_in

from eventplanner.domain.data import ProgrammeData
from eventplanner.domain.enums import EventStatus
from eventplanner.exports.programme import ProgrammeOptions
from eventplanner.exports.programme_docx import render_programme_docx, write_programme_docx
from eventplanner.exports.programme_outline import ProgrammeOutline, SlotEntry


def build(data: ProgrammeData, **options: object) -> tuple[bytes, list[str]]:
    return render_programme_docx(data, ProgrammeOptions(**options))  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_every_slot_title_and_name_is_there(sample: ProgrammeData, lang: str) -> None:
    blob, warnings = build(sample, lang=lang)
    assert warnings == []
    doc = open_docx(blob)
    text = all_text(doc)
    outline = ProgrammeOutline(sample)
    for slot in sample.slots:
        if slot.tr("title", lang).strip():
            assert slot.tr("title", lang).strip() in text
        for part in slot.participants:
            assert outline.person_name(part.person, lang) in text
            if outline.person_title(part.person, lang):
                assert outline.person_title(part.person, lang) in text
    assert sample.event.tr("title", lang) in texts_in(doc, "Title")


def test_things_take_their_look_from_named_styles(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample, lang="en", second_lang="az", include_biographies=True)[0])
    assert direct_formatting(doc) == []
    used = {s for s, _ in styled(doc)}
    for name in ("Title", "Subtitle", "Heading 1", "Time", "Kind Label", "Slot Title", "Slot Title Translation",
                 "Participant", "Position", "Break", "Description", "Event Details"):
        assert name in used, name
    times = texts_in(doc, "Time") + texts_in(doc, "Break Time")
    assert sorted(times) == sorted(s.time_range for s in sample.slots)
    slot_titles = texts_in(doc, "Slot Title")
    assert slot_titles == [s.title.strip() for s in sample.slots if not s.kind.is_pause and s.title.strip()]
    # Kind labels keep their case in the text; capitals come from the style (all caps).
    assert "Welcome speech" in texts_in(doc, "Kind Label")[0]
    assert doc.styles["Kind Label"].font.all_caps
    # ...except Azerbaijani, whose capital of i is İ, which word processors' caps do not know.
    az = open_docx(build(sample, lang="az")[0])
    assert texts_in(az, "Kind Label")[0] == "SALAMLAMA NİTQİ"
    # A participant's role is a character style, not bold runs.
    roles = [r for p in paragraphs(doc) for r in p.runs if r.style is not None and r.style.name == "Participant Role"]
    assert roles and all(r.bold is None for r in roles)


def test_times_and_slots_sit_in_table_rows(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample)[0])
    rows = [row for table in doc.tables for row in table.rows if row.cells[0].text.strip()]
    times = [row.cells[0].text for row in rows if re.fullmatch(r"\d\d:\d\d–\d\d:\d\d", row.cells[0].text)]
    assert times == [s.time_range for s in sorted(sample.slots, key=lambda s: s.start)]
    first = next(r for r in rows if r.cells[0].text == sample.slots[0].time_range)
    assert sample.slots[0].title in first.cells[1].text


def test_language_tags_follow_the_text(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample, lang="az", second_lang="ru")[0])
    langs = dict(run_languages(doc))
    slot = next(s for s in sample.slots if s.translations.get("az", {}).get("title"))
    assert langs[slot.tr("title", "az")] == "az-Latn-AZ"
    assert langs[slot.tr("title", "ru")] == "ru-RU"
    assert all(v is not None for _, v in run_languages(doc))
    # The document default is the first language.
    defaults = doc.styles.element.find(".//{*}docDefaults//{*}lang")
    assert defaults is not None and defaults.get(qn("w:val")) == "az-Latn-AZ"


def test_an_untranslated_text_keeps_its_own_language(sample: ProgrammeData) -> None:
    slot = replace(sample.slots[1], title="Only in English", translations={})
    data = replace(sample, slots=(sample.slots[0], slot, *sample.slots[2:]))
    langs = dict(run_languages(open_docx(build(data, lang="az")[0])))
    assert langs["Only in English"] == "en-GB"


def test_side_by_side_puts_each_language_in_its_column(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample, lang="en", second_lang="ru", bilingual_layout="side_by_side")[0])
    slot = next(s for s in sample.slots if s.translations.get("ru", {}).get("title"))
    row = next(r for t in doc.tables for r in t.rows if r.cells[0].text == slot.time_range)
    assert len(row.cells) == 3
    assert slot.tr("title", "en") in row.cells[1].text and slot.tr("title", "ru") not in row.cells[1].text
    assert slot.tr("title", "ru") in row.cells[2].text


def test_stacked_bilingual_has_both_languages_in_one_column(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample, lang="en", second_lang="az")[0])
    slot = next(s for s in sample.slots if s.translations.get("az", {}).get("title"))
    row = next(r for t in doc.tables for r in t.rows if r.cells[0].text == slot.time_range)
    assert len(row.cells) == 2
    assert slot.tr("title", "en") in row.cells[1].text and slot.tr("title", "az") in row.cells[1].text
    assert slot.tr("title", "az") in texts_in(doc, "Slot Title Translation")


def test_options_leave_things_out_or_add_them(sample: ProgrammeData) -> None:
    described = next(s for s in sample.slots if s.description.strip())
    plain = all_text(open_docx(build(sample, include_descriptions=False, include_partners=False)[0]))
    assert described.description.strip() not in plain
    assert "Partners" not in plain
    full = open_docx(build(sample, include_biographies=True)[0])
    assert "Partners" in texts_in(full, "Heading 1")
    bios = [p for p in sample.people if p.biography.strip()]
    if bios:
        assert "Speakers" in texts_in(full, "Heading 1")
        assert bios[0].biography.strip() in texts_in(full, "Biography")


@pytest.mark.parametrize("paper,width_mm", [("a4", 210), ("a5", 148), ("letter", 215.9)])
def test_paper_size(sample: ProgrammeData, paper: str, width_mm: float) -> None:
    section = open_docx(build(sample, paper=paper)[0]).sections[0]
    assert section.page_width is not None and abs(section.page_width.mm - width_mm) < 0.5


def test_logos_are_embedded_pictures(sample: ProgrammeData) -> None:
    doc = open_docx(build(sample)[0])
    with_logo = [o for o in sample.organizations if o.organization.logo]
    assert with_logo, "the sample has logos"
    assert len(doc.inline_shapes) == len(with_logo)


def test_footer_has_page_fields_and_draft_note(sample: ProgrammeData) -> None:
    data = replace(sample, event=replace(sample.event, status=EventStatus.DRAFT))
    doc = open_docx(build(data, lang="en", second_lang="az")[0])
    footer = doc.sections[0].footer._element
    instructions = [t.text.strip() for t in footer.iter("{*}instrText")]
    assert instructions == ["PAGE", "NUMPAGES", "PAGE", "NUMPAGES"]
    assert "page" in doc.sections[0].footer.paragraphs[0].text and "səhifə" in doc.sections[0].footer.paragraphs[0].text
    assert doc.sections[0].header.paragraphs[0].text == "DRAFT"


def test_multi_day_multi_room_headings(make_event) -> None:  # type: ignore[no-untyped-def]
    data = make_event(days=2, rooms=2, slots_per_room=3)
    doc = open_docx(build(data)[0])
    days = [t for t in texts_in(doc, "Heading 1") if t.startswith("Day")]
    assert [d.split(" —")[0] for d in days] == ["Day 1", "Day 2"]
    assert any(t.startswith("Parallel sessions") for t in texts_in(doc, "Heading 2"))
    assert texts_in(doc, "Heading 3")[:2] == ["Room A", "Room B"]
    expected = [i.slot.title for i in ProgrammeOutline(data).items()
                if isinstance(i, SlotEntry) and not i.slot.kind.is_pause]
    assert texts_in(doc, "Slot Title") == expected


def test_empty_agenda_says_so(sample: ProgrammeData) -> None:
    doc = open_docx(build(replace(sample, slots=()))[0])
    assert texts_in(doc, "Empty Agenda") == ["No agenda items yet"]


def test_broken_logo_is_a_warning_not_a_broken_file(sample: ProgrammeData) -> None:
    org = sample.organizations[0]
    broken = replace(org, organization=replace(org.organization, logo=b"not an image"))
    data = replace(sample, organizations=(broken, *sample.organizations[1:]))
    blob, warnings = build(data)
    assert any("could not be read" in w for w in warnings)
    assert open_docx(blob).paragraphs


def test_written_atomically(sample: ProgrammeData, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "programme.docx"
    target.write_bytes(b"old")
    write_programme_docx(target, sample, ProgrammeOptions())
    assert open_docx(target.read_bytes()).paragraphs
    assert [p.name for p in tmp_path.iterdir()] == ["programme.docx"]


def test_names_are_joined_with_no_break_spaces(sample: ProgrammeData) -> None:
    """As in the PDF: 'Mr.\u00a0Vusal\u00a0Huseynov', so Word never breaks a name across lines."""
    text = all_text(open_docx(build(sample, lang="en", include_biographies=True)[0]))
    people = [p for p in sample.people if p.given_name and p.family_name]
    assert people
    for person in people:
        assert f"{person.given_name}\u00a0{person.family_name}" in text
        assert f"{person.given_name} {person.family_name}" not in text
