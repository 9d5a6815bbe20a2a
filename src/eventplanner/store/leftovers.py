"""Leftovers of a killed backup or restore: `.partial` files and scratch folders whose process is gone.

Backups write `.<name>.<pid>.partial` beside their target and restores stage in `eventplanner-restore-<pid>-*`
(JSON backups of SQLite in `eventplanner-backup-<pid>-*`) in the temporary folder. A process killed with
SIGKILL cannot clean them up, so the next start does: only items whose process id is no longer running.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PARTIAL = re.compile(r"^\..+\.(\d+)\.partial$")
SCRATCH = re.compile(r"^eventplanner-(?:restore|backup)-(\d+)-")


def scratch_prefix(kind: str) -> str:
    """The prefix of a scratch folder of this process (`kind` is "restore" or "backup")."""
    return f"eventplanner-{kind}-{os.getpid()}-"


def partial_name(target: Path) -> Path:
    """The temporary file a backup writes beside `target` before renaming it."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or we cannot tell: leave its files alone
    return True


def clean_leftovers(*folders: Path) -> list[Path]:
    """Remove the leftovers of dead processes in `folders` and in the temporary folder; returns what went."""
    removed: list[Path] = []
    for folder in folders:
        try:
            entries = list(Path(folder).iterdir())
        except OSError:
            continue
        for item in entries:
            match = PARTIAL.match(item.name)
            if match and item.is_file() and not item.is_symlink() and not _running(int(match[1])):
                try:
                    item.unlink()
                    removed.append(item)
                except OSError:
                    pass
    try:
        scratch = list(Path(tempfile.gettempdir()).iterdir())
    except OSError:
        scratch = []
    for item in scratch:
        match = SCRATCH.match(item.name)
        if match and item.is_dir() and not item.is_symlink() and not _running(int(match[1])):
            shutil.rmtree(item, ignore_errors=True)
            if not item.exists():
                removed.append(item)
    for item in removed:
        log.info("Removed %s, left behind by an interrupted backup or restore", item)
    return removed
