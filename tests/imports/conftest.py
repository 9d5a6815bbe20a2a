"""Make the shared interop fixtures (tests/exports/interop_fixtures.py) importable from these tests."""

from __future__ import annotations

import sys
from pathlib import Path

_EXPORTS = str(Path(__file__).resolve().parents[1] / "exports")
if _EXPORTS not in sys.path:
    sys.path.insert(0, _EXPORTS)
