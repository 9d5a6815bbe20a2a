"""Seating by precedence: seat numbers in protocol order, where each seat is, auto-fill, swaps and warnings.

Seat 1 is the seat of honour (the centre of the head table, the centre of the front row, the top of table 1).
Seat 2 is on its occupant's right, seat 3 on their left, and so on alternately outward, as protocol requires.
Numbering seats in that order makes auto-fill a simple zip of seats with guests in precedence order, and the
chart's numbered key reads in protocol order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from eventplanner.domain.data import PersonData
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.guests import PrecedenceKey, RsvpStatus

MAX_SEATS = 600


class ChartKind(StrEnum):
    HEAD_TABLE = "head_table"
    THEATRE = "theatre"
    ROUNDS = "rounds"
    U_SHAPE = "u_shape"


CHART_KIND_LABELS: dict[ChartKind, str] = {
    ChartKind.HEAD_TABLE: "Head table (presidium)",
    ChartKind.THEATRE: "Theatre rows",
    ChartKind.ROUNDS: "Round tables",
    ChartKind.U_SHAPE: "U-shaped table",
}


@dataclass(frozen=True)
class ChartLayout:
    """`seats`: per table, per row, or at the base of the U. `rows`: theatre rows, round tables, or seats per arm."""

    kind: ChartKind
    seats: int
    rows: int = 1

    @property
    def capacity(self) -> int:
        if self.kind is ChartKind.HEAD_TABLE:
            return self.seats
        if self.kind is ChartKind.U_SHAPE:
            return self.seats + 2 * self.rows
        return self.seats * self.rows

    def check(self) -> None:
        if self.seats < 1:
            raise ValidationError("A table or row needs at least one seat.")
        if self.rows < (0 if self.kind is ChartKind.U_SHAPE else 1):
            raise ValidationError("The chart needs at least one row or table.")
        if self.capacity > MAX_SEATS:
            raise ValidationError(f"A seating chart holds at most {MAX_SEATS} seats.")


def centre_out(n: int) -> list[int]:
    """Positions 0..n-1 along a row, counted from the occupants' right, in protocol order.

    The centre first, then one to its right, one to its left, alternately outward. With an even number of
    seats the centre is the one just left of the middle, so that the seat of honour has a neighbour on
    its right.
    """
    centre = n // 2
    order = [centre]
    step = 1
    while len(order) < n:
        if centre - step >= 0:
            order.append(centre - step)
        if centre + step < n:
            order.append(centre + step)
        step += 1
    return order


def around_table(n: int) -> list[int]:
    """Positions 0..n-1 round a table (0 at the head, counting towards the head's right), in protocol order."""
    order = [0]
    step = 1
    while len(order) < n:
        order.append(step)
        if n - step != step:
            order.append(n - step)
        step += 1
    return order[:n]


@dataclass(frozen=True)
class SeatPlace:
    """Where seat `number` is on the drawing: x to the right, y down, in seat widths; `table` for round tables."""

    number: int
    x: float
    y: float
    table: int = 0


def seat_places(layout: ChartLayout) -> list[SeatPlace]:
    """Every seat of the layout with its number (protocol order) and position on paper, ordered by number.

    Head table and U: the table faces the room (drawn at the top, facing down), so an occupant's right is
    the paper's left. Theatre rows face the stage at the top, so their right is the paper's right.
    """
    layout.check()
    places: list[SeatPlace] = []
    n = layout.seats
    if layout.kind in (ChartKind.HEAD_TABLE, ChartKind.U_SHAPE):
        for rank, pos in enumerate(centre_out(n)):
            places.append(SeatPlace(rank + 1, float(pos), 0.0))
        if layout.kind is ChartKind.U_SHAPE:
            number = n
            for depth in range(layout.rows):
                for side_x in (-1.0, float(n)):  # the base's right (paper left) arm first
                    number += 1
                    places.append(SeatPlace(number, side_x, 1.0 + depth))
    elif layout.kind is ChartKind.THEATRE:
        for row in range(layout.rows):
            for rank, pos in enumerate(centre_out(n)):
                places.append(SeatPlace(row * n + rank + 1, float(n - 1 - pos), float(row)))
    else:
        cols = math.ceil(math.sqrt(layout.rows))
        radius = max(1.0, n / (2 * math.pi) * 1.15)
        pitch = 2 * radius + 2.5
        for table in range(layout.rows):
            cx, cy = (table % cols) * pitch + radius + 1, (table // cols) * pitch + radius + 1
            for rank, pos in enumerate(around_table(n)):
                angle = -math.pi / 2 - 2 * math.pi * pos / n  # top first, then towards the head's right
                places.append(SeatPlace(table * n + rank + 1, cx + radius * math.cos(angle),
                                        cy + radius * math.sin(angle), table + 1))
    return sorted(places, key=lambda p: p.number)


@dataclass(frozen=True)
class SeatCandidate:
    """Someone who may be seated: an accepted guest, a representative, or a speaker of the agenda."""

    person_id: int
    name: str
    key: PrecedenceKey
    guest_id: int | None = None
    on_behalf_of: str = ""
    """For a representative: the name of the principal whose seat class they take."""


def seating_order(candidates: Iterable[SeatCandidate]) -> list[SeatCandidate]:
    """The host's principal first, then everyone by precedence; at equal rank the host's people yield to guests."""
    unique: dict[int, SeatCandidate] = {}
    for c in sorted(candidates, key=lambda c: c.key):
        unique.setdefault(c.person_id, c)
    people = list(unique.values())
    hosts = [c for c in people if c.key[0] == 0]
    principal = hosts[:1]
    rest = [c for c in people if c not in principal]
    rest.sort(key=lambda c: (c.key[1], c.key[2], c.key[3], 1 - c.key[0], c.key[4], c.key[5]))
    return principal + rest


def auto_fill(layout: ChartLayout, candidates: Iterable[SeatCandidate]) -> dict[int, SeatCandidate]:
    """Seat number -> candidate: seat 1 to the host's principal, then by precedence, right and left alternately."""
    return dict(zip(range(1, layout.capacity + 1), seating_order(candidates), strict=False))


T = TypeVar("T")


def swap_seats(seats: Mapping[int, T], a: int, b: int) -> dict[int, T]:
    """The assignment with seats a and b exchanged (either may be empty)."""
    result = dict(seats)
    first, second = result.pop(a, None), result.pop(b, None)
    if first is not None:
        result[b] = first
    if second is not None:
        result[a] = second
    return result


@dataclass(frozen=True)
class SeatedPerson:
    """One occupied seat as the warnings see it."""

    number: int
    person_id: int
    name: str
    guest_rsvp: RsvpStatus | None = None
    """The RSVP of the guest this seat is for; None for a speaker who is not on the guest list."""
    is_principal: bool = True
    """Whether the seated person is the invited guest themselves (False: their representative)."""


def seating_warnings(seated: Sequence[SeatedPerson], capacity: int) -> list[str]:
    """What an usher must fix before printing: declined or silent guests still seated, duplicates, lost seats."""
    warnings: list[str] = []
    twice = {pid for pid, n in Counter(s.person_id for s in seated).items() if n > 1}
    for s in sorted(seated, key=lambda s: s.number):
        if s.number > capacity:
            warnings.append(f"Seat {s.number} ({s.name}) is beyond the chart's {capacity} seats.")
        if s.guest_rsvp is RsvpStatus.DECLINED:
            warnings.append(f"{s.name} declined but is still seated (seat {s.number}).")
        elif s.guest_rsvp is RsvpStatus.REPRESENTATIVE and s.is_principal:
            warnings.append(f"{s.name} sends a representative but is still seated (seat {s.number}).")
        elif s.guest_rsvp is RsvpStatus.INVITED:
            warnings.append(f"{s.name} has not answered yet but is seated (seat {s.number}).")
        if s.person_id in twice:
            warnings.append(f"{s.name} is seated more than once (seat {s.number}).")
    return warnings


@dataclass(frozen=True)
class SeatData:
    number: int
    person: PersonData
    guest_id: int | None = None
    on_behalf_of: str = ""
    language: str = ""
    """The guest's language for place cards (empty: the event's)."""

    @property
    def name(self) -> str:
        return self.person.display_name


@dataclass(frozen=True)
class ChartData:
    id: int
    event_id: int
    name: str
    room_name: str
    layout: ChartLayout
    seats: tuple[SeatData, ...] = ()
    warnings: tuple[str, ...] = ()
    position: int = 0
    version: int = 1

    @property
    def by_number(self) -> dict[int, SeatData]:
        return {s.number: s for s in self.seats}

    @property
    def occupants(self) -> dict[int, tuple[int, int | None]]:
        return {s.number: (s.person.id, s.guest_id) for s in self.seats}
