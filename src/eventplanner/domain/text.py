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


def name_key(text: str) -> str:
    """Case-, accent- and space-insensitive key for matching duplicate names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
