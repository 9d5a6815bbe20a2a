"""PyInstaller entry point of the console executable `eventplanner` (commands; no command starts the GUI)."""

import sys

from eventplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
