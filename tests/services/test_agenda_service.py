from datetime import date, datetime

import pytest

from eventplanner.domain.conflicts import ConflictKind
from eventplanner.domain.data import EventData
from eventplanner.domain.enums import ParticipantRole, SlotKind
from eventplanner.domain.errors import NotFoundError, StaleEditError, ValidationError
from eventplanner.services import agenda, events, history, people, protocol
from eventplanner.services.agenda import SlotInput
from eventplanner.store.database import Database


def times(db: Database, event_id: int) -> list[str]:
    return [f"{s.start:%H:%M}" for s in agenda.list_slots(db, event_id)]


def test_sample_event_matches_the_reference(db: Database, sample_event: EventData):
    slots = agenda.list_slots(db, sample_event.id)
    assert [s.kind for s in slots] == [SlotKind.WELCOME, SlotKind.OPENING, SlotKind.VIDEO, SlotKind.SPEECH,
                                       SlotKind.PRESENTATION, SlotKind.BREAK]
    speakers = [p.person.full_name for s in slots for p in s.participants]
    assert speakers == ["Vusal Huseynov", "Sabina Aliyeva", "Vladimir Gjorgjiev", "Vladanka Andreeva",
                        "Antonio Vitorino", "Jonathan Prentice", "Yasmina Pinjo"]
    huseynov = slots[0].participants[0].person
    assert huseynov.rank == "II rank state migration service counselor"
    assert huseynov.position == "Chief of the State Migration Service"
    assert sample_event.theme == "Harnessing the potential of human mobility"
    assert sample_event.start_date == date(2021, 12, 18)
    assert agenda.conflicts(db, sample_event.id) == []


def test_add_with_ripple_pushes_following_and_undo_puts_them_back(db: Database, sample_event: EventData):
    done = history.record(db, lambda: agenda.add_slot(
        db, sample_event.id, SlotInput(start=datetime(2021, 12, 18, 10, 10), duration_minutes=5,
                                       kind=SlotKind.CEREMONY, title="Minute of silence"), ripple=True))
    assert done.result.slot is not None and done.result.slot.title == "Minute of silence"
    assert times(db, sample_event.id) == ["10:00", "10:10", "10:15", "10:40", "10:50", "11:05", "11:35"]
    history.revert(db, done.change)
    assert times(db, sample_event.id) == ["10:00", "10:10", "10:35", "10:45", "11:00", "11:30"]


def test_resize_with_ripple_and_its_undo(db: Database, sample_event: EventData):
    first = agenda.list_slots(db, sample_event.id)[0]
    done = history.record(db, lambda: agenda.update_slot(db, first.id, ripple=True, duration_minutes=20))
    assert times(db, sample_event.id) == ["10:00", "10:20", "10:45", "10:55", "11:10", "11:40"]
    assert len(done.result.shifted) == 5
    history.revert(db, done.change)
    assert times(db, sample_event.id) == ["10:00", "10:10", "10:35", "10:45", "11:00", "11:30"]
    assert agenda.list_slots(db, sample_event.id)[0].duration_minutes == 10


def test_delete_and_undo_brings_back_slot_and_participants(db: Database, sample_event: EventData):
    opening = agenda.list_slots(db, sample_event.id)[1]
    done = history.record(db, lambda: agenda.delete_slot(db, opening.id, ripple=True))
    assert times(db, sample_event.id) == ["10:00", "10:10", "10:20", "10:35", "11:05"]
    history.revert(db, done.change)
    restored = agenda.get_slot(db, opening.id)
    assert [p.person.id for p in restored.participants] == [p.person.id for p in opening.participants]
    assert times(db, sample_event.id) == ["10:00", "10:10", "10:35", "10:45", "11:00", "11:30"]


def test_reorder_retimes_the_day(db: Database, sample_event: EventData):
    video = agenda.list_slots(db, sample_event.id)[2]
    agenda.reorder_slot(db, video.id, 0)
    slots = agenda.list_slots(db, sample_event.id)
    assert slots[0].id == video.id
    assert [f"{s.start:%H:%M}" for s in slots][:3] == ["10:00", "10:10", "10:20"]


def test_stale_edit_is_refused(db: Database, sample_event: EventData):
    slot = agenda.list_slots(db, sample_event.id)[0]
    agenda.update_slot(db, slot.id, expected_version=slot.version, title="Welcome")
    with pytest.raises(StaleEditError, match="changed by someone else"):
        agenda.update_slot(db, slot.id, expected_version=slot.version, title="Lost edit")
    assert agenda.get_slot(db, slot.id).title == "Welcome"


def test_breaks_carry_no_speakers(db: Database, sample_event: EventData):
    slots = agenda.list_slots(db, sample_event.id)
    brk, speaker = slots[-1], slots[0].participants[0].person
    with pytest.raises(ValidationError, match="Breaks and meals"):
        agenda.update_slot(db, brk.id, participants=((speaker.id, ParticipantRole.SPEAKER),))


def test_invalid_duration_changes_nothing(db: Database, sample_event: EventData):
    slot = agenda.list_slots(db, sample_event.id)[0]
    with pytest.raises(ValidationError):
        agenda.update_slot(db, slot.id, ripple=True, duration_minutes=0)
    assert agenda.get_slot(db, slot.id).duration_minutes == 10


