from datetime import datetime

from eventplanner.domain.data import ParticipantData, PersonData, SlotData
from eventplanner.domain.enums import SlotKind
from eventplanner.domain.protocol import order_participants, order_slots

HOST_ORG = 7
MINISTER = PersonData(id=1, given_name="A", family_name="Minister", precedence=5)
HOST_CHIEF = PersonData(id=2, given_name="B", family_name="Host", precedence=50, organization_id=HOST_ORG)
AMBASSADOR = PersonData(id=3, given_name="C", family_name="Ambassador", precedence=10)
EXPERT = PersonData(id=4, given_name="D", family_name="Expert", precedence=10)


def names(items: list[ParticipantData]) -> list[str]:
    return [p.person.family_name for p in items]


def test_host_first_then_precedence_number():
    parts = [ParticipantData(p) for p in (AMBASSADOR, MINISTER, HOST_CHIEF)]
    assert names(order_participants(parts, {HOST_ORG})) == ["Host", "Minister", "Ambassador"]


def test_equal_precedence_keeps_current_order():
    parts = [ParticipantData(p) for p in (EXPERT, AMBASSADOR)]
    assert names(order_participants(parts, set())) == ["Expert", "Ambassador"]


def test_run_of_speech_slots_ordered_by_senior_speaker():
    def s(id_: int, person: PersonData | None) -> SlotData:
        parts = (ParticipantData(person),) if person else ()
        return SlotData(id=id_, event_id=1, start=datetime(2021, 1, 1, 10), duration_minutes=10,
                        kind=SlotKind.SPEECH, participants=parts)

    ordered = order_slots([s(1, EXPERT), s(2, None), s(3, MINISTER), s(4, HOST_CHIEF)], {HOST_ORG})
    assert [x.id for x in ordered] == [4, 3, 1, 2]
