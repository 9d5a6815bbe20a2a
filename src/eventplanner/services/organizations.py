"""Organizations, their logos, and the roles they play in each event (host, co-organizer, partner...)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, undefer

from eventplanner.domain.data import EventOrganizationData, OrganizationData
from eventplanner.domain.enums import EventRole, OrganizationKind
from eventplanner.domain.errors import ValidationError
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.services.convert import clean_translations, event_organization_data, organization_data
from eventplanner.services.images import check_image
from eventplanner.store.database import Database
from eventplanner.store.models import EventOrganizationRow, EventRow, OrganizationRow, PersonRow

ORG_FIELDS = ("name", "acronym", "kind", "country", "website", "notes", "logo", "translations")


def _assign(row: OrganizationRow, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name == "kind":
            try:
                row.kind = OrganizationKind(value).value
            except ValueError as exc:
                raise ValidationError(f"Unknown organization kind “{value}”.") from exc
        elif name == "logo":
            if value:
                check_image(value, "logo")
            row.logo, row.has_logo = (value or None), bool(value)
        elif name == "translations":
            row.translations = clean_translations(value)
        else:
            setattr(row, name, str(value or "").strip())
    if not row.name:
        raise ValidationError("An organization needs a name.")


def directory_order(org: OrganizationData) -> tuple[str, int]:
    """Where an organization stands in the directory: by name, case folded (any script), then by id.

    Sorted here rather than by SQL `lower()`, which folds only ASCII in SQLite, so a view that places one
    new or renamed organization in its rows (ui/directory/org_model.py) puts it where a full load would."""
    return org.name.casefold(), org.id


def list_organizations(db: Database, with_logos: bool = False) -> list[OrganizationData]:
    """The directory in `directory_order`; `with_logos` reads the logos in the same query."""
    with db.session() as s:
        query = select(OrganizationRow)
        if with_logos:
            query = query.options(undefer(OrganizationRow.logo))
        return sorted((organization_data(r, with_logos) for r in s.scalars(query)), key=directory_order)


def organizations_by_ids(db: Database, org_ids: Iterable[int], with_logos: bool = False) -> list[OrganizationData]:
    """These organizations as they are now (those deleted meanwhile are left out), in `directory_order`."""
    ids = sorted(set(org_ids))
    found: list[OrganizationData] = []
    with db.session() as s:
        for i in range(0, len(ids), 500):
            query = select(OrganizationRow).where(OrganizationRow.id.in_(ids[i:i + 500]))
            if with_logos:
                query = query.options(undefer(OrganizationRow.logo))
            found += [organization_data(r, with_logos) for r in s.scalars(query)]
    return sorted(found, key=directory_order)


def get_organization(db: Database, org_id: int, with_logo: bool = True) -> OrganizationData:
    with db.session() as s:
        return organization_data(get_row(s, OrganizationRow, org_id), with_logo)


def create_organization(db: Database, name: str, **fields: Any) -> OrganizationData:
    """A new organization; one whose name and country are taken is refused by the database's unique index
    (store/models.py) as a DuplicateNameError (a ConflictError) with a message for the user."""
    unknown = set(fields) - set(ORG_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown organization fields: {', '.join(sorted(unknown))}.")
    with db.session() as s:
        row = OrganizationRow(kind=OrganizationKind.OTHER.value)
        _assign(row, {"name": name, **fields})
        s.add(row)
        s.flush()
        log_activity(s, None, "create_organization", f"Added organization “{row.name}”")
        return organization_data(row, with_logo=True)


def update_organization(
    db: Database, org_id: int, expected_version: int | None = None, **changes: Any
) -> OrganizationData:
    unknown = set(changes) - set(ORG_FIELDS)
    if unknown:
        raise ValidationError(f"Unknown organization fields: {', '.join(sorted(unknown))}.")
    with db.session() as s:
        row = get_row(s, OrganizationRow, org_id)
        check_version(row, expected_version, f"The organization “{row.name}”")
        _assign(row, changes)
        s.flush()
        log_activity(s, None, "update_organization", f"Edited organization “{row.name}”")
        return organization_data(row, with_logo=True)


def delete_organization(db: Database, org_id: int) -> OrganizationData:
    """People of the organization stay in the directory without it; its event roles go."""
    with db.session() as s:
        row = get_row(s, OrganizationRow, org_id)
        data = organization_data(row, with_logo=True)
        # what the database would do, done here so that undo puts it back
        for person in s.scalars(select(PersonRow).where(PersonRow.organization_id == org_id)):
            person.organization_id = None
        for role in s.scalars(select(EventOrganizationRow).where(EventOrganizationRow.organization_id == org_id)):
            s.delete(role)
        s.delete(row)
        log_activity(s, None, "delete_organization", f"Deleted organization “{data.name}”")
        return data


def _event_roles(s: Session, event_id: int, with_logos: bool) -> list[EventOrganizationData]:
    query = (
        select(EventOrganizationRow)
        .where(EventOrganizationRow.event_id == event_id)
        .options(selectinload(EventOrganizationRow.organization))
    )
    if with_logos:
        query = query.options(selectinload(EventOrganizationRow.organization).options(undefer(OrganizationRow.logo)))
    rows = list(s.scalars(query))
    rows.sort(key=lambda r: (EventRole(r.role).rank, r.position, r.id))
    return [event_organization_data(r, with_logos) for r in rows]


def event_organizations(db: Database, event_id: int, with_logos: bool = False) -> list[EventOrganizationData]:
    with db.session() as s:
        get_row(s, EventRow, event_id)
        return _event_roles(s, event_id, with_logos)


def set_event_organizations(
    db: Database, event_id: int, roles: Sequence[tuple[int, EventRole]]
) -> list[EventOrganizationData]:
    """Replace the event's organizations: (organization id, role) in the order the programme shows them."""
    seen: set[tuple[int, EventRole]] = set()
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        for org_id, role in roles:
            get_row(s, OrganizationRow, org_id)
            if (org_id, role) in seen:
                raise ValidationError("An organization is listed twice with the same role.")
            seen.add((org_id, role))
        # rows kept in place where the (organization, role) stays: undo sees moves, not a delete and an insert
        existing = {(r.organization_id, r.role): r for r in event.organizations}
        kept: set[tuple[int, str]] = set()
        for pos, (org_id, role) in enumerate(roles):
            key = (org_id, EventRole(role).value)
            kept.add(key)
            if key in existing:
                if existing[key].position != pos:
                    existing[key].position = pos
            else:
                event.organizations.append(EventOrganizationRow(organization_id=org_id, role=key[1], position=pos))
        for key, row in existing.items():
            if key not in kept:
                event.organizations.remove(row)
        s.flush()
        log_activity(s, event_id, "set_event_organizations", f"Updated {len(roles)} organization role(s)")
        return _event_roles(s, event_id, with_logos=False)
