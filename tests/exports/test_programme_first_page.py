"""The programme's first page laid out alone (what the preview shows at once) is page 1 of the whole PDF."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from eventplanner.domain.data import ProgrammeData
from eventplanner.domain.enums import EventStatus
from eventplanner.exports import programme_labels as L
from eventplanner.exports.programme import ProgrammeOptions, render_first_page, render_programme_with_warnings
from eventplanner.exports.programme.document import _build
from eventplanner.exports.programme.first_page import PAGE_TOTAL_PENDING


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def assert_same_first_page(data: ProgrammeData, options: ProgrammeOptions) -> tuple[PdfReader, PdfReader]:
    """Page 1 alone and page 1 of the whole programme print the same text and pictures, but for the total in
    the footer: 'page 1 of …' early, 'page 1 of N' in the end."""
    early = reader(render_first_page(data, options))
    final = reader(render_programme_with_warnings(data, options)[0])
    _pdf, _ctx, strip, _pages = _build(data, options, partners_in_header=False)
    if strip is not None and strip.alone:
        # The one documented exception: the partners' strip would stand alone on the last page, so the final
        # layout moves the partners into the header. The early page is page 1 of the layout before that.
        final = reader(_pdf)
    total = len(final.pages)
    assert len(early.pages) == 1
    text = early.pages[0].extract_text()
    pending = [L.label("page", lang, n=1, m=PAGE_TOTAL_PENDING) for lang in options.languages]
    for lang, label in zip(options.languages, pending, strict=True):
        assert label in text
        text = text.replace(label, L.label("page", lang, n=1, m=total))
    assert text == final.pages[0].extract_text()
    assert len(early.pages[0].images) == len(final.pages[0].images)
    assert early.metadata is not None and final.metadata is not None
    assert early.metadata.title == final.metadata.title
    return early, final


def test_sample_first_page_matches_the_whole_programme(sample: ProgrammeData) -> None:
    early, _final = assert_same_first_page(sample, ProgrammeOptions())
    assert len(early.pages[0].images) > 0  # the organizers' logos are on it


@pytest.mark.parametrize("options", [
    ProgrammeOptions(),
    ProgrammeOptions(paper="a5", include_biographies=True),
    ProgrammeOptions(lang="az", second_lang="ru", bilingual_layout="side_by_side"),
    ProgrammeOptions(lang="ru", second_lang="en", include_descriptions=False, include_partners=False),
])
def test_a_long_multi_day_event(make_event: Callable[..., ProgrammeData], options: ProgrammeOptions) -> None:
    data = make_event(days=6, rooms=3, total_slots=400)
    _early, final = assert_same_first_page(data, options)
    assert len(final.pages) > 10


def test_days_too_short_to_fill_the_page_are_taken_together(make_event: Callable[..., ProgrammeData]) -> None:
    """A day of one slot does not fill page 1: the first page takes as many days as it needs."""
    data = make_event(days=9, rooms=1, slots_per_room=1)
    early, _final = assert_same_first_page(data, ProgrammeOptions())
    text = early.pages[0].extract_text()
    assert "Day 1" in text and "Day 2" in text


def test_a_draft_keeps_its_watermark_and_an_empty_event_its_hint(make_event: Callable[..., ProgrammeData]) -> None:
    draft = make_event(days=2, rooms=2, slots_per_room=8, status=EventStatus.DRAFT)
    early, _final = assert_same_first_page(draft, ProgrammeOptions())
    assert "DRAFT" in early.pages[0].extract_text()
    empty = replace(draft, slots=())
    assert_same_first_page(empty, ProgrammeOptions())


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # make_event is pure
@given(
    days=st.integers(1, 4), rooms=st.integers(0, 3), per_room=st.integers(0, 9),
    paper=st.sampled_from(["a4", "a5", "letter"]),
    langs=st.sampled_from([("en", None), ("az", None), ("ru", "az"), ("en", "ru")]),
    descriptions=st.booleans(), biographies=st.booleans(),
)
def test_any_event_shape(make_event: Callable[..., ProgrammeData], days: int, rooms: int, per_room: int,
                         paper: str, langs: tuple[str, str | None], descriptions: bool, biographies: bool) -> None:
    data = make_event(days=days, rooms=rooms, slots_per_room=per_room)
    options = ProgrammeOptions(paper=paper, lang=langs[0], second_lang=langs[1],
                               include_descriptions=descriptions, include_biographies=biographies)
    assert_same_first_page(data, options)


def test_progress_rises_to_the_end_and_can_stop_the_build(make_event: Callable[..., ProgrammeData]) -> None:
    data = make_event(days=3, rooms=2, total_slots=120)
    heard: list[float] = []
    render_programme_with_warnings(data, ProgrammeOptions(), progress=heard.append)
    assert heard == sorted(heard) and heard[-1] == pytest.approx(1.0, abs=0.05) and 0 <= heard[0] < 0.2

    class Stop(Exception):
        pass

    def stop_halfway(share: float) -> None:
        if share > 0.5:
            raise Stop

    with pytest.raises(Stop):
        render_programme_with_warnings(data, ProgrammeOptions(), progress=stop_halfway)


def test_partners_moved_into_the_header_change_the_final_first_page(
        make_event: Callable[..., ProgrammeData]) -> None:
    """Documented exception: a programme whose partners' strip would stand alone on its last page prints the
    partners in the header instead; the early page (laid out before that is known) does not have them."""
    data = next(d for n in range(1, 12) if (d := make_event(days=1, rooms=0, slots_per_room=n))
                and _build(d, ProgrammeOptions(), partners_in_header=False)[2].alone)  # type: ignore[union-attr]
    early = reader(render_first_page(data, ProgrammeOptions())).pages[0].extract_text()
    final = reader(render_programme_with_warnings(data, ProgrammeOptions())[0]).pages[0].extract_text()
    assert "PARTNERS" in final.upper().split("REGIONAL FORUM")[0] and "O3" in final and "O3" not in early
