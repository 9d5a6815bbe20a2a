"""Benchmark: typing a three-letter filter into the speaker directory of 5,000 people.

The directory (PeopleView: model, filter proxy, sorted table) is loaded first (not timed). Timed: the three
keystrokes one by one, each followed by a repaint of the table. The floor is a bare QSortFilterProxyModel
(fixed string, case-insensitive) over a QStringListModel of the same strings the directory searches (name,
position, rank, organization), in a plain QTableView of the same size, typed and repainted the same way.
App and floor type in turns (`interleave.py`). Prints raw times, `RATIO filter_vs_floor` (median of the
per-pair ratios) and `SPREAD filter_vs_floor`.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchdata import fill_large
from interleave import interleave, report
from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

TYPED = "mül"
REPEAT = 7
SIZE = (1100, 700)


def type_into(set_text: Callable[[str], None], viewport: QWidget) -> float:
    set_text("")
    QApplication.processEvents()
    viewport.repaint()
    gc.collect()
    t0 = time.perf_counter()
    for n in range(1, len(TYPED) + 1):
        set_text(TYPED[:n])
        QApplication.processEvents()
        viewport.repaint()
    return time.perf_counter() - t0


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "people.sqlite3"
        fill_large(path, n_slots=0, days=1)

        from eventplanner.store.database import open_database
        from eventplanner.ui.common.operations import Operations
        from eventplanner.ui.directory.people_view import PeopleView

        db = open_database(path)
        view = PeopleView(Operations(db))
        view.resize(*SIZE)
        view.show()
        view.reload()
        QApplication.processEvents()
        people = list(view.model.people)
        strings = [" ".join((p.display_name, p.position, p.rank, p.organization_name)) for p in people]
        floor_model = QStringListModel(strings)
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(floor_model)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table = QTableView()
        table.setModel(proxy)
        table.resize(*SIZE)
        table.show()
        QApplication.processEvents()

        result = interleave(lambda: type_into(view.filter.setText, view.table.viewport()),
                            lambda: type_into(proxy.setFilterFixedString, table.viewport()), REPEAT)
        view.filter.setText(TYPED)
        proxy.setFilterFixedString(TYPED)
        shown, floor_shown = view.proxy.rowCount(), proxy.rowCount()
        view.close()
        table.close()
        db.close()
    print(f"filter '{TYPED}' over {len(people)} people: app shows {shown}, floor {floor_shown}")
    report("filter_vs_floor", result)
    del app


if __name__ == "__main__":
    main()
