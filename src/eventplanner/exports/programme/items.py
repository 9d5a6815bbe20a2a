"""What a programme column stacks and draws: text lines (runs of one font each), rules, pictures and monograms.

The typesetter (textlayout.py) makes the text lines and the page blocks (flowables.py) stack and split them;
each item only knows its height and how to draw itself on a ReportLab canvas, so it lives apart from both.
Drawing sets the fill colour through a small per-canvas cache (`set_fill_color`): a programme switches between
a handful of colours thousands of times.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventplanner.exports.fonts import FONTS, draw_text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


@dataclass(slots=True)
class Run:
    dx: float
    text: str
    font: str
    size: float
    color: Any  # reportlab Color
    tracking: float


@dataclass(slots=True)
class Item:
    """Something stacked in a column: a text line, a rule, a picture. Heights include nothing above."""

    height: float
    space_before: float = 0.0
    keep_with_next: bool = False

    def draw(self, canv: Canvas, x: float, top: float, width: float) -> None:
        """Draw with the item's top edge at `top`."""


@dataclass(slots=True)
class TextLine(Item):
    runs: tuple[Run, ...] = ()
    baseline: float = 0.0  # distance from the line's top to its baseline

    def draw(self, canv: Canvas, x: float, top: float, width: float) -> None:
        y = top - self.baseline
        for run in self.runs:
            if canv._fillColorObj is not run.color:  # colours are shared objects: same object, same colour
                set_fill_color(canv, run.color)
            draw_text(canv, x + run.dx, y, run.text, run.font, run.size, run.tracking)


def set_fill_color(canv: Canvas, color: Any) -> None:
    """`canv.setFillColor(color)`, with the code of an opaque RGB colour set before on this canvas reused.

    ReportLab formats the numbers again and sets the (unchanged) opacity at every call; a programme switches
    between a handful of colours thousands of times. Only when the canvas's opacity is still what the colour
    asks for is the code reused; anything else goes through ReportLab.
    """
    codes: dict[int, tuple[Any, str]] | None = canv.__dict__.get("_fill_codes")
    if codes is None:
        codes = canv._fill_codes = {}
    known = codes.get(id(color))
    if known is not None and known[0] is color and canv._extgstate.getValue("ca") == color.alpha:
        canv._code.append(known[1])
        canv._fillColorObj = color
        return
    from reportlab.lib.colors import Color

    before = len(canv._code)
    canv.setFillColor(color)
    added = canv._code[before:]
    if (type(color) is Color and not canv._enforceColorSpace and len(added) == 1 and added[0].endswith(" rg")
            and color.alpha == 1):
        codes[id(color)] = (color, added[0])


@dataclass(slots=True)
class Rule(Item):
    color: Any = None
    thickness: float = 0.5
    inset: float = 0.0

    def draw(self, canv: Canvas, x: float, top: float, width: float) -> None:
        canv.setStrokeColor(self.color)
        canv.setLineWidth(self.thickness)
        y = top - self.height / 2
        canv.line(x + self.inset, y, x + width, y)


@dataclass(slots=True)
class Picture(Item):
    image: Any = None  # reportlab ImageReader
    width: float = 0.0
    align: str = "left"

    def draw(self, canv: Canvas, x: float, top: float, width: float) -> None:
        dx = 0.0
        if self.align == "center":
            dx = (width - self.width) / 2
        canv.drawImage(self.image, x + dx, top - self.height, self.width, self.height, mask="auto")


@dataclass(slots=True)
class Monogram(Item):
    """A round badge with initials, standing in for a missing logo."""

    text: str = ""
    font: str = FONTS.bold
    fill: Any = None
    ink: Any = None
    align: str = "left"

    def draw(self, canv: Canvas, x: float, top: float, width: float) -> None:
        r = self.height / 2
        cx = x + (width / 2 if self.align == "center" else r)
        cy = top - r
        canv.setFillColor(self.fill)
        canv.circle(cx, cy, r, stroke=0, fill=1)
        size = r * (0.62 if len(self.text) <= 3 else 0.48)
        canv.setFont(self.font, size)
        canv.setFillColor(self.ink)
        canv.drawCentredString(cx, cy - size * 0.35, self.text)
