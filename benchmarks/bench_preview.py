"""Benchmark: the Preview's first page against writing the whole PDF programme of a 1,000-slot event.

app: from asking the Preview to show the event (PreviewView.set_event on a shown view, offscreen Qt) until
page 1 is painted in its widget (its label repainted with the page's pixmap). The rest of the programme is
then stopped (the Stop button's path), so the next repetition starts on a quiet machine.
floor: writing the whole PDF of the same event with the same options
(services.documents.write_programme_file: load, lay out every page, write atomically).

RATIO preview_first_page_vs_pdf = app / floor, the median of interleaved pairs (target <= 0.5: the preview
shows page 1 before the rest is laid out). The event: benchdata.fill_large, 1,000 slots over 5 days in 4
rooms, 2,000 people.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchdata  # puts src/ on the path
from interleave import interleave, report

REPS = 7


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from eventplanner.services.documents import write_programme_file
    from eventplanner.services.events import get_event
    from eventplanner.store.database import open_database
    from eventplanner.ui.common import workers
    from eventplanner.ui.common.operations import Operations
    from eventplanner.ui.preview.page import PreviewView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.sqlite3"
        event_id = benchdata.fill_large(path, n_slots=1000, n_people=2000, days=5, rooms=4)
        db = open_database(path)
        event = get_event(db, event_id)
        view = PreviewView(Operations(db))
        view.resize(1200, 900)
        view.show()
        app.processEvents()
        options = view.options()
        out = Path(tmp) / "programme.pdf"

        def wait_for(signal: object) -> None:
            loop = QEventLoop()
            signal.connect(loop.quit)  # type: ignore[attr-defined]
            QTimer.singleShot(120_000, loop.quit)
            loop.exec()
            signal.disconnect(loop.quit)  # type: ignore[attr-defined]

        def first_page() -> float:
            view.strip.set_document(None)  # nothing shown yet, as when the tab first opens
            app.processEvents()
            gc.collect()
            started = time.perf_counter()
            view.set_event(event)
            if not view.strip.page_labels:
                wait_for(view.first_page_shown)
            label = view.strip.page_labels[0]
            assert not label.pixmap().isNull(), "page 1 is not drawn"
            label.repaint()  # painted, not only queued for painting
            elapsed = time.perf_counter() - started
            assert not view.strip.complete, "the whole programme came before its first page"
            view.stop()
            workers.wait_all(60_000)
            app.processEvents()
            return elapsed

        def whole_pdf() -> float:
            gc.collect()
            started = time.perf_counter()
            write_programme_file(db, event_id, out, options)
            return time.perf_counter() - started

        first_page(), whole_pdf()  # warm up: fonts, imports, caches
        result = interleave(first_page, whole_pdf, REPS)
        view.close()
        db.close()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    report("preview_first_page_vs_pdf", result)


if __name__ == "__main__":
    main()
