"""Delegations through the services (create, rename, members and head, delete, assign) and the guest-list
snapshots that make a delegation edit or a whole import one undo step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ConflictError, NotFoundError, StaleEditError, ValidationError
from eventplanner.domain.guests import DelegationData, GuestData, GuestList
from eventplanner.services import delegations, guest_state, guests, organizations
from eventplanner.services.delegations import DelegationInput
from eventplanner.services.guest_import import import_guests
from eventplanner.services.people import list_people
from eventplanner.store.database import Database


def listing(db: Database, event: EventData) -> GuestList:
    return guests.guest_list(db, event.id)


def by_family(gl: GuestList, family: str) -> GuestData:
    return next(g for g in gl.guests if g.person.family_name == family)


def unversioned(gl: GuestList) -> tuple[list[GuestData], list[DelegationData]]:
    """The list as the user sees it (undo moves the version counters on, as any save does)."""
    return ([replace(g, version=0) for g in gl.guests], [replace(d, version=0) for d in gl.delegations])


def members(gl: GuestList, delegation_id: int) -> set[str]:
    return {g.person.family_name for g in gl.guests if g.delegation_id == delegation_id}


def test_create_with_members_and_head_then_rename_and_delete(db: Database, sample_event: EventData) -> None:
    gl = listing(db, sample_event)
    haugen, osei = by_family(gl, "Haugen"), by_family(gl, "Osei")
    org = organizations.list_organizations(db)[0]
    did = delegations.save_delegation(db, sample_event.id, None, DelegationInput(
        "  Nordic   friends ", org.id, "Norway", haugen.id, (haugen.id, osei.id)))
    gl = listing(db, sample_event)
    made = next(d for d in gl.delegations if d.id == did)
    assert made.name == "Nordic friends" and made.organization_id == org.id and made.country == "Norway"
    assert made.head_guest_id == haugen.id and members(gl, did) == {"Haugen", "Osei"}

    renamed = DelegationInput("Nordic group", None, "", osei.id, (osei.id,))
    delegations.save_delegation(db, sample_event.id, did, renamed, expected_version=made.version)
    gl = listing(db, sample_event)
    made = next(d for d in gl.delegations if d.id == did)
    assert made.name == "Nordic group" and made.organization_id is None and made.head_guest_id == osei.id
    assert members(gl, did) == {"Osei"} and by_family(gl, "Haugen").delegation_id is None
    assert not by_family(gl, "Haugen").is_head

    delegations.delete_delegation(db, did)
    gl = listing(db, sample_event)
    assert all(d.id != did for d in gl.delegations)
    osei_now = by_family(gl, "Osei")
    assert osei_now.delegation_id is None and not osei_now.is_head and len(gl.guests) == 44


def test_refusals_have_one_clear_message(db: Database, sample_event: EventData) -> None:
    gl = listing(db, sample_event)
    italy = next(d for d in gl.delegations if d.name == "Italy")
    haugen, osei = by_family(gl, "Haugen"), by_family(gl, "Osei")
    with pytest.raises(ValidationError, match="needs a name"):
        delegations.save_delegation(db, sample_event.id, None, DelegationInput(" \t "))
    with pytest.raises(ConflictError, match="already exists"):
        delegations.save_delegation(db, sample_event.id, None, DelegationInput("Italy"))
    with pytest.raises(ValidationError, match="one of its members"):
        delegations.save_delegation(db, sample_event.id, None, DelegationInput("X", head_guest_id=haugen.id,
                                                                                member_ids=(osei.id,)))
    with pytest.raises(ValidationError, match="longer than"):
        delegations.save_delegation(db, sample_event.id, None, DelegationInput("x" * 10_000))
    with pytest.raises(StaleEditError):
        delegations.save_delegation(db, sample_event.id, italy.id, DelegationInput("Italia"),
                                    expected_version=italy.version + 1)
    with pytest.raises(NotFoundError):
        delegations.delete_delegation(db, 987_654)
    assert listing(db, sample_event) == gl  # nothing written by a refusal


def test_assign_moves_guests_and_a_moving_head_stops_heading(db: Database, sample_event: EventData) -> None:
    gl = listing(db, sample_event)
    italy = next(d for d in gl.delegations if d.name == "Italy")
    head = next(g for g in gl.guests if g.id == italy.head_guest_id)
    japan = next(d for d in gl.delegations if d.name == "Japan")
    osei = by_family(gl, "Osei")
    assert delegations.assign_delegation(db, [head.id, osei.id], japan.id) == 2
    gl = listing(db, sample_event)
    assert {by_family(gl, head.person.family_name).delegation_id, by_family(gl, "Osei").delegation_id} == {japan.id}
    assert not by_family(gl, head.person.family_name).is_head
    assert delegations.assign_delegation(db, [osei.id], None) == 1
    assert by_family(listing(db, sample_event), "Osei").delegation_id is None


def test_a_snapshot_puts_a_delegation_edit_back_and_forward(db: Database, sample_event: EventData) -> None:
    gl = listing(db, sample_event)
    italy = next(d for d in gl.delegations if d.name == "Italy")
    before = guest_state.capture(db, sample_event.id)
    delegations.delete_delegation(db, italy.id)
    after = guest_state.capture(db, sample_event.id)
    guest_state.put_back(db, before)
    restored = listing(db, sample_event)
    assert [(d.id, d.name, d.head_guest_id) for d in restored.delegations] == [
        (d.id, d.name, d.head_guest_id) for d in gl.delegations]
    assert {g.id: (g.delegation_id, g.is_head) for g in restored.guests} == {
        g.id: (g.delegation_id, g.is_head) for g in gl.guests}
    guest_state.put_back(db, after)
    assert all(d.name != "Italy" for d in listing(db, sample_event).delegations)


CSV = ("Name;Organisation;RSVP;Delegation;Head of delegation\n"
       "H.E. Marco Rossi;Embassy of Italy;yes;Italy;x\n"
       "Ms. Ayşə Əliyeva;Yeni Təşkilat <&>;regrets;Yeni;\n"
       "Mr. Otto Lang;Embassy of Austria;yes;Austria;yes\n"
       "Ingrid Haugen;Royal Norwegian Embassy in Baku;yes;;\n")


def test_an_import_is_taken_back_whole_and_redone(db: Database, sample_event: EventData, tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    path.write_text(CSV, encoding="utf-8")
    people_before = {p.id for p in list_people(db)}
    orgs_before = {o.id for o in organizations.list_organizations(db)}
    gl_before = listing(db, sample_event)
    ids_before = guest_state.all_ids(db)
    before = guest_state.capture(db, sample_event.id)
    import_guests(db, path, sample_event.id)
    people_after, orgs_after = guest_state.all_ids(db)
    new_people, new_orgs = people_after - ids_before[0], orgs_after - ids_before[1]
    assert new_people and new_orgs
    after = guest_state.capture(db, sample_event.id, new_people, new_orgs)
    gl_after = listing(db, sample_event)

    guest_state.put_back(db, before, new_people, new_orgs)
    assert unversioned(listing(db, sample_event)) == unversioned(gl_before)
    assert {p.id for p in list_people(db)} == people_before
    assert {o.id for o in organizations.list_organizations(db)} == orgs_before

    guest_state.put_back(db, after)
    again = listing(db, sample_event)
    assert [(g.id, g.name, g.rsvp, g.delegation_name, g.is_head) for g in again.guests] == [
        (g.id, g.name, g.rsvp, g.delegation_name, g.is_head) for g in gl_after.guests]
    assert by_family(again, "Əliyeva").organization_name == "Yeni Təşkilat <&>"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=600), country=st.text(max_size=80))
def test_any_name_is_kept_or_refused_cleanly(db: Database, sample_event: EventData, name: str, country: str) -> None:
    count = len(listing(db, sample_event).delegations)
    try:
        did = delegations.save_delegation(db, sample_event.id, None, DelegationInput(name, country=country))
    except (ValidationError, ConflictError):
        assert len(listing(db, sample_event).delegations) == count
        return
    made = next(d for d in listing(db, sample_event).delegations if d.id == did)
    assert made.name == " ".join(name.split()) and made.country == " ".join(country.split())
    delegations.delete_delegation(db, did)
