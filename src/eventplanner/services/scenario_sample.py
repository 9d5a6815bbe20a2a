"""The sample event's scenario (resources/sample/migrants-day-2021-scenario.json), added with the event.

Slots are matched by their start time; a scenario file that is absent adds nothing, one that is broken is
refused with a clear message (the sample event is then not added either: it is one transaction).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from eventplanner.domain import scenario as rules
from eventplanner.domain.errors import ValidationError
from eventplanner.services.convert import clean_translations
from eventplanner.services.scenario import bump_revision
from eventplanner.store.models import EventRow
from eventplanner.store.models_show import CueRow, SlotProductionRow

SCENARIO_FILE = "migrants-day-2021-scenario.json"
FORMAT = "eventplanner-scenario/1"


def load_scenario_document(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"The sample scenario {path} cannot be read: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(f"{path} is not an Event Planner scenario file.")
    return doc


def add_sample_scenario(s: Session, event: EventRow, path: Path) -> int:
    """Add the cues, call times and technical needs of `path` to `event`'s slots; returns the cues added."""
    doc = load_scenario_document(path)
    if doc is None or doc.get("event") != event.slug:
        return 0
    slots = {slot.start: slot for slot in event.slots}
    added = 0
    try:
        for entry in doc.get("slots", []):
            slot = slots.get(datetime.fromisoformat(entry["start"]))
            if slot is None:
                continue
            prod = entry.get("production")
            if prod:
                minutes = prod.get("call_minutes")
                rules.check_production(minutes, prod.get("call_note", ""), prod.get("technical_needs", ""))
                s.add(SlotProductionRow(
                    slot_id=slot.id, call_minutes=minutes, call_note=prod.get("call_note", ""),
                    technical_needs=prod.get("technical_needs", ""),
                    translations=clean_translations(prod.get("translations")),
                ))
            for position, cue in enumerate(entry.get("cues", []), start=1):
                kind = rules.check_cue(cue["kind"], cue["text"], int(cue.get("offset", 0)), cue.get("responsible", ""))
                s.add(CueRow(
                    slot_id=slot.id, position=position, offset_minutes=int(cue.get("offset", 0)), kind=kind.value,
                    text=cue["text"], responsible=cue.get("responsible", ""),
                    translations=clean_translations(cue.get("translations")),
                ))
                added += 1
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"The sample scenario {path} is incomplete or malformed ({exc}).") from exc
    bump_revision(s, event.id)
    return added
