"""Undo commands for the shared directories: people and organizations (see undo.py for the base)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields as dc_fields
from typing import Any

from eventplanner.domain.data import OrganizationData, PersonData
from eventplanner.domain.enums import EventRole, ParticipantRole
from eventplanner.services import agenda, events, organizations, people
from eventplanner.ui.common.operations import Operations
from eventplanner.ui.common.undo import Command, tr

# People --------------------------------------------------------------------------------------------------

_PERSON_FIELDS = [f for f in people.PERSON_FIELDS if f != "photo"]


def person_values(person: PersonData) -> dict[str, Any]:
    values = {f: getattr(person, f) for f in _PERSON_FIELDS}
    values["translations"] = {k: dict(v) for k, v in person.translations.items()}
    return values


class CreatePersonCommand(Command):
    def __init__(self, ops: Operations, values: Mapping[str, Any]) -> None:
        name = " ".join(str(values.get(k, "")) for k in ("given_name", "family_name")).strip()
        super().__init__(ops, tr("Add {0} to the speakers").format(name))
        self.values = dict(values)
        self.person: PersonData | None = None

    def forward(self) -> None:
        v = dict(self.values)
        self.person = people.create_person(self.db, v.pop("given_name", ""), v.pop("family_name", ""), **v)

    def backward(self) -> None:
        assert self.person is not None
        people.delete_person(self.db, self.person.id)


class EditPersonCommand(Command):
    def __init__(self, ops: Operations, person: PersonData, changes: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Edit {0}").format(person.full_name))
        self.person_id = person.id
        self.changes = dict(changes)
        full = people.get_person(ops.db, person.id, with_photo=True) if "photo" in changes else person
        self.old: dict[str, Any] = {k: (full.photo if k == "photo" else getattr(full, k)) for k in changes}
        self.expected_version: int | None = person.version  # checked on the first save only

    def forward(self) -> None:
        people.update_person(self.db, self.person_id, expected_version=self.expected_version, **self.changes)
        self.expected_version = None

    def backward(self) -> None:
        people.update_person(self.db, self.person_id, **self.old)


class DeletePeopleCommand(Command):
    """Delete people; undo brings them back (under new ids) into every slot they spoke in."""

    def __init__(self, ops: Operations, persons: Sequence[PersonData], merge_into: PersonData | None = None) -> None:
        if merge_into is not None:
            text = tr("Merge {0} duplicate(s) into {1}").format(len(persons), merge_into.full_name)
        elif len(persons) == 1:
            text = tr("Delete {0}").format(persons[0].full_name)
        else:
            text = tr("Delete {0} people").format(len(persons))
        super().__init__(ops, text)
        self.ids = [p.id for p in persons]
        self.keep = merge_into
        self.snapshots: list[tuple[PersonData, dict[int, tuple[tuple[int, ParticipantRole], ...]]]] = []

    def forward(self) -> None:
        self.snapshots = []
        keep_before = people.get_person(self.db, self.keep.id) if self.keep else None
        for pid in self.ids:
            person = people.get_person(self.db, pid, with_photo=True)
            slots = {a.slot.id: tuple((p.person.id, p.role) for p in a.slot.participants)
                     for a in people.person_slots(self.db, pid)}
            self.snapshots.append((person, slots))
        if self.keep is not None:
            assert keep_before is not None
            self.keep_values = person_values(keep_before) | {"photo": keep_before.photo}
            people.merge_people(self.db, self.keep.id, self.ids)
        else:
            for pid in self.ids:
                people.delete_person(self.db, pid)

    def backward(self) -> None:
        new_ids: list[int] = []
        for person, slots in self.snapshots:
            values = person_values(person)
            values["photo"] = person.photo
            given, family = values.pop("given_name"), values.pop("family_name")
            new = people.create_person(self.db, given, family, **values)
            new_ids.append(new.id)
            for slot_id, parts in slots.items():
                remapped = tuple((new.id if pid == person.id else pid, role) for pid, role in parts)
                agenda.update_slot(self.db, slot_id, participants=remapped)
        if self.keep is not None:
            people.update_person(self.db, self.keep.id, **self.keep_values)
        self.ids = new_ids


# Organizations -------------------------------------------------------------------------------------------

_ORG_FIELDS = [f.name for f in dc_fields(OrganizationData) if f.name in organizations.ORG_FIELDS]


class CreateOrganizationCommand(Command):
    def __init__(self, ops: Operations, values: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Add organization “{0}”").format(values.get("name", "")))
        self.values = dict(values)
        self.org_id: int | None = None

    def forward(self) -> None:
        v = dict(self.values)
        self.org_id = organizations.create_organization(self.db, v.pop("name"), **v).id

    def backward(self) -> None:
        assert self.org_id is not None
        organizations.delete_organization(self.db, self.org_id)


class EditOrganizationCommand(Command):
    def __init__(self, ops: Operations, org: OrganizationData, changes: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Edit organization “{0}”").format(org.name))
        self.org_id = org.id
        self.changes = dict(changes)
        full = organizations.get_organization(ops.db, org.id, with_logo=True)
        self.old = {k: getattr(full, k) for k in changes}
        self.expected_version: int | None = org.version  # checked on the first save only

    def forward(self) -> None:
        organizations.update_organization(self.db, self.org_id, expected_version=self.expected_version, **self.changes)
        self.expected_version = None

    def backward(self) -> None:
        organizations.update_organization(self.db, self.org_id, **self.old)


class DeleteOrganizationCommand(Command):
    """Undo re-creates the organization and gives back its people and its roles in every event."""

    def __init__(self, ops: Operations, org: OrganizationData) -> None:
        super().__init__(ops, tr("Delete organization “{0}”").format(org.name))
        self.org_id = org.id
        self.snapshot: OrganizationData | None = None
        self.members: list[int] = []
        self.roles: dict[int, list[tuple[int, EventRole]]] = {}

    def forward(self) -> None:
        self.snapshot = organizations.get_organization(self.db, self.org_id, with_logo=True)
        self.members = [p.id for p in people.list_people(self.db) if p.organization_id == self.org_id]
        self.roles = {}
        for event in events.list_events(self.db):
            roles = [(o.organization.id, o.role) for o in organizations.event_organizations(self.db, event.id)]
            if any(oid == self.org_id for oid, _ in roles):
                self.roles[event.id] = roles
        organizations.delete_organization(self.db, self.org_id)

    def backward(self) -> None:
        assert self.snapshot is not None
        values = {f: getattr(self.snapshot, f) for f in _ORG_FIELDS if f != "name"}
        values["translations"] = {k: dict(v) for k, v in self.snapshot.translations.items()}
        new_id = organizations.create_organization(self.db, self.snapshot.name, **values).id
        for pid in self.members:
            people.update_person(self.db, pid, organization_id=new_id)
        for event_id, roles in self.roles.items():
            remapped = [(new_id if oid == self.org_id else oid, role) for oid, role in roles]
            organizations.set_event_organizations(self.db, event_id, remapped)
        self.org_id = new_id


class SetEventOrganizationsCommand(Command):
    def __init__(
        self,
        ops: Operations,
        event_id: int,
        old: Sequence[tuple[int, EventRole]],
        new: Sequence[tuple[int, EventRole]],
        text: str,
    ) -> None:
        super().__init__(ops, text)
        self.event_id, self.old, self.new = event_id, list(old), list(new)

    def forward(self) -> None:
        organizations.set_event_organizations(self.db, self.event_id, self.new)

    def backward(self) -> None:
        organizations.set_event_organizations(self.db, self.event_id, self.old)
