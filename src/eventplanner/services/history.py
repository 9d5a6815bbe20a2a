"""Undo and redo as services: record what an action changed, put it back, put it forward again.

`record(db, action)` runs any writing service and returns its result with the `Change` it made (recorded
from the unit of work, store/recorder.py). `revert(db, change)` and `reapply(db, change)` each run in ONE
transaction: every touched row must still be as the change left it (same version; unversioned rows must
still hold the values it gave them), else a colleague changed it meanwhile and the call raises
StaleEditError and changes nothing.

A revert puts back the rows' versions too, not only their values: the row is then exactly as it was, so the
next older undo entry (which expects that version) still applies, and a colleague's edit made since moved the
version on and is noticed. (The one case it cannot tell apart: a colleague who read the row in the undone
state and saves it after someone else has edited the reverted row to that same version number.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.change import Change, EntityKind, RowChange
from eventplanner.domain.errors import StaleEditError
from eventplanner.services.common import log_activity
from eventplanner.store.database import Database
from eventplanner.store.models import Base, EventRow
from eventplanner.store.recorder import TABLES, recording

T = TypeVar("T")
CHUNK = 500

STALE = "{what} was changed by someone else since this change was made, so it cannot be {verb}. Nothing was changed."
GONE = ("{what} that this change needs was deleted after it was made, so it cannot be {verb}. If you deleted it, undo "
        "that first. Nothing was changed.")

_NOUNS = {
    EntityKind.EVENT: "An event",
    EntityKind.ROOM: "A room",
    EntityKind.SLOT: "An agenda slot",
    EntityKind.PARTICIPANT: "A speaker of a slot",
    EntityKind.PERSON: "A person",
    EntityKind.ORGANIZATION: "An organization",
    EntityKind.EVENT_ORGANIZATION: "An organization's role",
    EntityKind.LETTERHEAD: "A letterhead",
    EntityKind.CUE: "A cue of the run sheet",
    EntityKind.SLOT_PRODUCTION: "A slot's call time or technical needs",
    EntityKind.SLOT_TIMING: "A slot's recorded times",
    EntityKind.DELEGATION: "A delegation",
    EntityKind.GUEST: "A guest",
    EntityKind.SEATING_CHART: "A seating chart",
    EntityKind.SEAT: "A seat",
    EntityKind.INVITATION_TEMPLATE: "An invitation letter",
}
_ORDER = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
_KIND_OF_TABLE = {table.name: kind for kind, table in TABLES.items()}


@dataclass(frozen=True)
class Recorded(Generic[T]):
    """A service's own result and the change it made."""

    result: T
    change: Change


def record(db: Database, action: Callable[[], T], label: str = "") -> Recorded[T]:
    """Run a writing service (or several, as one action) and return what it returned and what it changed."""
    with recording() as found:
        result = action()
    change = Change(label=label)
    for part in found:
        change = change.merged(part)
    return Recorded(result, replace(change, label=label, extra=dict(change.extra)))


def revert(db: Database, change: Change) -> Change:
    """Undo: put every row the change touched back as it was before. One transaction, versions checked.

    Returns the change, to hand to `reapply` for a redo."""
    _move(db, change.inverse(), "undone", f"Undid “{change.label}”" if change.label else "Undid a change")
    return change


def reapply(db: Database, change: Change) -> Change:
    """Redo: make the change again on the rows as `revert` left them. One transaction, versions checked."""
    _move(db, change, "redone", f"Redid “{change.label}”" if change.label else "Redid a change")
    return change


# The work ---------------------------------------------------------------------------------------------


def _table(kind: EntityKind) -> Table:
    return TABLES[kind]


def _key(table: Table) -> Any:
    """The table's one key column (`id`, or `slot_id` for a slot's production and timing rows)."""
    return next(iter(table.primary_key.columns))


def _move(db: Database, change: Change, verb: str, summary: str) -> None:
    """Take every row from its `before` side (checked) to its `after` side, versions included."""
    if not change:
        return
    with db.session() as s:
        conn = s.connection()
        inserts = [r for r in change.rows if r.before is None and r.after is not None]
        updates = [r for r in change.rows if r.before is not None and r.after is not None]
        deletes = [r for r in change.rows if r.before is not None and r.after is None]
        _check_parents(conn, inserts + updates, verb)
        for kind, rows in _by_table(inserts, parents_first=True):
            _insert(conn, kind, rows, verb)
        for row in updates:
            _update(conn, row, verb)
        for kind, rows in _by_table(deletes, parents_first=False):
            _delete(conn, kind, rows, verb)
        events = sorted(change.event_ids)
        _count_scenario_revisions(s, change)
        log_activity(s, events[0] if len(events) == 1 else None, "undo" if verb == "undone" else "redo", summary)


