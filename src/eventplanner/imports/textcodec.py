"""Decoding imported text strictly, and saying what was assumed.

UTF-8 (with or without BOM) and UTF-16 with a BOM (Excel's "Unicode text") are read as they are. A file that
is mostly UTF-8 with a few broken bytes stays UTF-8 (the broken bytes become U+FFFD); only a file with no
UTF-8 sequence at all is read as Windows-1252. The returned note says which assumption was made.
"""

from __future__ import annotations

import codecs
import re

from eventplanner.domain.limits import clean_text

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, note): the note is empty when nothing had to be assumed."""
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        bad = text.count("\ufffd")
        note = f"The file is UTF-16; {bad} broken character(s) were replaced with “\ufffd”." if bad else ""
        return clean_text(text), note
    try:
        return clean_text(data.decode("utf-8")), ""
    except UnicodeDecodeError:
        pass
    good = len(_UTF8_SEQUENCE.findall(data))
    high = len(_HIGH_BYTE.findall(data))
    broken = high - sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if good and good >= broken:
        return _utf8(data)
    return (clean_text(data.decode("cp1252", errors="replace")),
            "The file is not UTF-8; it was read as Windows-1252 (Western European). "
            "Save it as UTF-8 if names look wrong.")


def _utf8(data: bytes) -> tuple[str, str]:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\xef\xbf\xbd".encode("latin-1"))
    note = (f"The file is UTF-8 with {bad} broken byte sequence(s); they were replaced with “\ufffd”."
            if bad > 0 else "")
    return clean_text(text), note
