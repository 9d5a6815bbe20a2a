"""Tables of the guest list: delegations, guests, seating charts and their seats, invitation templates.

Relationships point from these rows to the older ones only; deleting an event or a person cascades here.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from eventplanner.store.models import Base, EventRow, OrganizationRow, PersonRow, Versioned


class DelegationRow(Versioned, Base):
    __tablename__ = "delegations"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    #: Orders a unit of work that deletes the event (its rows go first; undo records them).
    event: Mapped[EventRow] = relationship()
    name: Mapped[str] = mapped_column(Text)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    country: Mapped[str] = mapped_column(String(64), default="")
    precedence: Mapped[int] = mapped_column(Integer, default=100)
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[OrganizationRow | None] = relationship()


class GuestRow(Versioned, Base):
    __tablename__ = "guests"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    #: Orders a unit of work that deletes the event (its rows go first; undo records them).
    event: Mapped[EventRow] = relationship()
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(16), default="other")
    rsvp: Mapped[str] = mapped_column(String(16), default="invited")
    representative_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    sex: Mapped[str] = mapped_column(String(8), default="")
    representative_sex: Mapped[str] = mapped_column(String(8), default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    dietary: Mapped[str] = mapped_column(Text, default="")
    access: Mapped[str] = mapped_column(Text, default="")
    arrival: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    departure: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[PersonRow] = relationship(foreign_keys=[person_id])
    representative: Mapped[PersonRow | None] = relationship(foreign_keys=[representative_id])
    delegation: Mapped[DelegationRow | None] = relationship()


class SeatingChartRow(Versioned, Base):
    __tablename__ = "seating_charts"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    #: Orders a unit of work that deletes the event (its rows go first; undo records them).
    event: Mapped[EventRow] = relationship()
    name: Mapped[str] = mapped_column(Text)
    room_name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="head_table")
    seats: Mapped[int] = mapped_column(Integer, default=7)
    rows: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)

    seat_rows: Mapped[list[SeatRow]] = relationship(
        back_populates="chart", cascade="all, delete-orphan", order_by="SeatRow.number"
    )


class SeatRow(Base):
    """An occupied seat: who sits there (a person) and, when seated as a guest, for which guest entry."""

    __tablename__ = "seats"
    __table_args__ = (UniqueConstraint("chart_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chart_id: Mapped[int] = mapped_column(ForeignKey("seating_charts.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    guest_id: Mapped[int | None] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), nullable=True,
                                                 index=True)

    chart: Mapped[SeatingChartRow] = relationship(back_populates="seat_rows")
    person: Mapped[PersonRow] = relationship()
    #: So a unit of work that deletes a guest deletes their seat first (undo records the seat, then the guest).
    guest: Mapped[GuestRow | None] = relationship()


class InvitationTemplateRow(Versioned, Base):
    __tablename__ = "invitation_templates"
    __table_args__ = (UniqueConstraint("event_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    #: Orders a unit of work that deletes the event (its rows go first; undo records them).
    event: Mapped[EventRow] = relationship()
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    rsvp_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    contact: Mapped[str] = mapped_column(Text, default="")
    signatory: Mapped[str] = mapped_column(Text, default="")
    signatory_title: Mapped[str] = mapped_column(Text, default="")
