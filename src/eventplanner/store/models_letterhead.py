"""Letterhead templates (.docx) that Word exports are written into: one default, and one per event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from eventplanner.store.models import Base


class LetterheadRow(Base):
    """A user's .docx letterhead, stored in the database so a team shares it and backups carry it.

    `event_id` None is the default letterhead of every event in this database; an event's own row wins.
    """

    __tablename__ = "letterheads"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("events.id", ondelete="CASCADE"), unique=True, nullable=True
    )
    file_name: Mapped[str] = mapped_column(String(255), default="")
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(128), default="")
