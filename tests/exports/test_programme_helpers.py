"""Helpers for the programme tests (no tests here): text extraction and small builders."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from pypdf import PdfReader

from eventplanner.domain.data import ProgrammeData, SlotData
from eventplanner.domain.enums import EventStatus
from eventplanner.exports.programme import ProgrammeOptions, render_programme_with_warnings


def render(data: ProgrammeData, **options: object) -> tuple[bytes, list[str]]:
    return render_programme_with_warnings(data, ProgrammeOptions(**options))  # type: ignore[arg-type]


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed: lines wrap wherever the layout decides."""
    return re.sub(r"\s+", " ", text).strip()


def squeeze(text: str) -> str:
    """All whitespace removed, for texts that may break inside words (10,000 characters without a space)."""
    return re.sub(r"\s+", "", text)


_FOOTER = re.compile(r"^.* · [^\n]*\n(page|səhifə|стр\.) \d+ (of|/|из) \d+")


def body_pages(pdf: bytes) -> list[str]:
    """Page texts without the running footer (drawn last, so it ends each page's text)."""
    out = []
    for text in pages_text(pdf):
        lines = text.rstrip("\n").split("\n")
        assert _FOOTER.match("\n".join(lines[-2:])), lines[-2:]
        out.append("\n".join(lines[:-2]))
    return out


def pdf_text(pdf: bytes) -> str:
    """The whole document's text, footers removed, whitespace collapsed."""
    return flat(" ".join(body_pages(pdf)))


def with_slots(data: ProgrammeData, *slots: SlotData) -> ProgrammeData:
    return replace(data, slots=tuple(slots))


def with_status(data: ProgrammeData, status: EventStatus) -> ProgrammeData:
    return replace(data, event=replace(data.event, status=status))
