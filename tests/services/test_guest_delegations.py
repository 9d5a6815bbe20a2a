"""Delegations through the services (create, rename, members and head, delete, assign), and the recorded change
that makes a delegation edit or a whole import one undo step (services/history.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventplanner.domain.change import EntityKind
from eventplanner.domain.data import EventData
from eventplanner.domain.errors import ConflictError, NotFoundError, StaleEditError, ValidationError
from eventplanner.domain.guests import DelegationData, GuestData, GuestList
from eventplanner.services import delegations, guests, history, organizations, seating
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


def test_a_recorded_delegation_delete_is_reverted_and_reapplied(db: Database, sample_event: EventData) -> None:
    gl = listing(db, sample_event)
    italy = next(d for d in gl.delegations if d.name == "Italy")
    change = history.record(db, lambda: delegations.delete_delegation(db, italy.id)).change
    history.revert(db, change)
    restored = listing(db, sample_event)
    assert unversioned(restored) == unversioned(gl)
    assert restored == gl  # versions too: the rows are exactly as they were
    history.reapply(db, change)
    assert all(d.name != "Italy" for d in listing(db, sample_event).delegations)
    assert all(g.delegation_id != italy.id for g in listing(db, sample_event).guests)


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
    change = history.record(db, lambda: import_guests(db, path, sample_event.id)).change
    gl_after = listing(db, sample_event)
    assert len({p.id for p in list_people(db)}) > len(people_before)

    history.revert(db, change)
    assert listing(db, sample_event) == gl_before
    assert {p.id for p in list_people(db)} == people_before
    assert {o.id for o in organizations.list_organizations(db)} == orgs_before

    history.reapply(db, change)
    again = listing(db, sample_event)
    assert again == gl_after
    assert by_family(again, "Əliyeva").organization_name == "Yeni Təşkilat <&>"


def test_seat_changes_are_recorded_row_by_row(db: Database, sample_event: EventData) -> None:
    chart = next(iter(seating.charts(db, sample_event.id)))
    before = dict(chart.occupants)
    assert len(before) >= 2
    first, second = sorted(before)[:2]
    change = history.record(db, lambda: seating.swap(db, chart.id, first, second)).change
    assert {r.kind for r in change.rows} == {EntityKind.SEAT}
    history.revert(db, change)
    assert seating.chart(db, chart.id).occupants == before
    cleared = history.record(db, lambda: seating.set_seats(db, chart.id, {})).change
    assert seating.chart(db, chart.id).occupants == {}
    history.revert(db, cleared)
    assert seating.chart(db, chart.id).occupants == before


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
