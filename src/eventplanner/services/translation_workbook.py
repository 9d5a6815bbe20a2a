"""The translators' workbook round trip: write an event's texts to XLSX, read one back as a preview, apply it.

The preview is a plain list of changes (key, language, old, new); applying it is one `set_texts` call, so one
transaction and one undoable step. A workbook from another event, with broken or foreign keys, or with a cell
that cannot be stored is refused as a whole with one message, before anything changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.languages import english_name
from eventplanner.domain.translations import REQUIRED, TextChange, TextEdit, TextKey, TextTable, clean_text
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.imports.translations_workbook import TranslationsWorkbook, read_translations_workbook
from eventplanner.services import translations as service
from eventplanner.store.database import Database


@dataclass(frozen=True)
class WorkbookPreview:
    """What importing a workbook would change, computed against the database when it was read."""

    event_id: int
    source: str
    changes: tuple[TextChange, ...]
    rows: int

    @property
    def edits(self) -> list[TextEdit]:
        return [c.redo() for c in self.changes]

    def lines(self) -> list[str]:
        if not self.changes:
            return [f"{self.source}: {self.rows} text(s) read; nothing differs from the event."]
        out = [f"{self.source}: {self.rows} text(s) read; {len(self.changes)} change(s):"]
        for c in self.changes:
            old = _short(c.old) or "(empty)"
            new = _short(c.new) or "(empty)"
            out.append(f"  {c.key} [{c.lang}]: {old} -> {new}")
        return out


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def export_workbook(db: Database, event_id: int, path: Path) -> Path:
    from eventplanner.exports.translations_workbook import translations_xlsx

    atomic_write_bytes(path, translations_xlsx(service.text_table(db, event_id)))
    return path


def preview_workbook(db: Database, event_id: int, path: Path) -> WorkbookPreview:
    """Read `path` and compare it with the event; refuses a foreign or broken workbook (ValidationError)."""
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    book = read_translations_workbook(blob, path.name)
    table = service.text_table(db, event_id)
    if book.event_id != table.event_id or (book.event_slug and book.event_slug != table.event_slug):
        raise ValidationError(
            f"{path.name} holds the texts of another event ({book.event_slug or '#' + str(book.event_id)}), "
            f"not of “{table.event_title}” ({table.event_slug}). Nothing was changed."
        )
    foreign = [lang for lang in book.languages if lang not in table.languages]
    if foreign:
        names = ", ".join(f"{english_name(c)} ({c})" for c in foreign)
        raise ValidationError(f"{path.name} has a column for {names}, which this event does not offer. "
                              "Add the language to the event first. Nothing was changed.")
    return WorkbookPreview(event_id, path.name, tuple(_changes(book, table, path.name)), len(book.rows))


def _changes(book: TranslationsWorkbook, table: TextTable, name: str) -> list[TextChange]:
    entries = table.by_key()
    seen: set[TextKey] = set()
    changes: list[TextChange] = []
    for row in book.rows:
        try:
            key = TextKey.parse(row.key)
        except ValidationError as exc:
            raise ValidationError(f"{name}, row {row.row}: {exc.message} Nothing was changed.") from None
        entry = entries.get(key)
        if entry is None:
            raise ValidationError(f"{name}, row {row.row}: {key} is not a text of “{table.event_title}”. "
                                  "Nothing was changed.")
        if key in seen:
            raise ValidationError(f"{name}, row {row.row}: the key {key} appears twice. Nothing was changed.")
        seen.add(key)
        for lang, raw in row.texts.items():
            try:
                new = clean_text(raw, key)
            except ValidationError as exc:
                raise ValidationError(f"{name}, row {row.row}: {exc.message} Nothing was changed.") from None
            old = table.cell(entry, lang)
            if not new and lang == table.primary and (key.owner, key.field) in REQUIRED:
                raise ValidationError(f"{name}, row {row.row}: the {lang} text of {key} cannot be empty. "
                                      "Nothing was changed.")
            if new != old:
                changes.append(TextChange(key, lang, old, new))
    return changes


def apply_workbook(db: Database, preview: WorkbookPreview) -> list[TextChange]:
    """Apply a preview as one unit of work; the returned changes undo it."""
    return service.set_texts(db, preview.event_id, preview.edits)
