"""SQLAlchemy 2 typed models. Only store/ and services/ see these; everything above gets domain data."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import event as orm_events
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from eventplanner.domain.text import UNIQUE_KEY_LENGTH, unique_key

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

TranslationsJSON = dict[str, dict[str, str]]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON}


class Versioned:
    """Every editable row carries a counter; SQLAlchemy refuses an UPDATE whose counter moved on."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class EventRow(Versioned, Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(Text)
    short_title: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    venue_name: Mapped[str] = mapped_column(Text, default="")
    venue_address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    language: Mapped[str] = mapped_column(String(8), default="en")
    notes: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Minutes after midnight at which a conference day ends (0: calendar days); see domain.days.
    day_change_minutes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The content languages the event offers, comma-separated ("en,az,ru"); "" means the primary plus the shipped ones.
    languages: Mapped[str] = mapped_column(String(64), default="", server_default="")

    rooms: Mapped[list[RoomRow]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="RoomRow.position"
    )
    slots: Mapped[list[SlotRow]] = relationship(back_populates="event", cascade="all, delete-orphan")
    organizations: Mapped[list[EventOrganizationRow]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventOrganizationRow.position"
    )


def _name_key_default(context: DefaultExecutionContext) -> str:
    """A row inserted around the ORM (a bulk insert) without its key gets it from its name."""
    return unique_key(context.get_current_parameters()["name"])


class RoomRow(Versioned, Base):
    """A room of one event. Its name is unique within the event (`name_key`, see `keep_name_key`): the dialogs
    refuse a second "Hall A", and an import matches rooms by this key, so the index makes two imports (or an
    import and a dialog) at once unable to add the same room twice."""

    __tablename__ = "rooms"
    __table_args__ = (Index("uq_rooms_name_key", "event_id", "name_key", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(String(UNIQUE_KEY_LENGTH), default=_name_key_default, server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    event: Mapped[EventRow] = relationship(back_populates="rooms")


class OrganizationRow(Versioned, Base):
    """An organization of the shared directory, unique by name within its country (`name_key`, `country`).

    Two ministries of foreign affairs of two countries are two organizations, so the name alone cannot be
    unique; the same name twice in one country is refused (store/database.py DUPLICATE_NAMES says it in one
    line). Imports match organizations by name
    and create them without a country, so the index keeps two imports at once from creating one twice.
    (People are not keyed: two different people may share a name, and the directory can hold both.)"""

    __tablename__ = "organizations"
    __table_args__ = (Index("uq_organizations_name_key", "name_key", "country", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(String(UNIQUE_KEY_LENGTH), default=_name_key_default, server_default="")
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(32), default="other")
    country: Mapped[str] = mapped_column(String(64), default="")
    website: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    has_logo: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class EventOrganizationRow(Versioned, Base):
    __tablename__ = "event_organizations"
    __table_args__ = (UniqueConstraint("event_id", "organization_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[EventRow] = relationship(back_populates="organizations")
    organization: Mapped[OrganizationRow] = relationship()


class PersonRow(Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    honorific: Mapped[str] = mapped_column(String(32), default="")
    given_name: Mapped[str] = mapped_column(Text, default="")
    family_name: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(Text, default="")
    rank: Mapped[str] = mapped_column(Text, default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True, nullable=True
    )
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    biography: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    has_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    precedence: Mapped[int] = mapped_column(Integer, default=100)
    notes: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    organization: Mapped[OrganizationRow | None] = relationship()


class SlotRow(Versioned, Base):
    __tablename__ = "slots"
    __table_args__ = (Index("ix_slots_event_start", "event_id", "start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    start: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32), default="other")
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"), nullable=True, index=True)
    language: Mapped[str] = mapped_column(String(8), default="")
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    event: Mapped[EventRow] = relationship(back_populates="slots")
    room: Mapped[RoomRow | None] = relationship()
    participants: Mapped[list[SlotParticipantRow]] = relationship(
        back_populates="slot", cascade="all, delete-orphan", order_by="SlotParticipantRow.position"
    )


class SlotParticipantRow(Base):
    __tablename__ = "slot_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32), default="speaker")
    position: Mapped[int] = mapped_column(Integer, default=0)

    slot: Mapped[SlotRow] = relationship(back_populates="participants")
    person: Mapped[PersonRow] = relationship()


class ActivityRow(Base):
    """Who changed what and when; the team-use features read it."""

    __tablename__ = "activity_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(128), default="")
    action: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text, default="")


def keep_name_key(target: RoomRow | OrganizationRow, value: str, old: object, _initiator: object) -> None:
    """The one place `name_key` follows the name: every ORM write that sets a name (dialogs, imports, undo of a
    delete, samples). A name set to its own value keeps its key (migration 0009 may have made it distinct)."""
    if value != old and isinstance(value, str):
        target.name_key = unique_key(value)


for _keyed in (RoomRow, OrganizationRow):
    orm_events.listen(_keyed.name, "set", keep_name_key, active_history=True)
