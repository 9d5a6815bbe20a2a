"""The programme never breaks: hostile text, huge content, empty agendas, bad images, atomic writes."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from test_programme_helpers import body_pages, flat, pdf_text, render, squeeze, with_slots

from eventplanner.domain.data import (
    EventOrganizationData,
    OrganizationData,
    ParticipantData,
    PersonData,
    ProgrammeData,
    SlotData,
)
from eventplanner.domain.enums import EventRole, ParticipantRole, SlotKind
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.programme import ProgrammeOptions, render_programme, write_programme

HOSTILE = '<b>Equal</b> & "fair" </para>'
ARABIC = "محمد بن سلمان"


def _slot(sample: ProgrammeData, **changes: object) -> SlotData:
    return replace(sample.slots[1], **changes)  # type: ignore[arg-type]


def _person(i: int, **changes: object) -> PersonData:
    base = PersonData(id=1000 + i, given_name=f"Given{i}", family_name=f"Family{i}", position=f"Position {i}")
    return replace(base, **changes)  # type: ignore[arg-type]


def _png(size: tuple[int, int] = (40, 20), mode: str = "RGBA") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, (200, 30, 30, 255) if mode == "RGBA" else (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def test_markup_characters_print_literally(sample: ProgrammeData) -> None:
    person = _person(1, honorific="<i>Dr.</i>", given_name="A&B", position="Head of <para> & </font>")
    slot = _slot(
        sample, title=HOSTILE, description=f"{HOSTILE} <br/> &amp; <a href='x'>link</a>",
        participants=(ParticipantData(person),),
    )
    data = replace(with_slots(sample, slot), event=replace(sample.event, title=HOSTILE, theme="<u>&nbsp;</u>"))
    text = pdf_text(render_programme(data, ProgrammeOptions(lang="en", second_lang="ru")))
    assert HOSTILE in text
    assert "<br/> &amp; <a href='x'>link</a>" in text
    assert "<i>Dr.</i> A&B Family1" in text
    assert "Head of <para> & </font>" in text
    assert "<u>&nbsp;</u>" in text


def test_azerbaijani_cyrillic_and_arabic_names(sample: ProgrammeData) -> None:
    people = (
        _person(1, given_name="Şəhriyar", family_name="Ağayev-Çələbi", position="Gənclər üzrə müşavir, Öküz Ü"),
        _person(2, given_name="Ирина", family_name="Щёголева", position="Заместитель министра"),
        _person(3, given_name="محمد", family_name="بن سلمان", position="مستشار"),
        _person(4, given_name="İlkin", family_name="Qılınc", position="ığ İĞ"),
    )
    slot = _slot(sample, participants=tuple(ParticipantData(p) for p in people))
    pdf, warnings = render(with_slots(sample, slot))
    text = pdf_text(pdf)
    assert "Şəhriyar Ağayev-Çələbi" in text
    assert "Gənclər üzrə müşavir, Öküz Ü" in text
    assert "Ирина Щёголева" in text and "Заместитель министра" in text
    assert "İlkin Qılınc" in text and "ığ İĞ" in text
    # Arabic is printed joined (presentation forms); NFKC maps them back to the letters.
    normal = unicodedata.normalize("NFKC", text)
    assert ARABIC in normal or ARABIC in normal[::-1]
    assert any("\ufe70" <= ch <= "\ufeff" for ch in text), "Arabic letters were not shaped"
    assert not any("\u0600" <= ch <= "\u06ff" for ch in text), "unshaped Arabic letters reached the PDF"
    assert warnings == []


def test_ten_thousand_character_texts(sample: ProgrammeData) -> None:
    words = " ".join(f"word{i}" for i in range(1700))[:10_000]
    solid = "x" * 9_990 + "END"
    person = _person(1, given_name=solid, position=words)
    slot = _slot(sample, title=words, description=solid, participants=(ParticipantData(person),))
    pdf, _ = render(with_slots(sample, slot))
    pages = body_pages(pdf)
    assert len(pages) > 2
    # Continuation pages repeat the slot's time in the gutter; take that out to read the texts through.
    text = squeeze(" ".join(pages)).replace("10:10–10:35(continued)", "")
    assert squeeze(words) in text
    assert text.count(solid) == 2


def test_twenty_thousand_character_description_splits_across_pages(sample: ProgrammeData) -> None:
    sentences = [f"Sentence number {i} of the long description." for i in range(480)]
    description = " ".join(sentences)
    assert len(description) > 20_000
    slot = _slot(sample, description=description)
    pdf, _ = render(with_slots(sample, *sample.slots[:1], slot, *sample.slots[2:]))
    pages = body_pages(pdf)
    hits = [i for i, t in enumerate(pages) if "of the long description" in t]
    assert len(hits) >= 3
    assert all(p.startswith("10:10–10:35\n(continued)\n") for p in pages[hits[1] :][: len(hits) - 1])
    text = flat(" ".join(pages)).replace("10:10–10:35 (continued) ", "")
    for sentence in sentences:
        assert sentence in text
    # Whatever follows the slot still prints, after it.
    assert text.index(sentences[-1]) < text.index("Address on International Migrants Day")


def test_slot_with_hundreds_of_participants_splits(sample: ProgrammeData) -> None:
    parts = tuple(
        ParticipantData(_person(i), ParticipantRole.PANELIST if i % 2 else ParticipantRole.SPEAKER, i)
        for i in range(300)
    )
    slot = _slot(sample, participants=parts, kind=SlotKind.PANEL)
    for paper in ("a5", "a4"):
        text = pdf_text(render_programme(with_slots(sample, slot), ProgrammeOptions(paper=paper)))
        for i in range(300):
            assert f"Given{i} Family{i}" in text
            assert f"Position {i}" in text


def test_side_by_side_long_content_splits(sample: ProgrammeData) -> None:
    long_en = " ".join(f"english{i}" for i in range(3000))
    long_az = " ".join(f"azərbaycan{i}" for i in range(3500))
    slot = _slot(sample, description=long_en, translations={"az": {"description": long_az}})
    options = ProgrammeOptions(second_lang="az", bilingual_layout="side_by_side")
    text = pdf_text(render_programme(with_slots(sample, slot), options))
    assert long_en in text.replace("english", " english").replace("  ", " ") or all(
        f"english{i}" in text for i in range(0, 3000, 7)
    )
    assert all(f"azərbaycan{i}" in text for i in range(0, 3500, 7))


def test_empty_agenda_gives_a_valid_pdf(sample: ProgrammeData) -> None:
    for lang, message in (("en", "No agenda items yet"), ("ru", "Пункты программы пока не добавлены")):
        pdf = render_programme(with_slots(sample), ProgrammeOptions(lang=lang))
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) >= 1
        assert message in pdf_text(pdf)


def test_event_without_anything_optional(sample: ProgrammeData) -> None:
    event = replace(sample.event, theme="", venue_name="", venue_address="", short_title="")
    data = ProgrammeData(event=event)
    text = pdf_text(render_programme(data, ProgrammeOptions(include_biographies=True)))
    assert "International Migrants Day 2021" in text and "No agenda items yet" in text


def _with_logo(sample: ProgrammeData, logo: bytes | None) -> ProgrammeData:
    orgs = list(sample.organizations)
    host = orgs[0]
    orgs[0] = replace(host, organization=replace(host.organization, logo=logo, has_logo=True))
    return replace(sample, organizations=tuple(orgs))


@pytest.mark.parametrize("logo", [b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 50, _png()[:60]])
def test_broken_logo_is_a_warning_not_a_crash(sample: ProgrammeData, logo: bytes) -> None:
    pdf, warnings = render(_with_logo(sample, logo))
    assert len(warnings) == 1
    assert "logo of State Migration Service of the Republic of Azerbaijan (SMS)" in warnings[0]
    assert "skipped" in warnings[0]
    assert "International Migrants Day 2021" in pdf_text(pdf)


def test_huge_logo_is_scaled_with_a_warning(sample: ProgrammeData) -> None:
    pdf, warnings = render(_with_logo(sample, _png((5000, 2500), "RGB")))
    assert any("very large" in w and "scaled down" in w for w in warnings)
    assert len(pdf) < 2_000_000


def test_partner_logos_and_missing_logos(sample: ProgrammeData) -> None:
    orgs = (
        *sample.organizations,
        EventOrganizationData(1, OrganizationData(id=99, name="Sponsor Without Logo"), EventRole.SPONSOR, 9),
    )
    text = pdf_text(render_programme(replace(sample, organizations=orgs), ProgrammeOptions()))
    assert "Sponsor Without Logo" in text and "Sponsor" in text


def test_biographies_with_photos_and_bad_photos(sample: ProgrammeData) -> None:
    good = _person(1, biography="Born in Baku. Long career in diplomacy.", photo=_png((300, 400), "RGB"))
    bad = _person(2, biography="Expert on migration statistics.", photo=b"GIF89a broken")
    silent = _person(3)
    slot = _slot(sample, participants=tuple(ParticipantData(p) for p in (good, bad, silent)))
    data = with_slots(sample, slot)
    pdf, warnings = render(data, include_biographies=True)
    text = pdf_text(pdf)
    assert "SPEAKERS" in text
    assert "Born in Baku. Long career in diplomacy." in text
    assert "Expert on migration statistics." in text
    assert warnings == ["The photo of Given2 Family2 could not be read (cannot identify image file "
                        "<_io.BytesIO object at 0x0>); skipped."] or (
        len(warnings) == 1 and warnings[0].startswith("The photo of Given2 Family2 could not be read")
    )
    without = pdf_text(render_programme(data, ProgrammeOptions(include_biographies=False)))
    assert "Born in Baku" not in without


def test_control_characters_do_not_break_output(sample: ProgrammeData) -> None:
    slot = _slot(sample, title="Tab\there\x00 null\x07 bell\r\nnew line\u200b")
    text = pdf_text(render_programme(with_slots(sample, slot), ProgrammeOptions()))
    assert "Tab here null bell" in text


def test_slots_outside_event_days_still_print(sample: ProgrammeData) -> None:
    later = _slot(sample, start=datetime(2021, 12, 20, 9, 0), title="Follow-up meeting")
    text = pdf_text(render_programme(with_slots(sample, sample.slots[0], later), ProgrammeOptions()))
    assert "Follow-up meeting" in text
    assert "Day 3 — Monday, 20 December 2021" in text


def test_write_programme_is_atomic(sample: ProgrammeData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "programme.pdf"
    assert write_programme(path, sample, ProgrammeOptions()) == []
    good = path.read_bytes()
    assert good.startswith(b"%PDF-") and good.rstrip().endswith(b"%%EOF")

    import eventplanner.exports.programme.document as document

    def explode(*_args: object) -> tuple[bytes, list[str]]:
        raise RuntimeError("boom")

    monkeypatch.setattr(document, "build_pdf", explode)
    with pytest.raises(RuntimeError):
        write_programme(path, sample, ProgrammeOptions())
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.pdf"]


def test_atomic_write_failure_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.bin"
    atomic_write_bytes(path, b"old")
    import os

    def failing_replace(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_many_slots_render(make_event: Callable[..., ProgrammeData]) -> None:
    data = make_event(days=2, rooms=0, total_slots=400)
    text = pdf_text(render_programme(data, ProgrammeOptions(paper="a5")))
    assert data.slots[-1].title in text


def test_long_first_slot_starts_under_the_header_instead_of_leaving_page_one_empty(sample: ProgrammeData) -> None:
    description = " ".join(f"Sentence number {i} of the long description." for i in range(480))
    first = replace(sample.slots[0], description=description)
    pdf, _ = render(with_slots(sample, first))
    pages = body_pages(pdf)
    assert len(pages) >= 3
    assert "Welcome and opening of the event" in pages[0]
    assert "Sentence number 0 of the long description." in flat(pages[0])
