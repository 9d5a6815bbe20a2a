"""Content translations in the GUI: the Translations page, the dialogs' language switch, the Preview notice."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from eventplanner.domain.translations import TextKind
from eventplanner.services import translation_workbook as workbook
from eventplanner.services import translations as service
from eventplanner.ui.agenda.slot_dialog import SlotDialog
from eventplanner.ui.directory.person_dialog import PersonDialog
from eventplanner.ui.translations.model import MISSING_ROLE
from eventplanner.ui.translations.page import TranslationsPage, format_block, parse_block
from eventplanner.ui.window.main_window import MainWindow


@pytest.fixture
def page(sample_window: MainWindow) -> TranslationsPage:
    page = sample_window.translations
    sample_window.tabs.setCurrentWidget(page)
    return page


def _row(page: TranslationsPage, primary: str) -> int:
    """The proxy row showing the text whose primary version is `primary`."""
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, 2).data(Qt.ItemDataRole.EditRole) == primary:
            return r
    raise AssertionError(primary)


def _cell(page: TranslationsPage, primary: str, lang: str) -> str:
    return str(page.proxy.index(_row(page, primary), page.model.column_of(lang)).data(Qt.ItemDataRole.EditRole))


def _db_value(win: MainWindow, primary: str, lang: str) -> str:
    assert win.current_event is not None
    table = service.text_table(win.ops.db, win.current_event.id)
    entry = next(e for e in table.entries if e.primary == primary)
    return table.cell(entry, lang)


def test_typing_in_a_cell_undo_and_redo(page: TranslationsPage, sample_window: MainWindow) -> None:
    win = sample_window
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "English (primary)"
    index = page.proxy.index(_row(page, "Opening speeches"), page.model.column_of("ru"))
    assert page.proxy.setData(index, "Вступительные слова & <речи>")
    assert _db_value(win, "Opening speeches", "ru") == "Вступительные слова & <речи>"
    assert _cell(page, "Opening speeches", "ru") == "Вступительные слова & <речи>"
    assert win.ops.stack.undoText() == "Edit a translation"
    win.ops.stack.undo()
    assert _db_value(win, "Opening speeches", "ru") == "Вступительные речи"
    assert _cell(page, "Opening speeches", "ru") == "Вступительные речи"
    win.ops.stack.redo()
    assert _db_value(win, "Opening speeches", "ru") == "Вступительные слова & <речи>"


def test_paste_a_block_from_excel_is_one_step(page: TranslationsPage, sample_window: MainWindow) -> None:
    win = sample_window
    start = _row(page, "Opening speeches")
    page.view.setCurrentIndex(page.proxy.index(start, page.model.column_of("az")))
    below = str(page.proxy.index(start + 1, 2).data(Qt.ItemDataRole.EditRole))
    QApplication.clipboard().setText('Açılış\tОткрытие\n"İki\nsətir"\t"Две ""строки"""\n')
    depth = win.ops.stack.count()
    page.paste()
    assert win.ops.stack.count() == depth + 1
    assert win.ops.stack.undoText() == "Paste 4 translations"
    assert _db_value(win, "Opening speeches", "az") == "Açılış"
    assert _db_value(win, "Opening speeches", "ru") == "Открытие"
    assert _db_value(win, below, "az") == "İki\nsətir"
    assert _db_value(win, below, "ru") == 'Две "строки"'
    win.ops.stack.undo()
    assert _db_value(win, "Opening speeches", "az") == "Açılış nitqləri"


def test_parse_block_reads_what_spreadsheets_copy() -> None:
    assert parse_block("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_block('"x\ty"\t\n') == [["x\ty", ""]]
    assert parse_block("") == []


def test_missing_only_and_kind_filters(page: TranslationsPage, sample_window: MainWindow) -> None:
    total = page.proxy.rowCount()
    for primary, lang in (("Opening speeches", "ru"), ("Huseynov", "az")):
        index = page.proxy.index(_row(page, primary), page.model.column_of(lang))
        page.proxy.setData(index, "")
    page.missing_only.setChecked(True)
    assert page.proxy.rowCount() == 2
    assert page.proxy.index(0, page.model.column_of("ru")).data(MISSING_ROLE) is True
    assert page.proxy.index(1, page.model.column_of("az")).data(MISSING_ROLE) is True
    page.missing_lang.setCurrentIndex(page.missing_lang.findData("ru"))
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 2).data() == "Opening speeches"
    page.missing_only.setChecked(False)
    page.kind.setCurrentIndex(page.kind.findData(TextKind.NAME.value))
    names = page.proxy.rowCount()
    assert 0 < names < total
    assert all(page.model.entries[page.proxy.mapToSource(page.proxy.index(r, 0)).row()].kind is TextKind.NAME
               for r in range(names))
    assert "az: 1 missing" in page.counts.text().replace("Azərbaycanca", "az")


