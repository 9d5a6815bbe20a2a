"""A small, fast line-layout engine: styled runs wrapped into lines drawn with canvas.drawString.

No markup parser is involved, so user text prints literally whatever characters it holds. Lines are the unit
of page splitting (see flowables.Block), which is what lets any slot flow across pages. The lines and the other
items a column stacks (rules, pictures, monograms) and how they draw themselves are in items.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventplanner.exports.fonts import FONTS, can_print
from eventplanner.exports.fonts import text_width as printed_width
from eventplanner.exports.programme.items import Run, TextLine
from eventplanner.exports.programme.styles import TextStyle
from eventplanner.exports.programme.text import clean, shape, visual

_BREAKABLE = re.compile(r"[^\S\u00a0\u202f]+")  # white space a line may break at (not no-break spaces)



def _has_nbsp(text: str) -> bool:
    return "\u00a0" in text or "\u202f" in text


_FACES = {
    "regular": FONTS.regular,
    "bold": FONTS.bold,
    "italic": FONTS.italic,
    "bold_italic": FONTS.bold_italic,
}


class Measurer:
    """String widths per font with a cache: programmes repeat the same words and names many times."""

    def __init__(self) -> None:
        self._string_width = printed_width
        self._cache: dict[tuple[str, str, float], float] = {}

    def width(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        w = self._cache.get(key)
        if w is None:
            w = self._string_width(text, font, size)
            if len(text) < 64:
                self._cache[key] = w
        return w


@dataclass(slots=True)
class Segment:
    text: str
    style: TextStyle


@dataclass
class Para:
    """A paragraph to lay out: styled segments, indents and spacing. Lines break at spaces."""

    segments: Sequence[Segment]
    indent: float = 0.0  # all lines
    hang: float = 0.0  # continuation lines, on top of indent
    space_before: float | None = None  # None: the first segment's style decides
    keep_with_next: bool = False  # the paragraph's last line stays with what follows
    keep_lines: bool = False  # every line of the paragraph stays with the next one (short texts only)
    orphans: int = 0  # at least this many first lines stay together at a page foot
    widows: int = 0  # at least this many last lines go on together to the next page
    balance: bool = False  # lines of even length, so that no lone word ends a title
    max_lines: int = 0  # cut after this many lines, the last one ending with an ellipsis (0: no limit)


class Typesetter:
    """Turns Paras into TextLines for a given width. One per document (it caches widths and colours)."""

    def __init__(self) -> None:
        from reportlab.lib.colors import HexColor

        self._hex = HexColor
        self._colors: dict[str, Any] = {}
        self.measure = Measurer()
        #: Characters the font cannot draw, in order of first appearance (they print as empty boxes).
        self.missing: dict[str, None] = {}
        self._drawable: dict[tuple[str, str], bool] = {}
        self._laid_height: dict[int, float] = {}  # id(first style) -> height of the lines laid out in it
        self._lines_cache: dict[tuple[object, ...], list[TextLine]] = {}

    def height_of(self, style: TextStyle) -> float:
        """The height of all lines laid out so far in paragraphs of `style` (to judge what fills a programme)."""
        return self._laid_height.get(id(style), 0.0)

    def _printable(self, text: str, font: str) -> str:
        """`text` with invisible format characters the font lacks removed; visible ones it lacks are noted."""
        drop = False
        for ch in text:
            key = (font, ch)
            ok = self._drawable.get(key)
            if ok is None:
                ok = self._drawable[key] = ch.isspace() or can_print(font, ch)
            if not ok:
                if unicodedata.category(ch) == "Cf":
                    drop = True
                else:
                    self.missing.setdefault(ch)
        if drop:
            text = "".join(ch for ch in text if self._drawable[(font, ch)] or unicodedata.category(ch) != "Cf")
        return text

    def color(self, hex_code: str) -> Any:
        c = self._colors.get(hex_code)
        if c is None:
            c = self._colors[hex_code] = self._hex(hex_code)
        return c

    def font(self, style: TextStyle) -> str:
        return _FACES[style.face]

    def text_width(self, text: str, style: TextStyle) -> float:
        w = self.measure.width(text, _FACES[style.face], style.size)
        return w + style.tracking * len(text) if style.tracking else w

    def lines(self, para: Para, width: float) -> list[TextLine]:
        """Lay out one paragraph; explicit newlines in the text start new lines.

        Short paragraphs are cached: programmes repeat names, positions, times and labels many times, and the
        laid-out lines are never changed once made.
        """
        segments = para.segments
        if len(segments) <= 2 and sum(len(seg.text) for seg in segments) < 160:
            key = (tuple((seg.text, seg.style) for seg in segments), round(width, 3), para.indent, para.hang,
                   para.space_before, para.keep_with_next, para.keep_lines, para.orphans, para.widows,
                   para.balance, para.max_lines)
            cached = self._lines_cache.get(key)
            if cached is None:
                cached = self._lines_cache[key] = self._lay_out(para, width)
            elif cached:
                style_key = id(segments[0].style)  # height_of() asks with the programme's long-lived styles
                self._laid_height[style_key] = self._laid_height.get(style_key, 0.0) + sum(ln.height for ln in cached)
            return list(cached)
        return self._lay_out(para, width)

    def _lay_out(self, para: Para, width: float) -> list[TextLine]:
        tokens: list[tuple[str, TextStyle, bool]] = []  # (word, style, hard break before)
        for seg in para.segments:
            text = clean(seg.text)
            if seg.style.upper:
                text = text.upper()
            text = shape(text)
            if not text.isascii():
                text = self._printable(text, _FACES[seg.style.face])
            for i, chunk in enumerate(text.split("\n")):
                words = [w for w in _BREAKABLE.split(chunk) if w] if _has_nbsp(chunk) else chunk.split()
                if i > 0 and tokens:  # a line break before any text makes no empty first line
                    tokens.append(("", seg.style, True))
                tokens.extend((w, seg.style, False) for w in words)
        if not tokens:
            return []
        raw = self._break(tokens, para, width)
        if para.balance and 1 < len(raw) <= 4 and not any(hard for _w, _s, hard in tokens):
            raw = self._balanced(tokens, para, width, len(raw)) or raw
        if para.max_lines and len(raw) > para.max_lines:
            raw = self._cut_lines(raw, para, width)
        return self._finish(raw, para, width)

    def _balanced(self, tokens: list[tuple[str, TextStyle, bool]], para: Para, width: float,
                  count: int) -> list[list[tuple[str, TextStyle]]] | None:
        """The lines at the narrowest width that still needs `count` lines: even lines, no lone last word."""
        if count == 2:
            two = self._balanced_two(tokens, para, width)
            if two is not None:
                return two
        lo, hi = width * 0.5, width
        for _ in range(5):
            mid = (lo + hi) / 2
            if len(self._break(tokens, para, mid)) <= count:
                hi = mid
            else:
                lo = mid
        lines = self._break(tokens, para, hi)
        return lines if len(lines) == count else None

    def _balanced_two(self, tokens: list[tuple[str, TextStyle, bool]], para: Para,
                      width: float) -> list[list[tuple[str, TextStyle]]] | None:
        """Two lines split where they are most even (one pass over the words, for the common two-line title)."""
        words = [(w, st) for w, st, _hard in tokens]
        widths = [self.text_width(w, st) for w, st in words]
        gaps = [self.text_width(" ", st) for _w, st in words]
        first_avail = width - para.indent
        second_avail = width - para.indent - para.hang
        if max(widths) > min(first_avail, second_avail):
            return None  # a word wider than a line: the general path cuts it
        total = sum(widths) + sum(gaps[1:])
        best: tuple[float, int] | None = None
        left = 0.0
        for i in range(1, len(words)):
            left += widths[i - 1] + (gaps[i - 1] if i > 1 else 0.0)
            right = total - left - gaps[i]
            if left <= first_avail and right <= second_avail:
                worst = max(left, right + para.hang)
                if best is None or worst < best[0] - 1e-9:
                    best = (worst, i)
        if best is None:
            return None
        return [words[: best[1]], words[best[1] :]]

    def _cut_lines(self, raw: list[list[tuple[str, TextStyle]]], para: Para,
                   width: float) -> list[list[tuple[str, TextStyle]]]:
        """The first `para.max_lines` lines, the last one shortened until it ends with '…' within the width."""
        kept = [list(line) for line in raw[: para.max_lines]]
        last = kept[-1]
        if not last:  # the cut falls on an empty line (a blank line in the text): the ellipsis stands alone
            style = next((s for line in raw for _w, s in line), para.segments[0].style)
            last.append(("…", style))
            return kept
        avail = width - para.indent - (para.hang if len(kept) > 1 else 0.0)
        while last:
            word, style = last[-1]
            text = " ".join(w for w, _ in last) + "…"
            if self.text_width(text, style) <= avail or len(last) == 1:
                last[-1] = (word.rstrip(".,;:") + "…", style)
                break
            last.pop()
        return kept

    def _break(self, tokens: list[tuple[str, TextStyle, bool]], para: Para,
               width: float) -> list[list[tuple[str, TextStyle]]]:
        """Greedy line breaking at spaces (not at no-break spaces); over-long words are cut."""
        lines: list[list[tuple[str, TextStyle]]] = []
        current: list[tuple[str, TextStyle]] = []
        used = 0.0
        avail = width - para.indent
        for word, style, hard in tokens:
            if hard:
                lines.append(current)
                current, used = [], 0.0
                avail = width - para.indent - para.hang
                continue
            w = self.text_width(word, style)
            gap = self.text_width(" ", style) if current else 0.0
            if used + gap + w <= avail:
                current.append((word, style))
                used += gap + w
                continue
            if current:
                lines.append(current)
                current, used = [], 0.0
                avail = width - para.indent - para.hang
            if w <= avail:
                current.append((word, style))
                used = w
                continue
            for piece in self._break_word(word, style, max(avail, 12.0)):
                if current:
                    lines.append(current)
                current = [(piece, style)]
                used = self.text_width(piece, style)
        if current:
            lines.append(current)
        return lines

    def _break_word(self, word: str, style: TextStyle, avail: float) -> list[str]:
        """A word wider than the line, cut into pieces that fit (URLs, hostile 10,000-character strings)."""
        pieces: list[str] = []
        start, used = 0, 0.0
        for i, ch in enumerate(word):
            w = self.text_width(ch, style)
            if used + w > avail and i > start:
                pieces.append(word[start:i])
                start, used = i, 0.0
            used += w
        pieces.append(word[start:])
        return pieces

    def _finish(self, raw: list[list[tuple[str, TextStyle]]], para: Para, width: float) -> list[TextLine]:
        out: list[TextLine] = []
        first_style = para.segments[0].style
        n = len(raw)
        for index, words in enumerate(raw):
            indent = para.indent + (para.hang if index else 0.0)
            runs: list[Run] = []
            x = 0.0
            leading, size_max = first_style.leading, first_style.size
            align = first_style.align
            i = 0
            while i < len(words):
                style = words[i][1]
                j = i
                while j < len(words) and words[j][1] is style:
                    j += 1
                text = " ".join(w for w, _ in words[i:j])
                if runs:
                    text = " " + text
                text = visual(text)
                runs.append(
                    Run(x, text, _FACES[style.face], style.size, self.color(style.color), style.tracking)
                )
                x += self.text_width(text, style)
                leading = max(leading, style.leading)
                size_max = max(size_max, style.size)
                i = j
            shift = indent
            if align == "center":
                shift = indent + (width - indent - x) / 2
            elif align == "right":
                shift = width - x
            if shift:
                for run in runs:
                    run.dx += shift
            space = 0.0
            if index == 0:
                space = first_style.space_before if para.space_before is None else para.space_before
            keep = (
                para.keep_lines
                or (para.keep_with_next and index == n - 1)
                or index < para.orphans - 1
                or n - para.widows <= index < n - 1
            )
            baseline = leading / 2 + size_max * 0.345
            out.append(TextLine(leading, space, keep, tuple(runs), baseline))
        key = id(first_style)
        self._laid_height[key] = self._laid_height.get(key, 0.0) + sum(line.height for line in out)
        return out
