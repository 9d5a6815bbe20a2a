"""`make demo`: the sample event's programme as a PDF, made in a throwaway database, no display needed."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "migrants-day-programme.pdf").resolve()
    from eventplanner.domain.errors import DomainError
    from eventplanner.services.documents import write_programme_file
    from eventplanner.services.sample import ensure_sample_event
    from eventplanner.store.database import open_database

    with tempfile.TemporaryDirectory(prefix="eventplanner-demo-") as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        try:
            event, _created = ensure_sample_event(db)
            warnings = write_programme_file(db, event.id, target)
        except DomainError as exc:
            print(f"demo: {exc.message}", file=sys.stderr)
            return 2
        finally:
            db.close()
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