def _count_scenario_revisions(s: Session, change: Change) -> None:
    """A run sheet's revision counts every scenario change up, undo and redo included (services/scenario.py)."""
    slot_ids = {int(r.value("slot_id")) for r in change.rows
                if r.kind in (EntityKind.CUE, EntityKind.SLOT_PRODUCTION) and r.value("slot_id") is not None}
    if not slot_ids:
        return
    from eventplanner.services import scenario  # the run sheet's service loads only when a cue was touched

    slots = _table(EntityKind.SLOT)
    events = set(change.event_ids) | set(s.scalars(select(slots.c.event_id).where(slots.c.id.in_(slot_ids))))
    for event_id in sorted(events):
        if s.get(EventRow, event_id) is not None:
            scenario.bump_revision(s, event_id)


def _by_table(rows: Iterable[RowChange], parents_first: bool) -> list[tuple[EntityKind, list[RowChange]]]:
    grouped: dict[EntityKind, list[RowChange]] = defaultdict(list)
    for row in rows:
        grouped[row.kind].append(row)
    order = sorted(grouped, key=lambda k: _ORDER[_table(k).name], reverse=not parents_first)
    return [(kind, grouped[kind]) for kind in order]


def _stale(kind: EntityKind, verb: str) -> StaleEditError:
    return StaleEditError(STALE.format(what=_NOUNS[kind], verb=verb))


def _check_parents(conn: Connection, rows: list[RowChange], verb: str) -> None:
    """Rows put back must find the rows they point to. A person, room or organization deleted since (by a
    colleague, or by a later entry not undone first) is named, not left to the driver's foreign-key error."""
    coming: dict[str, set[int]] = defaultdict(set)
    for r in rows:
        if r.before is None:
            coming[_table(r.kind).name].add(r.id)
    wanted: dict[tuple[Table, str], set[int]] = defaultdict(set)
    for r in rows:
        after = r.after or {}
        for fk in _table(r.kind).foreign_keys:
            value = after.get(fk.parent.name)
            if value is not None and int(value) not in coming[fk.column.table.name]:
                wanted[(fk.column.table, fk.column.name)].add(int(value))
    for (table, column), ids in wanted.items():
        ordered = sorted(ids)
        for chunk in _chunks(ordered):
            found = set(conn.scalars(select(table.c[column]).where(table.c[column].in_(chunk))))
            if len(found) < len(chunk):
                kind = _KIND_OF_TABLE.get(table.name)
                raise StaleEditError(GONE.format(what=_NOUNS[kind] if kind else "A row", verb=verb))


def _chunks(items: Sequence[T]) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _insert(conn: Connection, kind: EntityKind, rows: list[RowChange], verb: str) -> None:
    """Bring rows (back) into being under their ids; any id taken meanwhile means someone else acted."""
    table = _table(kind)
    ids = [r.id for r in rows]
    key = _key(table)
    for chunk in _chunks(ids):
        if conn.execute(select(key).where(key.in_(chunk)).limit(1)).first() is not None:
            raise _stale(kind, verb)
    versioned = "version" in table.c
    values: list[dict[str, Any]] = []
    for r in rows:
        v = {k: val for k, val in (r.after or {}).items() if k in table.c}
        v[key.key] = r.id
        if versioned:
            v["version"] = r.version_after or 1
        values.append(v)
    # rows with the same columns go in one executemany
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for v in values:
        by_keys[tuple(sorted(v))].append(v)
    for group in by_keys.values():
        for start in range(0, len(group), CHUNK):
            conn.execute(insert(table), group[start:start + CHUNK])


def _update(conn: Connection, row: RowChange, verb: str) -> None:
    table = _table(row.kind)
    before, after = row.before or {}, row.after or {}
    values = {k: v for k, v in after.items() if k in table.c}
    where = [_key(table) == row.id]
    if "version" in table.c:
        if row.version_before is None or row.version_after is None:
            raise _stale(row.kind, verb)
        where.append(table.c.version == row.version_before)
        values["version"] = row.version_after
    else:
        where += [table.c[k] == before[k] for k in before if k in table.c and before[k] is not None]
    if not values:
        return
    if conn.execute(update(table).where(and_(*where)).values(values)).rowcount != 1:
        raise _stale(row.kind, verb)


def _delete(conn: Connection, kind: EntityKind, rows: list[RowChange], verb: str) -> None:
    """Remove rows, checking each still has the version the change gave it (grouped: one statement per chunk)."""
    table = _table(kind)
    groups: dict[int | None, list[int]] = defaultdict(list)
    for r in rows:
        groups[r.version_before if "version" in table.c else None].append(r.id)
    for version, ids in groups.items():
        for chunk in _chunks(ids):
            query = delete(table).where(_key(table).in_(list(chunk)))
            if version is not None:
                query = query.where(table.c.version == version)
            if conn.execute(query).rowcount != len(chunk):
                raise _stale(kind, verb)
