"""Every document a user can write, as one call each: load the event, render, write atomically, warn.

The CLI, `make demo` and the GUI (preview, File > Export) call these instead of repeating the sequence;
Word documents come with the event's letterhead.
Each one refuses an output that is the open database or one of its journal files, and returns the
renderer's warnings (skipped logos, characters the bundled font lacks) so the caller can show them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner.services.letterheads import effective_letterhead, read_letterhead_file
from eventplanner.services.programme import missing_texts, missing_warning, programme_data
from eventplanner.store.database import Database

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from eventplanner.domain.data import ProgrammeData
    from eventplanner.exports.programme import ProgrammeOptions


def render_programme_document(
    db: Database, event_id: int, options: ProgrammeOptions | None = None
) -> tuple[bytes, list[str]]:
    """The programme's PDF bytes and the renderer's warnings (for a preview that writes nothing)."""
    from eventplanner.exports.programme import ProgrammeOptions, render_programme_with_warnings

    options = options or ProgrammeOptions()
    data = programme_data(db, event_id)
    pdf, warnings = render_programme_with_warnings(data, options)
    return pdf, [*warnings, *_missing_lines(data, options)]


@dataclass(frozen=True)
class ProgrammePreview:
    """What the preview shows: the whole PDF, the renderer's warnings, and per printed language how many texts
    print untranslated (code, count)."""

    pdf: bytes
    warnings: tuple[str, ...]
    missing: tuple[tuple[str, int], ...]


def preview_programme(
    db: Database, event_id: int, options: ProgrammeOptions,
    first_page: Callable[[bytes], None], progress: Callable[[float], None] | None = None,
) -> ProgrammePreview:
    """The programme for a preview that shows page 1 before the rest is laid out.

    Page 1 alone (a one-page PDF whose footer says 'page 1 of …') goes to `first_page` as soon as it is laid
    out, a fraction of the whole build's time; then the whole programme is laid out, `progress` hearing the
    share done (0..1). An exception raised by either callback (a Cancel) stops the work and comes out here.
    """
    from eventplanner.exports.programme import render_first_page, render_programme_with_warnings

    data = programme_data(db, event_id)
    try:
        early = render_first_page(data, options)
    except Exception:  # only a head start: the whole build below shows the page, or the error, anyway
        log.warning("The programme's first page could not be laid out on its own", exc_info=True)
    else:
        first_page(early)
    pdf, warnings = render_programme_with_warnings(data, options, progress)
    found = missing_texts(data, options.languages, descriptions=options.include_descriptions,
                          biographies=options.include_biographies, partners=options.include_partners)
    return ProgrammePreview(pdf, tuple(warnings), tuple((m.lang, m.count) for m in found))


def _missing_lines(data: ProgrammeData, options: ProgrammeOptions) -> list[str]:
    """The 'N texts have no translation' line, when a printed language lacks some texts."""
    found = missing_texts(data, options.languages, descriptions=options.include_descriptions,
                          biographies=options.include_biographies, partners=options.include_partners)
    line = missing_warning(found, data.event.slug)
    return [line] if line else []


def write_programme_file(
    db: Database, event_id: int, path: str | os.PathLike[str], options: ProgrammeOptions | None = None
) -> list[str]:
    """Write the programme PDF to `path` (atomically); returns the warnings for the user."""
    from eventplanner.exports.atomic import atomic_write_bytes

    db.refuse_output(path)
    pdf, warnings = render_programme_document(db, event_id, options)
    atomic_write_bytes(path, pdf)
    return warnings


def write_programme_docx(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    options: ProgrammeOptions,
    use_letterhead: bool = True,
    letterhead_path: str | os.PathLike[str] | None = None,
) -> list[str]:
    """Write the programme as .docx (atomically); return warnings for the user.

    The letterhead is `letterhead_path` when given, else the event's own or the default one (unless
    `use_letterhead` is False). With a letterhead, its page size and margins replace `options.paper`.
    """
    from eventplanner.exports.programme_docx import write_programme_docx as write

    db.refuse_output(path)
    template: bytes | None = None
    name = "letterhead"
    if letterhead_path is not None:
        template, name = read_letterhead_file(letterhead_path)
    elif use_letterhead:
        stored = effective_letterhead(db, event_id)
        if stored is not None:
            template, name = stored.content, stored.file_name
    data = programme_data(db, event_id)
    return [*write(Path(path), data, options, template, name), *_missing_lines(data, options)]


def write_speaker_list(
    db: Database, event_id: int, path: str | os.PathLike[str], per_slot: bool = False,
    fmt: str | None = None, lang: str | None = None,
) -> tuple[Path, list[str]]:
    """The speaker list as CSV, XLSX, PDF or DOCX (by `fmt` or suffix); returns the path and the warnings."""
    from eventplanner.exports.speaker_list import speaker_rows
    from eventplanner.exports.speaker_list import write_speaker_list as write

    db.refuse_output(path)
    data = programme_data(db, event_id, with_images=False)
    kind = (fmt or Path(path).suffix.lstrip(".")).lower()
    warnings: list[str] = []
    if kind == "pdf":
        warnings = _glyph_warnings(text for row in speaker_rows(data, per_slot, lang) for text in row.texts())
    written = write(data, path, per_slot, lang, fmt, warnings)
    return written, warnings


def write_badges(
    db: Database, event_id: int, path: str | os.PathLike[str], kind: str = "badges", lang: str | None = None
) -> tuple[Path, list[str]]:
    """Name badges or table cards as PDF; returns the path and the warnings."""
    from eventplanner.exports.badges import badge_people
    from eventplanner.exports.badges import write_badges as write

    db.refuse_output(path)
    data = programme_data(db, event_id, with_images=True)
    texts = [data.event.running_title]
    for person in badge_people(data, lang):
        texts += [person.name, person.title_line, person.organization]
    warnings = _glyph_warnings(texts)
    return write(data, path, kind, lang), warnings


def write_schedule(
    db: Database, event_id: int, path: str | os.PathLike[str], fmt: str | None = None, lang: str | None = None
) -> Path:
    """The schedule as frab XML, JSON or iCalendar (by `fmt` or suffix)."""
    from eventplanner.services.exchange import export_schedule

    return export_schedule(db, event_id, path, fmt, lang)


def write_wallchart_file(
    db: Database, event_id: int, path: str | os.PathLike[str], day: date, paper: str = "a4", lang: str = "en"
) -> Path:
    """One day's wall chart as PDF (or PNG by suffix)."""
    from eventplanner.exports.wallchart import write_wallchart

    db.refuse_output(path)
    write_wallchart(path, programme_data(db, event_id, with_images=False), day, paper=paper, lang=lang)
    return Path(path)


def save_document(db: Database, path: str | os.PathLike[str], data: bytes) -> Path:
    """Write bytes already rendered (a previewed PDF, an activity CSV) atomically, never over the database."""
    from eventplanner.exports.atomic import atomic_write_bytes

    db.refuse_output(path)
    atomic_write_bytes(path, data)
    return Path(path)


def _glyph_warnings(texts: Iterable[str]) -> list[str]:
    """The programme's "characters the font lacks" warning, for the other PDF documents."""
    from eventplanner.exports.fonts import FONTS, can_print, register_fonts
    from eventplanner.exports.programme.document import missing_glyphs_warning

    register_fonts()
    seen: set[str] = set()
    for text in texts:
        seen.update(text)
    missing = sorted(c for c in seen if not c.isspace() and c.isprintable() and not can_print(FONTS.regular, c))
    warning = missing_glyphs_warning(missing)
    return [warning.replace("in the programme", "in the document")] if warning else []
