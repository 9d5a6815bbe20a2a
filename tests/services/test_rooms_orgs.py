import io
from datetime import date

import pytest
from PIL import Image

from eventplanner.domain.enums import EventRole, OrganizationKind
from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.services import events, organizations
from eventplanner.store.database import Database


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(buf, "PNG")
    return buf.getvalue()


def test_rooms_add_rename_reorder_delete(db: Database):
    ev = events.create_event(db, "Conference", date(2024, 5, 14))
    a = events.add_room(db, ev.id, "Hall A")
    b = events.add_room(db, ev.id, "Hall B")
    with pytest.raises(ConflictError):
        events.add_room(db, ev.id, "hall a")
    events.rename_room(db, a.id, "Plenary hall")
    events.reorder_rooms(db, ev.id, [b.id, a.id])
    assert [r.name for r in events.list_rooms(db, ev.id)] == ["Hall B", "Plenary hall"]
    events.delete_room(db, b.id)
    assert [r.name for r in events.list_rooms(db, ev.id)] == ["Plenary hall"]


def test_logo_must_be_an_image(db: Database):
    with pytest.raises(ValidationError, match="not a readable image"):
        organizations.create_organization(db, "Ministry", logo=b"GIF89a but not really")
    org = organizations.create_organization(db, "Ministry", kind=OrganizationKind.GOVERNMENT, logo=png())
    assert org.has_logo and organizations.get_organization(db, org.id).logo == png()


def test_event_roles_follow_role_then_order(db: Database):
    ev = events.create_event(db, "Conference", date(2024, 5, 14))
    host = organizations.create_organization(db, "Host ministry")
    partner = organizations.create_organization(db, "Partner NGO")
    co = organizations.create_organization(db, "Co-organizer agency")
    organizations.set_event_organizations(db, ev.id, [(partner.id, EventRole.PARTNER), (host.id, EventRole.HOST),
                                                      (co.id, EventRole.CO_ORGANIZER)])
    roles = organizations.event_organizations(db, ev.id)
    assert [r.organization.name for r in roles] == ["Host ministry", "Co-organizer agency", "Partner NGO"]


def test_organizations_by_ids_reads_the_asked_rows_with_their_logos_in_directory_order(db: Database):
    b = organizations.create_organization(db, "бакинский университет", logo=png())
    a = organizations.create_organization(db, "Əliyev Mərkəzi <&>")
    c = organizations.create_organization(db, "Azərbaycan")
    organizations.delete_organization(db, a.id)
    found = organizations.organizations_by_ids(db, [b.id, a.id, c.id, c.id], with_logos=True)
    assert [o.id for o in found] == [c.id, b.id]  # the deleted one left out
    assert found[1].logo == png() and found[0].logo is None
    assert organizations.organizations_by_ids(db, [b.id])[0].logo is None  # logos only when asked
    listed = organizations.list_organizations(db, with_logos=True)
    assert listed == sorted(listed, key=organizations.directory_order)
    assert next(o for o in listed if o.id == b.id).logo == png()
    assert organizations.list_organizations(db)[0].logo is None
