"""The translators' workbook: round trip into the programme, refusals that change nothing, hostile cells."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.exports.programme import ProgrammeOptions, render_programme
from eventplanner.services import events
from eventplanner.services import translation_workbook as wb
from eventplanner.services import translations as tr
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database


def _row_of(path: Path, primary: str) -> int:
    ws = load_workbook(path)["Translations"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 4).value == primary:
            return r
    raise AssertionError(primary)


def _edit(path: Path, target: Path, cells: dict[str, object], sheet: str = "Translations") -> Path:
    book = load_workbook(path)
    for ref, value in cells.items():
        book[sheet][ref] = value
    book.save(target)
    return target


def _pdf_text(db: Database, event_id: int, lang: str) -> str:
    pdf = render_programme(programme_data(db, event_id), ProgrammeOptions(lang=lang))
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_round_trip_export_change_import_see_it_in_the_programme(db: Database, sample_event: EventData,
                                                                 tmp_path: Path) -> None:
    out = wb.export_workbook(db, sample_event.id, tmp_path / "texts.xlsx")
    sheet = load_workbook(out)["Translations"]
    assert [c.value for c in sheet[1]] == ["key", "kind", "where", "en", "az", "ru"]
    r = _row_of(out, "Opening speeches")
    changed = _edit(out, tmp_path / "back.xlsx", {f"F{r}": "Приветственные речи <гостей> & партнёров"})
    preview = wb.preview_workbook(db, sample_event.id, changed)
    assert [(str(c.key), c.lang, c.old, c.new) for c in preview.changes] == [
        (sheet.cell(r, 1).value, "ru", "Вступительные речи", "Приветственные речи <гостей> & партнёров")]
    assert "Вступительные речи -> Приветственные речи" in "\n".join(preview.lines())
    assert "Приветственные речи" not in _pdf_text(db, sample_event.id, "ru")  # a preview changes nothing
    applied = wb.apply_workbook(db, preview)
    assert len(applied) == 1
    assert "Приветственные речи <гостей> & партнёров" in _pdf_text(db, sample_event.id, "ru")
    tr.set_texts(db, sample_event.id, tr.undo_edits(applied))  # one undoable step
    assert "Вступительные речи" in _pdf_text(db, sample_event.id, "ru")


def test_an_untouched_workbook_changes_nothing(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    out = wb.export_workbook(db, sample_event.id, tmp_path / "texts.xlsx")
    assert wb.preview_workbook(db, sample_event.id, out).changes == ()


def test_formula_like_texts_are_written_as_text(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    key = next(e.key for e in tr.text_table(db, sample_event.id).entries if e.primary == "Coffee break")
    tr.set_texts(db, sample_event.id, [tr.TextEdit(key, "az", '=HYPERLINK("http://x","y")')])
    out = wb.export_workbook(db, sample_event.id, tmp_path / "texts.xlsx")
    cell = load_workbook(out)["Translations"].cell(_row_of(out, "Coffee break"), 5)
    assert cell.data_type == "s" and cell.quotePrefix and cell.value.startswith("=HYPERLINK")
    assert wb.preview_workbook(db, sample_event.id, out).changes == ()


def _refused(db: Database, event_id: int, path: Path, message: str) -> None:
    before = tr.text_table(db, event_id)
    with pytest.raises(ValidationError, match=message) as caught:
        wb.apply_workbook(db, wb.preview_workbook(db, event_id, path))
    assert "\n" not in caught.value.message
    assert tr.text_table(db, event_id) == before


def test_a_workbook_of_another_event_is_refused(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    other = events.create_event(db, "Another event", date(2022, 3, 1))
    out = wb.export_workbook(db, other.id, tmp_path / "other.xlsx")
    _refused(db, sample_event.id, out, "another event")


@pytest.mark.parametrize("cells, message", [
    ({"A5": "slot:12"}, "is not a text key"),
    ({"A5": "slot:99999:title"}, "is not a text of"),
    ({"A5": "event:1:title"}, "appears twice"),
    ({"A5": None, "E5": "text"}, "no key"),
    ({"D2": ""}, "cannot be empty"),
    ({"E5": "=1+1"}, "formula"),
    ({"G1": "fr"}, "not a language code|does not offer"),
    ({"A1": "id"}, "header row"),
])
def test_a_broken_workbook_is_refused_and_nothing_changes(db: Database, sample_event: EventData, tmp_path: Path,
                                                           cells: dict[str, object], message: str) -> None:
    out = wb.export_workbook(db, sample_event.id, tmp_path / "texts.xlsx")
    changed = dict(cells)
    changed.setdefault("F3", "Другой текст")  # a valid change alongside, which must not be applied either
    _refused(db, sample_event.id, _edit(out, tmp_path / "bad.xlsx", changed), message)


def test_files_that_are_not_translation_workbooks(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    _refused(db, sample_event.id, junk, "not an Excel workbook")
    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    _refused(db, sample_event.id, plain, "not a translations workbook")
    out = wb.export_workbook(db, sample_event.id, tmp_path / "texts.xlsx")
    _refused(db, sample_event.id, _edit(out, tmp_path / "fmt.xlsx", {"B1": "x"}, sheet="About"), "format")


hostile_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "<b>&amp;</b>", "ə ş ğ ı İ", "Ёжик",
                     "مرحبا", "\t\r\n", "x" * 20_001, "\x00\x01\x1f"]),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.tuples(st.integers(min_value=2, max_value=12), st.sampled_from("DEF"), hostile_text),
                      min_size=1, max_size=6))
def test_hostile_cells_are_stored_as_plain_text_or_refused(db: Database, sample_event: EventData,
                                                            tmp_path_factory: pytest.TempPathFactory,
                                                            cells: list[tuple[int, str, object]]) -> None:
    folder = tmp_path_factory.mktemp("wb")
    out = wb.export_workbook(db, sample_event.id, folder / "texts.xlsx")
    book = load_workbook(out)
    ws = book["Translations"]
    for row, col, value in cells:
        cell = ws[f"{col}{row}"]
        try:
            cell.value = value
        except Exception:  # openpyxl itself refuses characters a workbook cannot hold
            continue
        if isinstance(value, str):
            cell.data_type = "s"
    book.save(folder / "back.xlsx")
    before = tr.text_table(db, sample_event.id)
    try:
        preview = wb.preview_workbook(db, sample_event.id, folder / "back.xlsx")
        changes = wb.apply_workbook(db, preview)
    except ValidationError as exc:
        assert exc.message and "\n" not in exc.message
        assert tr.text_table(db, sample_event.id) == before
        return
    after = tr.text_table(db, sample_event.id)
    for change in changes:
        stored = after.cell(after.by_key()[change.key], change.lang)
        assert stored == change.new
        assert all(ch in "\t\n" or ord(ch) >= 32 for ch in stored)
    tr.set_texts(db, sample_event.id, tr.undo_edits(changes))
    assert tr.text_table(db, sample_event.id) == before
