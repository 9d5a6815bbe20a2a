"""The files of an SQLite database on disk: its journal files, and folders made for a new one."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from eventplanner.domain.errors import StoreError

log = logging.getLogger(__name__)
JOURNALS = ("-wal", "-shm", "-journal")


def database_files(path: Path) -> list[Path]:
    """The database file and the journal files SQLite keeps beside it."""
    return [path, *(path.with_name(path.name + s) for s in JOURNALS)]


def is_database_file(path: Path, target: str | os.PathLike[str]) -> bool:
    """Whether `target` is the database at `path` or one of its journal files, by resolved path or by inode
    (a symbolic or hard link to the database counts)."""
    candidate = Path(target).expanduser()
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError):
        resolved = candidate.absolute()
    for own in database_files(path):
        if own.resolve() == resolved:
            return True
        try:
            if os.path.samefile(own, candidate):
                return True
        except (OSError, ValueError):
            continue
    return False


def make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; returns those created (outermost first)."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        remove_created(missing)
        raise StoreError(f"Cannot create the folder {folder}: {exc.strerror or exc}.") from exc
    return missing


def remove_created(made: list[Path]) -> None:
    """Undo a failed set-up: the new file with its journal files, then the folders made for it."""
    for item in reversed(made):
        for extra in ("", *JOURNALS):
            candidate = item.with_name(item.name + extra)
            try:
                if candidate.is_dir():
                    candidate.rmdir()
                else:
                    candidate.unlink(missing_ok=True)
            except OSError:
                log.warning("Could not remove %s after a failed set-up", candidate)
