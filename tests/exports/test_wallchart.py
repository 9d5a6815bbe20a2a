"""The at-a-glance wall chart: one landscape page, every title of the day, fonts embedded, text literal."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from PIL import Image
from pypdf import PdfReader

from eventplanner.domain.data import ProgrammeData, RoomData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.exports.wallchart import wallchart_pdf, wallchart_png, write_wallchart
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database
from eventplanner.ui.timetable.sample_day import DAY, create_three_room_day

A4_LANDSCAPE = (841.89, 595.28)
A3_LANDSCAPE = (1190.55, 841.89)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def size_of(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.fixture
def forum(db: Database) -> ProgrammeData:
    event = create_three_room_day(db)
    return programme_data(db, event.id, with_images=False)


def printed_or_cut(title: str, text: str) -> bool:
    """The whole title, or a beginning of it that ends with an ellipsis (never cut silently)."""
    if title in text:
        return True
    words = title.split()
    return any(" ".join(words[:n]) + "…" in text or " ".join(words[:n]) + " …" in text
               for n in range(1, len(words))) or any(title[:k].rstrip() + "…" in text for k in range(3, len(title)))


@pytest.mark.parametrize(("paper", "size"), [("a4", A4_LANDSCAPE), ("a3", A3_LANDSCAPE)])
def test_one_landscape_page_with_every_title_room_and_hour(forum: ProgrammeData, paper: str, size):
    pdf = wallchart_pdf(forum, DAY, paper=paper)
    texts = page_texts(pdf)
    assert len(texts) == 1
    assert size_of(pdf) == pytest.approx(size, abs=0.1)
    text = flat(texts[0])
    for slot in forum.slots_on(DAY):
        assert printed_or_cut(slot.title, text), slot.title
    for room in ("Plenary hall", "Room B", "Room C"):
        assert room in text
    for hour in range(9, 17):
        assert f"{hour:02d}:00" in text
    assert "Wednesday, 14 May 2025" in text


def test_sample_event_in_each_language(sample: ProgrammeData):
    day = sample.event.start_date
    for lang in ("en", "az", "ru"):
        text = flat(page_texts(wallchart_pdf(sample, day, lang=lang))[0])
        for slot in sample.slots_on(day):
            assert slot.tr("title", lang) in text, (lang, slot.title)
    assert "Şənbə, 18 dekabr 2021" in flat(page_texts(wallchart_pdf(sample, day, lang="az"))[0])


def test_only_the_chosen_day(make_event):
    data = make_event(days=2, rooms=2, slots_per_room=3)
    first, second = data.days
    text = flat(page_texts(wallchart_pdf(data, first))[0])
    assert all(f"Session {s.id}:" in text for s in data.slots_on(first) if not s.kind.is_pause)
    assert not any(f"Session {s.id}:" in text for s in data.slots_on(second))


def test_two_hundred_slots_still_fit_one_page(make_event):
    data = make_event(days=1, rooms=8, total_slots=200)
    assert len(data.slots_on(data.event.start_date)) == 200
    for paper in ("a4", "a3"):
        pdf = wallchart_pdf(data, data.event.start_date, paper=paper)
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_hostile_text_prints_literally_and_fonts_are_embedded(sample: ProgrammeData):
    day = sample.event.start_date
    hostile = SlotData(99, 1, datetime.combine(day, datetime.min.time()).replace(hour=12), 60, SlotKind.OTHER,
                       title="<b>Tea & talk</b> \x07 %s {0}", room_id=None)
    pdf = wallchart_pdf(replace(sample, slots=(*sample.slots, hostile)), day)
    assert "<b>Tea & talk</b> %s {0}" in flat(page_texts(pdf)[0])
    fonts = set()
    reader = PdfReader(io.BytesIO(pdf))
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        obj = font.get_object()
        fonts.add(str(obj["/BaseFont"]))
        descendant = obj["/DescendantFonts"][0].get_object() if "/DescendantFonts" in obj else obj
        descriptor = descendant.get("/FontDescriptor")
        if descriptor is not None:
            assert "/FontFile2" in descriptor.get_object(), obj["/BaseFont"]
    assert any("NotoSans" in f for f in fonts)


def test_rooms_named_in_the_language_and_empty_day(sample: ProgrammeData):
    room = RoomData(5, 1, "Main hall", 0, translations={"ru": {"name": "Главный зал"}})
    day = sample.event.start_date
    data = replace(sample, rooms=(room,), slots=tuple(replace(s, room_id=5) for s in sample.slots))
    assert "Главный зал" in flat(page_texts(wallchart_pdf(data, day, lang="ru"))[0])
    empty = wallchart_pdf(data, date(2021, 12, 19))
    assert len(page_texts(empty)) == 1


def test_unknown_paper_is_refused(sample: ProgrammeData):
    with pytest.raises(ValueError, match="paper"):
        wallchart_pdf(sample, sample.event.start_date, paper="letter")


def test_png_is_a_landscape_image_and_write_picks_the_format(sample: ProgrammeData, tmp_path):
    png = wallchart_png(sample, sample.event.start_date, dpi=50)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.width > image.height
    assert image.width == pytest.approx(A4_LANDSCAPE[0] * 50 / 72, abs=2)
    write_wallchart(tmp_path / "chart.png", sample, sample.event.start_date)
    write_wallchart(tmp_path / "chart.pdf", sample, sample.event.start_date, paper="a3")
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "chart.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.pdf", "chart.png"]  # no temporary files left


