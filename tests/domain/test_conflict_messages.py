"""Conflict messages render in each content language from a key and parameters."""

from __future__ import annotations

from datetime import date, datetime

from eventplanner.domain.conflicts import ConflictKind, find_conflicts
from eventplanner.domain.data import EventData, ParticipantData, PersonData, SlotData
from eventplanner.domain.enums import SlotKind

EVENT = EventData(1, "x", "Day", date(2021, 12, 18), date(2021, 12, 18))
PERSON = PersonData(1, "Vusal", "Huseynov", honorific="Mr.",
                    translations={"ru": {"given_name": "Вусал", "family_name": "Гусейнов"},
                                  "az": {"given_name": "Vüsal", "family_name": "Hüseynov"}})


def _slot(sid: int, hour: int, title: str, **kw: object) -> SlotData:
    return SlotData(sid, 1, datetime(2021, 12, 18, hour), 60, SlotKind.SPEECH, title,
                    participants=(ParticipantData(PERSON),), **kw)  # type: ignore[arg-type]


def test_double_booking_in_three_languages() -> None:
    a = _slot(1, 10, "Opening", translations={"ru": {"title": "Открытие"}, "az": {"title": "Açılış"}})
    b = replace_start(_slot(2, 10, ""), minute=30)
    found = [c for c in find_conflicts(EVENT, [a, b]) if c.kind is ConflictKind.PERSON_DOUBLE_BOOKED]
    assert len(found) == 1
    c = found[0]
    assert c.message == c.text("en")
    assert c.text("en") == ("Mr. Vusal Huseynov is in two slots at once: “Opening” (18 Dec 10:00–11:00) and "
                            "“Speech” (18 Dec 10:30–11:30).")
    assert c.text("ru") == ("Г-н Вусал Гусейнов участвует в двух пунктах одновременно: «Открытие» "
                            "(18.12 10:00–11:00) и «Выступление» (18.12 10:30–11:30).")
    assert "Vüsal Hüseynov" in c.text("az") and "Açılış" in c.text("az")


def test_outside_dates_and_unknown_language_fall_back_to_english() -> None:
    late = SlotData(3, 1, datetime(2021, 12, 20, 9), 30, SlotKind.BREAK, "")
    (c,) = find_conflicts(EVENT, [late])
    assert c.text("az") == "“Kofe fasiləsi” (20.12 09:00–09:30) tədbirin tarixlərindən kənardadır (18.12.2021)."
    english = "“Coffee break” (20 Dec 09:00–09:30) is outside the event's dates (18 Dec 2021)."
    assert c.text("xx") == c.message == english


def replace_start(slot: SlotData, minute: int) -> SlotData:
    from dataclasses import replace

    return replace(slot, start=slot.start.replace(minute=minute))
