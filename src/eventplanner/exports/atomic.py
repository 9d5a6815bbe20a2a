"""Atomic file writes: a temporary file in the same folder, fsync, then os.replace.

An error at any point leaves the previous file untouched and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from eventplanner.domain.errors import ValidationError


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` so that readers see either the old file or the complete new one."""
    target = Path(path)
    if target.is_symlink():  # write the file the link points to; the link itself stays a link
        target = Path(os.path.realpath(target))
    if target.exists() and not target.is_file():
        raise ValidationError(f"{Path(path).name} is not a regular file (it is a folder or a device); "
                              "choose another file name.")
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            # Keep the permissions of the file being replaced; new files get the usual umask default.
            if target.exists():  # a regular file (checked above): keep its permission bits, never set-id bits
                os.chmod(tmp_name, target.stat().st_mode & 0o777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if hasattr(os, "O_DIRECTORY"):
        # Make the rename itself durable (POSIX); not available on Windows.
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
