"""The guest list of an event: guests from the people directory, delegations, RSVP, and attendance counts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from eventplanner.domain.enums import EventRole
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.guests import (
    DelegationData,
    GuestCategory,
    GuestData,
    GuestList,
    RsvpState,
    RsvpStatus,
    Sex,
    attendance_counts,
    change_rsvp,
)
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.services.convert import event_data, event_organization_data, organization_data, person_data
from eventplanner.store.database import Database
from eventplanner.store.models import EventOrganizationRow, EventRow, PersonRow
from eventplanner.store.models_guests import DelegationRow, GuestRow

#: Fields `update_guest` may change (the RSVP has its own rule: `set_rsvp`).
EDITABLE = frozenset({"category", "sex", "representative_sex", "language", "dietary", "access", "arrival",
                      "departure", "notes", "is_head", "delegation_id"})
TEXT_LIMIT = 10_000


def host_ids(s: Session, event_id: int) -> set[int]:
    return set(s.scalars(select(EventOrganizationRow.organization_id).where(
        EventOrganizationRow.event_id == event_id, EventOrganizationRow.role == EventRole.HOST.value)))


def delegation_data(row: DelegationRow, head_guest_id: int | None = None) -> DelegationData:
    return DelegationData(row.id, row.event_id, row.name, row.organization_id, row.country, row.precedence,
                          head_guest_id, row.notes, row.version)


def guest_data(row: GuestRow, hosts: set[int]) -> GuestData:
    person = row.person
    org = person.organization
    delegation = row.delegation
    return GuestData(
        id=row.id,
        event_id=row.event_id,
        person=person_data(person),
        organization=organization_data(org) if org is not None else None,
        category=GuestCategory(row.category),
        rsvp=RsvpStatus(row.rsvp),
        representative=person_data(row.representative) if row.representative is not None else None,
        delegation_id=row.delegation_id,
        delegation_name=delegation.name if delegation is not None else "",
        delegation_precedence=delegation.precedence if delegation is not None else 100,
        is_head=row.is_head,
        sex=Sex(row.sex),
        representative_sex=Sex(row.representative_sex),
        language=row.language,
        dietary=row.dietary,
        access=row.access,
        arrival=row.arrival,
        departure=row.departure,
        notes=row.notes,
        is_host=person.organization_id is not None and person.organization_id in hosts,
        version=row.version,
    )


def _guest_rows(s: Session, event_id: int) -> list[GuestRow]:
    query = (
        select(GuestRow)
        .where(GuestRow.event_id == event_id)
        .options(
            selectinload(GuestRow.person).selectinload(PersonRow.organization),
            selectinload(GuestRow.representative).selectinload(PersonRow.organization),
            selectinload(GuestRow.delegation),
        )
        .order_by(GuestRow.id)
    )
    return list(s.scalars(query))


def read_guests(s: Session, event_id: int) -> list[GuestData]:
    hosts = host_ids(s, event_id)
    return [guest_data(r, hosts) for r in _guest_rows(s, event_id)]


def guest_list(db: Database, event_id: int, with_logos: bool = False) -> GuestList:
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        guests = read_guests(s, event_id)
        heads = {g.delegation_id: g.id for g in guests if g.is_head and g.delegation_id is not None}
        delegations = tuple(
            delegation_data(r, heads.get(r.id))
            for r in s.scalars(select(DelegationRow).where(DelegationRow.event_id == event_id)
                               .order_by(DelegationRow.precedence, DelegationRow.name))
        )
        return GuestList(event_data(event), tuple(guests), delegations,
                         tuple(event_organization_data(o, with_logos) for o in event.organizations),
                         attendance_counts(guests))


def _guest(s: Session, guest_id: int) -> GuestRow:
    row = s.get(GuestRow, guest_id)
    if row is None:
        raise NotFoundError(f"The guest #{guest_id} is no longer on the list (they may have been removed).")
    return row


def _read_one(s: Session, row: GuestRow) -> GuestData:
    s.flush()
    s.refresh(row)
    return guest_data(row, host_ids(s, row.event_id))


def add_guests(db: Database, event_id: int, person_ids: Sequence[int],
               category: GuestCategory = GuestCategory.OTHER) -> list[GuestData]:
    """Put people from the directory on the guest list (as invited); people already on it are left as they are."""
    with db.session() as s:
        get_row(s, EventRow, event_id)
        present = set(s.scalars(select(GuestRow.person_id).where(GuestRow.event_id == event_id)))
        added: list[GuestRow] = []
        for pid in dict.fromkeys(person_ids):
            get_row(s, PersonRow, pid)
            if pid in present:
                continue
            row = GuestRow(event_id=event_id, person_id=pid, category=category.value)
            s.add(row)
            added.append(row)
        try:
            s.flush()
        except IntegrityError as exc:
            raise ConflictError("Someone else added the same guest just now. Reload the list.") from exc
        if added:
            log_activity(s, event_id, "add_guests", f"Added {len(added)} guest(s)")
        return [_read_one(s, r) for r in added]


def remove_guests(db: Database, guest_ids: Iterable[int]) -> list[GuestData]:
    """Take guests off the list (their seats go too); returns them as they were, for undo."""
    with db.session() as s:
        removed = []
        for gid in guest_ids:
            row = _guest(s, gid)
            removed.append(_read_one(s, row))
            s.delete(row)
        if removed:
            log_activity(s, removed[0].event_id, "remove_guests", f"Removed {len(removed)} guest(s)")
        return removed


def restore_guest(db: Database, guest: GuestData) -> GuestData:
    """Put a removed guest back with everything they had, under the same id (undo of a removal)."""
    with db.session() as s:
        row = GuestRow(
            id=guest.id if s.get(GuestRow, guest.id) is None else None, event_id=guest.event_id,
            person_id=guest.person.id, delegation_id=guest.delegation_id,
            is_head=guest.is_head, category=guest.category.value, rsvp=guest.rsvp.value,
            representative_id=guest.representative.id if guest.representative else None, sex=guest.sex.value,
            representative_sex=guest.representative_sex.value, language=guest.language, dietary=guest.dietary,
            access=guest.access, arrival=guest.arrival, departure=guest.departure, notes=guest.notes,
        )
        s.add(row)
        if row.delegation_id is not None and s.get(DelegationRow, row.delegation_id) is None:
            row.delegation_id = None
        return _read_one(s, row)


def set_rsvp(db: Database, guest_id: int, status: RsvpStatus, representative_id: int | None = None,
             expected_version: int | None = None) -> tuple[GuestData, RsvpState]:
    """Record an answer; returns the guest and the RSVP it had before (for undo)."""
    with db.session() as s:
        row = _guest(s, guest_id)
        check_version(row, expected_version, "This guest")
        before = RsvpState(RsvpStatus(row.rsvp), row.representative_id)
        after = change_rsvp(before, status, row.person_id, representative_id)
        if after.representative_id is not None:
            get_row(s, PersonRow, after.representative_id)
            twin = s.scalars(select(GuestRow).where(GuestRow.event_id == row.event_id,
                                                    GuestRow.person_id == after.representative_id)).first()
            if twin is not None and RsvpStatus(twin.rsvp).attends:
                raise ValidationError("The representative is already coming as a guest in their own right; "
                                      "they cannot take a second place.")
        if after != before:
            row.rsvp = after.status.value
            row.representative_id = after.representative_id
            log_activity(s, row.event_id, "rsvp", f"Guest #{row.id}: {after.status.value}")
        return _read_one(s, row), before


def update_guest(db: Database, guest_id: int, changes: dict[str, Any],
                 expected_version: int | None = None) -> tuple[GuestData, dict[str, Any]]:
    """Change some of a guest's own fields; returns the guest and the previous values (for undo)."""
    with db.session() as s:
        row = _guest(s, guest_id)
        check_version(row, expected_version, "This guest")
        before: dict[str, Any] = {}
        for key, value in changes.items():
            if key not in EDITABLE:
                raise ValidationError(f"The guest field “{key}” cannot be edited.")
            if isinstance(value, str) and len(value) > TEXT_LIMIT:
                raise ValidationError(f"The {key} text is longer than {TEXT_LIMIT:,} characters.")
            if key == "delegation_id" and value is not None:
                delegation = s.get(DelegationRow, value)
                if delegation is None or delegation.event_id != row.event_id:
                    raise ValidationError("That delegation does not belong to this event.")
            if key in ("arrival", "departure") and value is not None and not isinstance(value, datetime):
                raise ValidationError(f"The {key} must be a date and time.")
            current = getattr(row, key)
            new = value.value if hasattr(value, "value") else value
            if current != new:
                before[key] = current
                setattr(row, key, new)
        if row.is_head and row.delegation_id is not None and ("is_head" in before or "delegation_id" in before):
            other = s.scalars(select(GuestRow).where(GuestRow.delegation_id == row.delegation_id,
                                                     GuestRow.id != row.id, GuestRow.is_head)).first()
            if other is not None:
                raise ValidationError(f"{person_data(other.person).display_name} already heads this delegation; "
                                      "untick them first.")
        if row.is_head and row.delegation_id is None:
            raise ValidationError("Only a member of a delegation can be its head.")
        if row.arrival and row.departure and row.departure < row.arrival:
            raise ValidationError("The departure is before the arrival.")
        if before:
            log_activity(s, row.event_id, "update_guest", f"Guest #{row.id}: {', '.join(before)}")
        return _read_one(s, row), before


