"""The programme's fill-colour shortcut and its Flate-only page streams write what ReportLab would (issue 20)."""

from __future__ import annotations

import io
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from eventplanner.domain.data import EventData, ProgrammeData, RoomData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.exports.programme import ProgrammeOptions, render_programme
from eventplanner.exports.programme.items import set_fill_color

PALETTE = [HexColor("#1f3a5f"), HexColor("#6b7280"), Color(0.2, 0.4, 0.6, alpha=0.35), CMYKColor(0, 0.5, 1, 0),
           HexColor("#000000")]
STEPS = st.lists(st.one_of(st.sampled_from(range(len(PALETTE))), st.sampled_from(["save", "restore", "alpha"])),
                 max_size=40)


def replay(steps: list[int | str], shortcut: bool) -> list[str]:
    canv = Canvas(io.BytesIO(), invariant=1)
    depth = 0
    for step in steps:
        if step == "save":
            canv.saveState()
            depth += 1
        elif step == "restore":
            if depth:
                canv.restoreState()
                depth -= 1
        elif step == "alpha":
            canv.setFillAlpha(0.5)
        elif shortcut:
            set_fill_color(canv, PALETTE[int(step)])
        else:
            canv.setFillColor(PALETTE[int(step)])
    return list(canv._code)


@given(STEPS)
def test_fill_colours_write_the_same_code_as_reportlab(steps: list[int | str]) -> None:
    """Any order of colours (opaque, translucent, CMYK), opacity changes and saved states: same page code."""
    assert replay(steps, shortcut=True) == replay(steps, shortcut=False)


def test_page_streams_are_flate_only_and_read_the_same() -> None:
    """Pages carry Flate-compressed streams (no ASCII85 layer) and their text reads as written."""
    event = EventData(1, "x", "Conference on Şəki & <Tbilisi>", date(2030, 5, 1), date(2030, 5, 1))
    room = RoomData(1, 1, "Hall", 0)
    slots = tuple(SlotData(n, 1, datetime(2030, 5, 1, 9 + n), 30, SlotKind.PRESENTATION,
                           title=f"Talk {n} — Ивановой", room_id=1, room_name="Hall") for n in range(1, 6))
    pdf = render_programme(ProgrammeData(event, (room,), (), slots), ProgrammeOptions(include_partners=False))
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        stream = page["/Contents"].get_object()
        assert list(stream.get("/Filter")) == ["/FlateDecode"]  # no /ASCII85Decode layer
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Talk 5 — Ивановой" in text and "Şəki & <Tbilisi>" in text
