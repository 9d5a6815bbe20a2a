"""Undo commands of the Guests page: each calls the guest and seating services, nothing else."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.guests import GuestCategory, GuestData, RsvpState, RsvpStatus
from eventplanner.domain.invitations import TemplateData
from eventplanner.domain.seating import ChartData, ChartLayout
from eventplanner.services import guest_documents, guest_state, guests, seating
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.common.undo import Command
from eventplanner.ui.guests.labels import RSVP, label

Occupants = dict[int, tuple[int, int | None]]


def tr(text: str) -> str:
    return QCoreApplication.translate("GuestUndo", text)


class SetRsvpCommand(Command):
    """Record one answer for several guests; undo gives each back the answer it had."""

    def __init__(self, ops: Operations, chosen: Sequence[GuestData], status: RsvpStatus,
                 representative_id: int | None = None) -> None:
        who = chosen[0].name if len(chosen) == 1 else tr("{0} guests").format(len(chosen))
        super().__init__(ops, tr("{0}: {1}").format(who, label(RSVP[status])))
        self.guests = [(g.id, g.version) for g in chosen]
        self.status, self.representative_id = status, representative_id
        self.before: dict[int, RsvpState] = {}

    def forward(self) -> None:
        first = not self.before
        for gid, version in self.guests:
            _g, before = guests.set_rsvp(self.db, gid, self.status, self.representative_id,
                                         expected_version=version if first else None)
            self.before.setdefault(gid, before)

    def backward(self) -> None:
        for gid, state in self.before.items():
            guests.set_rsvp(self.db, gid, state.status, state.representative_id)


class AddGuestsCommand(Command):
    def __init__(self, ops: Operations, event_id: int, person_ids: Sequence[int],
                 category: GuestCategory = GuestCategory.OTHER) -> None:
        super().__init__(ops, tr("Invite {0} guest(s)").format(len(person_ids)))
        self.event_id, self.person_ids, self.category = event_id, list(person_ids), category
        self.added: list[GuestData] = []

    def forward(self) -> None:
        if self.added:  # redo: bring back the same guests under their ids
            self.added = [guests.restore_guest(self.db, g) for g in self.added]
        else:
            self.added = guests.add_guests(self.db, self.event_id, self.person_ids, self.category)

    def backward(self) -> None:
        guests.remove_guests(self.db, [g.id for g in self.added])


class RemoveGuestsCommand(Command):
    """Take guests off the list; undo brings them back with their seats."""

    def __init__(self, ops: Operations, chosen: Sequence[GuestData]) -> None:
        text = tr("Remove {0}").format(chosen[0].name) if len(chosen) == 1 else tr("Remove {0} guests").format(
            len(chosen))
        super().__init__(ops, text)
        self.ids = [g.id for g in chosen]
        self.event_id = chosen[0].event_id
        self.removed: list[GuestData] = []
        self.seats: dict[int, Occupants] = {}

    def forward(self) -> None:
        self.seats = {c.id: c.occupants for c in seating.charts(self.db, self.event_id)}
        self.removed = guests.remove_guests(self.db, self.ids)

    def backward(self) -> None:
        for g in self.removed:
            guests.restore_guest(self.db, g)
        for chart_id, occupants in self.seats.items():
            seating.set_seats(self.db, chart_id, occupants)


class EditGuestCommand(Command):
    def __init__(self, ops: Operations, guest: GuestData, changes: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Edit {0}").format(guest.name))
        self.guest_id, self.version, self.changes = guest.id, guest.version, dict(changes)
        self.old: dict[str, Any] = {}

    def forward(self) -> None:
        first = not self.old
        _g, before = guests.update_guest(self.db, self.guest_id, self.changes, self.version if first else None)
        if first:
            self.old = before

    def backward(self) -> None:
        guests.update_guest(self.db, self.guest_id, self.old)


class SetSeatsCommand(Command):
    """Any change of a chart's seats (a swap, a fill, a clear): undo puts the previous seats back."""

    def __init__(self, ops: Operations, chart: ChartData, text: str, after: Occupants | None = None,
                 fill: bool = False) -> None:
        super().__init__(ops, text)
        self.chart_id, self.before, self.after, self.fill = chart.id, chart.occupants, after, fill

    def forward(self) -> None:
        if self.fill and self.after is None:
            filled, _ = seating.fill_chart(self.db, self.chart_id)
            self.after = filled.occupants
        else:
            assert self.after is not None
            seating.set_seats(self.db, self.chart_id, self.after)

    def backward(self) -> None:
        seating.set_seats(self.db, self.chart_id, self.before)


class AddChartCommand(Command):
    def __init__(self, ops: Operations, event_id: int, name: str, layout: ChartLayout, room: str) -> None:
        super().__init__(ops, tr("Add the seating chart “{0}”").format(name))
        self.event_id, self.name, self.layout, self.room = event_id, name, layout, room
        self.chart: ChartData | None = None

    def forward(self) -> None:
        self.chart = seating.add_chart(self.db, self.event_id, self.name, self.layout, self.room)

    def backward(self) -> None:
        assert self.chart is not None
        seating.delete_chart(self.db, self.chart.id)


class SaveTemplateCommand(Command):
    """Save the letter template; the first save checks the version the user edited, undo saves the old text."""

    def __init__(self, ops: Operations, before: TemplateData, after: TemplateData) -> None:
        super().__init__(ops, tr("Edit the invitation letter ({0})").format(after.language))
        self.before, self.after = before, after
        self.first = True

    def _save(self, data: TemplateData, check: bool) -> None:
        if not check:
            current = guest_documents.invitation_template(self.db, data.event_id, data.language)
            data = replace(data, id=current.id, version=current.version)
        guest_documents.save_invitation_template(self.db, data)

    def forward(self) -> None:
        self._save(self.after, self.first)
        self.first = False

    def backward(self) -> None:
        self._save(self.before, False)


class GuestListCommand(Command):
    """A change of the guest list as a whole (a delegation edit, an import): `action` makes it once; undo and redo
    put back the snapshot taken before or after (with the people and organizations the action added)."""

    def __init__(self, ops: Operations, text: str, event_id: int, action: Callable[[], object]) -> None:
        super().__init__(ops, text)
        self.event_id, self.action = event_id, action
        self.before: guest_state.GuestState | None = None
        self.after: guest_state.GuestState | None = None
        self.new_people: set[int] = set()
        self.new_organizations: set[int] = set()

    def forward(self) -> None:
        if self.after is not None:
            guest_state.put_back(self.db, self.after)
            return
        people_before, orgs_before = guest_state.all_ids(self.db)
        self.before = guest_state.capture(self.db, self.event_id)
        self.action()
        people_after, orgs_after = guest_state.all_ids(self.db)
        self.new_people, self.new_organizations = people_after - people_before, orgs_after - orgs_before
        self.after = guest_state.capture(self.db, self.event_id, self.new_people, self.new_organizations)

    def backward(self) -> None:
        assert self.before is not None
        guest_state.put_back(self.db, self.before, self.new_people, self.new_organizations)
