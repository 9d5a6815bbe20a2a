"""Name badges and table tent cards: pages, literal text, logos, long and non-Latin names."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from interop_fixtures import hostile_programme, sample_programme
from pypdf import PdfReader

from eventplanner.domain.errors import ValidationError
from eventplanner.exports.badges import badge_people, badges_pdf, table_cards_pdf, write_badges


def _pages(pdf: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _has_image(pdf: bytes) -> bool:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    return any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def test_badges_eight_per_sheet() -> None:
    data = sample_programme()
    pages = _pages(badges_pdf(data))
    assert len(pages) == 1
    for name in ("Mr.VusalHuseynov", "Ms.YasminaPinjo", "InternationalOrganizationforMigration"):
        assert name in pages[0]
    assert pages[0].count("InternationalMigrantsDay2021") == 7
    assert _has_image(badges_pdf(data))
    # nine speakers: two sheets
    extra = tuple(replace(s, id=100 + s.id, start=s.start.replace(hour=15)) for s in data.slots[:2])
    more = replace(data, slots=data.slots + tuple(
        replace(s, participants=tuple(replace(p, person=replace(p.person, id=p.person.id + 50))
                                      for p in s.participants)) for s in extra))
    assert len(badge_people(more)) == 11
    assert len(_pages(badges_pdf(more))) == 2


def test_badges_hostile_text_is_literal() -> None:
    data = hostile_programme()
    text = "".join(_pages(badges_pdf(data)))
    assert "<script>alert(1)</script>O'Brien&Sons" in text
    assert "=cmd|'/Ccalc'!A0,+rank" in text  # printed as text, not markup
    assert "Dövlət<Miqrasiya>&Xidməti" in text and "Щербакова" in text
    assert "…" in text  # the 10,000-character position was cut to fit


def test_badges_translated() -> None:
    text = "".join(_pages(badges_pdf(sample_programme(), lang="ru")))
    assert "Международныйденьмигрантов2021" in text


def test_table_cards_one_per_speaker() -> None:
    data = sample_programme()
    pdf = table_cards_pdf(data)
    pages = _pages(pdf)
    assert len(pages) == len(data.people) == 7
    # the name is printed twice per card: once upright, once upside down
    assert pages[0].count("Mr.VusalHuseynov") == 2
    assert _has_image(pdf)
    hostile = _pages(table_cards_pdf(hostile_programme()))
    assert len(hostile) == 4 and any("Tabs" in p for p in hostile)


def test_no_speakers_no_badges(tmp_path: Path) -> None:
    data = replace(sample_programme(), slots=())
    with pytest.raises(ValidationError, match="no speakers"):
        badges_pdf(data)
    with pytest.raises(ValidationError, match="no speakers"):
        write_badges(data, tmp_path / "x.pdf", "cards")
    assert not list(tmp_path.iterdir())


def test_write_badges(tmp_path: Path) -> None:
    path = write_badges(sample_programme(), tmp_path / "badges.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError):
        write_badges(sample_programme(), tmp_path / "x.pdf", "stickers")
