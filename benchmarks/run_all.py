"""Run every benchmark script in this folder headless and print their lines (`make bench`).

Each script prints `RATIO <name> <value>` lines (the app against a floor measured in the same run),
`SPREAD <name> <max/min>` beside them (how noisy the run was) and raw timings.
This runner only collects them, adds a summary, and fails if a script crashed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    ratios: list[str] = []
    failed: list[str] = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True)
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            failed.append(script.name)
        figures = ("RATIO ", "SPREAD ", "RSS_MB ", "ABS_MS ")
        ratios += [line for line in proc.stdout.splitlines() if line.startswith(figures)]
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    print("== summary")
    print("\n".join(ratios) if ratios else "no figures")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
