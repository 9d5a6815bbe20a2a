"""The scenario of an event: cues, call times and technical needs per slot. One unit of work per call.

Every change counts the event's scenario revision up by one, so a printed run sheet says which version it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventplanner.domain import scenario as rules
from eventplanner.domain.data import OrganizationData, Translations
from eventplanner.domain.errors import StaleEditError
from eventplanner.domain.mc import mc_introduction
from eventplanner.domain.scenario import CueData, CueKind, ScenarioData, ScenarioItem, SlotProductionData
from eventplanner.services import slot_reader
from eventplanner.services.common import check_version, get_row, log_activity
from eventplanner.services.convert import clean_translations, event_data, organization_data, translations
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow, OrganizationRow, SlotRow
from eventplanner.store.models_show import CueRow, ScenarioRevisionRow, SlotProductionRow

_CUE_FIELDS = frozenset({"kind", "text", "offset_minutes", "responsible", "translations"})


def cue_data(row: CueRow) -> CueData:
    return CueData(
        id=row.id, slot_id=row.slot_id, kind=CueKind(row.kind), text=row.text, offset_minutes=row.offset_minutes,
        responsible=row.responsible, position=row.position, version=row.version,
        translations=translations(row.translations),
    )


def production_data(row: SlotProductionRow) -> SlotProductionData:
    return SlotProductionData(
        slot_id=row.slot_id, call_minutes=row.call_minutes, call_note=row.call_note,
        technical_needs=row.technical_needs, version=row.version, translations=translations(row.translations),
    )


def bump_revision(s: Session, event_id: int) -> int:
    row = s.get(ScenarioRevisionRow, event_id)
    if row is None:
        row = ScenarioRevisionRow(event_id=event_id, revision=0, changed_at=datetime.now())
        s.add(row)
    row.revision += 1
    row.changed_at = datetime.now()
    return row.revision


def _revision(s: Session, event_id: int) -> int:
    return int(s.scalar(select(ScenarioRevisionRow.revision).where(ScenarioRevisionRow.event_id == event_id)) or 0)


def scenario(db: Database, event_id: int) -> ScenarioData:
    """The event's run sheet data in one read."""
    with db.session() as s:
        event = event_data(get_row(s, EventRow, event_id))
        slots = slot_reader.read_slots(s, event_id)
        cue_rows = s.scalars(select(CueRow).join(SlotRow, SlotRow.id == CueRow.slot_id)
                             .where(SlotRow.event_id == event_id))
        cues = rules.by_slot([cue_data(r) for r in cue_rows])
        productions = {
            r.slot_id: production_data(r)
            for r in s.scalars(select(SlotProductionRow).join(SlotRow, SlotRow.id == SlotProductionRow.slot_id)
                               .where(SlotRow.event_id == event_id))
        }
        items = tuple(ScenarioItem(slot, cues.get(slot.id, ()), productions.get(slot.id)) for slot in slots)
        return ScenarioData(event=event, revision=_revision(s, event_id), items=items)


def list_cues(db: Database, slot_id: int) -> list[CueData]:
    with db.session() as s:
        get_row(s, SlotRow, slot_id)
        rows = s.scalars(select(CueRow).where(CueRow.slot_id == slot_id))
        return list(rules.sort_cues([cue_data(r) for r in rows]))


def add_cue(
    db: Database, slot_id: int, kind: str, text: str, offset_minutes: int = 0, responsible: str = "",
    translations: Translations | None = None,
) -> CueData:
    cue_kind = rules.check_cue(kind, text, offset_minutes, responsible)
    with db.session() as s:
        slot = get_row(s, SlotRow, slot_id)
        last = s.scalar(select(func.max(CueRow.position)).where(CueRow.slot_id == slot_id))
        row = CueRow(
            slot_id=slot_id, kind=cue_kind.value, text=text, offset_minutes=offset_minutes, responsible=responsible,
            position=(last or 0) + 1, translations=clean_translations(translations),
        )
        s.add(row)
        s.flush()
        bump_revision(s, slot.event_id)
        log_activity(s, slot.event_id, "add_cue", f"Added a {cue_kind.value} cue to “{slot.title}”")
        return cue_data(row)


