"""Text helpers: markup escaping, Arabic shaping and bidi reordering, dates written out via Babel."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from eventplanner.exports.fonts import FONTS, can_print, font_runs

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


def escape_markup(text: str) -> str:
    """User text made safe for ReportLab paragraph markup: `<b>` and `&` print literally."""
    return _xml_escape(text, {'"': "&quot;"})


def face_markup(text: str, font: str = FONTS.regular) -> str:
    """One line of text as Paragraph markup: escaped, glyphs `font` lacks set in its fallback face (DejaVu).

    ReportLab's Paragraph draws each run in one face, so without this a character Noto Sans lacks
    (Arabic, arrows, check marks) would print as an empty box.
    """
    return "".join(escape_markup(piece) if face == font else f'<font name="{face}">{escape_markup(piece)}</font>'
                   for piece, face in font_runs(text, font))


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
        config[name] = all(can_print(FONTS.regular, form) for form in forms if form)
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


def year(y: int, lang: str) -> str:
    """The year as dates write it: '2021', '2021-ci il' (Azerbaijani), '2021 г.' (Russian)."""
    if lang == "az":
        from eventplanner.exports.programme_labels import az_ordinal_suffix

        return f"{y}-{az_ordinal_suffix(y)}\u00a0il"
    if lang == "ru":
        return f"{y}\u00a0г."
    return str(y)


def _dm(day: date, lang: str, pattern: str = "d MMMM") -> str:
    from babel.dates import format_date

    return format_date(day, pattern, locale=lang)


def format_day(day: date, lang: str, weekday: bool = True, capital: bool = True) -> str:
    """'Saturday, 18 December 2021' / 'Şənbə, 18 dekabr 2021-ci il' / 'Суббота, 18 декабря 2021 г.'.

    With capital=False the weekday keeps the language's own case (after a dash: 'День 1 — суббота, ...').
    """
    text = f"{_dm(day, lang, 'EEEE, d MMMM' if weekday else 'd MMMM')} {year(day.year, lang)}"
    if capital:
        return capitalize_first(text)
    if lang in ("az", "ru"):  # weekdays are common nouns there: lower case inside a heading
        first = {"İ": "i", "I": "ı"}.get(text[:1], text[:1].lower()) if lang == "az" else text[:1].lower()
        return first + text[1:]
    return text


def format_date_range(start: date, end: date, lang: str, year_word: bool = True) -> str:
    """'18 December 2021', '14–16 May 2024', '30 April – 2 May 2024', '30 December 2024 – 2 January 2025'.

    year_word=False leaves out 'г.' / '-ci il' (for capitals, where '2021 Г.' would look odd).
    """

    def y(d: date) -> str:
        return year(d.year, lang) if year_word else str(d.year)

    if end <= start:
        return f"{_dm(start, lang)} {y(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_dm(end, lang)} {y(end)}"
    if start.year == end.year:
        return f"{_dm(start, lang)} – {_dm(end, lang)} {y(end)}"
    return f"{_dm(start, lang)} {y(start)} – {_dm(end, lang)} {y(end)}"


_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\(\s*(<?)([^()\s<>]{1,2000})\2\s*\)")
_MD_STRONG = re.compile(r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])|(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                          r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_MD_BULLET = re.compile(r"^[ \t]*[*+-][ \t]+(?=\S)", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def plain_text(text: str) -> str:
    """Leftover Markdown in imported abstracts printed as plain text.

    '**bold**', '_emphasis_', '`code`' lose their marks, '[text](https://x)' becomes 'text (https://x)' (or the
    address alone when the text is the address), '# Heading' loses its hashes, list bullets become '•', and
    runs of blank lines become one. Underscores inside words (snake_case, file_names) are kept.
    """
    if not any(mark in text for mark in ("*", "_", "[", "`", "#", "-", "+", "\n\n\n")):
        return text

    def link(m: re.Match[str]) -> str:
        label, url = m[1].strip(), m[3]
        return url if label in (url, url.removeprefix("https://"), url.removeprefix("http://")) else f"{label} ({url})"

    text = _MD_LINK.sub(link, text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_BULLET.sub("• ", text)
    for _ in range(2):  # nested: **_both_**
        text = _MD_STRONG.sub(lambda m: m[1] or m[2], text)
        text = _MD_EMPHASIS.sub(lambda m: m[1] or m[2], text)
    text = _MD_CODE.sub(r"\1", text)
    return _BLANK_LINES.sub("\n\n", text)
