"""Speaker tables (CSV / XLSX): header matching, neutralized cells, preview and apply against the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from interop_fixtures import hostile_programme
from openpyxl import Workbook

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.exports.speaker_list import speaker_list_csv, speaker_list_xlsx, speaker_rows
from eventplanner.imports.speakers import read_speaker_table
from eventplanner.services import speaker_import
from eventplanner.services.people import list_people
from eventplanner.store.database import Database


def test_headers_matched_case_insensitively() -> None:
    data = "\ufeffSURNAME;First Name;E-Mail;Organisation;Job title;Notes\n" \
           "Huseynov;Vusal;VH@example.az;SMS;Chief;x\n;;;;;\nQuliyev;Rəşad;;Yeni Təşkilat;;\n;;a@b.c;;;\n"
    table = read_speaker_table(data.encode("utf-8"), "x.csv")
    assert table.columns == {"family_name": "SURNAME", "given_name": "First Name", "email": "E-Mail",
                             "organization": "Organisation", "position": "Job title"}
    assert table.ignored_columns == ["Notes"]
    assert [(r.given_name, r.family_name, r.row) for r in table.records] == [("Vusal", "Huseynov", 2),
                                                                           ("Rəşad", "Quliyev", 4)]
    assert table.skipped == ["Row 5: no name; skipped."]


def test_full_name_column_is_split() -> None:
    table = read_speaker_table(b"Name,Company\nDr. Jane Roe,ACME\n")
    (rec,) = table.records
    assert (rec.honorific, rec.given_name, rec.family_name, rec.organization) == ("Dr.", "Jane", "Roe", "ACME")


def test_own_exports_read_back_with_formulas_restored() -> None:
    rows = speaker_rows(hostile_programme())
    for blob, name in ((speaker_list_csv(rows), "s.csv"), (speaker_list_xlsx(rows), "s.xlsx")):
        table = read_speaker_table(blob, name)
        assert len(table.records) == 4
        first = table.records[0]
        assert first.position == "=cmd|' /C calc'!A0" and first.rank == "+rank"
        assert first.phone == "+994 12 555 55 55" and first.family_name == "Məmmədov"
        assert "Slot" in table.ignored_columns


def test_not_a_table() -> None:
    with pytest.raises(ValidationError, match="header row"):
        read_speaker_table(b"just,some\n1,2\n")
    with pytest.raises(ValidationError, match="cannot be read"):
        read_speaker_table(b"PK\x03\x04 broken zip", "x.xlsx")


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_preview_then_apply(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "speakers.xlsx", [
        ["Honorific", "Given name", "Family name", "Organization", "Email", "Phone"],
        ["Mr.", "Vusal", "Huseynov", "SMS", "", "+994 12 000 00 00"],      # name + org (acronym) -> update phone
        ["Ms.", "Jane", "Roe", "New Agency", "jane@example.org", ""],       # new person, new organization
        ["", "Antonio", "Vitorino", "Some Other Org", "", ""],             # same name, other org -> new person
    ])
    before = len(list_people(db))
    preview = speaker_import.import_speakers(db, path, apply=False)
    assert len(list_people(db)) == before  # a preview writes nothing
    assert [c.name for c in preview.create] == ["Ms. Jane Roe", "Antonio Vitorino"]
    assert [(c.name, c.changes["phone"]) for c in preview.update] == [("Mr. Vusal Huseynov", ("", "+994 12 000 00 00"))]
    assert preview.organizations_created == ["New Agency", "Some Other Org"]
    assert any("to create" in line for line in preview.lines())

    applied = speaker_import.import_speakers(db, path, event=sample_event)
    assert applied.applied and len(list_people(db)) == before + 2
    huseynov = next(p for p in list_people(db) if p.family_name == "Huseynov")
    assert huseynov.phone == "+994 12 000 00 00"
    # again: now matched by email / name and organization, nothing left to do
    again = speaker_import.import_speakers(db, path, apply=False)
    assert (len(again.create), len(again.update), len(again.unchanged)) == (0, 0, 3)
