"""The run sheet: every filter and language holds its cues, version and "printed at" on every page, XLSX columns."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.scenario import AUDIENCE_KINDS, Audience, ScenarioData
from eventplanner.exports.runsheet import write_runsheet
from eventplanner.exports.runsheet_labels import label
from eventplanner.exports.runsheet_pdf import runsheet_pdf
from eventplanner.exports.runsheet_xlsx import runsheet_xlsx, xlsx_headers
from eventplanner.services import events, scenario
from eventplanner.store.database import Database

PRINTED = datetime(2021, 12, 17, 18, 5)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pages(blob: bytes) -> list[str]:
    return [flat(p.extract_text() or "") for p in PdfReader(io.BytesIO(blob)).pages]


@pytest.fixture
def data(db: Database, sample_event: EventData) -> ScenarioData:
    return scenario.scenario(db, sample_event.id)


def test_the_sample_has_a_realistic_scenario(data: ScenarioData) -> None:
    cues = [c for item in data.items for c in item.cues]
    texts = " ".join(c.text for c in cues)
    assert "National Anthem" in texts and "IMD2021-Vitorino-message.mp4" in texts
    assert "Migration-Profile-Azerbaijan-2021.pptx" in texts and "Photo moment" in texts
    assert sum(1 for c in cues if c.kind.value == "mc") >= 6
    assert all(c.tr("text", "az") != c.text and c.tr("text", "ru") != c.text for c in cues)
    assert data.revision >= 1


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
@pytest.mark.parametrize("audience", list(Audience))
def test_every_cue_of_the_audience_is_printed(data: ScenarioData, audience: Audience, lang: str) -> None:
    texts = pages(runsheet_pdf(data, audience, lang, PRINTED))
    whole = " ".join(texts)
    kinds = AUDIENCE_KINDS[audience]
    for item in data.items:
        assert flat(item.slot.tr("title", lang))[:40] in whole
        for cue in item.cues:
            printed = flat(cue.tr("text", lang)) in whole
            assert printed is (cue.kind in kinds), (audience, cue.kind, cue.text)
    stamp = f"{label('version', lang, n=data.revision)} · {label('printed', lang, when='2021-12-17 18:05')}"
    assert all(stamp in page for page in texts)
    assert label(f"for_{audience.value}", lang) in texts[0]


def test_draft_mark_until_the_event_is_final(db: Database, data: ScenarioData) -> None:
    assert data.is_final and "DRAFT" not in " ".join(pages(runsheet_pdf(data)))
    events.update_event(db, data.event.id, status="draft")
    draft = scenario.scenario(db, data.event.id)
    assert all("DRAFT" in page for page in pages(runsheet_pdf(draft)))
    assert all("LAYİHƏ" in page for page in pages(runsheet_pdf(draft, lang="az")))


def test_long_and_hostile_texts_are_printed_whole(db: Database, data: ScenarioData) -> None:
    slot_id = data.items[0].slot.id
    long_text = " ".join(f"w{i}ə" for i in range(1400))  # about 9,000 characters
    scenario.add_cue(db, slot_id, "mc", long_text)
    scenario.add_cue(db, slot_id, "protocol", "<b>Flags</b> & <i>seats</i> = ok")
    for i in range(40):
        scenario.add_cue(db, slot_id, "audio", f"Channel {i} Кириллица")
    blob = runsheet_pdf(scenario.scenario(db, data.event.id))
    whole = " ".join(pages(blob))
    assert "w0ə" in whole and "w1399ə" in whole
    assert "<b>Flags</b> & <i>seats</i> = ok" in whole
    assert all(f"Channel {i} Кириллица" in whole for i in range(40))


def test_xlsx_columns_and_formula_safety(db: Database, data: ScenarioData) -> None:
    scenario.add_cue(db, data.items[0].slot.id, "video", "=HYPERLINK(\"http://x\")")
    data = scenario.scenario(db, data.event.id)
    book = load_workbook(io.BytesIO(runsheet_xlsx(data)))
    sheet = book.active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [
        "Date", "Time", "End", "Duration (min)", "Item", "Kind", "Room", "Who", "Call time", "Call note",
        "Technical needs", "Cue time", "Cue kind", "Cue", "Responsible",
    ]
    assert len(rows) - 1 == sum(max(1, len(i.cues)) for i in data.items)
    cues = {r[13] for r in rows[1:]}
    assert all(c.text in cues for i in data.items for c in i.cues)
    formula = next(c for c in sheet["N"] if c.value == "=HYPERLINK(\"http://x\")")
    assert formula.data_type == "s" and formula.quotePrefix
    assert xlsx_headers("ru")[0] == "Дата"


@pytest.mark.parametrize("audience", [Audience.MC, Audience.TECH])
def test_xlsx_filtered(data: ScenarioData, audience: Audience) -> None:
    sheet = load_workbook(io.BytesIO(runsheet_xlsx(data, audience, "az"))).active
    assert sheet is not None
    kinds = {r[12] for r in sheet.iter_rows(min_row=2, values_only=True) if r[12]}
    assert kinds
    if audience is Audience.MC:
        assert kinds == {"Aparıcı"}
    else:
        assert "Aparıcı" not in kinds and kinds <= {"Səs", "Video", "İşıq/səhnə", "Tərcümə"}


def test_write_runsheet_by_suffix(data: ScenarioData, tmp_path: Path) -> None:
    assert write_runsheet(data, tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert write_runsheet(data, tmp_path / "a.xlsx").read_bytes()[:2] == b"PK"
    with pytest.raises(ValidationError):
        write_runsheet(data, tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()


def test_a_two_day_draft_event_with_rooms(db: Database) -> None:
    from datetime import date

    from eventplanner.services.agenda import SlotInput, add_slot
    from eventplanner.services.events import add_room, create_event

    event = create_event(db, "Forum <2026>", date(2026, 5, 4), date(2026, 5, 5))
    room = add_room(db, event.id, "Hall A")
    first = add_slot(db, event.id, SlotInput(datetime(2026, 5, 4, 9), 30, title="Day one opening", room_id=room.id))
    second = add_slot(db, event.id, SlotInput(datetime(2026, 5, 5, 9), 30, title="Day two opening"))
    assert first.slot is not None and second.slot is not None
    scenario.add_cue(db, first.slot.id, "stage", "Curtain up")
    scenario.add_cue(db, second.slot.id, "protocol", "Flags")
    data = scenario.scenario(db, event.id)
    texts = pages(runsheet_pdf(data, Audience.ALL, "ru", PRINTED))
    whole = " ".join(texts)
    assert "04.05.2026" in whole and "05.05.2026" in whole and "Curtain up" in whole and "Flags" in whole
    assert "Forum <2026>" in whole and all("ЧЕРНОВИК" in page for page in texts)
    sheet = load_workbook(io.BytesIO(runsheet_xlsx(data))).active
    assert sheet is not None and [r[6] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["Hall A", None]


def test_the_run_sheet_embeds_its_fonts_and_draws_missing_glyphs_from_dejavu(data: ScenarioData) -> None:
    """Noto Sans has no Arabic or arrows: those come from DejaVu Sans, and no unembedded Helvetica is left."""
    from dataclasses import replace

    item = data.items[0]
    cue = replace(item.cues[0], text="10 < 20 & more → ✓ مرحبا بكم")
    odd = replace(data, items=(replace(item, cues=(cue, *item.cues[1:])), *data.items[1:]))
    reader = PdfReader(io.BytesIO(runsheet_pdf(odd, Audience.ALL, "en", PRINTED)))
    fonts: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                if "/DescendantFonts" in font else "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert any("DejaVuSans" in f for f in fonts) and not any("Helvetica" in f for f in fonts), fonts
    whole = " ".join(pages(runsheet_pdf(odd, Audience.ALL, "en", PRINTED)))
    assert "10 < 20 & more → ✓" in whole


def test_a_show_after_midnight_runs_in_the_day_it_belongs_to(db: Database) -> None:
    """Days change at 04:00: the 00:15 show is in day one's section and date, not in a day of its own."""
    from datetime import date

    from eventplanner.services.agenda import SlotInput, add_slot
    from eventplanner.services.events import create_event, update_event

    event = create_event(db, "Night Forum", date(2026, 5, 4), date(2026, 5, 5))
    event = update_event(db, event.id, event.version, day_change_minutes=240)
    for start, title in ((datetime(2026, 5, 4, 11), "Day one opening"), (datetime(2026, 5, 5, 0, 15), "Night show"),
                         (datetime(2026, 5, 5, 10), "Day two opening")):
        add_slot(db, event.id, SlotInput(start, 30, title=title))
    data = scenario.scenario(db, event.id)
    whole = " ".join(pages(runsheet_pdf(data, Audience.ALL, "en", PRINTED)))
    assert "04.05.2026 – 05.05.2026" in whole  # the date range on top: two days, not three
    assert whole.rindex("04.05.2026") < whole.index("Day one opening") < whole.index("Night show")
    assert whole.index("Night show") < whole.rindex("05.05.2026") < whole.index("Day two opening")
    assert whole.count("05.05.2026") == 2  # in the range and over its own section, not over the show
    sheet = load_workbook(io.BytesIO(runsheet_xlsx(data))).active
    assert sheet is not None
    rows = {r[4]: (r[0], r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["Night show"] == (datetime(2026, 5, 4), datetime(2026, 5, 5, 0, 15))  # day one; the real moment
    assert rows["Day two opening"][0] == datetime(2026, 5, 5)
