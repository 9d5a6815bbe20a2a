"""Text that XML 1.0 cannot hold, made safe for a Word document, with a note of what was changed.

XML 1.0 allows tab, line feed, carriage return and the characters from U+0020 up, except the surrogate
block (U+D800-U+DFFF) and U+FFFE/U+FFFF. Word refuses a file containing anything else, and python-docx
(through lxml) refuses to write it at all. Control characters are dropped; lone surrogates, which only
broken input produces, become U+FFFD (the replacement character) so the reader sees that something was
there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _name(char: str) -> str:
    return f"U+{ord(char):04X}"


@dataclass
class Sanitizer:
    """Cleans every text that goes into one document and remembers what it removed or replaced."""

    removed: Counter[str] = field(default_factory=Counter)
    replaced: Counter[str] = field(default_factory=Counter)

    def clean(self, text: str) -> str:
        """`text` with XML-forbidden characters dropped (controls) or replaced by U+FFFD (lone surrogates)."""
        if _FORBIDDEN.search(text) is None:
            return text

        def fix(match: re.Match[str]) -> str:
            char = match.group()
            if _SURROGATE.fullmatch(char):
                self.replaced[_name(char)] += 1
                return "\ufffd"
            self.removed[_name(char)] += 1
            return ""

        return _FORBIDDEN.sub(fix, text)

    def warnings(self) -> list[str]:
        """One line per kind of change, for the user: which characters, and in how many places.

        A place is one occurrence in the document: a title printed in the heading, the footer and the
        file's properties counts three times.
        """
        out: list[str] = []
        if self.removed:
            out.append(
                f"Removed control characters that a Word document cannot hold: {_listing(self.removed)} "
                f"({_places(self.removed)})."
            )
        if self.replaced:
            out.append(
                f"Replaced broken characters (lone surrogates) with “\ufffd”: {_listing(self.replaced)} "
                f"({_places(self.replaced)})."
            )
        return out


def _places(counts: Counter[str]) -> str:
    n = sum(counts.values())
    return "1 place" if n == 1 else f"{n} places"


def _listing(counts: Counter[str], shown: int = 6) -> str:
    items = sorted(counts)
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return ", ".join(items[:shown]) + more


def xml_safe(text: str) -> bool:
    """Whether `text` can go into a Word document unchanged."""
    return _FORBIDDEN.search(text) is None
