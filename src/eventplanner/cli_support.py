"""What `cli.py` and `cli_commands.py` share: exit codes, the usage error, output paths, the crash log.

A module of its own so the two import it instead of each other (no import cycle).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_CONFLICTS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class UsageError(Exception):
    """Bad command-line usage; printed as one line, exit code 2."""


def output_path(value: str, suffixes: Sequence[str]) -> Path:
    """The file a command writes: a known suffix, in a folder that exists, and not a folder itself."""
    if "\x00" in value:
        raise UsageError("the output file name contains a NUL character")
    path = Path(value).expanduser()
    if path.suffix.lower() not in suffixes:
        raise UsageError(f"{path.name or value}: use one of {', '.join(suffixes)} as the file suffix")
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    if not path.parent.exists():
        raise UsageError(f"the folder {path.parent} does not exist")
    return path


class RecordingHandler(logging.Handler):
    """Keeps the last log records in memory: written to the log file only if the command crashes.

    A command that works leaves no log folder behind, and warnings never spill onto the terminal.
    """

    def __init__(self, keep: int = 200) -> None:
        super().__init__(logging.INFO)
        self.keep = keep
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log record must never break the command
            return
        del self.lines[: -self.keep]


def install_recorder() -> RecordingHandler:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RecordingHandler):
            root.removeHandler(handler)
    recorder = RecordingHandler()
    root.addHandler(recorder)
    root.setLevel(logging.INFO)
    return recorder


def write_crash_log(recorder: RecordingHandler | None, argv: Sequence[str], exc: BaseException) -> Path | None:
    """Append the recent log and the traceback to the log file; returns it, or None if it cannot be written."""
    from eventplanner import __version__
    from eventplanner.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "eventplanner.log"
        with path.open("a", encoding="utf-8", errors="backslashreplace") as f:
            f.write(f"--- eventplanner {__version__} command line: {list(argv)!r}\n")
            for line in recorder.lines if recorder else []:
                f.write(line + "\n")
            f.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path
