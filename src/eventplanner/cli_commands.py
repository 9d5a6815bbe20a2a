"""What each command-line command does; `cli.py` parses, this runs. Heavy formats load only when used."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eventplanner.domain.data import EventData
from eventplanner.store.database import Database


def _open(args: argparse.Namespace) -> Database:
    from eventplanner.paths import default_database_url
    from eventplanner.store.database import open_database

    db = open_database(args.db or default_database_url())
    if db.backup_path:
        print(f"Upgraded the database; the previous version is saved as {db.backup_path}", file=sys.stderr)
    return db


def _event(db: Database, ref: str) -> EventData:
    from eventplanner.services.events import resolve_event

    return resolve_event(db, ref)


def cmd_demo(args: argparse.Namespace) -> int:
    from eventplanner.services.sample import ensure_sample_event

    event, _created = ensure_sample_event(_open(args))
    print(event.slug)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from eventplanner.services.events import list_events

    events = list_events(_open(args))
    if not events:
        print("No events yet. `eventplanner demo` adds the sample event.")
        return 0
    width = max(len(e.slug) for e in events)
    for e in events:
        dates = f"{e.start_date:%Y-%m-%d}" + (f"..{e.end_date:%Y-%m-%d}" if e.end_date != e.start_date else "")
        print(f"{e.id:>4}  {e.slug:<{width}}  {dates:<22}  {e.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from eventplanner.exports.agenda_text import agenda_text
    from eventplanner.services.programme import programme_data

    db = _open(args)
    print(agenda_text(programme_data(db, _event(db, args.event).id, with_images=False)), end="")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from eventplanner.services.agenda import conflicts

    db = _open(args)
    event = _event(db, args.event)
    found = conflicts(db, event.id)
    if not found:
        print(f"No conflicts in “{event.title}”.")
        return 0
    for c in found:
        print(f"- {c.message}")
    print(f"{len(found)} conflict(s) in “{event.title}”.")
    return 1


def cmd_pdf(args: argparse.Namespace) -> int:
    from eventplanner.cli import output_path
    from eventplanner.exports.programme import ProgrammeOptions, write_programme
    from eventplanner.services.programme import programme_data

    path = output_path(args.output, [".pdf"])
    options = ProgrammeOptions(
        paper=args.paper,
        lang=args.lang,
        second_lang=args.second_lang,
        bilingual_layout=args.layout,
        include_descriptions=not args.no_descriptions,
        include_biographies=args.biographies,
        include_partners=not args.no_partners,
    )
    db = _open(args)
    warnings = write_programme(path, programme_data(db, _event(db, args.event).id), options)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"Wrote {path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from eventplanner.store.backup import backup

    target = backup(_open(args), Path(args.output).expanduser())
    print(f"Backed up to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from eventplanner.store.backup import restore

    report = restore(_open(args), Path(args.file).expanduser())
    print(report)
    return 0


def _not_yet(name: str) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        print(f"eventplanner: `{name}` is not available yet in this version.", file=sys.stderr)
        return 2

    return run


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "events": cmd_events,
    "show": cmd_show,
    "check": cmd_check,
    "pdf": cmd_pdf,
    "speakers": _not_yet("speakers"),
    "badges": _not_yet("badges"),
    "export": _not_yet("export"),
    "import": _not_yet("import"),
    "backup": cmd_backup,
    "restore": cmd_restore,
}
