"""Guest list, RSVP, delegations and seating charts through the services, on the sample event."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.guests import GuestCategory, GuestData, RsvpStatus, Sex
from eventplanner.domain.seating import ChartKind, ChartLayout
from eventplanner.services import guests, seating
from eventplanner.services.people import list_people
from eventplanner.store.backup import backup
from eventplanner.store.database import Database, open_database
from eventplanner.store.restore import restore


def by_family(db: Database, event: EventData, family: str) -> GuestData:
    return next(g for g in guests.guest_list(db, event.id).guests if g.person.family_name == family)


def test_sample_guest_list_has_mixed_answers_and_delegations(db: Database, sample_event: EventData) -> None:
    gl = guests.guest_list(db, sample_event.id)
    assert len(gl.guests) == 44
    statuses = {g.rsvp for g in gl.guests}
    assert statuses == set(RsvpStatus)
    assert {d.name for d in gl.delegations} >= {"Italy", "Kazakhstan", "Ministry of Foreign Affairs"}
    kz = next(g for g in gl.guests if g.person.family_name == "Seitkali")
    assert kz.rsvp is RsvpStatus.REPRESENTATIVE and kz.representative is not None
    assert kz.representative.family_name == "Abenova"
    assert gl.counts.attending == gl.counts.by_status[RsvpStatus.ACCEPTED] + gl.counts.by_status[
        RsvpStatus.REPRESENTATIVE]
    assert sum(gl.counts.by_sex.values()) == gl.counts.attending


def test_rsvp_through_the_service_and_back(db: Database, sample_event: EventData) -> None:
    g = by_family(db, sample_event, "Haugen")
    assert g.rsvp is RsvpStatus.INVITED
    after, before = guests.set_rsvp(db, g.id, RsvpStatus.ACCEPTED, expected_version=g.version)
    assert after.rsvp is RsvpStatus.ACCEPTED and before.status is RsvpStatus.INVITED
    rep = next(p for p in list_people(db) if p.family_name == "Conti")
    with pytest.raises(ValidationError, match="own right"):  # Conti already comes as a guest
        guests.set_rsvp(db, g.id, RsvpStatus.REPRESENTATIVE, rep.id)
    with pytest.raises(ValidationError, match="own representative"):
        guests.set_rsvp(db, g.id, RsvpStatus.REPRESENTATIVE, g.person.id)
    assert by_family(db, sample_event, "Haugen").rsvp is RsvpStatus.ACCEPTED


def test_update_remove_and_restore_a_guest(db: Database, sample_event: EventData) -> None:
    g = by_family(db, sample_event, "Sato")
    text = "Vegetarian <no nuts> & ə ş ğ ı — Вегетарианец — نباتي " + "x" * 500
    updated, before = guests.update_guest(db, g.id, {"dietary": text, "sex": Sex.MALE,
                                                     "category": GuestCategory.OFFICIAL})
    assert updated.dietary == text and before == {"dietary": "No pork", "category": "vip"}
    with pytest.raises(ValidationError, match="10,000"):
        guests.update_guest(db, g.id, {"notes": "y" * 10_001})
    (removed,) = guests.remove_guests(db, [g.id])
    assert all(x.id != g.id for x in guests.guest_list(db, sample_event.id).guests)
    back = guests.restore_guest(db, removed)
    assert back.dietary == text and back.delegation_name == "Japan"


def test_presidium_is_filled_by_precedence(db: Database, sample_event: EventData) -> None:
    (presidium, front) = seating.charts(db, sample_event.id)
    names = [s.person.family_name for s in presidium.seats]
    assert names[0] == "Huseynov"  # the host's principal in the centre
    assert names[1] == "Karimova" and presidium.seats[1].on_behalf_of == "H.E. Rauf Mammadli"
    assert presidium.warnings == ()
    filled, before = seating.fill_chart(db, front.id)  # the sample's front rows are filled already
    assert before == front.occupants == filled.occupants and len(filled.seats) == 20
    assert not {s.person.id for s in filled.seats} & {s.person.id for s in presidium.seats}  # one seat each
    seated = {s.person.family_name for s in filled.seats}
    assert "Bagirov" not in seated and "Mustafayeva" not in seated  # media and staff are not seated
    assert "Beridze" not in seated and "Vitorino" not in seated  # declined; only by video


def test_a_declined_guest_left_seated_is_reported(db: Database, sample_event: EventData) -> None:
    presidium = seating.charts(db, sample_event.id)[0]
    g = by_family(db, sample_event, "Hasanov")
    guests.set_rsvp(db, g.id, RsvpStatus.DECLINED)
    chart = seating.chart(db, presidium.id)
    assert chart.warnings == ("Mr. Elnur Hasanov declined but is still seated (seat 3).",)


def test_swap_and_undo_by_setting_seats_back(db: Database, sample_event: EventData) -> None:
    presidium = seating.charts(db, sample_event.id)[0]
    swapped = seating.swap(db, presidium.id, 2, 3, expected=presidium.occupants)
    assert swapped.by_number[2].person.family_name == "Hasanov"
    assert swapped.by_number[3].person.family_name == "Karimova"
    with pytest.raises(ValidationError, match="changed elsewhere"):
        seating.swap(db, presidium.id, 1, 2, expected=presidium.occupants)
    restored, _ = seating.set_seats(db, presidium.id, presidium.occupants)
    assert restored.occupants == presidium.occupants


def test_a_smaller_layout_keeps_seats_and_warns(db: Database, sample_event: EventData) -> None:
    presidium = seating.charts(db, sample_event.id)[0]
    smaller = seating.update_chart(db, presidium.id, "Presidium", ChartLayout(ChartKind.HEAD_TABLE, 5))
    assert len(smaller.seats) == 7
    assert any("beyond the chart's 5 seats" in w for w in smaller.warnings)
    with pytest.raises(ValidationError):
        seating.add_chart(db, sample_event.id, "  ", ChartLayout(ChartKind.HEAD_TABLE, 3))
    with pytest.raises(ValidationError):
        seating.add_chart(db, sample_event.id, "Big", ChartLayout(ChartKind.THEATRE, 100, 100))


def test_backup_and_restore_carry_the_guest_tables(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    target = backup(db, tmp_path / "b.json")
    doc = json.loads(target.read_text(encoding="utf-8"))
    for table in ("guests", "delegations", "seating_charts", "seats", "invitation_templates"):
        assert doc["tables"][table]["rows"], table
    other = open_database(tmp_path / "other.sqlite3")
    try:
        report = restore(other, target)
        assert report.rows["guests"] == 44
        assert len(guests.guest_list(other, sample_event.id).guests) == 44
        assert seating.charts(other, sample_event.id)[0].seats
    finally:
        other.close()


def test_delegation_membership_and_one_head(db: Database, sample_event: EventData) -> None:
    gl = guests.guest_list(db, sample_event.id)
    italy = next(d for d in gl.delegations if d.name == "Italy")
    conti = by_family(db, sample_event, "Conti")
    with pytest.raises(ValidationError, match="Ferraro already heads this delegation"):
        guests.update_guest(db, conti.id, {"is_head": True})
    osei = by_family(db, sample_event, "Osei")
    with pytest.raises(ValidationError, match="Only a member"):
        guests.update_guest(db, osei.id, {"is_head": True})
    moved, before = guests.update_guest(db, osei.id, {"delegation_id": italy.id})
    assert moved.delegation_name == "Italy" and before == {"delegation_id": None}
    ghana = guests.add_delegation(db, sample_event.id, "  Ghana ", country="GH", precedence=30)
    assert ghana.name == "Ghana"
    with pytest.raises(ConflictError):
        guests.add_delegation(db, sample_event.id, "Ghana")
    head = guests.join_delegation(db, osei.id, ghana.id, head=True)
    assert head.is_head and head.delegation_name == "Ghana"
    arrival = datetime(2021, 12, 17, 21, 40)
    travel, _ = guests.update_guest(db, osei.id, {"arrival": arrival})
    assert travel.arrival == arrival
    with pytest.raises(ValidationError, match="departure is before the arrival"):
        guests.update_guest(db, osei.id, {"departure": datetime(2021, 12, 16)})
