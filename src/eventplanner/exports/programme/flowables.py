"""Platypus flowables of the programme: a column Block that splits between any two lines.

Whole slots are never put into one Table row (ReportLab raises LayoutError on rows taller than a page).
A Block lays out side-by-side columns of lines; when it does not fit, each column is cut at a line boundary,
honouring keep-with-next, and the rest flows to the next page. Every line is far shorter than a page, so a
split always makes progress and no content can be too tall to place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import Flowable

from eventplanner.exports.programme.items import Item
from eventplanner.exports.programme.textlayout import Para, Typesetter

Content = Para | Item


@dataclass
class ColumnSpec:
    """One column of a Block: a fixed width (None shares the rest) and its paragraphs or items."""

    content: Sequence[Content]
    width: float | None = None
    gap_after: float = 0.0
    valign_middle: bool = False
    #: Shown in this column on the continuation of a split block (e.g. the slot's time, 'continued').
    continuation: Sequence[Content] = ()


@dataclass
class _Column:
    x: float
    width: float
    items: list[Item]
    valign_middle: bool = False
    continuation: list[Item] = field(default_factory=list)

    @property
    def height(self) -> float:
        return _stack_height(self.items)


def _stack_height(items: Sequence[Item]) -> float:
    total = 0.0
    for i, item in enumerate(items):
        total += item.height + (item.space_before if i else 0.0)
    return total


def _cut(items: Sequence[Item], avail: float, force: bool = False) -> int:
    """How many leading items fit in `avail`, moved back so no kept-together pair is separated.

    0 when no cut keeps them together, unless `force` (at the top of a page, where waiting cannot help).
    """
    used, n = 0.0, 0
    for i, item in enumerate(items):
        need = item.height + (item.space_before if i else 0.0)
        if used + need > avail + 1e-6:
            break
        used += need
        n += 1
    if n == len(items) or n == 0:
        return n
    kept = n
    while kept > 0 and items[kept - 1].keep_with_next:
        kept -= 1
    return kept if kept > 0 or not force else n


def at_frame_top(flowable: Flowable) -> bool:
    """Whether `flowable` is being drawn first in its frame (a separator there would separate nothing)."""
    frame = getattr(flowable, "_frame", None)
    return bool(getattr(frame, "_atTop", False))


class Block(Flowable):  # type: ignore[misc]
    """Columns of laid-out lines, with optional background band and a hairline above."""

    def __init__(
        self,
        typesetter: Typesetter,
        columns: Sequence[ColumnSpec],
        *,
        pad_top: float = 0.0,
        pad_bottom: float = 0.0,
        background: Any = None,
        rule_above: Any = None,
        keep_whole: float = 0.0,
        keep_with_next: bool = False,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self._ts = typesetter
        self._specs = columns
        self._columns: list[_Column] | None = None
        self._laid_width = -1.0
        self.pad_top = pad_top
        self.pad_bottom = pad_bottom
        self.background = background
        self.rule_above = rule_above
        self.keep_whole = keep_whole
        self.keepWithNext = keep_with_next
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.width = 0.0
        self.height = 0.0
        #: What a continuation page's running header says while this block is being printed ('Day 2 · Hall B').
        self.running: str = ""
        #: Whether this block opens a day, parallel sessions or a room (a page it starts needs no running header).
        self.opens_section = False

    # -- layout -------------------------------------------------------------------------------------------
    def _items(self, content: Sequence[Content], width: float) -> list[Item]:
        items: list[Item] = []
        for c in content:
            if isinstance(c, Para):
                items.extend(self._ts.lines(c, width))
            else:
                items.append(c)
        return items

    def _layout(self, avail_width: float) -> list[_Column]:
        fixed = sum((s.width or 0.0) + s.gap_after for s in self._specs)
        flexible = [s for s in self._specs if s.width is None]
        share = max(avail_width - fixed, 20.0) / max(len(flexible), 1)
        columns: list[_Column] = []
        x = 0.0
        for spec in self._specs:
            w = spec.width if spec.width is not None else share
            columns.append(
                _Column(
                    x,
                    w,
                    self._items(spec.content, w),
                    spec.valign_middle,
                    self._items(spec.continuation, w),
                )
            )
            x += w + spec.gap_after
        return columns

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._columns is None or (self._specs and abs(availWidth - self._laid_width) > 0.01):
            self._columns = self._layout(availWidth)
            self._laid_width = availWidth
        self.width = availWidth
        body = max((c.height for c in self._columns), default=0.0)
        self.height = self.pad_top + body + self.pad_bottom
        return self.width, self.height

    # -- splitting ----------------------------------------------------------------------------------------
    def min_head_height(self, availWidth: float) -> float:
        """The least height this block needs at a page foot: its kept-together opening lines, or all of it."""
        self.wrap(availWidth, 1e9)
        assert self._columns is not None
        if self.height <= self.keep_whole:
            return self.height
        need = 0.0
        for col in self._columns:
            n = next((i + 1 for i, item in enumerate(col.items) if not item.keep_with_next), len(col.items))
            need = max(need, _stack_height(col.items[:n]))
        return self.pad_top + need + min(self.pad_bottom, 2.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= self.keep_whole:
            return []  # short enough to move to the next page whole
        return self._split_at(availHeight - self.pad_top - self.pad_bottom, force=at_frame_top(self))

    def split_early(
        self, availWidth: float, availHeight: float, min_head: int = 3, min_tail: int = 2
    ) -> list[Flowable]:
        """Split even a short block so that at least `min_tail` lines go on (to keep company with what follows).

        Returns [] when that leaves fewer than `min_head` lines here or would separate kept-together lines.
        """
        self.wrap(availWidth, availHeight)
        assert self._columns is not None
        main = max(self._columns, key=lambda c: len(c.items))
        limit = len(main.items) - min_tail
        if limit < min_head:
            return []
        avail = min(availHeight - self.pad_top - self.pad_bottom, _stack_height(main.items[:limit]))
        if _cut(main.items, avail) < min_head:
            return []
        return self._split_at(avail)

    def _split_at(self, avail: float, force: bool = False) -> list[Flowable]:
        """Cut every column at a line boundary within `avail` points of content height."""
        assert self._columns is not None
        cuts = [_cut(c.items, avail, force) for c in self._columns]
        pairs = list(zip(cuts, self._columns, strict=True))
        if any(n == 0 and c.items for n, c in pairs) or all(n == len(c.items) for n, c in pairs):
            return []  # a column would leave nothing on this page: move on (a fresh page always fits a line)
        heads: list[_Column] = []
        tails: list[_Column] = []
        for n, col in pairs:
            heads.append(_Column(col.x, col.width, col.items[:n], False))
            rest = col.items[n:]
            if not rest and n:
                rest = list(col.continuation)
            tails.append(_Column(col.x, col.width, rest, False, col.continuation))
        head = self._clone(heads, pad_bottom=min(self.pad_bottom, 2.0))
        tail = self._clone(tails, pad_top=self.pad_top)
        tail.rule_above = None
        tail.spaceBefore = 0.0
        head.spaceAfter = 0.0
        # The rest always starts the next page: were it to split again below its head, the slot's time and
        # '(continued)' would print twice on this page.
        return [head, FrameBreak(), tail]

    def _clone(self, columns: list[_Column], **overrides: float) -> Block:
        block = Block(
            self._ts,
            (),
            pad_top=overrides.get("pad_top", self.pad_top),
            pad_bottom=overrides.get("pad_bottom", self.pad_bottom),
            background=self.background,
            rule_above=self.rule_above,
            keep_whole=0.0,
            keep_with_next=bool(self.keepWithNext),
            space_before=self.spaceBefore,
            space_after=self.spaceAfter,
        )
        block._columns = columns
        block._laid_width = self._laid_width
        block.running = self.running
        block.opens_section = False
        return block

    # -- drawing ------------------------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        note = getattr(canv, "note_block", None)
        if note is not None:
            note(self)
        if self.background is not None:
            canv.setFillColor(self.background)
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.rule_above is not None and not at_frame_top(self):
            canv.setStrokeColor(self.rule_above)
            canv.setLineWidth(0.5)
            canv.line(0, self.height, self.width, self.height)
        assert self._columns is not None
        body = self.height - self.pad_top - self.pad_bottom
        for col in self._columns:
            top = self.height - self.pad_top
            if col.valign_middle:
                top -= (body - col.height) / 2
            for i, item in enumerate(col.items):
                if i:
                    top -= item.space_before
                item.draw(canv, col.x, top, col.width)
                top -= item.height


class KeepTail(Flowable):  # type: ignore[misc]
    """A short last item held with the slot before it, so it never starts a page on its own.

    When the pair does not fit, the slot is split early (some of its lines go along) or, when it cannot be
    split sensibly, both move on together. A tall last item, or a pair taller than a page, flows as usual.
    """

    def __init__(self, prev: Block, last: Block) -> None:
        super().__init__()
        self.prev = prev
        self.last = last
        self.spaceBefore = prev.spaceBefore
        self.spaceAfter = last.spaceAfter
        self._gap = max(prev.spaceAfter, last.spaceBefore)
        self._prev_height = 0.0
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _w, self._prev_height = self.prev.wrap(availWidth, availHeight)
        _w, last_height = self.last.wrap(availWidth, availHeight)
        self.width = availWidth
        self.height = self._prev_height + self._gap + last_height
        return self.width, self.height

    def _split_prev(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The slot split as if it stood alone here (forced at the top of a page, like any block)."""
        self.prev._frame = getattr(self, "_frame", None)
        try:
            return list(self.prev.split(availWidth, availHeight))
        finally:
            del self.prev._frame

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        as_usual: list[Flowable] = [self.prev, self.last]
        if self.last.height > self.last.keep_whole:  # not a short item: it can split itself
            if self._prev_height <= availHeight:
                return as_usual
            parts = self._split_prev(availWidth, availHeight)
            return [*parts, self.last] if parts else []
        at_top = at_frame_top(self)
        if self._prev_height > availHeight:
            parts = self._split_prev(availWidth, availHeight)
            if len(parts) >= 2 and isinstance(parts[-1], Block):
                return [*parts[:-1], KeepTail(parts[-1], self.last)]
            return [*parts, self.last] if parts else []  # never an unsplittable first part (LayoutError)
        parts = self.prev.split_early(availWidth, availHeight)
        if parts:
            return [*parts, self.last]
        return as_usual if at_top else []  # both move on together; on a fresh page they fit or flow as usual

    def draw(self) -> None:
        self.prev._frame = getattr(self, "_frame", None)  # the slot draws no separator at the top of a page
        try:
            self.prev.drawOn(self.canv, 0, self.height - self._prev_height)
        finally:
            del self.prev._frame
        self.last.drawOn(self.canv, 0, 0)


