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
    """`programme` (alias `pdf`): the programme as PDF or, for a .docx name, as a Word document."""
    from eventplanner.cli import UsageError, output_path
    from eventplanner.exports.programme import ProgrammeOptions, write_programme
    from eventplanner.services.programme import programme_data

    path = output_path(args.output, [".pdf", ".docx"])
    is_docx = path.suffix.lower() == ".docx"
    if not is_docx and (args.letterhead or args.no_letterhead):
        raise UsageError("--letterhead and --no-letterhead apply to Word documents (.docx) only")
    if args.letterhead and args.no_letterhead:
        raise UsageError("choose either --letterhead or --no-letterhead")
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
    event_id = _event(db, args.event).id
    if is_docx:
        from eventplanner.services.documents import write_programme_docx

        warnings = write_programme_docx(db, event_id, path, options, use_letterhead=not args.no_letterhead,
                                        letterhead_path=args.letterhead)
    else:
        warnings = write_programme(path, programme_data(db, event_id), options)
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
    from eventplanner.store.restore import restore

    report = restore(_open(args), Path(args.file).expanduser())
    print(report)
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    from eventplanner.cli import output_path
    from eventplanner.services.exchange import export_speakers

    path = output_path(args.output, [".csv", ".xlsx", ".pdf", ".docx"])
    db = _open(args)
    warnings: list[str] = []
    written = export_speakers(db, _event(db, args.event).id, path, per_slot=args.per_slot, warnings=warnings)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"Wrote {written}")
    return 0


def cmd_badges(args: argparse.Namespace) -> int:
    from eventplanner.cli import output_path
    from eventplanner.services.exchange import export_badges

    path = output_path(args.output, [".pdf"])
    db = _open(args)
    written = export_badges(db, _event(db, args.event).id, path, kind="cards" if args.cards else "badges")
    print(f"Wrote {written}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from eventplanner.cli import output_path
    from eventplanner.services.exchange import export_schedule

    path = output_path(args.output, [".ics", ".xml", ".json"])
    db = _open(args)
    written = export_schedule(db, _event(db, args.event).id, path)
    print(f"Wrote {written}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from eventplanner.cli import UsageError
    from eventplanner.services import exchange

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"there is no file {path}")
    suffix = path.suffix.lower()
    db = _open(args)
    event = _event(db, args.event).id if args.event else None
    lines: list[str]
    if suffix in (".csv", ".xlsx"):
        lines = exchange.import_speakers(db, path, event=event, apply=not args.dry_run).lines()
    elif suffix in (".xml", ".json"):
        if args.dry_run:
            raise UsageError("--dry-run applies to speaker lists (.csv, .xlsx) only")
        lines = exchange.import_schedule(db, path, event=event).lines()
    else:
        raise UsageError(f"{path.name}: import reads schedules (.xml, .json) and speaker lists (.csv, .xlsx)")
    print("\n".join(lines))
    return 0


def cmd_letterhead(args: argparse.Namespace) -> int:
    from eventplanner.cli import UsageError
    from eventplanner.services import letterheads

    if args.file and args.clear:
        raise UsageError("give a FILE or --clear, not both")
    db = _open(args)
    event = _event(db, args.event) if args.event else None
    event_id = event.id if event else None
    whose = f"“{event.title}”" if event else "every event"
    if args.clear:
        removed = letterheads.clear_letterhead(db, event_id)
        print(f"Removed the letterhead for {whose}." if removed else f"There was no letterhead for {whose}.")
    elif args.file:
        stored = letterheads.set_letterhead(db, args.file, event_id)
        print(f"Word documents for {whose} now use the letterhead {stored.file_name}.")
    else:
        default = letterheads.default_letterhead(db)
        print(f"Default letterhead: {default.file_name if default else 'none'}")
        if event_id is not None:
            own = letterheads.letterhead_choice(db, event_id).own
            print(f"Letterhead of {whose}: {own.file_name if own else 'none (uses the default)'}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "events": cmd_events,
    "show": cmd_show,
    "check": cmd_check,
    "pdf": cmd_pdf,
    "programme": cmd_pdf,
    "letterhead": cmd_letterhead,
    "speakers": cmd_speakers,
    "badges": cmd_badges,
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
}

from eventplanner.cli_show import cmd_runsheet, cmd_timings  # noqa: E402  (the scenario and show commands)

COMMANDS.update({"runsheet": cmd_runsheet, "timings": cmd_timings})
