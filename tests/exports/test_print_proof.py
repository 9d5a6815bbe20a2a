"""Print-shop proof on real schedules (issue 14): pagination, sizes and fonts read back from the PDFs.

The big inputs are the published frab/pretalx samples; the checks read positions, sizes and fonts with
pdfplumber, never hashes.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from print_layout import Line, body, font_problems, metadata, min_font_size, pages_lines

from eventplanner.domain.data import ProgrammeData
from eventplanner.domain.enums import SlotKind
from eventplanner.exports.programme import ProgrammeOptions, render_programme_with_warnings
from eventplanner.exports.programme.styles import PAPERS
from eventplanner.services import exchange
from eventplanner.services.programme import programme_data
from eventplanner.store.database import open_database

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "schedule-format" / "samples"
BIG = ("camp2019-frab.json", "rc3-channels-pretalx.json", "lswt2019.xml")


@pytest.fixture(scope="module")
def schedules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ProgrammeData]]:
    db = open_database(tmp_path_factory.mktemp("proof") / "proof.sqlite3")
    try:
        out = {}
        for name in BIG:
            report = exchange.import_schedule(db, SAMPLES / name)
            assert report.event_id is not None
            out[name] = programme_data(db, report.event_id)
        yield out
    finally:
        db.engine.dispose()


def _render(data: ProgrammeData, **options: object) -> tuple[bytes, list[str]]:
    return render_programme_with_warnings(data, ProgrammeOptions(**options))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def printed(schedules: dict[str, ProgrammeData]) -> Callable[..., bytes]:
    """The big schedules rendered once per paper for the whole module (they take seconds each)."""
    cache: dict[tuple[str, str], bytes] = {}

    def get(name: str, paper: str = "a4") -> bytes:
        if (name, paper) not in cache:
            cache[(name, paper)] = _render(schedules[name], paper=paper)[0]
        return cache[(name, paper)]

    return get


def _bodies(pdf: bytes, paper: str = "a4") -> list[list[Line]]:
    spec = PAPERS[paper]
    return [body(lines, spec.height, spec.margin_top, spec.margin_bottom) for lines in pages_lines(pdf)]


def _is_section_heading(line: Line) -> bool:
    """Day heading ('Day 2 — ...'), 'PARALLEL SESSIONS · ...' or a room band: bold, no time in front."""
    return line.bold and not line.is_time and (
        line.text.startswith("Day ") or line.text.startswith("PARALLEL") or abs(line.size - 10.0) < 0.1
    ) and "(continued)" not in line.text


def _continued(line: Line) -> bool:
    return "(continued)" in line.text


@pytest.mark.parametrize("name", BIG)
@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_no_page_ends_with_a_lone_heading(printed: Callable[..., bytes], name: str, paper: str) -> None:
    pages = _bodies(printed(name, paper), paper)
    for n, lines in enumerate(pages, start=1):
        assert lines, f"page {n} is empty"
        last = lines[-1]
        assert not _is_section_heading(last), f"page {n} ends with the heading {last.text!r}"
        assert not (last.is_time and len(last.text) <= 11), f"page {n} ends with a bare time {last.text!r}"
        if n < len(pages) and any(_continued(ln) for ln in pages[n][:2]):
            head = lines[max(i for i, ln in enumerate(lines) if ln.is_time):]
            assert any(not ln.bold for ln in head), f"page {n}: only the heading of a slot before a page break"


@pytest.mark.parametrize("name", BIG)
def test_the_rest_of_a_split_slot_starts_the_next_page(printed: Callable[..., bytes], name: str) -> None:
    for n, lines in enumerate(_bodies(printed(name)), start=1):
        for i, line in enumerate(lines):
            if _continued(line):
                assert i <= 1, f"page {n}: a continued slot in the middle of the page ({line.text!r})"


@pytest.mark.parametrize("name", ["lswt2019.xml"])
def test_no_slot_time_printed_twice_on_a_page(printed: Callable[..., bytes], name: str) -> None:
    for n, lines in enumerate(_bodies(printed(name)), start=1):
        times = Counter(ln.text[:11] for ln in lines if ln.is_time)
        assert all(c == 1 for c in times.values()), f"page {n}: {times.most_common(2)}"


def test_no_slot_time_twice_on_a_page_of_a_long_single_room_day(long_day: ProgrammeData) -> None:
    pdf, _ = _render(long_day)
    pages = _bodies(pdf)
    assert len(pages) >= 4
    for n, lines in enumerate(pages, start=1):
        times = Counter(ln.text[:11] for ln in lines if ln.is_time)
        assert all(c == 1 for c in times.values()), f"page {n}: {times.most_common(2)}"


@pytest.mark.parametrize("name", BIG)
def test_every_day_heading_starts_with_that_days_first_slot(schedules: dict[str, ProgrammeData],
                                                            printed: Callable[..., bytes], name: str) -> None:
    data = schedules[name]
    pages = _bodies(printed(name))
    firsts = {day: data.slots_on(day)[0].time_range for day in data.days if data.slots_on(day)}
    flat = [(n, ln) for n, lines in enumerate(pages) for ln in lines]
    headings = [i for i, (_n, ln) in enumerate(flat) if ln.text.startswith("Day ") and ln.bold]
    if len(firsts) > 1:
        assert len(headings) == len(firsts)
    for i, day in zip(headings, sorted(firsts), strict=False):
        page = flat[i][0]
        following = [ln for n, ln in flat[i + 1 :] if n == page and ln.is_time]
        assert following, f"{flat[i][1].text!r} ends page {page + 1}"
        assert following[0].text.startswith(firsts[day]), (flat[i][1].text, following[0].text, firsts[day])


@pytest.mark.parametrize("paper", ["a4", "a5", "letter"])
def test_no_text_below_seven_and_a_half_points(sample: ProgrammeData, paper: str) -> None:
    pdf, _ = _render(sample, paper=paper, include_biographies=True, lang="en", second_lang="ru")
    assert min_font_size(pdf) >= 7.5 - 1e-3


def test_no_text_below_seven_and_a_half_points_in_a_big_a5_programme(printed: Callable[..., bytes]) -> None:
    assert min_font_size(printed("camp2019-frab.json", "a5")) >= 7.5 - 1e-3


def test_sample_english_a4_with_partners_is_one_page(sample: ProgrammeData) -> None:
    pdf, _ = _render(sample, paper="a4", lang="en", include_partners=True)
    pages = pages_lines(pdf)
    assert len(pages) == 1
    text = " ".join(ln.text for ln in pages[0])
    assert "PARTNERS" in text and "Coffee break" in text


def test_a_partners_strip_never_stands_alone_on_a_page(sample: ProgrammeData) -> None:
    for paper in ("a4", "a5", "letter"):
        for lang in ("en", "az", "ru"):
            pages = _bodies(_render(sample, paper=paper, lang=lang)[0], paper)
            assert any(ln.is_time for ln in pages[-1]), (paper, lang)


@pytest.mark.parametrize("name", BIG)
def test_programmes_embed_every_font(printed: Callable[..., bytes], name: str) -> None:
    assert font_problems(printed(name)) == []


def test_continuation_pages_carry_the_day_and_room(printed: Callable[..., bytes]) -> None:
    spec = PAPERS["a4"]
    pages = pages_lines(printed("camp2019-frab.json"))
    heads = [ln.text for lines in pages[1:] for ln in lines if ln.top < spec.margin_top - 2]
    assert heads, "no running header"
    assert all(h.endswith(", continued") and h.startswith("Day ") for h in heads)
    assert any(" · Curie" in h or " · Meitner" in h for h in heads)


def test_large_programme_suggests_shorter_descriptions(schedules: dict[str, ProgrammeData]) -> None:
    data = schedules["camp2019-frab.json"]
    full, warnings = _render(data)
    assert any("--description-lines" in w for w in warnings)
    short, warnings = _render(data, description_lines=3)
    assert not any("--description-lines" in w for w in warnings)
    assert len(pages_lines(short)) < len(pages_lines(full)) * 0.6
    assert "…" in " ".join(ln.text for lines in pages_lines(short) for ln in lines)


@pytest.fixture
def long_day(sample: ProgrammeData) -> ProgrammeData:
    """One room, one day, 40 slots with long descriptions: many page breaks inside slots."""
    base = sample.slots[0]
    start = datetime.combine(base.start.date(), datetime.min.time()) + timedelta(hours=8)
    text = " ".join(f"Sentence {i} of a long abstract about migration governance and data." for i in range(40))
    slots = tuple(
        replace(base, id=1000 + i, start=start + timedelta(minutes=20 * i), duration_minutes=20,
                kind=SlotKind.PRESENTATION, title=f"Talk {i} on the governance of migration", description=text,
                room_id=None, room_name="")
        for i in range(40)
    )
    return replace(sample, slots=slots)



def _documents(data: ProgrammeData) -> dict[str, bytes]:
    from eventplanner.exports.badges import badges_pdf, table_cards_pdf
    from eventplanner.exports.speaker_list import speaker_rows
    from eventplanner.exports.speaker_list_pdf import speaker_list_pdf
    from eventplanner.exports.wallchart import wallchart_pdf

    day = data.days[0]
    return {
        "badges": badges_pdf(data),
        "cards": table_cards_pdf(data),
        "speakers": speaker_list_pdf(data, speaker_rows(data)),
        "wallchart": wallchart_pdf(data, day),
    }


@pytest.mark.parametrize("name", ["camp2019-frab.json", "rc3-channels-pretalx.json"])
def test_every_document_is_print_shop_ready(schedules: dict[str, ProgrammeData], name: str) -> None:
    data = schedules[name]
    for kind, pdf in _documents(data).items():
        assert font_problems(pdf) == [], kind
        info = metadata(pdf)
        assert data.event.title in info["/Title"], kind
        assert info.get("/Author") and info.get("/Subject"), kind
        assert info.get("/Lang") == "en", kind
        assert min_font_size(pdf) >= 7.5 - 1e-3, kind


def test_sample_documents_embed_fonts_and_name_the_organizers(sample: ProgrammeData) -> None:
    for kind, pdf in _documents(sample).items():
        assert font_problems(pdf) == [], kind
        assert metadata(pdf)["/Author"].startswith("State Migration Service"), kind


def test_badges_have_bleed_crop_marks_and_role_bands(sample: ProgrammeData) -> None:
    from eventplanner.exports.badges import BADGE_H, BADGE_W, BLEED, badge_people, badges_pdf

    people = badge_people(sample)
    assert {p.role for p in people} >= {"organizer", "speaker"}
    pdf = badges_pdf(sample)
    text = " ".join(ln.text for ln in pages_lines(pdf)[0])
    assert "ORGANIZER" in text and "SPEAKER" in text
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        lines = page.lines
        rects = page.rects
    # crop marks: short hairlines in the sheet's margin, none on a badge's trim box
    marks = [ln for ln in lines if float(ln["linewidth"]) <= 0.3]
    assert len(marks) >= 16
    # colour bands run 3 mm past the trim box (bleed): wider than the badge
    assert any(abs(float(r["width"]) - (BADGE_W + 2 * BLEED)) < 0.5 for r in rects)
    assert not any(abs(float(r["width"]) - BADGE_W) < 0.5 and abs(float(r["height"]) - BADGE_H) < 0.5
                   and r.get("stroke") for r in rects), "a frame on the cut line"


def test_speaker_list_drops_empty_columns_and_numbers_pages(schedules: dict[str, ProgrammeData]) -> None:
    from eventplanner.exports.speaker_list import speaker_rows
    from eventplanner.exports.speaker_list_pdf import speaker_list_pdf

    data = schedules["camp2019-frab.json"]
    pages = pages_lines(speaker_list_pdf(data, speaker_rows(data)))
    head = " ".join(ln.text for ln in pages[0][:6])
    assert "21–25 August 2019" in head
    assert "Email" not in head and "Organization" not in head  # nobody has them in the frab sample
    assert all(any(f"page {n} of {len(pages)}" in ln.text for ln in lines) for n, lines in enumerate(pages, 1))


def test_wallchart_collapses_empty_hours_and_has_a_legend(schedules: dict[str, ProgrammeData]) -> None:
    from eventplanner.exports.wallchart import wallchart_pdf

    data = schedules["camp2019-frab.json"]
    text = " ".join(ln.text for ln in pages_lines(wallchart_pdf(data, data.days[0]))[0])
    assert "14:00–16:00 ···" in text  # nothing happens between 14:00 and 16:00 on the first day
    assert "Presentation" in text  # the legend