def test_a_dialog_edits_each_language(sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                      qtbot: Any) -> None:
    win = sample_window
    view = win.agenda
    slot = next(s for s in view.model.slots if s.title == "Opening speeches")

    def edit(self: SlotDialog) -> int:
        self.show()
        with warnings.catch_warnings():  # offscreen windows activate only this way
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(self)
        self.title_edit.setFocus()
        qtbot.keyClick(self.title_edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Russian
        assert self.switch.current == "ru" and self.title_edit.text() == "Вступительные речи"
        self.title_edit.setText("Приветственные речи")
        qtbot.keyClick(self.title_edit, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)  # to az
        assert self.switch.current == "az" and self.title_edit.text() == "Açılış nitqləri"
        self.title_edit.clear()
        assert "•" in self.switch.buttons["az"].text()
        assert self.title_edit.placeholderText() == "English: Opening speeches"
        return 1

    monkeypatch.setattr(SlotDialog, "exec", edit)
    view.select_slot(slot.id)
    view.edit_slot()
    assert _db_value(win, "Opening speeches", "ru") == "Приветственные речи"
    assert _db_value(win, "Opening speeches", "en") == "Opening speeches"  # the primary text stays
    with pytest.raises(StopIteration):
        _db_value(win, "Açılış nitqləri", "az")
    assert service.missing_counts(win.ops.db, slot.event_id)["az"] == 1
    win.ops.stack.undo()
    assert _db_value(win, "Opening speeches", "ru") == "Вступительные речи"
    assert _db_value(win, "Opening speeches", "az") == "Açılış nitqləri"


def test_person_dialog_spells_names_per_language(sample_window: MainWindow, qtbot: Any) -> None:
    person = next(p for s in sample_window.agenda.model.slots for p in (x.person for x in s.participants)
                  if p.family_name == "Huseynov")
    dialog = PersonDialog(sample_window, [], person)
    qtbot.addWidget(dialog)
    dialog.switch.show_language("ru")
    assert dialog.family.text() == "Гусейнов"
    dialog.family.setText("Гусейнов-Алиев")
    dialog.switch.show_language("az")
    assert dialog.given.text() == "Vüsal"
    changes = dialog.changes()
    assert dialog.given.text() == "Vusal"  # reading the values shows the primary language again
    assert changes["translations"]["ru"]["family_name"] == "Гусейнов-Алиев"
    assert changes["translations"]["az"]["given_name"] == "Vüsal"
    assert "given_name" not in changes


def test_workbook_import_is_one_undoable_step(page: TranslationsPage, sample_window: MainWindow,
                                              tmp_path: Any) -> None:
    win = sample_window
    assert win.current_event is not None
    out = workbook.export_workbook(win.ops.db, win.current_event.id, tmp_path / "texts.xlsx")
    book = load_workbook(out)
    ws = book["Translations"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 4).value == "Coffee break")
    ws.cell(row, 5).value = "Çay fasiləsi"
    ws.cell(row, 6).value = "Чайный перерыв"
    book.save(out)
    assert page.import_workbook(str(out), confirm=False)
    assert _db_value(win, "Coffee break", "ru") == "Чайный перерыв"
    assert win.ops.stack.undoText().startswith("Import 2 translations")
    win.ops.stack.undo()
    assert _db_value(win, "Coffee break", "ru") == "Кофе-брейк"
    assert _db_value(win, "Coffee break", "az") == "Kofe fasiləsi"


def test_refused_workbook_changes_nothing(page: TranslationsPage, sample_window: MainWindow, tmp_path: Any,
                                          shown_errors: list[str]) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    depth = sample_window.ops.stack.count()
    assert not page.import_workbook(str(bad), confirm=False)
    assert shown_errors and "not an Excel workbook" in shown_errors[-1]
    assert sample_window.ops.stack.count() == depth


