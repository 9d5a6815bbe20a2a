"""Word documents of an event: the programme data and the letterhead in, a .docx file out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner.services.letterheads import effective_letterhead, read_letterhead_file
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database

if TYPE_CHECKING:
    from eventplanner.exports.programme.options import ProgrammeOptions


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

    template: bytes | None = None
    name = "letterhead"
    if letterhead_path is not None:
        template, name = read_letterhead_file(letterhead_path)
    elif use_letterhead:
        stored = effective_letterhead(db, event_id)
        if stored is not None:
            template, name = stored.content, stored.file_name
    data = programme_data(db, event_id)
    return write(Path(path), data, options, template, name)
