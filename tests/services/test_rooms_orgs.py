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
