"""The format-free outline prints the same programme as the PDF: same order, same names and title lines."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from test_programme_helpers import render

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.programme import ProgrammeOptions
from eventplanner.exports.programme.agenda import AgendaBuilder
from eventplanner.exports.programme.context import Context
from eventplanner.exports.programme.textlayout import Typesetter
from eventplanner.exports.programme_outline import ProgrammeOutline, SlotEntry


def test_names_and_title_lines_match_the_pdf(sample: ProgrammeData, make_event) -> None:  # type: ignore[no-untyped-def]
    for data in (sample, make_event(days=1, rooms=2, slots_per_room=3)):
        pdf = AgendaBuilder(Context(data, ProgrammeOptions(), Typesetter()))
        outline = ProgrammeOutline(data)
        for person in data.people:
            for lang in ("en", "az", "ru"):
                # both join a name with no-break spaces: a name never breaks across lines
                assert outline.person_name(person, lang) == pdf.person_name(person, lang)
                assert " " not in outline.person_name(person, lang)
                assert outline.person_title(person, lang) == pdf.person_title(person, lang)


def test_slot_order_matches_the_pdf(make_event) -> None:  # type: ignore[no-untyped-def]
    data = make_event(days=2, rooms=3, slots_per_room=4)
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(render(data)[0])).pages
    )
    titles = [i.slot.title for i in ProgrammeOutline(data).items()
              if isinstance(i, SlotEntry) and not i.slot.kind.is_pause]
    positions = [text.find(re.sub(r"\s+", " ", t)) for t in titles]
    assert -1 not in positions
    assert positions == sorted(positions)
