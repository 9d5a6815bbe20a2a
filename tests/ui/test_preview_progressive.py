"""The Preview shows page 1 before the rest of the programme is laid out, then the whole document in its place.

The builder is replaced by a fake that hands over page 1 and then waits for the test to let it go on, so the
order is checked by signals, never by the clock.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import Cancelled, ValidationError
from eventplanner.services import documents
from eventplanner.services.documents import ProgrammePreview
from eventplanner.store.database import Database
from eventplanner.ui.common import errors, workers
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.preview import page as preview_module
from eventplanner.ui.preview.page import PreviewView
from eventplanner.ui.preview.page_strip import FIXED
from eventplanner.ui.preview.render import PdfPages


def pdf_of(pages: int, label: str) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    for n in range(1, pages + 1):
        canvas.drawString(72, 700, f"{label} page {n}")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


class FakeBuilder:
    """Stands in for services.documents.preview_programme: page 1 at once, then waits for `go`, then lays out
    the rest (or fails with `error`)."""

    def __init__(self) -> None:
        self.go = threading.Event()
        self.error: BaseException | None = None
        self.calls = 0
        self.pages = 3

    def __call__(self, _db: Any, _event_id: int, _options: Any, first_page: Callable[[bytes], None],
                 progress: Callable[[float], None] | None = None) -> ProgrammePreview:
        self.calls += 1
        first_page(pdf_of(1, "early"))
        assert self.go.wait(30)
        for step in range(1, 11):
            if progress is not None:
                progress(step / 10)
            if self.error is not None and step == 5:
                raise self.error
        return ProgrammePreview(pdf_of(self.pages, "final"), (), ())


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBuilder]:
    builder = FakeBuilder()
    monkeypatch.setattr(documents, "preview_programme", builder)
    yield builder
    builder.go.set()  # never leave a worker waiting
    workers.wait_all(20_000)


@pytest.fixture
def view(qtbot: Any, db: Database, shown_errors: list[str]) -> Iterator[PreviewView]:
    preview = PreviewView(Operations(db))
    qtbot.addWidget(preview)
    preview.resize(1100, 700)
    preview.show()
    yield preview
    workers.wait_all(20_000)


def signals_in_order(view: PreviewView) -> list[str]:
    seen: list[str] = []
    view.first_page_shown.connect(lambda: seen.append("first page"))
    view.rendered.connect(lambda _n: seen.append("whole"))
    return seen


def test_page_one_shows_first_and_the_whole_document_replaces_it_in_place(
        qtbot: Any, view: PreviewView, fake: FakeBuilder, sample_event: EventData) -> None:
    seen = signals_in_order(view)
    with qtbot.waitSignal(view.first_page_shown, timeout=30_000):
        view.set_event(sample_event)
    strip = view.strip
    assert view.busy and len(strip.page_labels) == 1 and strip.page_counter.text() == "Page 1 of …"
    assert not view.save_button.isEnabled() and not view.stop_button.isHidden()
    assert "laying out" in view.status.text()
    # The reader zooms in and scrolls down page 1 while the rest is laid out.
    strip.set_zoom(FIXED, 1.5)
    qtbot.waitUntil(lambda: strip.scroller.verticalScrollBar().maximum() > 300)
    strip.scroller.verticalScrollBar().setValue(300)
    first_label = strip.page_labels[0]
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        fake.go.set()
    assert seen == ["first page", "whole"]
    assert len(strip.page_labels) == 3 and strip.page_labels[0] is first_label  # the same widget: no flicker
    assert strip.zoom_mode == FIXED and strip.zoom == 1.5
    qtbot.wait(10)  # the deferred scroll restore, after the layout took the new pages
    assert strip.scroller.verticalScrollBar().value() == 300
    assert strip.page_counter.text() == "Page 1 of 3"
    assert view.save_button.isEnabled() and view.stop_button.isHidden() and view.status.text() == "3 page(s)"


def test_stop_keeps_page_one_and_says_it_is_not_the_whole_programme(
        qtbot: Any, view: PreviewView, fake: FakeBuilder, sample_event: EventData) -> None:
    with qtbot.waitSignal(view.first_page_shown, timeout=30_000):
        view.set_event(sample_event)
    view.stop_button.click()
    fake.go.set()
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    assert view.status.text() == "Stopped: only page 1 is shown."
    assert view.pdf is None and not view.save_button.isEnabled()
    assert len(view.strip.page_labels) == 1 and view.strip.page_counter.text() == "Page 1 of …"
    assert not view.resume_button.isHidden() and view.stop_button.isHidden()
    # Laying out all pages after all.
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.resume_button.click()
    assert len(view.strip.page_labels) == 3 and view.resume_button.isHidden() and view.save_button.isEnabled()


def test_an_error_after_page_one_is_a_message_and_page_one_stays_incomplete(
        qtbot: Any, view: PreviewView, fake: FakeBuilder, sample_event: EventData) -> None:
    fake.error = ValidationError("The agenda has a slot with no room.")
    with qtbot.waitSignal(view.first_page_shown, timeout=30_000):
        view.set_event(sample_event)
    fake.go.set()
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    status = view.status.text()
    assert status.startswith("The agenda has a slot with no room.") and "Only page 1 is shown" in status
    assert "Traceback" not in status and "Error" not in status
    assert view.strip.page_counter.text() == "Page 1 of …" and not view.strip.complete
    assert view.pdf is None and not view.save_button.isEnabled() and not view.print_button.isEnabled()


def test_an_unexpected_error_is_told_in_the_status_and_the_usual_dialog(
        qtbot: Any, view: PreviewView, fake: FakeBuilder, sample_event: EventData,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs: list[BaseException] = []
    monkeypatch.setattr(errors, "show_unexpected_error", lambda _p, exc, tb=None, context="": dialogs.append(exc))
    fake.error = RuntimeError("boom")
    with qtbot.waitSignal(view.first_page_shown, timeout=30_000):
        view.set_event(sample_event)
    fake.go.set()
    qtbot.waitUntil(lambda: not view.busy, timeout=30_000)
    assert view.status.text() == ("The programme could not be built. "
                                  "Only page 1 is shown; it is not the whole programme.")
    assert [str(e) for e in dialogs] == ["boom"] and view.strip.page_counter.text() == "Page 1 of …"


def test_a_reader_further_down_keeps_the_old_pages_until_the_new_ones_are_whole(
        qtbot: Any, view: PreviewView, fake: FakeBuilder, sample_event: EventData) -> None:
    fake.go.set()
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.set_event(sample_event)
    strip = view.strip
    strip.set_zoom(FIXED, 1.0)
    bar = strip.scroller.verticalScrollBar()

    def at_the_end() -> bool:
        bar.setValue(bar.maximum())
        return strip.current_page() == 3

    qtbot.waitUntil(at_the_end)
    seen = signals_in_order(view)
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.invalidate()
    assert seen == ["whole"] and len(strip.page_labels) == 3


def test_a_new_build_stops_the_one_under_way(qtbot: Any, view: PreviewView, fake: FakeBuilder,
                                             sample_event: EventData) -> None:
    with qtbot.waitSignal(view.first_page_shown, timeout=30_000):
        view.set_event(sample_event)
    old = view.cancel
    view.invalidate()
    assert old is not None and old.is_set() and view.cancel is not None and not view.cancel.is_set()
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        fake.go.set()
    assert fake.calls == 2 and len(view.strip.page_labels) == 3


def test_the_real_builder_hands_over_page_one_before_the_whole_and_stops_when_told(
        qtbot: Any, db: Database, sample_event: EventData) -> None:
    from eventplanner.exports.programme import ProgrammeOptions

    order: list[str] = []
    early: list[bytes] = []

    def page_one(pdf: bytes) -> None:
        order.append("page 1")
        early.append(pdf)

    build = preview_module.build_programme(db, sample_event.id, ProgrammeOptions(), page_one, threading.Event())
    pdf, _missing, _warnings = build(lambda pct, _t: order.append("laid out") if pct == 95 else None)
    assert order == ["page 1", "laid out"] and pdf.startswith(b"%PDF")
    # The early page 1 is drawn exactly as the final one, but for the footer ('page 1 of …').
    first, whole = PdfPages(early[0]), PdfPages(pdf)
    assert len(first) == 1 and first.sizes[0] == whole.sizes[0]
    shown, final = first.image(0, 600), whole.image(0, 600)
    above_footer = int(shown.height() * 0.92)
    assert shown.copy(0, 0, 600, above_footer) == final.copy(0, 0, 600, above_footer) and shown != final
    first.close()
    whole.close()

    cancel = threading.Event()
    handed: list[bytes] = []

    def page_one_then_stop(pdf: bytes) -> None:
        handed.append(pdf)
        cancel.set()  # Stop, pressed as soon as page 1 shows

    with pytest.raises(Cancelled):
        preview_module.build_programme(db, sample_event.id, ProgrammeOptions(), page_one_then_stop, cancel)(
            lambda _p, _t: None)
    assert len(handed) == 1


def test_a_long_document_replacing_page_one_keeps_the_reader_on_page_one(
        qtbot: Any, view: PreviewView, fake: FakeBuilder, sample_event: EventData) -> None:
    fake.pages = 30
    with qtbot.waitSignal(view.first_page_shown, timeout=30_000):
        view.set_event(sample_event)
    strip = view.strip
    strip.set_zoom(FIXED, 1.5)
    qtbot.waitUntil(lambda: strip.scroller.verticalScrollBar().maximum() > 400)
    strip.scroller.verticalScrollBar().setValue(400)
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        fake.go.set()
    qtbot.waitUntil(lambda: strip.page_counter.text() == "Page 1 of 30")
    assert strip.scroller.verticalScrollBar().value() == 400 and strip.current_page() == 1


def test_only_the_pages_in_view_are_drawn(qtbot: Any, view: PreviewView, fake: FakeBuilder,
                                          sample_event: EventData) -> None:
    """A long document holds pixmaps for the pages in view and a few around them, not for every page."""
    fake.pages = 40
    fake.go.set()
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.set_event(sample_event)
    strip = view.strip

    def drawn() -> list[int]:
        return [i for i, label in enumerate(strip.page_labels) if not label.pixmap().isNull()]

    assert drawn() and max(drawn()) < 6
    bar = strip.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: 39 in drawn())
    assert min(drawn()) > 30 and strip.page_counter.text() == "Page 40 of 40"
    assert all(label.width() == strip.page_labels[0].width() for label in strip.page_labels)  # blank, same size


def test_zooming_keeps_the_page_in_view(qtbot: Any, view: PreviewView, fake: FakeBuilder,
                                        sample_event: EventData) -> None:
    fake.pages = 40
    fake.go.set()
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        view.set_event(sample_event)
    strip = view.strip
    bar = strip.scroller.verticalScrollBar()

    def on_page_20() -> bool:
        bar.setValue(strip._tops[19])
        return strip.current_page() == 20

    qtbot.waitUntil(on_page_20)
    for zoom in (0.33, 2.0, 0.5):
        strip.set_zoom(FIXED, zoom)
        qtbot.waitUntil(lambda: strip.current_page() == 20 and strip.page_counter.text() == "Page 20 of 40")
        assert not strip.page_labels[19].pixmap().isNull()


def test_stop_is_ready_again_for_the_next_build(qtbot: Any, view: PreviewView, fake: FakeBuilder,
                                                sample_event: EventData) -> None:
    """Stop pressed just as the build ends must not leave a disabled Stop for the next one."""
    with qtbot.waitSignal(view.first_page_shown, timeout=30_000):
        view.set_event(sample_event)
    view.stop()
    assert not view.stop_button.isEnabled()
    view.invalidate()  # a new build before the stopped one has ended
    assert view.stop_button.isEnabled() and not view.stop_button.isHidden()
    with qtbot.waitSignal(view.rendered, timeout=30_000):
        fake.go.set()
    view.form.document.setCurrentIndex(view.form.document.findData("timings"))
    assert view.stop_button.isHidden()
