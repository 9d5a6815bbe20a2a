"""Schedule import entry point: size limit, format sniffing, then the XML or JSON reader.

The result is plain data (`ImportedSchedule`); `services.exchange.import_schedule` writes it in one transaction.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventplanner.domain.errors import ValidationError
from eventplanner.gc_pause import cycle_collector_paused
from eventplanner.imports.schedule_model import ImportedPerson, ImportedSchedule, ImportedSlot

MAX_IMPORT_BYTES = 50 * 1024 * 1024

__all__ = [
    "MAX_IMPORT_BYTES",
    "ImportedPerson",
    "ImportedSchedule",
    "ImportedSlot",
    "read_file_limited",
    "read_schedule",
    "read_schedule_file",
]


def _too_big(size: int) -> ValidationError:
    return ValidationError(
        f"The file is {size / 1024 / 1024:.1f} MB; imports are limited to {MAX_IMPORT_BYTES // 1024 // 1024} MB."
    )


def read_file_limited(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, refusing missing files, folders and anything over the import size limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise ValidationError(f"{p.name} is not a file.")
        if size > MAX_IMPORT_BYTES:
            raise _too_big(size)
        with p.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as exc:
        raise ValidationError(f"The file {p} does not exist.") from exc
    except PermissionError as exc:
        raise ValidationError(f"The file {p} cannot be read (permission denied).") from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(len(data))
    return data


def read_schedule(data: bytes, name: str = "") -> ImportedSchedule:
    """Parse schedule XML or JSON bytes, whatever the file name says; refuse anything else with a clear message."""
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(len(data))
    label = f"{name}: " if name else ""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM: sniff the decoded start
        head = data[:4096].decode("utf-16", errors="replace").lstrip("\ufeff \t\r\n").encode("utf-8", "replace")
    if not head:
        raise ValidationError(f"{label}the file is empty.")
    try:
        with cycle_collector_paused():  # about 20 objects per event, no cycles
            if head.startswith(b"<"):
                from eventplanner.imports.schedule_xml import read_schedule_xml

                return read_schedule_xml(data)
            if head[:1] in (b"{", b"["):
                from eventplanner.imports.schedule_json import read_schedule_json

                return read_schedule_json(data)
    except ValidationError as exc:
        raise ValidationError(label + exc.message) from exc
    raise ValidationError(f"{label}the file is neither schedule XML nor schedule JSON.")


def read_schedule_file(path: str | os.PathLike[str]) -> ImportedSchedule:
    return read_schedule(read_file_limited(path), Path(path).name)
