"""Records what a unit of work writes, so every service yields a `Change` without keeping books by hand.

While `recording()` is active (in the current thread or task), each write session that `Database.session()`
opens gets a `Recorder` in `session.info`. Mapper events fill it as the session flushes: inserts with their
new values and version, updates with the changed columns' old and new values and both versions, deletes
with every column (deferred ones such as photos are loaded first, in `before_flush`). Bulk inserts that go
around the ORM (imports, services/bulk.py) report their rows with `note_inserted`. When the transaction
commits, the session's rows join the collector; a rolled-back session adds nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import NO_VALUE

from eventplanner.domain.change import Change, EntityKind, RowChange
from eventplanner.store.models import (
    Base,
    EventOrganizationRow,
    EventRow,
    OrganizationRow,
    PersonRow,
    RoomRow,
    SlotParticipantRow,
    SlotRow,
)
from eventplanner.store.models_guests import (
    DelegationRow,
    GuestRow,
    InvitationTemplateRow,
    SeatingChartRow,
    SeatRow,
)
from eventplanner.store.models_letterhead import LetterheadRow
from eventplanner.store.models_show import CueRow, SlotProductionRow, SlotTimingRow

KINDS: dict[type[Base], EntityKind] = {
    EventRow: EntityKind.EVENT,
    RoomRow: EntityKind.ROOM,
    SlotRow: EntityKind.SLOT,
    SlotParticipantRow: EntityKind.PARTICIPANT,
    PersonRow: EntityKind.PERSON,
    OrganizationRow: EntityKind.ORGANIZATION,
    EventOrganizationRow: EntityKind.EVENT_ORGANIZATION,
    LetterheadRow: EntityKind.LETTERHEAD,
    CueRow: EntityKind.CUE,
    SlotProductionRow: EntityKind.SLOT_PRODUCTION,
    SlotTimingRow: EntityKind.SLOT_TIMING,
    DelegationRow: EntityKind.DELEGATION,
    GuestRow: EntityKind.GUEST,
    SeatingChartRow: EntityKind.SEATING_CHART,
    SeatRow: EntityKind.SEAT,
    InvitationTemplateRow: EntityKind.INVITATION_TEMPLATE,
}
TABLES: dict[EntityKind, Table] = {kind: model.__table__ for model, kind in KINDS.items()}  # type: ignore[misc]
_KIND_OF_TABLE = {table.name: kind for kind, table in TABLES.items()}
_SKIP = frozenset({"id", "version"})
_PARENT_KEYS = ("event_id", "slot_id")
_INFO_KEY = "change_recorder"


def _frozen(value: Any) -> Any:
    """JSON columns hold dicts; the change keeps its own copy so later edits of the row cannot alter it."""
    return copy.deepcopy(value) if isinstance(value, dict | list) else value


@dataclass
class _Entry:
    kind: EntityKind
    id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    version_before: int | None
    version_after: int | None


@dataclass
class Recorder:
    """The rows one session wrote, one entry per row (several flushes of one row fold into one)."""

    entries: dict[tuple[EntityKind, int], _Entry] = field(default_factory=dict)
    _pending: dict[int, tuple[dict[str, Any], int | None]] = field(default_factory=dict)

    def note(
        self, kind: EntityKind, row_id: int, before: dict[str, Any] | None, after: dict[str, Any] | None,
        version_before: int | None, version_after: int | None,
    ) -> None:
        key = (kind, row_id)
        old = self.entries.get(key)
        if old is None:
            self.entries[key] = _Entry(kind, row_id, before, after, version_before, version_after)
            return
        if old.before is None and after is None:  # inserted, then deleted in the same action: nothing left
            del self.entries[key]
            return
        merged_after = None if after is None else {**(old.after or {}), **after}
        merged_before = old.before
        if merged_before is not None and before is not None:
            merged_before = {**before, **merged_before}  # the first value seen is the one before the action
        old.after, old.before, old.version_after = merged_after, merged_before, version_after

    def note_inserted(self, table: Table, ids: Sequence[int], columns: Mapping[str, Sequence[object]],
                      same: Mapping[str, object]) -> None:
        """Rows a bulk insert wrote around the ORM (given column by column, as services/bulk.py takes them)."""
        kind = _KIND_OF_TABLE.get(table.name)
        if kind is None:
            return
        version = 1 if "version" in table.c else None
        names = list(columns)
        for i, row_id in enumerate(ids):
            values = {name: _frozen(same[name]) for name in same}
            values.update({name: columns[name][i] for name in names})
            self.note(kind, row_id, None, values, None, version)

    def change(self) -> Change:
        return Change(tuple(
            RowChange(e.kind, e.id, e.before, e.after, e.version_before, e.version_after)
            for e in self.entries.values()
            if e.before != e.after or e.before is None or e.after is None or e.version_before != e.version_after
        ))


_collector: ContextVar[list[Change] | None] = ContextVar("change_collector", default=None)


@contextmanager
def recording() -> Iterator[list[Change]]:
    """Collect the changes of every write session committed inside the block, in order."""
    found: list[Change] = []
    token = _collector.set(found)
    try:
        yield found
    finally:
        _collector.reset(token)


def attach(session: Session) -> Recorder | None:
    """Give a new write session a recorder when someone is recording (called by Database.session)."""
    if _collector.get() is None:
        return None
    recorder = Recorder()
    session.info[_INFO_KEY] = recorder
    return recorder


def committed(recorder: Recorder) -> None:
    """The session's transaction committed: its rows become part of the recorded change."""
    found = _collector.get()
    if found is not None:
        change = recorder.change()
        if change:
            found.append(change)


