"""The wall chart's time scale: minutes of the day to a distance down the page, with the hours in which nothing
happens collapsed into thin bands, so that a day with a morning and an evening session still fills the sheet.

It lives apart from the sheet (wallchart.py) because it is geometry alone: it knows the blocks' minutes and the
height to fill, not ReportLab, fonts or what the blocks say.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventplanner.domain.timetable_layout import Block


class TimeAxis:
    """Minutes to y (top-down) with the empty hours collapsed: occupied hours keep a common scale."""

    def __init__(self, blocks: Sequence[Block], first: int, last: int, top: float, height: float,
                 collapsed: float) -> None:
        hours = sorted({h for b in blocks for h in range(b.start_minute // 60,
                                                         max(b.start_minute // 60 + 1, -(-b.end_minute // 60)))})
        if not hours:
            hours = list(range(first // 60, max(first // 60 + 1, last // 60)))
        self.bands: list[tuple[int, int]] = []  # (first hour, last hour + 1)
        for h in hours:
            if self.bands and self.bands[-1][1] == h:
                self.bands[-1] = (self.bands[-1][0], h + 1)
            else:
                self.bands.append((h, h + 1))
        minutes = sum(60 * (b - a) for a, b in self.bands)
        self.collapsed = collapsed
        self.ppm = max(0.05, (height - collapsed * (len(self.bands) - 1)) / max(60, minutes))
        self.tops: list[float] = []
        y = top
        for a, b in self.bands:
            self.tops.append(y)
            y += (b - a) * 60 * self.ppm + collapsed
        self.bottom = y - collapsed

    def y(self, minute: float) -> float:
        for (a, b), top in zip(self.bands, self.tops, strict=True):
            if minute <= b * 60:
                return top + max(0.0, minute - a * 60) * self.ppm
        return self.bottom

    def gaps(self) -> list[tuple[float, int, int]]:
        """(y of the gap's top, first and last hour left out) for every collapsed stretch."""
        return [(top + (b - a) * 60 * self.ppm, b, nxt[0])
                for (a, b), top, nxt in zip(self.bands, self.tops, self.bands[1:], strict=False)]
