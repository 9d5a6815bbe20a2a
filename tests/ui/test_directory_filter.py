"""The speaker directory's model and filter: accents and case ignored, the model filters and sorts its own rows
(the proxy only passes them on), selection follows people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from eventplanner.domain.data import PersonData
from eventplanner.ui.directory.people_model import (
    NAME,
    PRECEDENCE,
    PeopleFilter,
    PeopleModel,
    haystack,
    search_words,
)


def _people() -> list[PersonData]:
    return [
        PersonData(1, "Ələsgər", "Müller", position="Deputy Minister", organization_name="Ministry of Labour"),
        PersonData(2, "Anna", "Mueller", position="Adviser", precedence=5),
        PersonData(3, "José", "García", organization_name="IOM", precedence=1),
    ]


def _shown(proxy: PeopleFilter) -> list[int]:
    model = proxy.sourceModel()
    assert isinstance(model, PeopleModel)
    return [model.people[proxy.mapToSource(proxy.index(r, 0)).row()].id for r in range(proxy.rowCount())]


def test_filter_ignores_accents_and_case(qtbot: Any) -> None:
    model, proxy = PeopleModel(), PeopleFilter()
    proxy.setSourceModel(model)
    model.set_people(_people())
    proxy.set_text("MUL")
    assert _shown(proxy) == [1]
    proxy.set_text("jose  iom")
    assert _shown(proxy) == [3]
    proxy.set_text("ƏLƏSGƏR ministry")
    assert _shown(proxy) == [1]
    proxy.set_text("")
    assert sorted(_shown(proxy)) == [1, 2, 3]


def test_filter_follows_reloads_and_sorting(qtbot: Any) -> None:
    model, proxy = PeopleModel(), PeopleFilter()
    proxy.setSourceModel(model)
    model.set_people(_people())
    proxy.set_text("m")
    proxy.sort(PRECEDENCE, Qt.SortOrder.AscendingOrder)
    assert [p.id for p in model.people] == [3, 2, 1]
    assert _shown(proxy) == [3, 2, 1]  # "m" is in every name or organization; the model's order shows
    model.set_people(_people()[:2])  # a reload keeps the order and the filter
    assert [p.id for p in model.people] == [2, 1]
    proxy.set_text("adviser")
    assert _shown(proxy) == [2]
    proxy.set_text("")
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert [p.family_name for p in model.people] == ["Müller", "Mueller"]  # "muller" after "mueller"


def test_model_filters_its_own_rows_and_keeps_the_directory(qtbot: Any) -> None:
    model, proxy = PeopleModel(), PeopleFilter()
    proxy.setSourceModel(model)
    model.set_people(_people())
    proxy.set_text("  mu  ")  # Müller and Mueller: accents and case folded, spaces ignored
    assert [p.id for p in model.people] == [1, 2] and model.rowCount() == 2 == proxy.rowCount()
    assert model.total() == 3 and [p.id for p in model.all_people] == [1, 2, 3]
    proxy.set_text("MÜ labour")  # every word must match, in any column
    assert [p.id for p in model.people] == [1]
    proxy.set_text("mu zzz")
    assert model.people == [] and proxy.rowCount() == 0
    proxy.set_text("")
    assert [p.id for p in model.people] == [1, 2, 3]


def test_selection_and_current_row_follow_their_person_through_filtering(qtbot: Any) -> None:
    model, proxy = PeopleModel(), PeopleFilter()
    proxy.setSourceModel(model)
    model.set_people(_people())
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    select = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(proxy.index(1, 0), select)  # Anna Mueller
    proxy.set_text("adviser")  # Anna moves from row 1 to row 0 and stays selected and current
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
    assert table.currentIndex().row() == 0 and proxy.index(0, 0).data() == "Anna Mueller"
    proxy.set_text("iom")  # filtered out: nothing selected
    assert table.selectionModel().selectedRows() == [] and not table.currentIndex().isValid()
    proxy.set_text("")
    assert proxy.rowCount() == 3


def test_sorting_keeps_the_filter_and_search_texts_in_step(qtbot: Any) -> None:
    model, proxy = PeopleModel(), PeopleFilter()
    proxy.setSourceModel(model)
    model.set_people(_people())
    proxy.set_text("ministry")
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert [p.id for p in model.people] == [1]
    assert [p.id for p in model.all_people] == [1, 2, 3]  # Müller, Mueller, García
    assert model.haystacks == [haystack(p) for p in model.all_people]
    proxy.set_text("garcia")
    assert [p.id for p in model.people] == [3]
    assert search_words(" Ələsgər  GARCÍA ") == ["ələsgər", "garcia"]  # as name_key folds them
