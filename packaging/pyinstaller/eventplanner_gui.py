"""PyInstaller entry point of the windowed executable `eventplanner-gui` (no console window on Windows)."""

import sys

from eventplanner.app import main

if __name__ == "__main__":
    sys.exit(main())
