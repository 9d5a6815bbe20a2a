"""Options of the printed programme. No ReportLab here: the GUI's dialogs import this cheaply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.languages import language_codes

Paper = Literal["a4", "a5", "letter"]
BilingualLayout = Literal["stacked", "side_by_side"]

PAPERS: tuple[str, ...] = ("a4", "a5", "letter")
PROGRAMME_LANGUAGES: tuple[str, ...] = language_codes()  # one label file each (resources/languages)
BILINGUAL_LAYOUTS: tuple[str, ...] = ("stacked", "side_by_side")
MAX_DESCRIPTION_LINES = 50


@dataclass(frozen=True)
class ProgrammeOptions:
    """How to print a programme. The same data and options always give the same bytes."""

    paper: Paper = "a4"
    lang: str = "en"
    second_lang: str | None = None
    bilingual_layout: BilingualLayout = "stacked"
    include_descriptions: bool = True
    include_biographies: bool = False
    include_partners: bool = True
    #: Descriptions end with '…' after this many lines (0: printed in full), for large events.
    description_lines: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.description_lines, int) or not 0 <= self.description_lines <= MAX_DESCRIPTION_LINES:
            raise ValidationError(
                f"Descriptions can be limited to 1 to {MAX_DESCRIPTION_LINES} lines (0 prints them in full)."
            )
        if self.paper not in PAPERS:
            raise ValidationError(f"Unknown paper size {self.paper!r}; choose one of {', '.join(PAPERS)}.")
        for code in (self.lang, self.second_lang):
            if code is not None and code not in PROGRAMME_LANGUAGES:
                raise ValidationError(
                    f"The programme cannot be printed in {code!r}; choose one of "
                    f"{', '.join(PROGRAMME_LANGUAGES)}."
                )
        if self.bilingual_layout not in BILINGUAL_LAYOUTS:
            raise ValidationError(
                f"Unknown bilingual layout {self.bilingual_layout!r}; choose stacked or side_by_side."
            )

    @property
    def languages(self) -> tuple[str, ...]:
        """The printed languages: (lang,) or (lang, second_lang) for a bilingual programme."""
        if self.second_lang and self.second_lang != self.lang:
            return (self.lang, self.second_lang)
        return (self.lang,)

    @property
    def bilingual(self) -> bool:
        return len(self.languages) == 2


class DescriptionSuggestion(str):
    """The programme's advice to limit descriptions: a warning like the others, which also carries its numbers
    so that the preview can say it in the interface language and apply it with one click."""

    lines: int
    share: float
    pages: int

    def __new__(cls, lines: int, share: float, pages: int) -> DescriptionSuggestion:
        text = (f"Descriptions fill about {share:.0%} of the programme's {pages} pages. To shorten it, limit them "
                f"to {lines} lines (command line: --description-lines {lines}).")
        made = super().__new__(cls, text)
        made.lines, made.share, made.pages = lines, share, pages
        return made
