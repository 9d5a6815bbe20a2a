"""The speaker directory's model and filter: accents and case ignored, sorting done once by the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from eventplanner.domain.data import PersonData
from eventplanner.ui.models.people_model import NAME, PRECEDENCE, PeopleFilter, PeopleModel


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