def add_delegation(db: Database, event_id: int, name: str, organization_id: int | None = None,
                   country: str = "", precedence: int = 100) -> DelegationData:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("A delegation needs a name (an organization or a country).")
    with db.session() as s:
        get_row(s, EventRow, event_id)
        existing = s.scalars(select(DelegationRow).where(DelegationRow.event_id == event_id,
                                                         DelegationRow.name == name)).first()
        if existing is not None:
            raise ConflictError(f"The delegation “{name}” already exists for this event.")
        row = DelegationRow(event_id=event_id, name=name[:500], organization_id=organization_id,
                            country=country[:64], precedence=precedence)
        s.add(row)
        s.flush()
        return delegation_data(row)


def join_delegation(db: Database, guest_id: int, delegation_id: int | None, head: bool = False) -> GuestData:
    """Make a guest a member (or the head) of a delegation; one head per delegation."""
    with db.session() as s:
        row = _guest(s, guest_id)
        if delegation_id is not None:
            delegation = s.get(DelegationRow, delegation_id)
            if delegation is None or delegation.event_id != row.event_id:
                raise ValidationError("That delegation does not belong to this event.")
            if head:
                for other in s.scalars(select(GuestRow).where(GuestRow.delegation_id == delegation_id,
                                                              GuestRow.id != row.id, GuestRow.is_head)):
                    other.is_head = False
        row.delegation_id = delegation_id
        row.is_head = head and delegation_id is not None
        return _read_one(s, row)


def unanswered(db: Database, event_id: int) -> list[GuestData]:
    """Guests who have not answered yet (reminder drafts go to them)."""
    return [g for g in guest_list(db, event_id).in_protocol_order if g.rsvp is RsvpStatus.INVITED]