def recorder_of(session: Session | None) -> Recorder | None:
    return session.info.get(_INFO_KEY) if session is not None else None


def _columns(mapper: Mapper[Any], target: Any, only: set[str] | None = None) -> dict[str, Any]:
    state = inspect(target)
    out = {}
    for attr in mapper.column_attrs:
        key = attr.key
        if key in _SKIP or (only is not None and key not in only):
            continue
        value = state.dict.get(key, NO_VALUE)
        if value is not NO_VALUE:
            out[key] = _frozen(value)
    return out


def _pk(mapper: Mapper[Any], target: Any) -> int:
    """The row's key: `id`, or the one column that is the key (a slot's production and timing rows)."""
    return int(mapper.primary_key_from_instance(target)[0])


def _session_recorder(target: Any) -> Recorder | None:
    state = inspect(target)
    return recorder_of(state.session)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    """Before rows are deleted: do the database's own cascades in the session (rows of recorded tables that
    point at them are deleted or set to NULL here, so the change lists them too), and load deferred columns
    (photos, logos), so that undo brings everything back."""
    if recorder_of(session) is None:
        return
    with session.no_autoflush:
        _cascade(session)
        for obj in list(session.deleted):
            state = inspect(obj)
            for key in state.unloaded & {a.key for a in state.mapper.column_attrs}:
                getattr(obj, key)


def _cascade(session: Session) -> None:
    done: set[int] = set()
    while True:
        deleted = [o for o in session.deleted if id(o) not in done and type(o) in KINDS]
        if not deleted:
            return
        done.update(id(o) for o in deleted)
        by_table: dict[str, list[Any]] = {}
        for obj in deleted:
            by_table.setdefault(obj.__table__.name, []).append(_pk(inspect(obj).mapper, obj))
        for model in KINDS:
            for fk in model.__table__.foreign_keys:  # type: ignore[attr-defined]
                keys = by_table.get(fk.column.table.name)
                if not keys or fk.ondelete not in ("CASCADE", "SET NULL"):
                    continue
                column = getattr(model, fk.parent.key)
                for i in range(0, len(keys), 500):
                    for row in session.scalars(select(model).where(column.in_(keys[i:i + 500]))):
                        if row in session.deleted:
                            continue
                        if fk.ondelete == "CASCADE":
                            session.delete(row)
                        else:
                            setattr(row, fk.parent.key, None)


def _after_insert(mapper: Mapper[Any], _conn: object, target: Any) -> None:
    recorder = _session_recorder(target)
    kind = KINDS.get(type(target))
    if recorder is not None and kind is not None:
        recorder.note(kind, _pk(mapper, target), None, _columns(mapper, target), None, getattr(target, "version", None))


def _before_update(mapper: Mapper[Any], _conn: object, target: Any) -> None:
    recorder = _session_recorder(target)
    if recorder is None or type(target) not in KINDS:
        return
    state = inspect(target)
    before: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        history = state.attrs[attr.key].history
        if history.deleted:
            before[attr.key] = _frozen(history.deleted[0])
        elif history.added:  # flagged as modified with its value unchanged (services load what they overwrite)
            before[attr.key] = _frozen(history.added[0])
    recorder._pending[id(target)] = (before, getattr(target, "version", None))


def _after_update(mapper: Mapper[Any], _conn: object, target: Any) -> None:
    recorder = _session_recorder(target)
    kind = KINDS.get(type(target))
    if recorder is None or kind is None:
        return
    before, version_before = recorder._pending.pop(id(target), ({}, None))
    for key in _PARENT_KEYS:  # where the row belongs, so views know whether it is theirs
        if key in mapper.columns and key not in before:
            before[key] = getattr(target, key)
    after = _columns(mapper, target, set(before))
    recorder.note(kind, _pk(mapper, target), before, after, version_before, getattr(target, "version", None))


def _before_delete(mapper: Mapper[Any], _conn: object, target: Any) -> None:
    recorder = _session_recorder(target)
    kind = KINDS.get(type(target))
    if recorder is not None and kind is not None:
        state = inspect(target)
        before = _columns(mapper, target)
        for key, value in state.committed_state.items():  # a row changed and then deleted: its stored values
            if key in before and value is not NO_VALUE:
                before[key] = _frozen(value)
        recorder.note(kind, _pk(mapper, target), before, None, getattr(target, "version", None), None)


def _keep_old(_target: Any, value: Any, _old: Any, _initiator: Any) -> Any:
    return value


def install() -> None:
    """Listen on every model and on all sessions once; cheap when nobody records (one dict lookup)."""
    if getattr(install, "done", False):
        return
    event.listen(Session, "before_flush", _before_flush)
    for model in KINDS:
        for attr in inspect(model).column_attrs:
            if attr.deferred:  # photos, logos, letterheads: the value a set replaces is loaded first
                event.listen(getattr(model, attr.key), "set", _keep_old, active_history=True)
        event.listen(model, "after_insert", _after_insert)
        event.listen(model, "before_update", _before_update)
        event.listen(model, "after_update", _after_update)
        event.listen(model, "before_delete", _before_delete)
    install.done = True  # type: ignore[attr-defined]


install()
