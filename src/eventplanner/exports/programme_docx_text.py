"""The texts of the Word programme and the language each is really in.

A missing translation falls back to the primary text, and Word must then mark that run with the primary
language (spelling, hyphenation, screen readers), not the one asked for. These rules (which language a text
is in, which second-language text is worth printing, joined labels, Azerbaijani capitals) are about the texts
alone; programme_docx.py, which decides what goes where in the document, builds on them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventplanner.domain.data import PersonData, ProgrammeData
from eventplanner.exports import programme_labels as L
from eventplanner.exports.programme.options import ProgrammeOptions


@dataclass(frozen=True)
class Text:
    """A text and the language it is actually in (a missing translation falls back to the primary text)."""

    text: str
    lang: str


def join_unique(parts: Sequence[Text], sep: str) -> list[tuple[str, str | None, str | None]]:
    """Spans for 'Welcome speech / Salamlama nitqi', each part tagged with its own language."""
    seen: list[str] = []
    spans: list[tuple[str, str | None, str | None]] = []
    for part in parts:
        if not part.text or part.text in seen:
            continue
        if seen:
            spans.append((sep, None, part.lang))
        seen.append(part.text)
        spans.append((part.text, None, part.lang))
    return spans


def turkic_caps(spans: list[tuple[str, str | None, str | None]]) -> list[tuple[str, str | None, str | None]]:
    """Azerbaijani text in an all-caps style, capitalised here: word processors' caps turn 'i' into 'I',
    where Azerbaijani wants 'İ' ('SALAMLAMA NİTQİ'). Other languages keep their case for editing."""
    from eventplanner.exports.programme.text import upper

    return [(upper(t, "az") if lang == "az" else t, style, lang) for t, style, lang in spans]


class ProgrammeTexts:
    """The data's texts in the programme's languages, each with the language it is really in."""

    def __init__(self, data: ProgrammeData, options: ProgrammeOptions) -> None:
        self.data = data
        self.options = options
        self.langs = options.languages
        self.lang = options.lang
        self.primary = data.event.language or "en"

    # -- text and its language ------------------------------------------------------------------------
    def tr(self, obj: object, field: str, lang: str) -> Text:
        """obj.tr(field, lang) with the language the text is really in."""
        text = obj.tr(field, lang)  # type: ignore[attr-defined]
        translated = getattr(obj, "translations", {}).get(lang, {}).get(field, "")
        return Text(text, lang if translated.strip() or lang == self.primary else self.primary)

    def label(self, key: str, lang: str | None = None, **values: object) -> Text:
        lg = lang or self.lang
        return Text(L.label(key, lg, **values), lg)

    def second(self, get: Callable[[str], Text]) -> Text | None:
        """The second language's text when bilingual and different from the first (stacked layout)."""
        if not self.options.bilingual:
            return None
        first, other = get(self.langs[0]), get(self.langs[1])
        if other.text.strip() and other.text.strip() != first.text.strip():
            return other
        return None

    def person_lang(self, person: PersonData, lang: str) -> str:
        """The language a person's name prints in (their family name's, when it has a text in `lang`)."""
        return self.tr(person, "family_name", lang).lang if person.tr("family_name", lang) else lang
