"""The programme's first page alone, laid out long before the whole document: what a preview shows at once.

Page 1 of a programme depends only on the flowables drawn on it and the one that does not fit any more, so a
layout of the first day (or days) of the agenda yields the same page 1 as the whole story, as long as that
part overflows page 1. A zero-height marker after the part tells: drawn on page 1, the part was too short and
the layout is done again with twice as many days; the whole agenda is the last resort and always right.

The layout stops when page 1 is complete: its footer says 'page 1 of …' (`PAGE_TOTAL_PENDING`), the total
being unknown until the whole programme is laid out; everything else on the page is as in the final PDF. One
exception: when the partners' strip would stand alone on the last page, the final layout moves the partners'
logos into the header, and page 1 of the final document then differs from the early one.
"""

from __future__ import annotations

import contextlib

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.fonts import register_fonts
from eventplanner.exports.programme.document import Layout, _canvas_class, _Furniture
from eventplanner.exports.programme.options import ProgrammeOptions

PAGE_TOTAL_PENDING = "…"
"""Printed for the page total in the footer of a first page shown before the total is known."""
FIRST_DAYS = 1
"""Days of the agenda laid out in the first try (doubled while they do not fill page 1)."""


class _PartEnd(Flowable):  # type: ignore[misc]
    """Zero height, drawn only when everything before it fitted: then the part did not fill page 1."""

    def __init__(self) -> None:
        super().__init__()
        self.reached = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.reached = True


class _PageOneDone(Exception):
    """Raised out of the layout once page 1 is written: nothing after it is laid out."""


def _first_page_canvas(furniture: _Furniture) -> type[Canvas]:
    numbered = _canvas_class(furniture)

    class FirstPageCanvas(numbered):  # type: ignore[misc,valid-type]
        """Writes page 1 with its footer as soon as it is complete, saves the file and stops the layout."""

        def showPage(self) -> None:
            furniture.footer(self, 1, PAGE_TOTAL_PENDING)
            Canvas.showPage(self)
            Canvas.save(self)
            raise _PageOneDone

    return FirstPageCanvas


def first_page_pdf(data: ProgrammeData, options: ProgrammeOptions) -> bytes:
    """A one-page PDF: page 1 of the programme as `render_programme(data, options)` prints it, but for the total
    in its footer ('page 1 of …')."""
    register_fonts()
    days: int | None = FIRST_DAYS
    while True:
        pdf = _try_first_page(data, options, days)
        if pdf is not None:
            return pdf
        days = None if days is None or days >= len(data.days) else days * 2


def _try_first_page(data: ProgrammeData, options: ProgrammeOptions, days: int | None) -> bytes | None:
    """Page 1 from the agenda's first `days` days (all when None); None when they do not fill it."""
    layout = Layout(data, options, partners_in_header=False)
    story, _strip, complete = layout.story(first_days=days)
    end = None if complete else _PartEnd()
    if end is not None:
        story.append(end)
    with contextlib.suppress(_PageOneDone):
        layout.doc.build(story, canvasmaker=_first_page_canvas(layout.furniture))
    if end is not None and end.reached:
        return None
    return layout.buf.getvalue()

