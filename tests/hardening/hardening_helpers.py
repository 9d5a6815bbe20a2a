"""Helpers for the hardening tests: the CLI run in-process (exit code, stdout, stderr) and file fingerprints."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.strip().splitlines()


def cli(*args: str) -> Outcome:
    """`eventplanner ARGS` in this process (much faster than a subprocess, same code path)."""
    from eventplanner.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return Outcome(code, out.getvalue(), err.getvalue())


def refused(outcome: Outcome, code: int = 2) -> str:
    """Assert a refusal: the exit code, exactly one line on stderr, no traceback; returns the line."""
    assert outcome.code == code, (outcome.code, outcome.err)
    assert len(outcome.err_lines) == 1, outcome.err
    assert "Traceback" not in outcome.err
    return outcome.err_lines[0]


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


Run = Callable[..., Outcome]