def update_cue(db: Database, cue_id: int, expected_version: int | None = None, **changes: Any) -> CueData:
    unknown = set(changes) - _CUE_FIELDS
    if unknown:
        raise TypeError(f"update_cue: unknown fields {sorted(unknown)}")
    with db.session() as s:
        row = get_row(s, CueRow, cue_id)
        check_version(row, expected_version, "This cue")
        values = {f: getattr(row, f) for f in _CUE_FIELDS - {"translations"}} | changes
        kind = rules.check_cue(str(values["kind"]), str(values["text"]), int(values["offset_minutes"]),
                               str(values["responsible"]))
        row.kind, row.text = kind.value, str(values["text"])
        row.offset_minutes, row.responsible = int(values["offset_minutes"]), str(values["responsible"])
        if "translations" in changes:
            row.translations = clean_translations(changes["translations"])
        s.flush()
        event_id = row.slot.event_id
        bump_revision(s, event_id)
        log_activity(s, event_id, "edit_cue", f"Edited a cue of “{row.slot.title}”")
        return cue_data(row)


def delete_cue(db: Database, cue_id: int) -> CueData:
    """Delete a cue; returns it as it was, so an undo can put it back with `restore_cue`."""
    with db.session() as s:
        row = get_row(s, CueRow, cue_id)
        gone = cue_data(row)
        event_id, title = row.slot.event_id, row.slot.title
        s.delete(row)
        bump_revision(s, event_id)
        log_activity(s, event_id, "delete_cue", f"Deleted a cue of “{title}”")
        return gone


def restore_cue(db: Database, cue: CueData) -> CueData:
    """Put a deleted cue back with its id, position and translations (undo of `delete_cue`)."""
    with db.session() as s:
        slot = get_row(s, SlotRow, cue.slot_id)
        row = CueRow(
            id=cue.id, slot_id=cue.slot_id, kind=cue.kind.value, text=cue.text, offset_minutes=cue.offset_minutes,
            responsible=cue.responsible, position=cue.position, translations=clean_translations(cue.translations),
        )
        s.add(row)
        s.flush()
        bump_revision(s, slot.event_id)
        return cue_data(row)


def production(db: Database, slot_id: int) -> SlotProductionData:
    with db.session() as s:
        get_row(s, SlotRow, slot_id)
        row = s.get(SlotProductionRow, slot_id)
        return production_data(row) if row else SlotProductionData(slot_id=slot_id, version=0)


def set_production(
    db: Database, slot_id: int, call_minutes: int | None, call_note: str = "", technical_needs: str = "",
    translations: Translations | None = None, expected_version: int | None = None,
) -> SlotProductionData:
    """Set a slot's call time and technical needs (expected_version 0: the slot had none yet)."""
    rules.check_production(call_minutes, call_note, technical_needs)
    with db.session() as s:
        slot = get_row(s, SlotRow, slot_id)
        row = s.get(SlotProductionRow, slot_id)
        if row is None:
            if expected_version not in (None, 0):
                raise StaleEditError("Someone else removed this slot's production notes since you opened it. "
                                     "Reload to see the current version.")
            row = SlotProductionRow(slot_id=slot_id)
            s.add(row)
        else:
            check_version(row, expected_version, "The call time and technical needs of this slot")
        row.call_minutes, row.call_note, row.technical_needs = call_minutes, call_note, technical_needs
        row.translations = clean_translations(translations)
        s.flush()
        bump_revision(s, slot.event_id)
        log_activity(s, slot.event_id, "edit_production", f"Edited the call time and needs of “{slot.title}”")
        return production_data(row)


def draft_mc_text(db: Database, slot_id: int, lang: str | None = None) -> str:
    """The MC's introduction of a slot's speakers, drafted from the data in `lang` (default: the event's)."""
    with db.session() as s:
        row = get_row(s, SlotRow, slot_id)
        slot = slot_reader.read_slots(s, row.event_id, day=row.start.date())
        found = next(x for x in slot if x.id == slot_id)
        org_ids = {p.person.organization_id for p in found.participants if p.person.organization_id}
        org_rows = s.scalars(select(OrganizationRow).where(OrganizationRow.id.in_(org_ids)))
        orgs: Mapping[int, OrganizationData] = {r.id: organization_data(r) for r in org_rows}
        return mc_introduction(found, lang or row.event.language, orgs)
