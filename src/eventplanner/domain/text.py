"""Small text rules shared by services and formats: slugs and normalized names."""

from __future__ import annotations

import re
import unicodedata

_TRANSLIT = str.maketrans({"ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G"})


def slugify(text: str, fallback: str = "event") -> str:
    """'International Migrants Day 2021' -> 'international-migrants-day-2021'; non-Latin falls back."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or fallback


class _Unmarked(dict[int, int | None]):
    """A `str.translate` table that drops combining marks, filled in as characters are met (one lookup each)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNMARKED = _Unmarked()


def name_key(text: str) -> str:
    """Case-, accent- and space-insensitive key for matching duplicate names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join((decomposed if decomposed.isascii() else decomposed.translate(_UNMARKED)).split())
