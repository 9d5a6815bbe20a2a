"""Seating charts of an event: layouts, auto-fill by precedence from accepted guests and speakers, swaps."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.guests import GuestData, RsvpStatus, person_precedence_key, precedence_key
from eventplanner.domain.seating import (
    ChartData,
    ChartKind,
    ChartLayout,
    SeatCandidate,
    SeatData,
    SeatedPerson,
    auto_fill,
    seating_warnings,
    swap_seats,
)
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.services.convert import organization_data, person_data
from eventplanner.services.guests import host_ids, read_guests
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, PersonRow, SlotParticipantRow, SlotRow
from eventplanner.store.models_guests import SeatingChartRow, SeatRow

#: seat number -> (person id, guest id or None)
Occupants = Mapping[int, tuple[int, int | None]]


def _chart_row(s: Session, chart_id: int) -> SeatingChartRow:
    row = s.get(SeatingChartRow, chart_id)
    if row is None:
        raise NotFoundError(f"The seating chart #{chart_id} does not exist (it may have been deleted).")
    return row


def _chart_data(s: Session, row: SeatingChartRow, guests: dict[int, GuestData] | None = None) -> ChartData:
    if guests is None:
        guests = {g.id: g for g in read_guests(s, row.event_id)}
    seats_q = (select(SeatRow).where(SeatRow.chart_id == row.id)
               .options(selectinload(SeatRow.person).selectinload(PersonRow.organization)).order_by(SeatRow.number))
    seats: list[SeatData] = []
    seated: list[SeatedPerson] = []
    for seat in s.scalars(seats_q):
        guest = guests.get(seat.guest_id) if seat.guest_id is not None else None
        is_principal = guest is None or guest.person.id == seat.person_id
        on_behalf = "" if is_principal or guest is None else guest.name
        person = person_data(seat.person)
        seats.append(SeatData(seat.number, person, seat.guest_id, on_behalf, guest.language if guest else ""))
        seated.append(SeatedPerson(seat.number, seat.person_id, person.display_name or f"#{seat.person_id}",
                                   guest.rsvp if guest else None, is_principal))
    layout = ChartLayout(ChartKind(row.kind), row.seats, row.rows)
    return ChartData(row.id, row.event_id, row.name, row.room_name, layout, tuple(seats),
                     tuple(seating_warnings(seated, layout.capacity)), row.position, row.version)


def charts(db: Database, event_id: int) -> list[ChartData]:
    with db.session() as s:
        get_row(s, EventRow, event_id)
        guests = {g.id: g for g in read_guests(s, event_id)}
        rows = s.scalars(select(SeatingChartRow).where(SeatingChartRow.event_id == event_id)
                         .order_by(SeatingChartRow.position, SeatingChartRow.id))
        return [_chart_data(s, r, guests) for r in rows]


def chart(db: Database, chart_id: int) -> ChartData:
    with db.session() as s:
        return _chart_data(s, _chart_row(s, chart_id))


def _name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError("A seating chart needs a name.")
    if len(name) > 300:
        raise ValidationError("The chart's name is longer than 300 characters.")
    return name


def add_chart(db: Database, event_id: int, name: str, layout: ChartLayout, room_name: str = "") -> ChartData:
    layout.check()
    with db.session() as s:
        get_row(s, EventRow, event_id)
        count = len(list(s.scalars(select(SeatingChartRow.id).where(SeatingChartRow.event_id == event_id))))
        row = SeatingChartRow(event_id=event_id, name=_name(name), room_name=" ".join(room_name.split())[:300],
                              kind=layout.kind.value, seats=layout.seats, rows=layout.rows, position=count)
        s.add(row)
        s.flush()
        log_activity(s, event_id, "add_chart", f"Seating chart “{row.name}”")
        return _chart_data(s, row)


def update_chart(db: Database, chart_id: int, name: str, layout: ChartLayout, room_name: str = "",
                 expected_version: int | None = None) -> ChartData:
    """Rename or re-shape a chart; seats beyond the new capacity stay and are reported until moved."""
    layout.check()
    with db.session() as s:
        row = _chart_row(s, chart_id)
        check_version(row, expected_version, "This seating chart")
        row.name, row.room_name = _name(name), " ".join(room_name.split())[:300]
        row.kind, row.seats, row.rows = layout.kind.value, layout.seats, layout.rows
        s.flush()
        return _chart_data(s, row)


def delete_chart(db: Database, chart_id: int) -> None:
    with db.session() as s:
        s.delete(_chart_row(s, chart_id))


def seat_candidates(s: Session, event_id: int) -> list[SeatCandidate]:
    """Accepted guests, representatives in their principal's class, and the agenda's speakers not on the list.

    Speakers who appear only remotely (a video message) are not in the room and are left out.
    """
    hosts = host_ids(s, event_id)
    guests = read_guests(s, event_id)
    listed = {g.person.id for g in guests} | {g.representative.id for g in guests if g.representative}
    result: list[SeatCandidate] = []
    for g in guests:
        if not g.category.is_seated:
            continue
        if g.rsvp is RsvpStatus.ACCEPTED:
            result.append(SeatCandidate(g.person.id, g.name, precedence_key(g), g.id))
        elif g.rsvp is RsvpStatus.REPRESENTATIVE and g.representative is not None:
            result.append(SeatCandidate(g.representative.id, g.representative.display_name, precedence_key(g), g.id,
                                        on_behalf_of=g.name))
    # Ids first: PostgreSQL cannot compare the JSON columns a DISTINCT over whole people rows would need.
    speaker_ids = (
        select(SlotParticipantRow.person_id).join(SlotRow, SlotRow.id == SlotParticipantRow.slot_id)
        .where(SlotRow.event_id == event_id, SlotRow.remote.is_(False))
    )
    speakers = s.scalars(
        select(PersonRow).where(PersonRow.id.in_(speaker_ids)).options(selectinload(PersonRow.organization))
        .order_by(PersonRow.id)
    )
    for p in speakers:
        if p.id in listed:
            continue
        org = organization_data(p.organization) if p.organization else None
        result.append(SeatCandidate(p.id, person_data(p).display_name,
                                    person_precedence_key(person_data(p), hosts, org)))
    return result


def _write(s: Session, row: SeatingChartRow, occupants: Occupants) -> None:
    """Make the chart's seats `occupants`, row by row through the session (so the change is recorded and undo
    puts back exactly these rows): a seat keeps its row when still taken, gets a new one when newly taken."""
    for number in occupants:
        if number < 1:
            raise ValidationError("Seat numbers start at 1.")
    present = {seat.number: seat for seat in s.scalars(select(SeatRow).where(SeatRow.chart_id == row.id))}
    for number, gone in present.items():
        if number not in occupants:
            s.delete(gone)
    s.flush()
    for number, (person_id, guest_id) in sorted(occupants.items()):
        seat = present.get(number)
        if seat is None:
            s.add(SeatRow(chart_id=row.id, number=number, person_id=person_id, guest_id=guest_id))
        else:
            if seat.person_id != person_id:
                seat.person_id = person_id
            if seat.guest_id != guest_id:
                seat.guest_id = guest_id
    s.flush()
    s.expire(row, ["seat_rows"])


def fill_chart(db: Database, chart_id: int) -> tuple[ChartData, dict[int, tuple[int, int | None]]]:
    """Seat accepted guests and speakers by precedence; returns the chart and its previous seats (for undo).

    People already seated in another chart of the same room (the presidium, for the front rows) are left out.
    """
    with db.session() as s:
        row = _chart_row(s, chart_id)
        before = _chart_data(s, row).occupants
        layout = ChartLayout(ChartKind(row.kind), row.seats, row.rows)
        elsewhere = set(s.scalars(
            select(SeatRow.person_id).join(SeatingChartRow, SeatingChartRow.id == SeatRow.chart_id).where(
                SeatingChartRow.event_id == row.event_id, SeatingChartRow.room_name == row.room_name,
                SeatingChartRow.id != row.id)))
        seated = auto_fill(layout, [c for c in seat_candidates(s, row.event_id) if c.person_id not in elsewhere])
        _write(s, row, {n: (c.person_id, c.guest_id) for n, c in seated.items()})
        log_activity(s, row.event_id, "fill_chart", f"Filled “{row.name}” by precedence ({len(seated)} seats)")
        return _chart_data(s, row), before


def set_seats(db: Database, chart_id: int, occupants: Occupants) -> tuple[ChartData, dict[int, tuple[int, int | None]]]:
    """Replace every seat of the chart; returns the chart and its previous seats (undo and redo both use it)."""
    with db.session() as s:
        row = _chart_row(s, chart_id)
        before = _chart_data(s, row).occupants
        for person_id, _guest in occupants.values():
            get_row(s, PersonRow, person_id)
        _write(s, row, occupants)
        return _chart_data(s, row), before


def swap(db: Database, chart_id: int, a: int, b: int, expected: Occupants | None = None) -> ChartData:
    """Exchange two seats (either may be empty). `expected`: the seats as the user saw them, else refused."""
    with db.session() as s:
        row = _chart_row(s, chart_id)
        current = _chart_data(s, row).occupants
        if expected is not None and dict(expected) != current:
            raise ValidationError("The chart was changed elsewhere since you opened it. Reload it and try again.")
        _write(s, row, swap_seats(current, a, b))
        return _chart_data(s, row)
