"""Snapshots of an event's guest list (delegations, guests) and of given people and organizations, put back as one
unit of work: how a delegation edit or a whole guest-list import becomes one undo step.

`capture` reads the rows' columns; `put_back` makes the database match a snapshot again: rows missing come back
under their ids, rows not in it go, changed columns get their old values. People and organizations are only
touched when named (`people`/`organizations` in `capture`, `drop_*` in `put_back`): an import's new entries.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from eventplanner.services.common import log_activity
from eventplanner.store.database import Database
from eventplanner.store.models import Base, OrganizationRow, PersonRow
from eventplanner.store.models_guests import DelegationRow, GuestRow

Rows = dict[int, dict[str, Any]]
RowT = TypeVar("RowT", bound=Base)
_SKIP = frozenset({"version"})


@dataclass(frozen=True)
class GuestState:
    event_id: int
    delegations: Rows
    guests: Rows
    people: Rows = field(default_factory=dict)
    organizations: Rows = field(default_factory=dict)


def _columns(row: Base) -> dict[str, Any]:
    mapper = inspect(type(row))
    return {c.key: copy.deepcopy(getattr(row, c.key)) for c in mapper.column_attrs if c.key not in _SKIP}


def _by_id(s: Session, model: type[RowT], ids: Iterable[int]) -> Rows:
    wanted = list(ids)
    if not wanted:
        return {}
    rows = s.scalars(select(model).where(model.id.in_(wanted)))  # type: ignore[attr-defined]
    return {r.id: _columns(r) for r in rows}  # type: ignore[attr-defined]


def capture(db: Database, event_id: int, people: Iterable[int] = (), organizations: Iterable[int] = ()) -> GuestState:
    with db.session() as s:
        return GuestState(
            event_id,
            {d.id: _columns(d) for d in s.scalars(select(DelegationRow).where(DelegationRow.event_id == event_id))},
            {g.id: _columns(g) for g in s.scalars(select(GuestRow).where(GuestRow.event_id == event_id))},
            _by_id(s, PersonRow, people),
            _by_id(s, OrganizationRow, organizations),
        )


def all_ids(db: Database) -> tuple[set[int], set[int]]:
    """Ids of every person and organization (before an import, to tell the ones it adds)."""
    with db.session() as s:
        return set(s.scalars(select(PersonRow.id))), set(s.scalars(select(OrganizationRow.id)))


def _match(s: Session, model: type[RowT], wanted: Rows, present: Iterable[RowT]) -> None:
    """Insert rows of `wanted` that are missing, set changed columns of those present; delete none."""
    seen: dict[int, RowT] = {r.id: r for r in present}  # type: ignore[attr-defined]
    for row_id, values in wanted.items():
        row: RowT | None = seen.get(row_id) or s.get(model, row_id)
        if row is None:
            s.add(model(**values))
            continue
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, copy.deepcopy(value))


def put_back(db: Database, state: GuestState, drop_people: Iterable[int] = (),
             drop_organizations: Iterable[int] = ()) -> None:
    """Make the event's delegations and guests (and the named people and organizations) match `state`."""
    with db.session() as s:
        _match(s, OrganizationRow, state.organizations, ())
        s.flush()
        _match(s, PersonRow, state.people, ())
        s.flush()
        delegations = list(s.scalars(select(DelegationRow).where(DelegationRow.event_id == state.event_id)))
        guests = list(s.scalars(select(GuestRow).where(GuestRow.event_id == state.event_id)))
        for guest in guests:
            if guest.id not in state.guests:
                s.delete(guest)
        s.flush()
        _match(s, DelegationRow, state.delegations, delegations)
        s.flush()
        _match(s, GuestRow, state.guests, (g for g in guests if g.id in state.guests))
        s.flush()
        for delegation in delegations:
            if delegation.id not in state.delegations:
                s.delete(delegation)
        s.flush()
        for model, ids in ((PersonRow, drop_people), (OrganizationRow, drop_organizations)):
            for row_id in ids:
                found = s.get(model, row_id)
                if found is not None:
                    s.delete(found)
            s.flush()
        log_activity(s, state.event_id, "restore_guests", "Guest list put back (undo/redo)")
