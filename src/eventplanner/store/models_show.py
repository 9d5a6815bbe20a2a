"""Tables of the scenario (cues, call times, technical needs) and of the live show (actual times).

Rows point to the existing slots and events only, and go with them (ON DELETE CASCADE).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from eventplanner.store.models import Base, SlotRow, Versioned


class CueRow(Versioned, Base):
    __tablename__ = "cues"

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    offset_minutes: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    slot: Mapped[SlotRow] = relationship()


class SlotProductionRow(Versioned, Base):
    """Call time and technical needs of one slot (at most one row per slot)."""

    __tablename__ = "slot_production"

    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), primary_key=True)
    call_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    call_note: Mapped[str] = mapped_column(Text, default="")
    technical_needs: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ScenarioRevisionRow(Base):
    """The run sheet's version number: every scenario change of an event counts it up by one."""

    __tablename__ = "scenario_revisions"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class ShowRunRow(Base):
    """The live show of an event: which day and room run, the current slot, pause and operator message."""

    __tablename__ = "show_runs"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="ready")
    current_slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("slots.id", ondelete="SET NULL"), nullable=True
    )
    paused_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    message: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SlotTimingRow(Base):
    """What really happened to a slot during the show; the planned start and duration stay on the slot."""

    __tablename__ = "slot_timings"

    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), primary_key=True)
    actual_start: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    actual_end: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    extra_minutes: Mapped[int] = mapped_column(Integer, default=0)
    """Minutes the operator added (+1 min) or took away (a shortened break) during the show."""
