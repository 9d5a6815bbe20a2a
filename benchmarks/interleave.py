"""Interleaved app/floor measurement shared by the benchmark scripts.

A shared two-core machine drifts: a burst of load lands on whichever side runs at that moment. Running the app
and its floor in turns (app, floor, app, floor, ...) and reporting the median of the per-pair ratios keeps one
burst from deciding the figure; `SPREAD` (largest pair ratio over smallest) shows how noisy the run was.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

MIN_REPS = 5


@dataclass(frozen=True)
class Interleaved:
    """Times of each side, pair by pair, and the figures printed from them."""

    app: tuple[float, ...]
    floor: tuple[float, ...]

    @property
    def pair_ratios(self) -> tuple[float, ...]:
        return tuple(a / f for a, f in zip(self.app, self.floor, strict=True))

    @property
    def ratio(self) -> float:
        return statistics.median(self.pair_ratios)

    @property
    def spread(self) -> float:
        ratios = self.pair_ratios
        return max(ratios) / min(ratios)

    @property
    def app_median(self) -> float:
        return statistics.median(self.app)

    @property
    def floor_median(self) -> float:
        return statistics.median(self.floor)


def interleave(app: Callable[[], float], floor: Callable[[], float], reps: int = MIN_REPS) -> Interleaved:
    """Run `app` and `floor` in turns `reps` times; each returns the seconds (or any cost) it measured."""
    if reps < MIN_REPS:
        raise ValueError(f"at least {MIN_REPS} repetitions, got {reps}")
    app_times: list[float] = []
    floor_times: list[float] = []
    for k in range(reps):
        # Alternate which side goes first, so warming caches does not always favour the same one.
        if k % 2 == 0:
            app_times.append(app())
            floor_times.append(floor())
        else:
            floor_times.append(floor())
            app_times.append(app())
    return Interleaved(tuple(app_times), tuple(floor_times))


def report(name: str, result: Interleaved, unit: str = "ms", scale: float = 1000.0) -> None:
    """Print the raw medians, `RATIO <name>` and `SPREAD <name>` in the format `run_all.py` collects."""
    print(
        f"{name}: app {result.app_median * scale:.1f} {unit}, floor {result.floor_median * scale:.1f} {unit} "
        f"(median of {len(result.app)} interleaved pairs)",
        flush=True,
    )
    print(f"RATIO {name} {result.ratio:.2f}", flush=True)
    print(f"SPREAD {name} {result.spread:.2f}", flush=True)
