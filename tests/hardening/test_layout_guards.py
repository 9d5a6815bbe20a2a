"""Nothing a user can type makes a document fail: no ReportLab LayoutError on long, realistic content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hardening_helpers import cli
from pypdf import PdfReader

from eventplanner.services import people
from eventplanner.store.database import open_database

TITLE = "Harnessing the potential of human mobility for sustainable development and regional cooperation " * 4
ABSTRACT = ("A long abstract about migration governance, partnerships and the protection of migrants. " * 12)[:1000]


def _long_schedule(path: Path, room: str) -> None:
    events = [{"title": f"{TITLE[:350 + 10 * i]} {i}", "start": f"{10 + i}:00", "duration": "00:45",
               "abstract": ABSTRACT, "persons": [{"public_name": f"Dr. Speaker Number{i}", "biography": ABSTRACT}]}
              for i in range(4)]
    days = [{"date": "2030-05-01", "rooms": {room: events, "Second": events[:1]}}]
    doc = {"schedule": {"conference": {"title": "Long content", "acronym": "long", "start": "2030-05-01",
                                       "end": "2030-05-01", "time_zone_name": "Asia/Baku", "days": days}}}
    path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.fixture
def long_db(tmp_path: Path) -> Path:
    source = tmp_path / "long.json"
    _long_schedule(source, "Conference hall of the ministry " * 160)  # a room name of ~5,000 characters
    db = tmp_path / "long.sqlite3"
    assert cli("--db", str(db), "import", str(source)).code == 0
    return db


@pytest.mark.parametrize("options", [(), ("--paper", "a5"), ("--paper", "letter", "--biographies"),
                                     ("--second-lang", "ru"), ("--paper", "a5", "--second-lang", "az",
                                                               "--layout", "side_by_side", "--biographies")],
                         ids=lambda o: " ".join(o) or "a4")
def test_long_titles_abstracts_and_room_names_lay_out(long_db: Path, tmp_path: Path, options: tuple[str, ...]) -> None:
    out = tmp_path / "programme.pdf"
    outcome = cli("--db", str(long_db), "pdf", "long", "-o", str(out), *options)
    assert outcome.code == 0, outcome.err
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    for i in range(4):
        assert f"Speaker Number{i}" in text


def test_multi_line_positions_lay_out_in_the_speaker_list_and_badges(long_db: Path, tmp_path: Path) -> None:
    db = open_database(long_db)
    try:
        for person in people.list_people(db):
            people.update_person(db, person.id, position="Deputy Head of the Department\n" * 120,
                                 rank="Counsellor\n" * 60)
    finally:
        db.close()
    for args in (("speakers", "long", "-o", str(tmp_path / "s.pdf")),
                 ("speakers", "long", "-o", str(tmp_path / "p.pdf"), "--per-slot"),
                 ("badges", "long", "-o", str(tmp_path / "b.pdf")),
                 ("badges", "long", "-o", str(tmp_path / "c.pdf"), "--cards"),
                 ("pdf", "long", "-o", str(tmp_path / "g.pdf"), "--biographies")):
        outcome = cli("--db", str(long_db), *args)
        assert outcome.code == 0, (args, outcome.err)
    listing = " ".join((p.extract_text() or "") for p in PdfReader(tmp_path / "s.pdf").pages)
    assert "Deputy Head" in listing and "…" in listing
