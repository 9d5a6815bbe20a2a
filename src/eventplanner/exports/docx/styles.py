"""Named Word styles as data: what a document defines, so that a user restyles it by editing a style.

Nothing here imports python-docx; `builder.py` turns these specs into styles.xml entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StyleKind = Literal["paragraph", "character", "table"]
Align = Literal["left", "center", "right"]

#: The documents' typeface, and the font Word falls back to where it is not installed (named in the font
#: table as its alternative, with Arial's classification). Both cover Azerbaijani and Cyrillic letters.
FONT = "Noto Sans"
FALLBACK_FONT = "Arial"
FONT_PANOSE = "020B0502040504020204"

#: Word's language tags for the printed languages (w:lang): the spell-checker follows them.
WORD_LANGUAGES: dict[str, str] = {"en": "en-GB", "az": "az-Latn-AZ", "ru": "ru-RU"}


def word_language(code: str) -> str:
    return WORD_LANGUAGES.get(code, code)


@dataclass(frozen=True)
class StyleSpec:
    """One named style. `None` means "inherit from the base style"."""

    name: str
    kind: StyleKind = "paragraph"
    base: str | None = "Normal"
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    color: str | None = None
    caps: bool | None = None
    tracking: float | None = None
    space_before: float | None = None
    space_after: float | None = None
    line_spacing: float | None = None
    align: Align | None = None
    keep_with_next: bool | None = None
    keep_together: bool | None = None
    shading: str | None = None
    """Paragraph background; for a table style, the fill of its header row."""
    rule_below: str | None = None
    """Colour of a bottom border under the paragraph (headings); for a table style, of the rules between rows."""
    next_style: str | None = None
    hidden_in_gallery: bool = False


#: Styles every document built here has; documents add their own (see exports/programme_docx.py).
COMMON_STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Normal", base=None, size=10.0, color="1B2430", space_before=0.0, space_after=0.0,
              line_spacing=1.1),
    StyleSpec("Title", size=24.0, bold=True, color="0B3D66", tracking=0.0, space_before=6.0, space_after=4.0,
              line_spacing=1.0, next_style="Subtitle"),
    StyleSpec("Subtitle", size=13.0, italic=True, color="5F6B76", tracking=0.0, space_before=4.0,
              space_after=6.0, next_style="Normal"),
    StyleSpec("Heading 1", size=13.0, bold=True, color="0B3D66", space_before=16.0, space_after=6.0,
              keep_with_next=True, rule_below="0B3D66", next_style="Normal"),
    StyleSpec("Heading 2", size=9.0, bold=True, color="1B7A8C", caps=True, tracking=0.6, space_before=12.0,
              space_after=3.0, keep_with_next=True, next_style="Normal"),
    StyleSpec("Heading 3", size=10.5, bold=True, color="0B3D66", space_before=8.0, space_after=3.0,
              keep_with_next=True, shading="E3EEF2", next_style="Normal"),
    StyleSpec("Header", size=8.0, color="8A949E"),
    StyleSpec("Footer", size=8.0, color="8A949E"),
    StyleSpec("Table Text", size=9.0, space_after=0.0),
    StyleSpec("Table Heading", base="Table Text", bold=True, color="FFFFFF"),
    StyleSpec("Document Table", kind="table", base="Normal Table", rule_below="D3DAE1", shading="1F3B5C"),
    StyleSpec("Plain Table", kind="table", base="Normal Table"),
)
