"""Smoke test of a built bundle, headless: the frozen executable makes the sample event and prints its programme.

    .venv/bin/python packaging/pyinstaller/smoke_test.py [dist/eventplanner]      (or: make bundle-test)

Runs, in a temporary folder with its own user data and config folders (your real data is never touched):
    eventplanner --version
    eventplanner --db TMP/x.sqlite3 demo          -> the sample event's slug
    eventplanner --db TMP/x.sqlite3 events        -> lists it
    eventplanner --db TMP/x.sqlite3 show SLUG     -> its agenda as text
    eventplanner --db TMP/x.sqlite3 pdf SLUG -o TMP/p.pdf   (also --lang az, and bilingual en+ru)
and checks each PDF: starts with %PDF, has pages (pypdf), contains "International Migrants Day" (or the
event's title in the programme's languages).
`--skip-pdf` leaves out the PDF steps. Exit status 0 when every check passed; 1 with the failures otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

TITLE = "International Migrants Day"
TITLE_AZ = "Beynəlxalq Miqrantlar Günü"
TITLE_RU = "Международный день мигрантов"
SLUG = "migrants-day-2021"


class SmokeFailure(Exception):
    pass


def executable(bundle: Path, name: str) -> Path:
    exe = bundle / (f"{name}.exe" if sys.platform == "win32" else name)
    if not exe.is_file():
        raise SmokeFailure(f"{exe} is missing; build the bundle first (make bundle)")
    return exe


def run(exe: Path, args: Sequence[str], env: dict[str, str], timeout: float = 180) -> str:
    started = time.monotonic()
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, encoding="utf-8", errors="replace",
                          env=env, timeout=timeout, check=False)
    took = time.monotonic() - started
    print(f"  $ {exe.name} {' '.join(args)}  -> exit {proc.returncode} in {took:.1f}s")
    if proc.returncode != 0:
        raise SmokeFailure(f"`{exe.name} {' '.join(args)}` exited {proc.returncode}:\n{proc.stderr.strip()}")
    return proc.stdout


def check_pdf(path: Path, needles: Sequence[str] = (TITLE,)) -> int:
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SmokeFailure(f"{path.name} does not start with %PDF")
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = len(reader.pages)
    if pages == 0:
        raise SmokeFailure(f"{path.name} has no pages")
    text = " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())
    for needle in needles:
        if needle not in text:
            raise SmokeFailure(f"{path.name} does not contain {needle!r}")
    print(f"  {path.name}: {len(data):,} bytes, {pages} page(s), contains {', '.join(map(repr, needles))}")
    return pages


def check_docx(path: Path, needles: Sequence[str]) -> None:
    import zipfile

    try:
        text = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise SmokeFailure(f"{path.name} is not a Word document ({exc})") from None
    for needle in needles:
        if needle not in text:
            raise SmokeFailure(f"{path.name} does not contain {needle!r}")
    print(f"  {path.name}: {path.stat().st_size:,} bytes, contains {', '.join(map(repr, needles))}")


def isolated_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("EVENTPLANNER_DB", None)
    env.pop("EVENTPLANNER_RESOURCES", None)  # the bundle must find its own resources
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp / "home"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_STATE_HOME": str(tmp / "state"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "APPDATA": str(tmp / "appdata"),
        "LOCALAPPDATA": str(tmp / "localappdata"),
        "PYTHONIOENCODING": "utf-8",
    })
    for key in ("home", "data", "config", "state", "cache", "appdata", "localappdata"):
        (tmp / key).mkdir(exist_ok=True)
    return env


def smoke(bundle: Path, skip_pdf: bool) -> None:
    cli = executable(bundle, "eventplanner")
    executable(bundle, "eventplanner-gui")
    for qm in ("eventplanner_az.qm", "eventplanner_ru.qm", "qtbase_ru.qm"):  # interface and Qt's dialog texts
        if not any(bundle.rglob(qm)):
            raise SmokeFailure(f"{qm} is missing from the bundle")
    with tempfile.TemporaryDirectory(prefix="eventplanner-smoke-") as name:
        tmp = Path(name)
        env = isolated_env(tmp)
        db = ["--db", str(tmp / "x.sqlite3")]
        version = run(cli, ["--version"], env).strip()
        print(f"  version: {version}")
        slug = run(cli, [*db, "demo"], env).strip().splitlines()[-1].strip()
        if slug != SLUG:
            raise SmokeFailure(f"`demo` printed {slug!r}, expected {SLUG!r}")
        events = run(cli, [*db, "events"], env)
        if SLUG not in events:
            raise SmokeFailure(f"`events` does not list {SLUG}:\n{events}")
        agenda = run(cli, [*db, "show", SLUG], env)
        if len(agenda.splitlines()) < 5:
            raise SmokeFailure(f"`show` printed too little:\n{agenda}")
        if skip_pdf:
            return
        for args, filename, needles in (
            ([], "p.pdf", [TITLE]),
            (["--lang", "az"], "p-az.pdf", [TITLE_AZ]),
            (["--lang", "en", "--second-lang", "ru"], "p-en-ru.pdf", [TITLE, TITLE_RU]),
        ):
            target = tmp / filename
            run(cli, [*db, "pdf", SLUG, "-o", str(target), *args], env)
            check_pdf(target, needles)
        target = tmp / "p.docx"  # python-docx reads its default template from the bundle
        run(cli, [*db, "programme", SLUG, "-o", str(target), "--lang", "az"], env)
        check_docx(target, [TITLE_AZ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a PyInstaller bundle of Event Planner.")
    parser.add_argument("bundle", nargs="?", default="dist/eventplanner", type=Path,
                        help="the one-folder bundle (default: dist/eventplanner)")
    parser.add_argument("--skip-pdf", action="store_true", help="only demo, events and show")
    args = parser.parse_args(argv)
    files = [p for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink()] if args.bundle.is_dir() else []
    size = sum(p.stat().st_size for p in files)
    print(f"smoke test of {args.bundle} ({size / 1e6:.0f} MB)")
    started = time.monotonic()
    try:
        smoke(args.bundle, args.skip_pdf)
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
