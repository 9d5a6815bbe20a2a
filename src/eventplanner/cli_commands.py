"""What each command-line command does; `cli.py` parses, this runs. Heavy formats load only when used.

The database is opened by cli_database.py (only `demo`, `import` and `restore` may create one); the guests'
documents live in cli_guests.py, the scenario and show commands in cli_show.py.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eventplanner.cli_database import event_of, new_database_kept_only_on_success, open_database_of
from eventplanner.cli_support import UsageError, output_path


def cmd_demo(args: argparse.Namespace) -> int:
    from eventplanner.services.sample import ensure_sample_event

    event, _created = ensure_sample_event(open_database_of(args))
    print(event.slug)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from eventplanner.services.events import list_events

    events = list_events(open_database_of(args))
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

    db = open_database_of(args)
    print(agenda_text(programme_data(db, event_of(db, args.event).id, with_images=False)), end="")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from eventplanner.services.agenda import conflicts

    db = open_database_of(args)
    event = event_of(db, args.event)
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
    from eventplanner.exports.programme import ProgrammeOptions
    from eventplanner.services.documents import write_programme_file

    path = output_path(args.output, [".pdf", ".docx"])
    is_docx = path.suffix.lower() == ".docx"
    if not is_docx and (args.letterhead or args.no_letterhead):
        raise UsageError("--letterhead and --no-letterhead apply to Word documents (.docx) only")
    if args.letterhead and args.no_letterhead:
        raise UsageError("choose either --letterhead or --no-letterhead")
    if is_docx and args.description_lines:
        raise UsageError("--description-lines applies to the PDF programme only (a Word document keeps every line)")
    options = ProgrammeOptions(
        paper=args.paper,
        lang=args.lang,
        second_lang=args.second_lang,
        bilingual_layout=args.layout,
        include_descriptions=not args.no_descriptions,
        include_biographies=args.biographies,
        include_partners=not args.no_partners,
        description_lines=args.description_lines,
    )
    db = open_database_of(args)
    event_id = event_of(db, args.event).id
    if is_docx:
        from eventplanner.services.documents import write_programme_docx

        warnings = write_programme_docx(db, event_id, path, options, use_letterhead=not args.no_letterhead,
                                        letterhead_path=args.letterhead)
    else:
        warnings = write_programme_file(db, event_id, path, options)
    _warn(warnings)
    print(f"Wrote {path}")
    return 0


def _warn(warnings: list[str]) -> None:
    for w in warnings:
        print(f"warning: {' '.join(w.split())}", file=sys.stderr)


def cmd_backup(args: argparse.Namespace) -> int:
    from eventplanner.store.backup import backup

    target = backup(open_database_of(args), Path(args.output).expanduser())
    print(f"Backed up to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from eventplanner.store.restore import restore

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UsageError(f"there is no backup file {source}")
    with new_database_kept_only_on_success(args) as db:
        report = restore(db, source)
    print(report)
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    from eventplanner.services.documents import write_speaker_list

    path = output_path(args.output, [".csv", ".xlsx", ".pdf", ".docx"])
    db = open_database_of(args)
    written, warnings = write_speaker_list(db, event_of(db, args.event).id, path, per_slot=args.per_slot)
    _warn(warnings)
    print(f"Wrote {written}")
    return 0


def cmd_badges(args: argparse.Namespace) -> int:
    from eventplanner.services.documents import write_badges

    path = output_path(args.output, [".pdf"])
    db = open_database_of(args)
    written, warnings = write_badges(db, event_of(db, args.event).id, path, kind="cards" if args.cards else "badges")
    _warn(warnings)
    print(f"Wrote {written}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from eventplanner.services.exchange import export_schedule

    path = output_path(args.output, [".ics", ".xml", ".json"])
    db = open_database_of(args)
    written = export_schedule(db, event_of(db, args.event).id, path)
    print(f"Wrote {written}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from eventplanner.services import exchange

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(f"there is no file {path}")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xml", ".json"):
        raise UsageError(f"{path.name}: import reads schedules (.xml, .json), speaker and guest lists (.csv, .xlsx)")
    if args.guests and suffix not in (".csv", ".xlsx"):
        raise UsageError(f"{path.name}: guest lists are read from .csv or .xlsx files")
    if args.guests and not args.event:
        raise UsageError("--guests needs --event EVENT")
    if args.dry_run and suffix in (".xml", ".json"):
        raise UsageError("--dry-run applies to speaker and guest lists (.csv, .xlsx) only")
    with new_database_kept_only_on_success(args) as db:
        event = event_of(db, args.event).id if args.event else None
        if args.guests and event is not None:
            from eventplanner.services.guest_import import import_guests

            lines = import_guests(db, path, event, apply=not args.dry_run).lines()
        elif suffix in (".csv", ".xlsx"):
            from eventplanner.services.speaker_import import import_speakers

            lines = import_speakers(db, path, event=event, apply=not args.dry_run).lines()
        else:
            lines = exchange.import_schedule(db, path, event=event).lines()
    print("\n".join(lines))
    return 0


def cmd_translations(args: argparse.Namespace) -> int:
    from eventplanner.domain.languages import english_name
    from eventplanner.services import translation_workbook as workbook
    from eventplanner.services.translations import text_table

    if args.dry_run and not args.source:
        raise UsageError("--dry-run goes with --from FILE.xlsx")
    db = open_database_of(args)
    event = event_of(db, args.event)
    if args.output:
        path = output_path(args.output, [".xlsx"])
        workbook.export_workbook(db, event.id, path)
        print(f"Wrote {path}")
        return 0
    if args.source:
        source = Path(args.source).expanduser()
        if not source.is_file():
            raise UsageError(f"there is no file {source}")
        preview = workbook.preview_workbook(db, event.id, source)
        print("\n".join(preview.lines()))
        if preview.changes and not args.dry_run:
            changed = workbook.apply_workbook(db, preview)
            print(f"Applied {len(changed)} change(s) to “{event.title}”.")
        return 0
    table = text_table(db, event.id)
    print(f"{len(table.entries)} texts in “{event.title}”; primary language {english_name(table.primary)} "
          f"({table.primary}).")
    for lang, count in table.missing_counts().items():
        print(f"  {lang}  {english_name(lang):<14} {count:>5} missing")
    return 0


def cmd_letterhead(args: argparse.Namespace) -> int:
    from eventplanner.services import letterheads

    if args.file and args.clear:
        raise UsageError("give a FILE or --clear, not both")
    db = open_database_of(args)
    event = event_of(db, args.event) if args.event else None
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
    "translations": cmd_translations,
    "backup": cmd_backup,
    "restore": cmd_restore,
}

from eventplanner.cli_guests import GUEST_COMMANDS  # noqa: E402  (the guests' documents)
from eventplanner.cli_show import cmd_runsheet, cmd_timings  # noqa: E402  (the scenario and show commands)

COMMANDS.update(GUEST_COMMANDS)
COMMANDS.update({"runsheet": cmd_runsheet, "timings": cmd_timings})
