"""Helpers for the language tests (no tests here): a programme's text, whole or split into its two columns."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.programme import ProgrammeOptions, render_programme


def body_text(data: ProgrammeData, **options: Any) -> str:
    pdf = render_programme(data, ProgrammeOptions(**options))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def render_columns(data: ProgrammeData, **options: Any) -> tuple[str, str]:
    """The text left and right of the page's middle (side by side: the first and second language)."""
    pdf = render_programme(data, ProgrammeOptions(**options))
    left: list[str] = []
    right: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        middle = float(page.mediabox.width) / 2

        def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any, middle: float = middle) -> None:
            if text.strip():
                (left if tm[4] * cm[0] + cm[4] < middle else right).append(text)

        page.extract_text(visitor_text=visit)
    return re.sub(r"\s+", " ", " ".join(left)), re.sub(r"\s+", " ", " ".join(right))
