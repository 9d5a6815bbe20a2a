"""The programme's look as data: palette, paper specs and named text styles (in the spirit of rst2pdf).

Sizes are points for A4 and US Letter; A5 scales them down. Nothing here imports ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

MM = 72.0 / 25.4

Face = Literal["regular", "bold", "italic", "bold_italic"]
Align = Literal["left", "center", "right"]

PALETTE: dict[str, str] = {
    "ink": "#1B2430",  # body text
    "navy": "#0B3D66",  # title, times, headings
    "teal": "#1B7A8C",  # kind labels, eyebrow
    "muted": "#5F6B76",  # positions, secondary language
    "faint": "#8A949E",  # pause text, footer
    "rule": "#D3DAE1",  # hairlines between slots
    "band": "#EEF3F6",  # background of breaks and meals
    "room": "#E3EEF2",  # background of room headings
    "watermark": "#E4E8EC",
    "white": "#FFFFFF",
}


@dataclass(frozen=True)
class TextStyle:
    face: Face = "regular"
    size: float = 10.0
    leading: float = 13.0
    color: str = PALETTE["ink"]
    upper: bool = False
    tracking: float = 0.0
    space_before: float = 0.0
    align: Align = "left"

    def scaled(self, factor: float) -> TextStyle:
        """The style for a smaller paper: headings shrink, small print stays at MIN_SIZE or more."""
        if factor == 1.0:
            return self
        size = max(self.size * factor, min(self.size, MIN_SIZE))
        text_factor = size / self.size
        return replace(
            self,
            size=round(size, 2),
            leading=round(self.leading * text_factor, 2),
            tracking=round(self.tracking * factor, 2),
            space_before=round(self.space_before * factor, 2),
        )


#: No printed text is smaller than this, on any paper (print shops and readers over 40 agree).
MIN_SIZE = 7.5


STYLES: dict[str, TextStyle] = {
    # Header block
    "logo_name": TextStyle(size=7.5, leading=9.3, color=PALETTE["muted"]),
    "eyebrow": TextStyle("bold", 9.5, 12.0, PALETTE["teal"], upper=True, tracking=0.8),
    "title": TextStyle("bold", 25.0, 29.0, PALETTE["navy"], space_before=4.0),
    "title_second": TextStyle("bold", 15.0, 18.5, PALETTE["muted"], space_before=2.0),
    "theme": TextStyle("italic", 13.0, 16.5, PALETTE["muted"], space_before=6.0),
    "theme_second": TextStyle("italic", 11.0, 14.0, PALETTE["faint"], space_before=1.0),
    "info_label_inline": TextStyle("bold", 9.5, 13.0, PALETTE["teal"]),
    "info_value": TextStyle("regular", 9.5, 13.0, PALETTE["ink"], space_before=1.0),
    "info_value_second": TextStyle("italic", 8.5, 11.5, PALETTE["muted"], space_before=1.0),
    "section": TextStyle("bold", 12.0, 15.0, PALETTE["navy"], upper=True, tracking=1.2),
    "section_second": TextStyle("bold", 9.0, 12.0, PALETTE["muted"], upper=True, tracking=0.8),
    # Agenda
    "day": TextStyle("bold", 13.0, 16.0, PALETTE["navy"]),
    "day_second": TextStyle("italic", 10.0, 13.0, PALETTE["muted"]),
    "parallel": TextStyle("bold", 8.0, 11.0, PALETTE["teal"], upper=True, tracking=0.9),
    "room": TextStyle("bold", 10.0, 13.0, PALETTE["navy"]),
    "time": TextStyle("bold", 10.0, 13.0, PALETTE["navy"]),
    "time_cont": TextStyle("italic", 7.5, 10.0, PALETTE["faint"]),
    "kind": TextStyle("bold", 7.5, 10.0, PALETTE["teal"], upper=True, tracking=0.6),
    "slot_title": TextStyle("bold", 11.0, 14.0, PALETTE["ink"], space_before=1.0),
    "slot_title_second": TextStyle("italic", 10.0, 12.8, PALETTE["muted"]),
    "role": TextStyle("bold", 9.5, 12.5, PALETTE["teal"]),
    "name": TextStyle("regular", 9.5, 12.5, PALETTE["ink"], space_before=3.5),
    "position": TextStyle("regular", 8.0, 10.4, PALETTE["muted"]),
    "position_second": TextStyle("italic", 8.0, 10.4, PALETTE["faint"]),
    "description": TextStyle("regular", 8.8, 12.0, "#3A4552", space_before=4.0),
    "description_second": TextStyle("italic", 8.5, 11.5, PALETTE["muted"], space_before=2.0),
    "pause_time": TextStyle("bold", 10.0, 13.0, PALETTE["faint"]),
    "pause": TextStyle("italic", 10.0, 13.0, PALETTE["muted"]),
    "pause_second": TextStyle("italic", 9.0, 12.0, PALETTE["faint"]),
    "empty": TextStyle("bold", 13.0, 17.0, PALETTE["muted"], align="center"),
    "empty_hint": TextStyle("italic", 9.5, 13.0, PALETTE["faint"], align="center", space_before=4.0),
    # Sections
    "strip_label": TextStyle("bold", 7.5, 9.5, PALETTE["teal"], upper=True, tracking=0.8),
    "partner_name": TextStyle("regular", 7.5, 9.5, PALETTE["muted"], align="center", space_before=4.0),
    "bio_name": TextStyle("bold", 10.5, 13.5, PALETTE["ink"]),
    "bio_title": TextStyle("regular", 8.3, 11.0, PALETTE["muted"]),
    "bio_text": TextStyle("regular", 8.8, 12.0, "#3A4552", space_before=3.0),
    "bio_text_second": TextStyle("italic", 8.5, 11.5, PALETTE["muted"], space_before=2.0),
    "monogram": TextStyle("bold", 9.0, 11.0, PALETTE["white"], align="center"),
    # Page furniture
    "footer": TextStyle("regular", 7.5, 9.0, PALETTE["faint"]),
    "running_head": TextStyle("regular", 7.5, 9.0, PALETTE["muted"]),
    "watermark": TextStyle("bold", 110.0, 110.0, PALETTE["watermark"]),
}


@dataclass(frozen=True)
class PaperSpec:
    name: str
    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    scale: float
    logo_height: float
    partner_columns: int
    photo_width: float

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin_x

    @property
    def frame_height(self) -> float:
        return self.height - self.margin_top - self.margin_bottom


PAPERS: dict[str, PaperSpec] = {
    "a4": PaperSpec("A4", 210 * MM, 297 * MM, 20 * MM, 18 * MM, 20 * MM, 1.0, 15 * MM, 4, 22 * MM),
    "letter": PaperSpec("US Letter", 612.0, 792.0, 0.8 * 72, 0.7 * 72, 0.8 * 72, 1.0, 15 * MM, 4, 22 * MM),
    "a5": PaperSpec("A5", 148 * MM, 210 * MM, 13 * MM, 13 * MM, 15 * MM, 0.86, 12 * MM, 3, 18 * MM),
}


@cache
def styles_for(paper: str) -> dict[str, TextStyle]:
    """The named styles scaled for `paper` (cached: styles are built once per paper size)."""
    factor = PAPERS[paper].scale
    return {name: style.scaled(factor) for name, style in STYLES.items()}
