"""One lock around every call into PDFium (pypdfium2), which is not thread-safe.

The preview draws pages on the GUI thread while a worker may render a wall chart to PNG; each holds this lock
for as long as it uses a PDFium document, so only one thread is inside the library at any time.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
