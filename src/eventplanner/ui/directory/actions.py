"""Actions on the shared directories: people and organizations. Each is one service call; the runner
records what it changed, so undo brings deleted people back under their ids into every slot they spoke in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.data import OrganizationData, PersonData
from eventplanner.domain.enums import EventRole
from eventplanner.services import organizations, people
from eventplanner.ui.common.operations import Action, Operations


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class CreatePerson(Action):
    def __init__(self, ops: Operations, values: Mapping[str, Any]) -> None:
        name = " ".join(str(values.get(k, "")) for k in ("given_name", "family_name")).strip()
        super().__init__(ops, tr("Add {0} to the speakers").format(name))
        self.values = dict(values)
        self.person: PersonData | None = None

    def forward(self) -> None:
        v = dict(self.values)
        self.person = people.create_person(self.db, v.pop("given_name", ""), v.pop("family_name", ""), **v)


class EditPerson(Action):
    def __init__(self, ops: Operations, person: PersonData, changes: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Edit {0}").format(person.full_name))
        self.person_id = person.id
        self.changes = dict(changes)
        self.old: dict[str, Any] = {k: getattr(person, k, None) for k in changes}
        self.expected_version: int | None = person.version

    def forward(self) -> None:
        people.update_person(self.db, self.person_id, expected_version=self.expected_version, **self.changes)


class DeletePeople(Action):
    """Delete people, or merge them into one (`merge_into`)."""

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

    def forward(self) -> None:
        if self.keep is not None:
            people.merge_people(self.db, self.keep.id, self.ids)
        else:
            for pid in self.ids:
                people.delete_person(self.db, pid)


class CreateOrganization(Action):
    def __init__(self, ops: Operations, values: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Add organization “{0}”").format(values.get("name", "")))
        self.values = dict(values)
        self.org_id: int | None = None

    def forward(self) -> None:
        v = dict(self.values)
        self.org_id = organizations.create_organization(self.db, v.pop("name"), **v).id


class EditOrganization(Action):
    def __init__(self, ops: Operations, org: OrganizationData, changes: Mapping[str, Any]) -> None:
        super().__init__(ops, tr("Edit organization “{0}”").format(org.name))
        self.org_id = org.id
        self.changes = dict(changes)
        self.old = {k: getattr(org, k, None) for k in changes}
        self.expected_version: int | None = org.version

    def forward(self) -> None:
        organizations.update_organization(self.db, self.org_id, expected_version=self.expected_version, **self.changes)


class DeleteOrganization(Action):
    """Its people stay without it and its event roles go; undo gives both back."""

    def __init__(self, ops: Operations, org: OrganizationData) -> None:
        super().__init__(ops, tr("Delete organization “{0}”").format(org.name))
        self.org_id = org.id

    def forward(self) -> None:
        organizations.delete_organization(self.db, self.org_id)


class SetEventOrganizations(Action):
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


class CreateOrganizationInEvent(Action):
    """A new organization made from an event's page joins that event at the end of its list, in one step."""

    def __init__(self, ops: Operations, values: Mapping[str, Any], event_id: int,
                 roles: Sequence[tuple[int, EventRole]], role: EventRole, text: str) -> None:
        super().__init__(ops, text)
        self.values, self.event_id, self.old, self.role = dict(values), event_id, list(roles), role
        self.org_id: int | None = None

    def forward(self) -> None:
        v = dict(self.values)
        self.org_id = organizations.create_organization(self.db, v.pop("name"), **v).id
        organizations.set_event_organizations(self.db, self.event_id, [*self.old, (self.org_id, self.role)])
