"""Actions of the Guests page: each makes the guest, delegation, seating or letter service calls, nothing else.
The runner records what they changed (guest tables included, store/recorder.py), so undo and redo need no code."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.guests import DelegationData, GuestCategory, GuestData, RsvpStatus
from eventplanner.domain.invitations import TemplateData
from eventplanner.domain.seating import ChartData, ChartLayout
from eventplanner.services import delegations, guest_documents, guest_import, guests, seating
from eventplanner.services.delegations import DelegationInput
from eventplanner.ui.common.operations import Action, Operations
from eventplanner.ui.guests.labels import RSVP, label

Occupants = dict[int, tuple[int, int | None]]


def tr(text: str) -> str:
    return QCoreApplication.translate("GuestUndo", text)


def _who(chosen: Sequence[GuestData]) -> str:
    return chosen[0].name if len(chosen) == 1 else tr("{0} guests").format(len(chosen))


class SetRsvp(Action):
    """Record one answer for several guests, each checked against the version the user saw."""

    def __init__(self, ops: Operations, chosen: Sequence[GuestData], status: RsvpStatus,
                 representative_id: int | None = None) -> None:
        super().__init__(ops, tr("{0}: {1}").format(_who(chosen), label(RSVP[status])))
        self.guests = [(g.id, g.version) for g in chosen]
        self.status, self.representative_id = status, representative_id

    def forward(self) -> None:
        for gid, version in self.guests:
            guests.set_rsvp(self.db, gid, self.status, self.representative_id, expected_version=version)


class AddGuests(Action):
    def __init__(self, ops: Operations, event_id: int, person_ids: Sequence[int],
                 category: GuestCategory = GuestCategory.OTHER) -> None:
        super().__init__(ops, tr("Invite {0} guest(s)").format(len(person_ids)))
        self.event_id, self.person_ids, self.category = event_id, list(person_ids), category

    def forward(self) -> None:
        self.result = guests.add_guests(self.db, self.event_id, self.person_ids, self.category)


class RemoveGuests(Action):
    """Take guests off the list; their seats go with them (and come back on undo)."""

    def __init__(self, ops: Operations, chosen: Sequence[GuestData]) -> None:
        text = tr("Remove {0}").format(chosen[0].name) if len(chosen) == 1 else tr("Remove {0} guests").format(
            len(chosen))
        super().__init__(ops, text)
        self.ids = [g.id for g in chosen]

    def forward(self) -> None:
        guests.remove_guests(self.db, self.ids)


class EditGuest(Action):
    def __init__(self, ops: Operations, guest: GuestData, changes: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Edit {0}").format(guest.name))
        self.guest_id, self.version, self.changes = guest.id, guest.version, dict(changes)

    def forward(self) -> None:
        guests.update_guest(self.db, self.guest_id, self.changes, self.version)


class SetSeats(Action):
    """Any change of a chart's seats: a swap, a fill (`after` None), a clear."""

    def __init__(self, ops: Operations, chart: ChartData, text: str, after: Occupants | None = None,
                 fill: bool = False) -> None:
        super().__init__(ops, text)
        self.chart_id, self.after, self.fill = chart.id, after, fill

    def forward(self) -> None:
        if self.fill and self.after is None:
            seating.fill_chart(self.db, self.chart_id)
        else:
            assert self.after is not None
            seating.set_seats(self.db, self.chart_id, self.after)


class AddChart(Action):
    def __init__(self, ops: Operations, event_id: int, name: str, layout: ChartLayout, room: str) -> None:
        super().__init__(ops, tr("Add the seating chart “{0}”").format(name))
        self.event_id, self.name, self.layout, self.room = event_id, name, layout, room

    def forward(self) -> None:
        self.result = seating.add_chart(self.db, self.event_id, self.name, self.layout, self.room)


class SaveTemplate(Action):
    """Save the letter template, checking the version the user edited."""

    def __init__(self, ops: Operations, after: TemplateData) -> None:
        super().__init__(ops, tr("Edit the invitation letter ({0})").format(after.language))
        self.after = after

    def forward(self) -> None:
        self.result = guest_documents.save_invitation_template(self.db, self.after)


class SaveDelegation(Action):
    """Create (`delegation` None) or edit a delegation: name, organization or country, members and head."""

    def __init__(self, ops: Operations, event_id: int, delegation: DelegationData | None,
                 values: DelegationInput) -> None:
        text = (tr("Edit the delegation “{0}”").format(delegation.name) if delegation is not None
                else tr("New delegation “{0}”").format(" ".join(values.name.split())))
        super().__init__(ops, text)
        self.event_id, self.values = event_id, values
        self.delegation_id = delegation.id if delegation is not None else None
        self.version = delegation.version if delegation is not None else None

    def forward(self) -> None:
        self.result = delegations.save_delegation(self.db, self.event_id, self.delegation_id, self.values,
                                                  self.version)


class DeleteDelegation(Action):
    def __init__(self, ops: Operations, delegation: DelegationData) -> None:
        super().__init__(ops, tr("Delete the delegation “{0}”").format(delegation.name))
        self.delegation_id, self.version = delegation.id, delegation.version

    def forward(self) -> None:
        delegations.delete_delegation(self.db, self.delegation_id, self.version)


class AssignDelegation(Action):
    """Put the chosen guests into `delegation` (None: out of any)."""

    def __init__(self, ops: Operations, chosen: Sequence[GuestData], delegation: DelegationData | None) -> None:
        text = (tr("{0} into the delegation “{1}”").format(_who(chosen), delegation.name) if delegation
                else tr("{0} out of their delegation").format(_who(chosen)))
        super().__init__(ops, text)
        self.ids = [g.id for g in chosen]
        self.delegation_id = delegation.id if delegation else None

    def forward(self) -> None:
        delegations.assign_delegation(self.db, self.ids, self.delegation_id)


class ImportGuests(Action):
    """A whole guest list from a file, with the people, organizations and delegations it adds: one undo step."""

    def __init__(self, ops: Operations, event_id: int, path: Path) -> None:
        super().__init__(ops, tr("Import the guest list {0}").format(path.name))
        self.event_id, self.path = event_id, path

    def forward(self) -> None:
        self.result = guest_import.import_guests(self.db, self.path, self.event_id)
