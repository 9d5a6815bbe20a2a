"""`python -m eventplanner` behaves like the `eventplanner` command."""

import sys

from eventplanner.cli import main

sys.exit(main())
