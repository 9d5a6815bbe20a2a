"""The printable PDF programme: `render_programme(data, options) -> bytes` and `write_programme(...)`.

Importing this package is cheap; ReportLab and Pillow load on the first render.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports.programme.options import DescriptionSuggestion, ProgrammeOptions

__all__ = ["DescriptionSuggestion", "ProgrammeOptions", "render_first_page", "render_programme",
           "render_programme_with_warnings",
           "write_programme"]


def render_programme_with_warnings(
    data: ProgrammeData, options: ProgrammeOptions, progress: Callable[[float], None] | None = None
) -> tuple[bytes, list[str]]:
    """PDF bytes of the programme plus the warnings met on the way (skipped logos, missing glyphs...).

    `progress` hears the share of the layout done (0..1); an exception it raises stops the build."""
    from eventplanner.exports.programme.document import build_pdf

    return build_pdf(data, options, progress)


def render_first_page(data: ProgrammeData, options: ProgrammeOptions) -> bytes:
    """Page 1 of the programme alone, as a one-page PDF, laid out in a fraction of the whole build's time; its
    footer says 'page 1 of …' (see first_page.py)."""
    from eventplanner.exports.programme.first_page import first_page_pdf

    return first_page_pdf(data, options)


def render_programme(data: ProgrammeData, options: ProgrammeOptions | None = None) -> bytes:
    """PDF bytes of the programme of `data` printed with `options` (A4, English by default)."""
    pdf, _warnings = render_programme_with_warnings(data, options or ProgrammeOptions())
    return pdf


def write_programme(
    path: str | os.PathLike[str], data: ProgrammeData, options: ProgrammeOptions | None = None
) -> list[str]:
    """Render the programme and write it atomically to `path`; return the warnings for the user."""
    from eventplanner.exports.atomic import atomic_write_bytes

    pdf, warnings = render_programme_with_warnings(data, options or ProgrammeOptions())
    atomic_write_bytes(path, pdf)
    return warnings
