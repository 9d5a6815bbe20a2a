"""Content translations of one event: list every text, set many in one unit of work, count what is missing.

`set_texts` returns the changes it made; applying their `undo()` edits puts everything back, which is how the
GUI's undo stack and the workbook import undo a step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.languages import english_name, language_codes
from eventplanner.domain.translations import (
    REQUIRED,
    TextChange,
    TextEdit,
    TextKey,
    TextTable,
    clean_text,
    event_texts,
)
from eventplanner.services.common import get_row, log_activity
from eventplanner.services.convert import offered_languages
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database
from eventplanner.store.models import (
    Base,
    EventOrganizationRow,
    EventRow,
    OrganizationRow,
    PersonRow,
    RoomRow,
    SlotParticipantRow,
    SlotRow,
)

_MODELS: dict[str, type[Base]] = {
    "event": EventRow,
    "room": RoomRow,
    "slot": SlotRow,
    "person": PersonRow,
    "org": OrganizationRow,
}


def text_table(db: Database, event_id: int) -> TextTable:
    """Every translatable text of the event with its primary text and each offered language's value."""
    data = programme_data(db, event_id, with_images=False)
    event = data.event
    entries = event_texts(data, event.languages)
    return TextTable(event.id, event.slug, event.title, event.language, event.languages, tuple(entries))


def missing_counts(db: Database, event_id: int) -> dict[str, int]:
    """language -> how many texts have no translation in it (the primary language is not counted)."""
    return text_table(db, event_id).missing_counts()


def set_event_languages(db: Database, event_id: int, codes: Sequence[str]) -> tuple[str, ...]:
    """Choose the content languages the event offers (its primary language always stays)."""
    known = language_codes()
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ValidationError(f"Unknown content language {', '.join(unknown)}; known: {', '.join(known)}.")
    with db.session() as s:
        row = get_row(s, EventRow, event_id)
        row.languages = ",".join(dict.fromkeys([row.language, *codes]))
        log_activity(s, event_id, "set_languages", f"Content languages: {row.languages}")
        s.flush()
        return offered_languages(row.language, row.languages)


def set_texts(db: Database, event_id: int, edits: Iterable[TextEdit]) -> list[TextChange]:
    """Apply every edit in one transaction and return what changed (nothing when the values were already so).

    Any invalid edit (a key that is not a text of this event, a language the event does not offer, an empty
    required text, a text too long) refuses the whole batch with a ValidationError and changes nothing.
    """
    edits = list(edits)
    with db.session() as s:
        event = get_row(s, EventRow, event_id)
        languages = offered_languages(event.language, event.languages)
        owners = event_owner_ids(s, event_id)
        changes: list[TextChange] = []
        for edit in edits:
            _check(edit, languages, owners)
            row = s.get(_MODELS[edit.key.owner], edit.key.owner_id)
            if row is None:  # pragma: no cover - owners were read in this transaction
                raise ValidationError(f"{edit.key} no longer exists.")
            change = _apply(row, edit, primary=edit.lang == event.language)
            if change is not None:
                changes.append(change)
        if changes:
            s.flush()
            log_activity(s, event_id, "edit_translations", _summary(changes))
        return changes


def undo_edits(changes: Sequence[TextChange]) -> list[TextEdit]:
    """The edits that put back what `changes` changed, in reverse order."""
    return [c.undo() for c in reversed(changes)]


def redo_edits(changes: Sequence[TextChange]) -> list[TextEdit]:
    return [c.redo() for c in changes]


def event_owner_ids(s: Session, event_id: int) -> dict[str, set[int]]:
    """The ids of everything whose texts belong to the event: it, its rooms and slots, their people, orgs."""
    slot_ids = set(s.scalars(select(SlotRow.id).where(SlotRow.event_id == event_id)))
    person_ids = set(s.scalars(
        select(SlotParticipantRow.person_id).join(SlotRow).where(SlotRow.event_id == event_id)
    ))
    org_ids = set(s.scalars(
        select(EventOrganizationRow.organization_id).where(EventOrganizationRow.event_id == event_id)
    ))
    if person_ids:
        org_ids |= {i for i in s.scalars(select(PersonRow.organization_id).where(PersonRow.id.in_(person_ids))) if i}
    return {
        "event": {event_id},
        "room": set(s.scalars(select(RoomRow.id).where(RoomRow.event_id == event_id))),
        "slot": slot_ids,
        "person": person_ids,
        "org": org_ids,
    }


def _check(edit: TextEdit, languages: Sequence[str], owners: dict[str, set[int]]) -> None:
    if edit.key.owner_id not in owners.get(edit.key.owner, set()):
        raise ValidationError(f"{edit.key} is not a text of this event (it may have been deleted).")
    if edit.lang not in languages:
        raise ValidationError(
            f"The event does not offer {english_name(edit.lang)} ({edit.lang}); its languages are "
            f"{', '.join(languages)}."
        )


def _apply(row: Any, edit: TextEdit, primary: bool) -> TextChange | None:
    key = edit.key
    new = clean_text(edit.value, key)
    if primary:
        old = str(getattr(row, key.field) or "")
        if new == old:
            return None
        if not new and (key.owner, key.field) in REQUIRED:
            raise ValidationError(f"The {key.field.replace('_', ' ')} of {key} cannot be empty.")
        setattr(row, key.field, new)
        return TextChange(key, edit.lang, old, new)
    texts: dict[str, Any] = {lang: dict(fields) for lang, fields in (row.translations or {}).items()}
    old = str(texts.get(edit.lang, {}).get(key.field, ""))
    if new == old:
        return None
    fields = texts.setdefault(edit.lang, {})
    if new:
        fields[key.field] = new
    else:
        fields.pop(key.field, None)
        if not fields:
            texts.pop(edit.lang)
    row.translations = texts  # a new dict, so SQLAlchemy sees the JSON change and bumps the version
    return TextChange(key, edit.lang, old, new)


def _summary(changes: Sequence[TextChange]) -> str:
    langs = sorted({c.lang for c in changes})
    return f"Edited {len(changes)} text(s) in {', '.join(langs)}"


def parse_key(text: str) -> TextKey:
    return TextKey.parse(text)
