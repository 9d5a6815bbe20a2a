"""A pause of Python's cycle collector around bulk work that makes many objects and no reference cycles.

Reading a 5,000-slot schedule or laying out a 1,000-slot programme makes hundreds of thousands of objects that
live until the work ends. Each time enough have piled up, the cycle collector walks all of them again, which
costs a tenth of the work and grows faster than it (issue 20). Reference counting still frees every object as
before; any cyclic garbage made meanwhile is collected when the pause ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause cycle collection for the block; it stays off if it was off (nested or concurrent pauses are safe:
    only the one that switched it off switches it back on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