def test_conflict_appears_and_disappears(db: Database, sample_event: EventData):
    slots = agenda.list_slots(db, sample_event.id)
    huseynov = slots[0].participants[0].person
    agenda.update_slot(db, slots[0].id, duration_minutes=20)  # no ripple: overlaps the opening speeches
    found = agenda.conflicts(db, sample_event.id)
    assert [c.kind for c in found] == [ConflictKind.ROOM_OVERLAP]
    agenda.update_slot(db, slots[1].id, participants=((huseynov.id, ParticipantRole.CHAIR),))
    assert {c.kind for c in agenda.conflicts(db, sample_event.id)} == {ConflictKind.ROOM_OVERLAP,
                                                                      ConflictKind.PERSON_DOUBLE_BOOKED}
    agenda.update_slot(db, slots[0].id, duration_minutes=10)
    assert agenda.conflicts(db, sample_event.id) == []


def test_protocol_order_puts_host_first(db: Database, sample_event: EventData):
    opening = agenda.list_slots(db, sample_event.id)[1]
    host = agenda.list_slots(db, sample_event.id)[0].participants[0].person
    ids = [p.person.id for p in opening.participants]
    agenda.update_slot(db, opening.id, participants=tuple((i, ParticipantRole.SPEAKER) for i in
                                                          [*reversed(ids), host.id]))
    change = protocol.order_by_protocol(db, [opening.id])
    after = [p.person.id for p in agenda.get_slot(db, opening.id).participants]
    assert after == [host.id, *ids]
    assert change.participants_before[opening.id][0][0] == ids[-1]


def test_duplicate_and_break_insertion(db: Database, sample_event: EventData):
    slots = agenda.list_slots(db, sample_event.id)
    agenda.insert_break_after(db, slots[2].id, minutes=15)
    new = agenda.list_slots(db, sample_event.id)
    assert [s.kind for s in new][3] is SlotKind.BREAK
    assert f"{new[3].start:%H:%M}" == "10:45" and f"{new[4].start:%H:%M}" == "11:00"
    copy = agenda.duplicate_slot(db, slots[0].id)
    assert copy.slot is not None and copy.slot.title == slots[0].title


def test_duplicate_event_as_next_year(db: Database, sample_event: EventData):
    nxt = events.duplicate_event(db, sample_event.id)
    assert nxt.start_date == date(2022, 12, 18)
    assert nxt.title == "International Migrants Day 2022"
    assert nxt.tr("title", "az") == "Beynəlxalq Miqrantlar Günü 2022"
    assert nxt.status.value == "draft" and nxt.slug != sample_event.slug
    copied = agenda.list_slots(db, nxt.id)
    assert next(f"{s.start:%Y-%m-%d %H:%M}" for s in copied) == "2022-12-18 10:00"
    assert sum(len(s.participants) for s in copied) == 7


def test_delete_person_reports_affected_slots(db: Database, sample_event: EventData):
    opening = agenda.list_slots(db, sample_event.id)[1]
    aliyeva = opening.participants[0].person
    person, affected = people.delete_person(db, aliyeva.id)
    assert person.family_name == "Aliyeva"
    assert [a.slot.id for a in affected] == [opening.id]
    assert len(agenda.get_slot(db, opening.id).participants) == 2
    with pytest.raises(NotFoundError):
        people.get_person(db, aliyeva.id)


def test_merge_duplicates_moves_slots(db: Database, sample_event: EventData):
    pinjo = agenda.list_slots(db, sample_event.id)[4].participants[0].person
    dup = people.create_person(db, "Yasmina", "PINJO", email="y.pinjo@example.org")
    groups = people.find_duplicates(db)
    assert [{p.id for p in g} for g in groups] == [{pinjo.id, dup.id}]
    agenda.update_slot(db, agenda.list_slots(db, sample_event.id)[0].id,
                       participants=((dup.id, ParticipantRole.SPEAKER),))
    merged = people.merge_people(db, pinjo.id, [dup.id])
    assert merged.email == "y.pinjo@example.org"
    assert [a.slot.kind for a in people.person_slots(db, pinjo.id)] == [SlotKind.WELCOME, SlotKind.PRESENTATION]


def test_people_filter_by_name_position_and_organization(db: Database, sample_event: EventData):
    assert [p.family_name for p in people.list_people(db, "ombudsman")] == ["Aliyeva"]
    assert {p.family_name for p in people.list_people(db, "IOM")} == {"Gjorgjiev", "Vitorino", "Petrov", "Ahmadova"}
    assert [p.family_name for p in people.list_people(db, "vusal")] == ["Huseynov"]


def test_hostile_and_multilingual_text_round_trips(db: Database):
    ev = events.create_event(db, '<b>Equal</b> & "fair" </para>', date(2024, 5, 14), date(2024, 5, 16),
                             timezone="Asia/Baku")
    person = people.create_person(db, "Ülviyyə", "Şükürova-Məmmədəliyeva", position="x" * 10_000)
    arabic = people.create_person(db, "محمد", "العلي")
    change = agenda.add_slot(db, ev.id, SlotInput(start=datetime(2024, 5, 15, 9, 0), duration_minutes=30,
                                                  kind=SlotKind.PANEL, title="Панельная дискуссия",
                                                  participants=((person.id, ParticipantRole.MODERATOR),
                                                                (arabic.id, ParticipantRole.PANELIST))))
    assert change.slot is not None
    assert [p.person.family_name for p in change.slot.participants] == ["Şükürova-Məmmədəliyeva", "العلي"]
    assert events.get_event(db, ev.id).title == '<b>Equal</b> & "fair" </para>'
    assert ev.slug == "b-equal-b-fair-para-2024"


def test_event_validation_messages(db: Database):
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        events.create_event(db, "X", date(2024, 5, 14), date(2024, 5, 1))
    with pytest.raises(ValidationError, match="time zone"):
        events.create_event(db, "X", date(2024, 5, 14), timezone="Mars/Olympus")
    with pytest.raises(ValidationError, match="title"):
        events.create_event(db, "  ", date(2024, 5, 14))
    assert events.list_events(db) == []
