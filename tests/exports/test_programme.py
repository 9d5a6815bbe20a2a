"""The printed programme: content, languages, paper, fonts, metadata, determinism."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_programme_helpers import flat, pages_text, pdf_text, render, with_status

from eventplanner import __version__
from eventplanner.domain.data import ProgrammeData
from eventplanner.domain.enums import EventStatus, ParticipantRole, SlotKind
from eventplanner.domain.errors import ValidationError
from eventplanner.exports import programme_labels as L
from eventplanner.exports.programme import ProgrammeOptions, render_programme, write_programme

MM = 72 / 25.4


def _participant_texts(data: ProgrammeData) -> list[str]:
    out = []
    for slot in data.slots:
        for part in slot.participants:
            out.append(part.person.display_name)
            out.append(part.person.position)
    return out


def test_sample_prints_every_title_person_position_and_time(sample: ProgrammeData) -> None:
    text = pdf_text(render_programme(sample, ProgrammeOptions()))
    for slot in sample.slots:
        assert flat(slot.title) in text
        assert slot.time_range in text
    for piece in _participant_texts(sample):
        assert flat(piece) in text, piece
    assert "International Migrants Day 2021" in text
    assert "Harnessing the potential of human mobility" in text
    assert "Saturday, 18 December 2021" in text
    assert "State Migration Service of the Republic of Azerbaijan" in text
    # Kind labels, role labels other than speaker, breaks without speakers.
    assert "WELCOME SPEECH" in text and "VIDEO MESSAGE" in text and "OPENING REMARKS" in text
    assert "Presenter: Ms. Yasmina Pinjo" in text
    assert "Speaker:" not in text
    assert "Coffee break" in text


def test_generated_three_day_three_room_event(make_event: Callable[..., ProgrammeData]) -> None:
    data = make_event(days=3, rooms=3, slots_per_room=6)
    text = pdf_text(render_programme(data, ProgrammeOptions()))
    assert len(data.slots) == 54
    for slot in data.slots:
        assert slot.title in text
        assert slot.time_range in text
    for piece in _participant_texts(data):
        assert piece in text
    assert "Day 1 — Tuesday, 14 May 2024" in text
    assert "Day 2 — Wednesday, 15 May 2024" in text
    assert "Day 3 — Thursday, 16 May 2024" in text
    for room in ("Room A", "Room B", "Room C"):
        assert room in text
    assert "PARALLEL SESSIONS" in text
    assert "Moderator:" in text


def test_day_and_room_order(make_event: Callable[..., ProgrammeData]) -> None:
    data = make_event(days=2, rooms=2, slots_per_room=3)
    text = pdf_text(render_programme(data, ProgrammeOptions()))
    assert text.index("Day 1 —") < text.index("Day 2 —")
    day1 = text[text.index("Day 1 —") : text.index("Day 2 —")]
    assert day1.index("Room A") < day1.index("Room B")


@pytest.mark.parametrize(
    ("lang", "date_text", "kind", "title"),
    [
        ("en", "18 December 2021", "WELCOME SPEECH", "Opening speeches"),
        ("az", "18 dekabr 2021", "SALAMLAMA NİTQİ", "Açılış nitqləri"),
        ("ru", "18 декабря 2021", "ПРИВЕТСТВЕННОЕ СЛОВО", "Вступительные речи"),
    ],
)
def test_languages(sample: ProgrammeData, lang: str, date_text: str, kind: str, title: str) -> None:
    pdf = render_programme(sample, ProgrammeOptions(lang=lang))
    text = pdf_text(pdf)
    assert date_text in text
    assert kind in text
    assert title in text
    assert L.label("programme", lang).upper() in text
    pages = pages_text(pdf)
    assert L.label("page", lang, n=1, m=len(pages)) in flat(" ".join(pages))


def test_russian_uses_translated_positions_and_falls_back_to_primary(sample: ProgrammeData) -> None:
    text = pdf_text(render_programme(sample, ProgrammeOptions(lang="ru")))
    assert "Генеральный директор Международной организации по миграции" in text
    assert "Вусал Гусейнов" in text and "Vusal" not in text  # the sample spells names in Cyrillic
    person = sample.slots[0].participants[0].person
    untranslated = replace(person, translations={"ru": {"position": "Начальник"}})
    slot = replace(sample.slots[0], participants=(replace(sample.slots[0].participants[0], person=untranslated),))
    text = pdf_text(render_programme(replace(sample, slots=(slot,)), ProgrammeOptions(lang="ru")))
    assert "Vusal Huseynov" in text  # a name without a translation: its primary text


@pytest.mark.parametrize("layout", ["stacked", "side_by_side"])
def test_bilingual(sample: ProgrammeData, layout: str) -> None:
    pdf, _ = render(sample, lang="en", second_lang="az", bilingual_layout=layout)
    text = pdf_text(pdf)
    for slot in sample.slots:
        assert flat(slot.title) in text
        assert flat(slot.tr("title", "az")) in text
    assert "Beynəlxalq Miqrantlar Günü 2021" in text
    assert "Dövlət Miqrasiya Xidmətinin rəisi" in text
    assert "SALAMLAMA NİTQİ" in text and "WELCOME SPEECH" in text


@pytest.mark.parametrize(
    ("paper", "size_mm"), [("a4", (210, 297)), ("a5", (148, 210)), ("letter", (215.9, 279.4))]
)
def test_paper_sizes(sample: ProgrammeData, paper: str, size_mm: tuple[float, float]) -> None:
    pdf, _ = render(sample, paper=paper)
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size_mm[0] * MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(size_mm[1] * MM, abs=0.5)


def test_every_font_is_embedded(sample: ProgrammeData) -> None:
    pdf, _ = render(sample, lang="ru", second_lang="az", include_biographies=True)
    reader = PdfReader(io.BytesIO(pdf))
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font.get("/BaseFont")
            assert "NotoSans" in str(font["/BaseFont"]) or "DejaVuSans" in str(font["/BaseFont"])
            seen += 1
    assert seen >= 3


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_every_font_embedded(sample: ProgrammeData, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    write_programme(path, sample, ProgrammeOptions(lang="az"))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    header, _dashes, *rows = out.splitlines()
    emb = header.index(" emb ") + 1
    assert rows
    for row in rows:
        assert row[emb : emb + 3] == "yes", row


def test_same_input_same_bytes(sample: ProgrammeData, make_event: Callable[..., ProgrammeData]) -> None:
    assert render_programme(sample, ProgrammeOptions()) == render_programme(sample, ProgrammeOptions())
    multi = make_event()
    options = ProgrammeOptions(paper="a5", lang="ru", second_lang="en", bilingual_layout="side_by_side")
    assert render_programme(multi, options) == render_programme(multi, options)


def test_draft_watermark_only_for_drafts(sample: ProgrammeData) -> None:
    final = pages_text(render_programme(with_status(sample, EventStatus.FINAL), ProgrammeOptions()))
    draft = pages_text(render_programme(with_status(sample, EventStatus.DRAFT), ProgrammeOptions()))
    assert all("DRAFT" not in t for t in final)
    assert all("DRAFT" in t for t in draft)
    ru = pages_text(render_programme(with_status(sample, EventStatus.DRAFT), ProgrammeOptions(lang="ru")))
    assert all("ЧЕРНОВИК" in t for t in ru)


def test_running_footer_with_page_n_of_m(make_event: Callable[..., ProgrammeData]) -> None:
    pages = pages_text(render_programme(make_event(), ProgrammeOptions()))
    assert len(pages) > 2
    for n, text in enumerate(pages, start=1):
        assert f"page {n} of {len(pages)}" in text
        assert "Regional Forum 2024 · Programme" in text


def test_metadata(sample: ProgrammeData) -> None:
    pdf, _ = render(sample, lang="az")
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Beynəlxalq Miqrantlar Günü 2021 — Proqram"
    assert meta.author == "Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti"
    assert "Beynəlxalq Miqrantlar Günü 2021" in (meta.subject or "")
    assert meta.creator == f"Event Planner {__version__}"
    assert str(reader.trailer["/Root"].get("/Lang")) == "az"


def test_sections_switch_on_and_off(sample: ProgrammeData) -> None:
    on = pdf_text(render_programme(sample, ProgrammeOptions()))
    off = pdf_text(render_programme(sample, ProgrammeOptions(include_descriptions=False, include_partners=False)))
    description = flat(sample.slots[0].description)
    assert description in on and description not in off
    assert "PARTNERS" in on and "PARTNERS" not in off
    assert "United Nations Network on Migration" in on


def test_pauses_carry_no_speakers_and_no_kind_label(sample: ProgrammeData) -> None:
    text = pdf_text(render_programme(sample, ProgrammeOptions()))
    tail = text[text.index("11:30–12:00") :]
    assert tail.startswith("11:30–12:00 Coffee break")
    assert "COFFEE BREAK" not in text


def test_role_labels_printed_except_speaker(sample: ProgrammeData) -> None:
    from dataclasses import replace

    slot = sample.slots[1]
    parts = tuple(
        replace(p, role=ParticipantRole.MODERATOR if i == 0 else p.role) for i, p in enumerate(slot.participants)
    )
    data = replace(sample, slots=(replace(slot, participants=parts),))
    text = pdf_text(render_programme(data, ProgrammeOptions(lang="ru")))
    assert "Модератор: Ms. Сабина Алиева" in text
    assert "Выступающий" not in text


def test_options_are_validated() -> None:
    with pytest.raises(ValidationError):
        ProgrammeOptions(paper="a3")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ProgrammeOptions(lang="fr")
    with pytest.raises(ValidationError):
        ProgrammeOptions(second_lang="de")
    assert ProgrammeOptions(lang="az", second_lang="az").languages == ("az",)


def test_labels_complete_in_every_language() -> None:
    for lang in L.PROGRAMME_LANGUAGES:
        assert set(L.LABELS[lang]) == set(L.LABELS["en"])
        assert set(L.KIND_LABELS[lang]) == set(SlotKind)
        assert set(L.ROLE_LABELS[lang]) == set(ParticipantRole)
    expected = ["1-ci gün", "3-cü gün", "6-cı gün", "9-cu gün", "10-cu gün"]
    assert [L.day_label(n, "az") for n in (1, 3, 6, 9, 10)] == expected


def test_importing_domain_and_programme_options_does_not_load_reportlab() -> None:
    code = (
        "import sys, eventplanner.domain.data, eventplanner.exports.programme, eventplanner.exports.programme_labels;"
        "bad = [m for m in ('reportlab', 'PIL') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_side_by_side_does_not_repeat_untranslated_description(sample: ProgrammeData) -> None:
    options = ProgrammeOptions(second_lang="ru", bilingual_layout="side_by_side")
    text = pdf_text(render_programme(sample, options))
    assert text.count(flat(sample.slots[0].description)) == 1
    assert "Приветствие гостей и открытие мероприятия" in text
