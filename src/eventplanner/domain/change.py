"""What one user action changed in the data, as plain values: the unit of undo, redo and view refresh.

A `Change` lists every row the action inserted, updated or deleted (`RowChange`), with the values before
and after and the row's version on both sides. Services produce it (services/history.py records it from the
unit of work, so no service keeps books by hand); `history.revert` and `history.reapply` turn it back and
forth in one transaction each; views ask it which of their rows it touched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any


class EntityKind(StrEnum):
    """The kinds of rows a change can touch (the names views and the history use)."""

    EVENT = "event"
    ROOM = "room"
    SLOT = "slot"
    PARTICIPANT = "participant"
    PERSON = "person"
    ORGANIZATION = "organization"
    EVENT_ORGANIZATION = "event_organization"
    LETTERHEAD = "letterhead"
    CUE = "cue"
    SLOT_PRODUCTION = "slot_production"
    SLOT_TIMING = "slot_timing"
    DELEGATION = "delegation"
    GUEST = "guest"
    SEATING_CHART = "seating_chart"
    SEAT = "seat"
    INVITATION_TEMPLATE = "invitation_template"


Values = Mapping[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row: `before` is None for an insert, `after` None for a delete; versions are None for rows
    that carry no version counter (participants), which are checked by their values instead."""

    kind: EntityKind
    id: int
    before: Values | None
    after: Values | None
    version_before: int | None = None
    version_after: int | None = None

    @property
    def inserted(self) -> bool:
        return self.before is None

    @property
    def deleted(self) -> bool:
        return self.after is None

    @property
    def fields(self) -> frozenset[str]:
        """The fields whose value differs between before and after (all of them for inserts and deletes)."""
        if self.before is None or self.after is None:
            return frozenset((self.before or self.after or {}).keys())
        return frozenset(k for k in self.after if self.before.get(k) != self.after[k])

    def value(self, name: str) -> Any:
        """The value after the change, or before it for a deleted row."""
        return (self.after if self.after is not None else self.before or {}).get(name)


@dataclass(frozen=True)
class Change:
    """Everything one action changed, in the order it happened. Empty when nothing was written."""

    rows: tuple[RowChange, ...] = ()
    label: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Counts and notes for the user (an import's report lines); never needed to revert."""

    def __bool__(self) -> bool:
        return bool(self.rows)

    def of(self, kind: EntityKind) -> tuple[RowChange, ...]:
        return tuple(r for r in self.rows if r.kind is kind)

    def ids(self, kind: EntityKind) -> frozenset[int]:
        return frozenset(r.id for r in self.rows if r.kind is kind)

    def inserted_ids(self, kind: EntityKind) -> frozenset[int]:
        return frozenset(r.id for r in self.rows if r.kind is kind and r.inserted)

    def deleted_ids(self, kind: EntityKind) -> frozenset[int]:
        return frozenset(r.id for r in self.rows if r.kind is kind and r.deleted)

    @property
    def slot_ids(self) -> frozenset[int]:
        """Slots touched directly or through their participants (what an agenda row shows)."""
        ids = set(self.ids(EntityKind.SLOT))
        for r in self.rows:
            if r.kind is not EntityKind.PARTICIPANT:
                continue
            for side in (r.before, r.after):
                if side is not None and side.get("slot_id") is not None:
                    ids.add(int(side["slot_id"]))
        return frozenset(ids)

    @property
    def event_ids(self) -> frozenset[int]:
        """Events this change touched: the event rows themselves and the events of touched rooms, slots and roles."""
        ids = set(self.ids(EntityKind.EVENT))
        for r in self.rows:
            for side in (r.before, r.after):
                if side is not None and side.get("event_id") is not None:
                    ids.add(int(side["event_id"]))
        return frozenset(ids)

    def of_event(self, kind: EntityKind, event_id: int | None) -> tuple[RowChange, ...]:
        """Rows of this kind that belong to the event on either side of the change (moved in or out of it);
        `event_id` None asks for the rows of no event (the default letterhead)."""
        return tuple(r for r in self.rows if r.kind is kind and any(
            side is not None and side.get("event_id") == event_id for side in (r.before, r.after)))

    @property
    def shifted(self) -> dict[int, tuple[datetime, datetime]]:
        """Slots re-timed by the change: id -> (start before, start after)."""
        out: dict[int, tuple[datetime, datetime]] = {}
        for r in self.of(EntityKind.SLOT):
            if r.before is not None and r.after is not None and r.before.get("start") != r.after.get("start"):
                out[r.id] = (r.before["start"], r.after["start"])
        return out

    def touches(self, kind: EntityKind, fields: frozenset[str] | set[str] | None = None) -> bool:
        """Whether a row of this kind changed (optionally: in one of these fields)."""
        return any(r.kind is kind and (fields is None or r.fields & set(fields)) for r in self.rows)

    def inverse(self) -> Change:
        """The change that undoes this one (before and after swapped)."""
        return replace(
            self,
            rows=tuple(
                RowChange(r.kind, r.id, r.after, r.before, r.version_after, r.version_before)
                for r in reversed(self.rows)
            ),
        )

    def merged(self, other: Change) -> Change:
        """This change followed by another, as one."""
        return replace(self, rows=self.rows + other.rows, extra={**self.extra, **other.extra})
