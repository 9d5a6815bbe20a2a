"""Translated labels printed in the programme, read from the content languages' label files. Qt-free.

Content (titles, names, positions) comes translated from the data model; this module only gives the fixed
words around it. Unknown languages and missing entries fall back to English.
"""

from __future__ import annotations

from eventplanner.domain.enums import EVENT_ROLE_LABELS as ENGLISH_EVENT_ROLE_LABELS
from eventplanner.domain.enums import (
    PARTICIPANT_ROLE_LABELS,
    SLOT_KIND_LABELS,
    EventRole,
    ParticipantRole,
    SlotKind,
)
from eventplanner.domain.languages import content_languages, language_codes

PROGRAMME_LANGUAGES: tuple[str, ...] = language_codes()


def _section(section: str) -> dict[str, dict[str, str]]:
    return {code: dict(lang.sections.get(section, {})) for code, lang in content_languages().items()}


#: Read from the label files (resources/languages/<code>.json); a missing entry falls back to English.
LABELS: dict[str, dict[str, str]] = _section("programme")
KIND_LABELS: dict[str, dict[SlotKind, str]] = {
    code: {SlotKind(k): v for k, v in texts.items() if k in set(SlotKind)}
    for code, texts in _section("slot_kinds").items()
}
ROLE_LABELS: dict[str, dict[ParticipantRole, str]] = {
    code: {ParticipantRole(k): v for k, v in texts.items() if k in set(ParticipantRole)}
    for code, texts in _section("participant_roles").items()
}
EVENT_ROLE_LABELS: dict[str, dict[EventRole, str]] = {
    code: {EventRole(k): v for k, v in texts.items() if k in set(EventRole)}
    for code, texts in _section("event_roles").items()
}


def _lang(lang: str | None) -> str:
    return lang if lang in LABELS else "en"


def label(key: str, lang: str | None, **values: object) -> str:
    """The label `key` in `lang` (English when missing), with `{placeholders}` filled from `values`."""
    text = LABELS[_lang(lang)].get(key) or LABELS["en"].get(key) or key
    return text.format(**values) if values else text


def kind_label(kind: SlotKind, lang: str | None) -> str:
    return KIND_LABELS[_lang(lang)].get(kind) or SLOT_KIND_LABELS[kind]


def role_label(role: ParticipantRole, lang: str | None) -> str:
    return ROLE_LABELS[_lang(lang)].get(role) or PARTICIPANT_ROLE_LABELS[role]


def event_role_label(role: EventRole, lang: str | None) -> str:
    return EVENT_ROLE_LABELS[_lang(lang)].get(role) or ENGLISH_EVENT_ROLE_LABELS[role]


def az_ordinal_suffix(n: int) -> str:
    """Azerbaijani ordinal suffix by vowel harmony of the number's last word: 1-ci, 3-cü, 6-cı, 9-cu."""
    if n == 0:
        return "cı"
    units = n % 10
    if units:
        return {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[units]
    tens = (n // 10) % 10
    if tens:
        return {1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}[tens]
    return "cü" if n % 1000 else "ci"  # yüz -> yüzüncü, min -> mininci


def day_label(n: int, lang: str | None) -> str:
    """'Day 2' / '2-ci gün' / 'День 2'."""
    return label("day", lang, n=n, suffix=az_ordinal_suffix(n))
