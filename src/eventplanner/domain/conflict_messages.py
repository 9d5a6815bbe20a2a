"""Conflict messages as a key and parameters, rendered in any content language from its label file.

The parameters keep what a message names (slots, people, dates) rather than finished English text, so the same
conflict reads “Opening speeches” (18 Dec 10:10–10:35) in English and «Вступительные речи» (18.12 10:10–10:35)
in Russian.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from eventplanner.domain.data import PersonData, SlotData, Translations, localized
from eventplanner.domain.enums import SLOT_KIND_LABELS, SlotKind
from eventplanner.domain.languages import capitalized, honorific, word

_DEFAULT_DATE = {"date": "%d %b", "date_year": "%d %b %Y"}


@dataclass(frozen=True)
class SlotRef:
    """A slot as a message names it: its title in each language, or its kind; day and time."""

    title: str
    kind: SlotKind
    day: date
    time_range: str
    translations: Translations = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, slot: SlotData) -> SlotRef:
        return cls(slot.title, slot.kind, slot.day, slot.time_range, slot.translations)

    def render(self, lang: str | None) -> str:
        name = localized(self.title, self.translations, "title", lang).strip()
        if not name:
            name = word("slot_kinds", self.kind.value, lang) or SLOT_KIND_LABELS.get(self.kind, "") \
                or _message("untitled", lang)
        return _message("slot", lang).format(name=name, date=day_text(self.day, lang), time=self.time_range)


@dataclass(frozen=True)
class PersonRef:
    """A person as a message names them: honorific and name in each language."""

    honorific: str
    given_name: str
    family_name: str
    translations: Translations = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, person: PersonData) -> PersonRef:
        return cls(person.honorific, person.given_name, person.family_name, person.translations)

    def render(self, lang: str | None) -> str:
        parts = (
            honorific(self.honorific, lang),
            localized(self.given_name, self.translations, "given_name", lang),
            localized(self.family_name, self.translations, "family_name", lang),
        )
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class DateRef:
    """A day, or a span of days when `end` differs, with the year."""

    day: date
    end: date | None = None

    def render(self, lang: str | None) -> str:
        first = day_text(self.day, lang, "date_year")
        if self.end is None or self.end == self.day:
            return first
        return f"{first} – {day_text(self.end, lang, 'date_year')}"


@dataclass(frozen=True)
class DayRef:
    """A day without the year: '18 Dec', '18.12'."""

    day: date

    def render(self, lang: str | None) -> str:
        return day_text(self.day, lang)


Param = str | int | SlotRef | PersonRef | DateRef | DayRef


def _message(key: str, lang: str | None) -> str:
    return word("messages", key, lang) or _DEFAULT_DATE.get(key, key)


def day_text(day: date, lang: str | None, key: str = "date") -> str:
    return day.strftime(_message(key, lang))


def render_message(key: str, params: Mapping[str, Param], lang: str | None) -> str:
    """The message `key` in `lang` (English when the label file lacks it), its parameters rendered in `lang`."""
    values = {name: (value.render(lang) if isinstance(value, SlotRef | PersonRef | DateRef | DayRef) else value)
              for name, value in params.items()}
    try:
        text = _message(key, lang).format(**values)
    except (KeyError, IndexError, ValueError):  # a label file with a wrong placeholder: fall back to English
        text = _message(key, "en").format(**values)
    return capitalized(text, lang)
