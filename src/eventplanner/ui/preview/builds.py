"""The Preview's work off the GUI thread: the programme (page 1 handed over first, then the whole PDF) and the
show's planned vs actual page. Each returns a function the runner calls in a worker with a progress report."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from eventplanner.domain.errors import Cancelled

# Progress shown once page 1 is on screen, and once the whole programme is laid out.
FIRST_PAGE_PERCENT, LAID_OUT_PERCENT = 20, 95


def build_programme(
    db: Any, event_id: int, options: Any, first_page: Callable[[bytes], None], cancel: threading.Event,
) -> Callable[[Callable[[int, str], None]], Any]:
    """Page 1 first, handed to `first_page` as a one-page PDF as soon as it is laid out; then the whole PDF, per
    printed language (code, how many texts print untranslated), and the renderer's warnings. Setting `cancel`
    stops the work between two flowables, with `Cancelled`. Pages are drawn on the GUI thread, only those in
    view (page_strip.py)."""
    def work(report: Callable[[int, str], None]) -> tuple[bytes, list[tuple[str, int]], list[str]]:
        from eventplanner.services.documents import preview_programme

        def check() -> None:
            if cancel.is_set():
                raise Cancelled("Stopped.")

        def early(pdf: bytes) -> None:
            check()
            first_page(pdf)
            report(FIRST_PAGE_PERCENT, "")

        shown = [FIRST_PAGE_PERCENT]

        def laid_out(share: float) -> None:
            check()
            percent = FIRST_PAGE_PERCENT + round(share * (LAID_OUT_PERCENT - FIRST_PAGE_PERCENT))
            if percent > shown[0]:  # one signal per percent, not one per flowable
                shown[0] = percent
                report(percent, "")

        report(5, "")
        result = preview_programme(db, event_id, options, early, laid_out)
        return result.pdf, list(result.missing), list(result.warnings)

    return work


def build_timings(db: Any, event_id: int, lang: str) -> Callable[[Callable[[int, str], None]], Any]:
    """The show's planned vs actual page (recorded by the live show, services/show.py)."""
    def work(report: Callable[[int, str], None]) -> bytes:
        from eventplanner.exports.timings_pdf import timings_pdf
        from eventplanner.services.show import timing_records

        report(10, "Gathering the timings…")
        event, records = timing_records(db, event_id, lang)
        return timings_pdf(event, records, lang)

    return work
