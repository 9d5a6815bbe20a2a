"""The event's scenario (run sheet): cues on each slot, call times and technical needs, as plain data.

A cue is something someone must do at a moment of a slot: the master of ceremonies' words, a microphone, a
video, a light, a protocol gesture, an interpretation channel. Its `offset_minutes` counts from the slot's
start (negative: before it). Texts are translatable like every other content (`translations[lang][field]`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from eventplanner.domain.data import EventData, SlotData, Translations, _Translatable
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.errors import ValidationError

MAX_CUE_TEXT = 10_000
MAX_OFFSET_MINUTES = 24 * 60
MAX_CALL_MINUTES = 12 * 60


class CueKind(StrEnum):
    MC = "mc"
    AUDIO = "audio"
    VIDEO = "video"
    STAGE = "stage"
    PROTOCOL = "protocol"
    INTERPRETATION = "interpretation"


CUE_KIND_LABELS: dict[CueKind, str] = {
    CueKind.MC: "Master of ceremonies",
    CueKind.AUDIO: "Audio",
    CueKind.VIDEO: "Video",
    CueKind.STAGE: "Lighting / stage",
    CueKind.PROTOCOL: "Protocol",
    CueKind.INTERPRETATION: "Interpretation",
}


class Audience(StrEnum):
    """Who a run sheet is printed for; each sees the cues of their kinds (everyone sees the running order)."""

    ALL = "all"
    MC = "mc"
    TECH = "tech"
    PROTOCOL = "protocol"


AUDIENCE_KINDS: dict[Audience, frozenset[CueKind]] = {
    Audience.ALL: frozenset(CueKind),
    Audience.MC: frozenset({CueKind.MC}),
    Audience.TECH: frozenset({CueKind.AUDIO, CueKind.VIDEO, CueKind.STAGE, CueKind.INTERPRETATION}),
    Audience.PROTOCOL: frozenset({CueKind.PROTOCOL}),
}


@dataclass(frozen=True)
class CueData(_Translatable):
    id: int
    slot_id: int
    kind: CueKind
    text: str
    offset_minutes: int = 0
    responsible: str = ""
    position: int = 0
    version: int = 1
    translations: Translations = field(default_factory=dict, compare=False)

    def at(self, slot_start: datetime) -> datetime:
        return slot_start + timedelta(minutes=self.offset_minutes)


@dataclass(frozen=True)
class SlotProductionData(_Translatable):
    """What production needs for a slot beyond its cues: when people are called, what the stage needs."""

    slot_id: int
    call_minutes: int | None = None
    """Minutes before the slot's start the speaker is due backstage; None when nobody is called."""
    call_note: str = ""
    technical_needs: str = ""
    version: int = 1
    translations: Translations = field(default_factory=dict, compare=False)

    def call_time(self, slot_start: datetime) -> datetime | None:
        return None if self.call_minutes is None else slot_start - timedelta(minutes=self.call_minutes)


@dataclass(frozen=True)
class ScenarioItem:
    """One slot of the run sheet with its production data and cues in time order."""

    slot: SlotData
    cues: tuple[CueData, ...] = ()
    production: SlotProductionData | None = None

    def cues_for(self, audience: Audience) -> tuple[CueData, ...]:
        kinds = AUDIENCE_KINDS[audience]
        return tuple(c for c in self.cues if c.kind in kinds)


@dataclass(frozen=True)
class ScenarioData:
    """Everything a run sheet needs: the event, its revision and every slot with its cues, in time order."""

    event: EventData
    revision: int
    items: tuple[ScenarioItem, ...]

    @property
    def is_final(self) -> bool:
        return self.event.status is EventStatus.FINAL


def sort_cues(cues: list[CueData] | tuple[CueData, ...]) -> tuple[CueData, ...]:
    return tuple(sorted(cues, key=lambda c: (c.offset_minutes, c.position, c.id)))


def check_cue(kind: str, text: str, offset_minutes: int, responsible: str) -> CueKind:
    """Validate a cue as typed by a user; returns its kind. Messages are for the person at the keyboard."""
    try:
        cue_kind = CueKind(kind)
    except ValueError as exc:
        raise ValidationError(f"Unknown cue kind “{kind}”; use one of {', '.join(k.value for k in CueKind)}.") from exc
    if not text.strip():
        raise ValidationError("A cue needs a text: what is to be said or done.")
    if len(text) > MAX_CUE_TEXT or len(responsible) > MAX_CUE_TEXT:
        raise ValidationError(f"A cue text is limited to {MAX_CUE_TEXT:,} characters.")
    if not -MAX_OFFSET_MINUTES <= offset_minutes <= MAX_OFFSET_MINUTES:
        raise ValidationError("A cue is placed at most 24 hours before or after the start of its slot.")
    return cue_kind


def check_production(call_minutes: int | None, call_note: str, technical_needs: str) -> None:
    if call_minutes is not None and not 0 <= call_minutes <= MAX_CALL_MINUTES:
        raise ValidationError("A call time is from 0 to 720 minutes before the slot starts.")
    if len(call_note) > MAX_CUE_TEXT or len(technical_needs) > MAX_CUE_TEXT:
        raise ValidationError(f"Call notes and technical needs are limited to {MAX_CUE_TEXT:,} characters.")


def upcoming_calls(
    items: tuple[ScenarioItem, ...] | list[ScenarioItem], now: datetime, within: timedelta
) -> list[tuple[datetime, ScenarioItem]]:
    """Call times falling between `now` and `now + within`, soonest first (for the operator's window)."""
    found = []
    for item in items:
        when = item.production.call_time(item.slot.start) if item.production else None
        if when is not None and now <= when <= now + within:
            found.append((when, item))
    return sorted(found, key=lambda pair: (pair[0], pair[1].slot.id))


def by_slot(cues: list[CueData]) -> Mapping[int, tuple[CueData, ...]]:
    grouped: dict[int, list[CueData]] = {}
    for cue in cues:
        grouped.setdefault(cue.slot_id, []).append(cue)
    return {slot_id: sort_cues(found) for slot_id, found in grouped.items()}


def translated(item: _Translatable, field_name: str, lang: str | None) -> str:
    """`item.tr(field_name, lang)` under a name Qt's lupdate does not take for an interface string."""
    return item.tr(field_name, lang)
