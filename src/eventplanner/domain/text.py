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


#: Longest `unique_key`: short enough for any database index (PostgreSQL refuses index rows over ~2,700 bytes).
UNIQUE_KEY_LENGTH = 128
_KEPT_OF_LONG_KEY = 60
#: Separates a long key's start from its hash (and a kept duplicate's row id, see migration 0009). Whitespace
#: never survives the normalization, so no name can produce a key containing it.
KEY_SEPARATOR = "\t"


def unique_key(name: str) -> str:
    """The key under which a room (within its event) or an organization is unique: case-insensitive (NFKC
    casefold) and blind to runs of spaces, but not to accents ("Zal" and "Zál" may be two rooms).

    At most 101 characters whatever the name's length: a long name keeps its start and a hash of the rest.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    key = " ".join(folded.split())
    if len(key) <= 100:
        return key
    import hashlib

    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return key[:_KEPT_OF_LONG_KEY] + KEY_SEPARATOR + digest
