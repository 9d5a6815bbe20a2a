"""Refresh the interface translations: `python tools/update_translations.py` (or `make translations`).

1. lupdate reads every module of src/eventplanner that uses Qt and updates resources/translations/eventplanner_*.ts:
   new strings are added as unfinished, translations of unchanged strings are kept, vanished ones are dropped.
2. lrelease compiles each .ts into the .qm beside it, which the application loads (ui/i18n.py).

    python tools/update_translations.py            # both steps
    python tools/update_translations.py --release  # only compile the .ts into .qm (what a build needs)

The .qm files are committed so a fresh checkout runs translated without Qt's tools; tests/ui/test_translations.py
checks they match the .ts and that every string has a finished translation. The modules that do not import PySide6
(domain, exports, services...) are left out: they show no Qt text, and their `obj.tr(field, lang)` calls would look
like translations to lupdate.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "eventplanner"
TRANSLATIONS = ROOT / "src" / "eventplanner" / "resources" / "translations"
LANGUAGES = ("az", "ru")


def ts_file(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"eventplanner_{lang}.ts"


def qt_tool(name: str) -> list[str]:
    """The command for lupdate or lrelease: pyside6-<name> beside this Python, on PATH, or PySide6's own binary."""
    wrapper = Path(sys.executable).with_name(f"pyside6-{name}")
    if wrapper.exists():
        return [str(wrapper)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return [str(candidate)]
    raise FileNotFoundError(f"Qt's {name} was not found; install PySide6-Essentials")


def source_files(root: Path = SOURCES) -> list[Path]:
    """The modules that use Qt, sorted (the .ts does not depend on the file system's order)."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts and "PySide6" in p.read_text("utf-8"))


def run(cmd: list[str]) -> str:
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "LC_ALL": "C.UTF-8"})
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:1])} failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def lupdate(ts_files: list[Path], sources: list[Path] | None = None) -> str:
    """Update (or create) `ts_files` from the sources, keeping existing translations and dropping vanished ones."""
    files = [str(p) for p in (sources or source_files())]
    out = ""
    for ts in ts_files:  # one run per file so each gets its own target language
        lang = ts.stem.rsplit("_", 1)[-1]
        out += run([*qt_tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", lang, "-ts", str(ts)])
    return out


def lrelease(ts: Path, qm: Path) -> str:
    return run([*qt_tool("lrelease"), "-nounfinished", str(ts), "-qm", str(qm)])


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    """Compile every eventplanner_*.ts in `folder` into a .qm (in `out`, default the same folder)."""
    written = []
    for lang in LANGUAGES:
        ts = ts_file(lang, folder)
        qm = (out or folder) / f"eventplanner_{lang}.qm"
        lrelease(ts, qm)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        print(lupdate([ts_file(lang) for lang in LANGUAGES]).strip())
    for qm in release():
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
