"""The programme's finish: page fill, orphans, separators, missing glyphs, organization dedupe, dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from test_programme_helpers import body_pages, flat, render, with_slots

from eventplanner.domain.data import OrganizationData, PersonData, ProgrammeData
from eventplanner.exports.programme import ProgrammeOptions, render_programme
from eventplanner.exports.programme.agenda import AgendaBuilder
from eventplanner.exports.programme.context import Context
from eventplanner.exports.programme.text import format_date_range, format_day
from eventplanner.exports.programme.textlayout import Typesetter
from eventplanner.exports.programme_outline import names_organization as _names_organization


def test_english_a4_sample_agenda_fits_on_the_first_page(sample: ProgrammeData) -> None:
    pages = body_pages(render_programme(sample, ProgrammeOptions()))
    for slot in sample.slots:
        assert slot.time_range in pages[0], slot.title
    assert all(slot.time_range not in "".join(pages[1:]) for slot in sample.slots)
    # The organizers are named beside their logos, not again under the title.
    assert "ORGANIZED BY" not in pages[0].upper()
    assert flat(pages[0]).count("State Migration Service of the Republic of Azerbaijan") == 2  # logo row, venue


def test_last_short_item_never_starts_a_page_alone(sample: ProgrammeData) -> None:
    """Whatever pushes the agenda down, the closing coffee break shares its page with another slot."""
    last = sample.slots[-1]
    for lines in range(0, 60, 3):
        first = replace(sample.slots[0], description=" ".join(["Some more words of description."] * 3 * lines))
        pdf, _ = render(with_slots(sample, first, *sample.slots[1:]), include_partners=False)
        pages = body_pages(pdf)
        page = next(p for p in pages if last.time_range in p)
        others = [s for s in sample.slots[:-1] if s.time_range in page]
        assert others or "(continued)" in page, (lines, page[:200])


def test_no_separator_at_the_top_of_a_frame() -> None:
    from reportlab.lib.colors import black
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus.frames import Frame

    from eventplanner.exports.programme.flowables import Block, ColumnSpec
    from eventplanner.exports.programme.styles import STYLES
    from eventplanner.exports.programme.textlayout import Para, Segment

    drawn: list[tuple[float, ...]] = []

    class Spy(Canvas):  # type: ignore[misc]
        def line(self, *args: Any) -> None:
            drawn.append(args)
            super().line(*args)

    ts = Typesetter()
    canv = Spy("/dev/null")

    def block() -> Block:
        para = Para([Segment("A slot", STYLES["slot_title"])])
        return Block(ts, [ColumnSpec([para])], pad_top=4, pad_bottom=4, rule_above=black)

    frame = Frame(0, 0, 300, 400, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    assert frame.add(block(), canv)
    assert drawn == []  # first in the frame: no separator above it
    assert frame.add(block(), canv)
    assert len(drawn) == 1  # between two slots: a separator


def test_a_slot_moved_to_a_new_page_has_no_separator_line_above(make_event: Any) -> None:
    """Rendering a long multi-room programme draws separators only between slots on the same page."""
    from eventplanner.exports.programme import flowables

    tops: list[bool] = []
    original = flowables.Block.draw

    def spy(self: flowables.Block) -> None:
        if self.rule_above is not None:
            tops.append(flowables.at_frame_top(self))
        original(self)

    flowables.Block.draw = spy  # type: ignore[method-assign]
    try:
        render_programme(make_event(days=3, rooms=3, slots_per_room=6), ProgrammeOptions())
    finally:
        flowables.Block.draw = original  # type: ignore[method-assign]
    assert True in tops  # slots did land at the top of pages (and drew no line there: see above)


@pytest.mark.parametrize("text", ["会議 on 18 December", "Celebration 🎉"])
def test_characters_the_font_lacks_are_reported(sample: ProgrammeData, text: str) -> None:
    slot = replace(sample.slots[0], title=text)
    pdf, warnings = render(with_slots(sample, slot))
    missing = [ch for ch in text if ord(ch) > 0x3000]
    assert len(warnings) == 1
    assert warnings[0].startswith("Some characters cannot be printed with the bundled font: " + ", ".join(missing))
    assert pdf.startswith(b"%PDF-")


def test_invisible_format_characters_are_dropped_without_warning(sample: ProgrammeData) -> None:
    slot = replace(sample.slots[0], title="Isolated \u2066bidi\u2069 run and Cyrillic Щ, Azerbaijani Ə")
    _pdf, warnings = render(with_slots(sample, slot))
    assert warnings == []


def test_many_missing_characters_are_summarised(sample: ProgrammeData) -> None:
    text = "".join(chr(0x4E00 + i) for i in range(30))
    _pdf, warnings = render(with_slots(sample, replace(sample.slots[0], title=text)))
    assert len(warnings) == 1 and "and 18 more" in warnings[0]


def _titles(data: ProgrammeData, lang: str) -> dict[str, str]:
    builder = AgendaBuilder(Context(data, ProgrammeOptions(lang=lang), Typesetter()))
    return {p.family_name: builder.person_title(p, lang) for p in data.people}


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_organization_named_in_the_position_is_not_repeated_in_any_language(
    sample: ProgrammeData, lang: str
) -> None:
    """'Начальник Государственной миграционной службы' is not followed by 'Государственная миграционная служба'."""
    titles = _titles(sample, lang)
    people = {p.family_name: p for p in sample.people}
    for family in ("Huseynov", "Vitorino", "Aliyeva", "Andreeva"):
        assert titles[family] == people[family].title_line(lang), (lang, titles[family])


def test_organization_added_when_the_position_does_not_name_it() -> None:
    org = OrganizationData(
        id=1, name="Ministry of Foreign Affairs", acronym="MFA",
        translations={"ru": {"name": "Министерство иностранных дел"}, "az": {"name": "Xarici İşlər Nazirliyi"}},
    )
    person = PersonData(
        id=1, given_name="A", family_name="B", position="Adviser", organization_id=1,
        translations={"ru": {"position": "Советник"}, "az": {"position": "Müşavir"}},
    )
    from eventplanner.domain.data import EventData, EventOrganizationData
    from eventplanner.domain.enums import EventRole

    event = EventData(id=1, slug="e", title="E", start_date=date(2024, 1, 1), end_date=date(2024, 1, 1))
    data = ProgrammeData(event=event, organizations=(EventOrganizationData(1, org, EventRole.HOST, 0),))
    data = replace(data, slots=())
    builder = AgendaBuilder(Context(data, ProgrammeOptions(), Typesetter()))
    builder.orgs[1] = org
    assert builder.person_title(person, "en") == "Adviser, Ministry of Foreign Affairs"
    assert builder.person_title(person, "ru") == "Советник, Министерство иностранных дел"
    assert builder.person_title(person, "az") == "Müşavir, Xarici İşlər Nazirliyi"


@pytest.mark.parametrize(
    ("position", "org", "acronyms", "named"),
    [
        ("Начальник Государственной миграционной службы", "Государственная миграционная служба", [], True),
        ("Dövlət Miqrasiya Xidmətinin rəisi", "Dövlət Miqrasiya Xidməti", [], True),
        ("Глава Представительства МОМ в Баку", "Международная организация по миграции", ["МОМ"], True),
        ("Head of the IOM office", "International Organization for Migration", ["IOM"], True),
        ("Советник министра", "Министерство иностранных дел", ["МИД"], False),
        ("Director of Department 4", "Organization 1 for Regional Cooperation", ["O1"], False),
        ("Head of the Roomservice", "IOM", ["IOM"], False),
    ],
)
def test_names_organization(position: str, org: str, acronyms: list[str], named: bool) -> None:
    assert _names_organization(position, org, acronyms) is named


def test_dates_read_naturally_in_each_language() -> None:
    day = date(2024, 5, 14)
    assert format_day(day, "en") == "Tuesday, 14 May 2024"
    assert format_day(day, "ru", capital=False) == "вторник, 14 мая 2024\u00a0г."
    assert format_day(day, "az", capital=False) == "çərşənbə axşamı, 14 may 2024-cü\u00a0il"
    assert format_date_range(day, date(2024, 5, 16), "ru") == "14–16 мая 2024\u00a0г."
    assert format_date_range(date(2021, 12, 18), date(2021, 12, 18), "az") == "18 dekabr 2021-ci\u00a0il"


def test_day_headings_in_azerbaijani_and_russian(make_event: Any) -> None:
    data = make_event(days=2, rooms=1, slots_per_room=2)
    az = flat(" ".join(body_pages(render_programme(data, ProgrammeOptions(lang="az")))))
    ru = flat(" ".join(body_pages(render_programme(data, ProgrammeOptions(lang="ru")))))
    assert "1-ci gün — çərşənbə axşamı, 14 may 2024-cü il" in az.replace("\u00a0", " ")
    assert "День 2 — среда, 15 мая 2024 г." in ru.replace("\u00a0", " ")
