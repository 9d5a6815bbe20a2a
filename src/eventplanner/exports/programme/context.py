"""What every part of the programme needs while building: options, styles, languages, warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventplanner.domain.data import ProgrammeData
from eventplanner.exports import programme_labels as L
from eventplanner.exports.programme.images import LoadedImage, load_image
from eventplanner.exports.programme.options import ProgrammeOptions
from eventplanner.exports.programme.styles import MM, PAPERS, PaperSpec, TextStyle, styles_for
from eventplanner.exports.programme.text import upper
from eventplanner.exports.programme.textlayout import Para, Segment, Typesetter


@dataclass
class Context:
    data: ProgrammeData
    options: ProgrammeOptions
    ts: Typesetter
    warnings: list[str] = field(default_factory=list)
    #: The partners' logos go in the header (set when a foot strip would stand alone on the last page).
    partners_in_header: bool = False
    _images: dict[tuple[str, int], LoadedImage | None] = field(default_factory=dict)

    @property
    def paper(self) -> PaperSpec:
        return PAPERS[self.options.paper]

    @property
    def styles(self) -> dict[str, TextStyle]:
        return styles_for(self.options.paper)

    @property
    def langs(self) -> tuple[str, ...]:
        return self.options.languages

    @property
    def lang(self) -> str:
        return self.options.lang

    @property
    def side_by_side(self) -> bool:
        return self.options.bilingual and self.options.bilingual_layout == "side_by_side"

    @property
    def stacked(self) -> bool:
        return self.options.bilingual and not self.side_by_side

    def s(self, name: str) -> TextStyle:
        return self.styles[name]

    def color(self, hex_code: str) -> Any:
        return self.ts.color(hex_code)

    def mm(self, value: float) -> float:
        return value * MM * self.paper.scale

    def label(self, key: str, lang: str | None = None, **values: object) -> str:
        return L.label(key, lang or self.lang, **values)

    def labels(self, key: str, sep: str = " · ", caps: bool = False, **values: object) -> str:
        """A fixed label in every printed language: 'Partners · Tərəfdaşlar'."""
        texts = [L.label(key, lang, **values) for lang in self.langs]
        if caps:
            texts = [upper(t, lang) for t, lang in zip(texts, self.langs, strict=True)]
        return join_unique(texts, sep)

    def para(self, text: str, style: str, lang: str | None = None, **kw: Any) -> Para:
        """A one-style paragraph; capitals of upper-case styles follow `lang` (the primary by default)."""
        st = self.styles[style]
        if st.upper:
            text = upper(text, lang or self.lang)
        return Para([Segment(text, st)], **kw)

    def second_texts(self, tr: Callable[[str], str]) -> list[str]:
        """Texts of the second language that differ from the primary one (stacked bilingual layout)."""
        if not self.options.bilingual:
            return []
        primary = tr(self.langs[0]).strip()
        other = tr(self.langs[1]).strip()
        return [other] if other and other != primary else []

    def fallback(self, obj: Any, fields: Sequence[str], lang: str) -> bool:
        """True when `lang` prints the primary text of any of `fields` of `obj` for want of a translation."""
        if lang == self.data.event.language:
            return False
        return any(str(getattr(obj, f, "")).strip() and not obj.has_tr(f, lang) for f in fields)

    def column_text(self, lang: str, text_of: Callable[[str], str], fallback: Callable[[str], bool]) -> str:
        """The text for `lang`'s column. Side by side, an untranslated text is printed once: the column whose
        language lacks the translation stays empty (the second one when both lack it)."""
        text = text_of(lang).strip()
        if not self.side_by_side or not text or not fallback(lang):
            return text
        first, second = self.langs
        other = second if lang == first else first
        if text != text_of(other).strip():
            return text
        return "" if lang == second or not fallback(other) else text

    def image(self, kind: str, key: int, data: bytes | None, what: str) -> LoadedImage | None:
        cache_key = (kind, key)
        if cache_key not in self._images:
            self._images[cache_key] = load_image(data, what, self.warnings)
        return self._images[cache_key]


def join_unique(parts: list[str], sep: str) -> str:
    out: list[str] = []
    for p in parts:
        if p and p not in out:
            out.append(p)
    return sep.join(out)