class AtFoot(Flowable):  # type: ignore[misc]
    """Rows drawn at the foot of the page they land on, under a hairline: the partners' strip.

    It takes all the space left on its page, so whatever follows starts a new page; when it does not fit, it
    moves on whole (the caller notices a page holding nothing else and places the logos elsewhere).
    """

    def __init__(self, rows: Sequence[Block], rule: Any, gap: float) -> None:
        super().__init__()
        self.rows = list(rows)
        self.rule = rule
        self.gap = gap
        self.content_height = 0.0
        self.width = 0.0
        self.height = 0.0
        #: The page number it was drawn on, and whether something else was drawn there before it.
        self.page = 0
        self.alone = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.content_height = self.gap + sum(r.wrap(availWidth, availHeight)[1] for r in self.rows)
        self.width = availWidth
        self.height = max(self.content_height, availHeight - 1e-3)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        self.page = canv.getPageNumber()
        opened = getattr(canv, "page_opened", None)
        self.alone = opened is not None and not opened(self.page)
        top = self.content_height - self.gap * 0.45
        canv.setStrokeColor(self.rule)
        canv.setLineWidth(0.5)
        canv.line(0, top, self.width, top)
        y = self.content_height - self.gap
        for row in self.rows:
            y -= row.height
            row.drawOn(canv, 0, y)
