"""Delegations of an event: create, rename and edit (organization or country, head, members), delete, assign.

Each function is one unit of work. A delegation's head is one of its members; deleting a delegation keeps its
guests on the list, without a delegation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, OrganizationRow
from eventplanner.store.models_guests import DelegationRow, GuestRow

NAME_LIMIT = 500
COUNTRY_LIMIT = 64


@dataclass(frozen=True)
class DelegationInput:
    """What the delegation dialog edits. `head_guest_id` must be one of `member_ids` (or None)."""

    name: str
    organization_id: int | None = None
    country: str = ""
    head_guest_id: int | None = None
    member_ids: tuple[int, ...] = ()


def _clean(values: DelegationInput) -> DelegationInput:
    name = " ".join(values.name.split())
    if not name:
        raise ValidationError("A delegation needs a name (an organization or a country).")
    if len(name) > NAME_LIMIT:
        raise ValidationError(f"A delegation's name is longer than {NAME_LIMIT} characters.")
    country = " ".join(values.country.split())
    if len(country) > COUNTRY_LIMIT:
        raise ValidationError(f"The country is longer than {COUNTRY_LIMIT} characters.")
    members = tuple(dict.fromkeys(values.member_ids))
    if values.head_guest_id is not None and values.head_guest_id not in members:
        raise ValidationError("The head of a delegation must be one of its members.")
    return DelegationInput(name, values.organization_id, country, values.head_guest_id, members)


def _guests_of_event(s: Session, event_id: int, guest_ids: Iterable[int]) -> list[GuestRow]:
    rows = []
    for gid in guest_ids:
        row = get_row(s, GuestRow, gid)
        if row.event_id != event_id:
            raise ValidationError("That guest is not on this event's list.")
        rows.append(row)
    return rows


def save_delegation(db: Database, event_id: int, delegation_id: int | None, values: DelegationInput,
                    expected_version: int | None = None) -> int:
    """Create (`delegation_id` None) or edit a delegation with exactly these members and head; returns its id.

    Guests who were members and are not in `member_ids` leave it; members taken from another delegation move."""
    values = _clean(values)
    with db.session() as s:
        get_row(s, EventRow, event_id)
        if values.organization_id is not None:
            get_row(s, OrganizationRow, values.organization_id)
        twin = s.scalars(select(DelegationRow).where(DelegationRow.event_id == event_id,
                                                     DelegationRow.name == values.name)).first()
        if twin is not None and twin.id != delegation_id:
            raise ConflictError(f"The delegation “{values.name}” already exists for this event.")
        if delegation_id is None:
            row = DelegationRow(event_id=event_id, name=values.name, organization_id=values.organization_id,
                                country=values.country)
            s.add(row)
            s.flush()
            log_activity(s, event_id, "add_delegation", f"Delegation “{values.name}”")
        else:
            row = get_row(s, DelegationRow, delegation_id)
            if row.event_id != event_id:
                raise ValidationError("That delegation does not belong to this event.")
            check_version(row, expected_version, "This delegation")
            for key in ("name", "organization_id", "country"):
                if getattr(row, key) != getattr(values, key):
                    setattr(row, key, getattr(values, key))
            log_activity(s, event_id, "update_delegation", f"Delegation “{values.name}”")
        members = _guests_of_event(s, event_id, values.member_ids)
        wanted = {g.id for g in members}
        for old in s.scalars(select(GuestRow).where(GuestRow.delegation_id == row.id)):
            if old.id not in wanted:
                old.delegation_id, old.is_head = None, False
        for guest in members:
            is_head = guest.id == values.head_guest_id
            if guest.delegation_id != row.id:
                guest.delegation_id = row.id
            if guest.is_head != is_head:
                guest.is_head = is_head
        return row.id


def delete_delegation(db: Database, delegation_id: int, expected_version: int | None = None) -> None:
    """Delete a delegation; its guests stay on the list without one."""
    with db.session() as s:
        row = get_row(s, DelegationRow, delegation_id)
        check_version(row, expected_version, "This delegation")
        for guest in s.scalars(select(GuestRow).where(GuestRow.delegation_id == delegation_id)):
            guest.delegation_id, guest.is_head = None, False
        s.flush()
        log_activity(s, row.event_id, "delete_delegation", f"Delegation “{row.name}”")
        s.delete(row)


def assign_delegation(db: Database, guest_ids: Sequence[int], delegation_id: int | None) -> int:
    """Put guests into a delegation (or none) as members; a head who moves stops heading. Returns how many moved."""
    with db.session() as s:
        if not guest_ids:
            return 0
        event_id = get_row(s, GuestRow, guest_ids[0]).event_id
        if delegation_id is not None:
            delegation = get_row(s, DelegationRow, delegation_id)
            if delegation.event_id != event_id:
                raise ValidationError("That delegation does not belong to this event.")
        moved = 0
        for guest in _guests_of_event(s, event_id, guest_ids):
            if guest.delegation_id != delegation_id:
                guest.delegation_id, guest.is_head = delegation_id, False
                moved += 1
        if moved:
            log_activity(s, event_id, "assign_delegation", f"{moved} guest(s) to delegation #{delegation_id}")
        return moved

