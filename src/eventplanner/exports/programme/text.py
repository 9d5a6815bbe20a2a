"""Text helpers: markup escaping, Arabic shaping and bidi reordering, dates written out via Babel."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from eventplanner.exports.fonts import FONTS, has_glyph

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


def escape_markup(text: str) -> str:
    """User text made safe for ReportLab paragraph markup: `<b>` and `&` print literally."""
    return _xml_escape(text, {'"': "&quot;"})


def clean(text: str) -> str:
    """Drop control characters that no font can print; keep newlines and tabs for the caller to handle."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@cache
def _reshaper() -> Callable[[str], str]:
    """An Arabic reshaper that only uses ligatures the bundled font can draw."""
    import arabic_reshaper
    from arabic_reshaper.ligatures import LIGATURES

    config: dict[str, bool | str] = {"delete_harakat": False, "support_ligatures": True}
    for name, (_text, forms) in LIGATURES:
        config[name] = all(has_glyph(FONTS.regular, form) for form in forms if form)
    return arabic_reshaper.ArabicReshaper(configuration=config).reshape  # type: ignore[no-any-return]


def shape(text: str) -> str:
    """Join Arabic letters into their contextual forms (logical order kept, so lines can still wrap)."""
    if _ARABIC.search(text) is None:
        return text
    return _reshaper()(text)


def visual(text: str) -> str:
    """One printed line in visual (left-to-right drawing) order; runs of RTL text are reversed."""
    if _RTL.search(text) is None:
        return text
    from bidi import get_display

    return str(get_display(text))


def upper(text: str, lang: str | None) -> str:
    """Capitals by the language's rules: Azerbaijani i -> İ and ı -> I ('SALAMLAMA NİTQİ')."""
    if lang == "az":
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def format_day(day: date, lang: str, weekday: bool = True) -> str:
    """'Saturday, 18 December 2021' / 'Şənbə, 18 dekabr 2021' / 'Суббота, 18 декабря 2021'."""
    from babel.dates import format_date

    pattern = "EEEE, d MMMM y" if weekday else "d MMMM y"
    return capitalize_first(format_date(day, pattern, locale=lang))


def format_date_range(start: date, end: date, lang: str) -> str:
    """'18 December 2021', '14–16 May 2024', '30 April – 2 May 2024', '30 December 2024 – 2 January 2025'."""
    from babel.dates import format_date

    if end <= start:
        return format_date(start, "d MMMM y", locale=lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, 'd MMMM y', locale=lang)}"
    if start.year == end.year:
        return f"{format_date(start, 'd MMMM', locale=lang)} – {format_date(end, 'd MMMM y', locale=lang)}"
    return f"{format_date(start, 'd MMMM y', locale=lang)} – {format_date(end, 'd MMMM y', locale=lang)}"