def test_preview_notice_jumps_to_the_missing_texts(sample_window: MainWindow, qtbot: Any) -> None:
    win = sample_window
    assert win.current_event is not None
    table = service.text_table(win.ops.db, win.current_event.id)
    theme = next(e for e in table.entries if e.key.field == "theme")
    service.set_texts(win.ops.db, win.current_event.id, [service.TextEdit(theme.key, "ru", "")])
    preview = win.preview
    win.tabs.setCurrentWidget(preview)
    preview.form.lang.setCurrentIndex(preview.form.lang.findData("ru"))
    with qtbot.waitSignal(preview.rendered, timeout=60_000):
        preview.refresh_preview()
    assert preview.missing == [("ru", 1)]
    assert preview.notice.isVisible() and "Русский: 1 texts have no translation" in preview.notice.text()
    preview.notice.linkActivated.emit("ru")
    page = win.translations
    assert win.tabs.currentWidget() is page
    assert page.missing_only.isChecked() and page.missing_lang.currentData() == "ru"
    assert page.proxy.rowCount() == 1
    assert page.view.currentIndex().column() == page.model.column_of("ru")


def test_event_details_edit_texts_per_language_and_offered_languages(sample_window: MainWindow) -> None:
    win = sample_window
    details = win.details
    win.tabs.setCurrentWidget(details)
    assert details.switch is not None
    details.switch.show_language("ru")
    assert details.theme.text() == "Раскрытие потенциала человеческой мобильности"
    details.theme.setText("Использование потенциала мобильности")
    details.theme.editingFinished.emit()
    assert _db_value(win, "Harnessing the potential of human mobility", "ru") == "Использование потенциала мобильности"
    assert win.current_event is not None and win.current_event.theme == "Harnessing the potential of human mobility"
    assert details.switch.current == "ru" and details.theme.text() == "Использование потенциала мобильности"
    win.ops.stack.undo()
    assert _db_value(win, "Harnessing the potential of human mobility", "ru") == \
        "Раскрытие потенциала человеческой мобильности"
    russian = next(box for box in details.findChildren(QCheckBox) if box.text() == "Русский")
    russian.setChecked(False)
    assert service.text_table(win.ops.db, win.current_event.id).languages == ("en", "az")
    win.ops.stack.undo()
    assert service.text_table(win.ops.db, win.current_event.id).languages == ("en", "az", "ru")


def test_organization_dialog_names_per_language(sample_window: MainWindow, qtbot: Any) -> None:
    from eventplanner.services import organizations
    from eventplanner.ui.directory.org_dialog import OrgDialog

    iom = next(o for o in organizations.list_organizations(sample_window.ops.db) if o.acronym == "IOM")
    dialog = OrgDialog(sample_window, iom)
    qtbot.addWidget(dialog)
    dialog.switch.step(1)  # Ctrl+PgDown: the next language
    assert dialog.switch.current == "az" and dialog.acronym.text() == "BMqT"
    dialog.switch.step(1)
    dialog.name.setText("")
    assert "•" in dialog.switch.buttons["ru"].text()
    changes = dialog.changes()
    assert dialog.name.text() == "International Organization for Migration"
    assert "name" not in changes and "ru" in changes["translations"]
    assert "name" not in changes["translations"]["ru"] and changes["translations"]["ru"]["acronym"] == "МОМ"


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.lists(st.text(alphabet=st.characters(blacklist_characters="\r"), max_size=20),
                              min_size=1, max_size=4), min_size=1, max_size=5))
def test_clipboard_blocks_round_trip(rows: list[list[str]]) -> None:
    """Whatever the cells hold (tabs, quotes, line breaks), a copied block pastes back as the same cells."""
    assert parse_block(format_block(rows)) == rows


def test_copy_then_paste_between_languages(page: TranslationsPage, sample_window: MainWindow) -> None:
    start = _row(page, "Opening speeches")
    page.view.setCurrentIndex(page.proxy.index(start, page.model.column_of("ru")))
    page.view.selectionModel().select(page.proxy.index(start, page.model.column_of("ru")),
                                      page.view.selectionModel().SelectionFlag.ClearAndSelect)
    page.copy()
    assert QApplication.clipboard().text() == "Вступительные речи\n"
    page.view.setCurrentIndex(page.proxy.index(start, page.model.column_of("az")))
    page.paste()
    assert _db_value(sample_window, "Opening speeches", "az") == "Вступительные речи"
