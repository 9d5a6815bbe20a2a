"""What each command-line command does; `cli.py` parses, this runs. Heavy formats load only when used.

Only `demo`, `import` and `restore` may create a database; every other command refuses a missing file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from eventplanner.cli_support import UsageError, output_path
from eventplanner.domain.data import EventData
from eventplanner.store.database import Database

#: The commands that may create a database when the file does not exist yet.
CREATING = frozenset({"demo", "import", "restore"})
_opened: list[Database] = []


def close_databases() -> None:
    """Close what the command opened, so SQLite checkpoints its journal and leaves only the database file."""
    while _opened:
        _opened.pop().close()


def _open(args: argparse.Namespace) -> Database:
    from eventplanner.domain.errors import StoreError
    from eventplanner.paths import default_database_url
    from eventplanner.store.database import open_database

    create = args.command in CREATING
    try:
        db = open_database(args.db or default_database_url(), create=create)
    except StoreError as exc:
        if not create and exc.message.startswith("There is no database"):
            raise StoreError(f"{exc.message} Check --db; `eventplanner demo` or `import` creates one.") from exc
        raise
    _opened.append(db)
    if db.backup_path:
        print(f"Upgraded the database; the previous version is saved as {db.backup_path}", file=sys.stderr)
    return db


@contextmanager
def _new_database_kept_only_on_success(args: argparse.Namespace) -> Iterator[Database]:
    """For the creating commands: a database file this command made is removed again if the command fails."""
    from eventplanner.paths import default_database_url
    from eventplanner.store.database import to_url

    url = to_url(args.db or default_database_url())
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    new = path is not None and not path.exists()
    db = _open(args)
    try:
        yield db
    except BaseException:
        db.close()
        if new and path is not None:
            for extra in ("", "-wal", "-shm", "-journal"):
                path.with_name(path.name + extra).unlink(missing_ok=True)
        raise


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
    db = _open(args)
    event_id = _event(db, args.event).id
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

    target = backup(_open(args), Path(args.output).expanduser())
    print(f"Backed up to {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from eventplanner.store.restore import restore

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UsageError(f"there is no backup file {source}")
    with _new_database_kept_only_on_success(args) as db:
        report = restore(db, source)
    print(report)
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    from eventplanner.services.documents import write_speaker_list

    path = output_path(args.output, [".csv", ".xlsx", ".pdf", ".docx"])
    db = _open(args)
    written, warnings = write_speaker_list(db, _event(db, args.event).id, path, per_slot=args.per_slot)
    _warn(warnings)
    print(f"Wrote {written}")
    return 0


def cmd_badges(args: argparse.Namespace) -> int:
    from eventplanner.services.documents import write_badges

    path = output_path(args.output, [".pdf"])
    db = _open(args)
    written, warnings = write_badges(db, _event(db, args.event).id, path, kind="cards" if args.cards else "badges")
    _warn(warnings)
    print(f"Wrote {written}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from eventplanner.services.exchange import export_schedule

    path = output_path(args.output, [".ics", ".xml", ".json"])
    db = _open(args)
    written = export_schedule(db, _event(db, args.event).id, path)
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
    with _new_database_kept_only_on_success(args) as db:
        event = _event(db, args.event).id if args.event else None
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
    db = _open(args)
    event = _event(db, args.event)
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


def cmd_guests(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_guest_list

    path = output_path(args.output, [".csv", ".xlsx", ".pdf", ".docx"])
    db = _open(args)
    warnings: list[str] = []
    written = export_guest_list(db, _event(db, args.event).id, path, args.lang, warnings)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"Wrote {written}")
    return 0


def cmd_invitations(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_invitations

    if not args.output and not args.one_per_guest:
        raise UsageError("name the output: -o FILE.pdf and/or --one-per-guest DIR")
    path = output_path(args.output, [".pdf", ".docx"]) if args.output else None
    folder = Path(args.one_per_guest).expanduser() if args.one_per_guest else None
    if folder is not None and not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist")
    db = _open(args)
    warnings: list[str] = []
    written = export_invitations(db, _event(db, args.event).id, path, args.lang, folder,
                                 "docx" if args.word else "pdf", warnings)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"Wrote {len(written)} file(s)" + (f": {written[0]}" if len(written) == 1 else f" ({written[0]} ...)"))
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import write_reminders

    folder = Path(args.output).expanduser()
    if not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist")
    db = _open(args)
    written = write_reminders(db, _event(db, args.event).id, folder, args.lang, args.sender)
    print(f"Wrote {len(written)} reminder draft(s) to {folder}" if written else "Every guest has answered.")
    return 0


def cmd_seating(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_seating

    path = output_path(args.output, [".pdf"])
    db = _open(args)
    print(f"Wrote {export_seating(db, _event(db, args.event).id, path, args.lang)}")
    return 0


def cmd_placecards(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_place_cards

    path = output_path(args.output, [".pdf"])
    db = _open(args)
    print(f"Wrote {export_place_cards(db, _event(db, args.event).id, path, args.host_lang)}")
    return 0


def cmd_signin(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_signin

    path = output_path(args.output, [".pdf"])
    if not 0 <= args.blank_rows <= 500:
        raise UsageError("--blank-rows takes 0 to 500")
    db = _open(args)
    print(f"Wrote {export_signin(db, _event(db, args.event).id, path, args.lang, args.blank_rows)}")
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_certificates

    path = output_path(args.output, [".pdf"])
    images = []
    for name in args.signature:
        image = Path(name).expanduser()
        if not image.is_file():
            raise UsageError(f"there is no signature image {image}")
        images.append(image.read_bytes())
    db = _open(args)
    written = export_certificates(db, _event(db, args.event).id, path, args.lang, args.second_lang,
                                  args.speakers_only, images)
    print(f"Wrote {written}")
    return 0


def cmd_letterhead(args: argparse.Namespace) -> int:
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
    "translations": cmd_translations,
    "guests": cmd_guests,
    "invitations": cmd_invitations,
    "reminders": cmd_reminders,
    "seating": cmd_seating,
    "placecards": cmd_placecards,
    "signin": cmd_signin,
    "certificates": cmd_certificates,
    "backup": cmd_backup,
    "restore": cmd_restore,
}

from eventplanner.cli_show import cmd_runsheet, cmd_timings  # noqa: E402  (the scenario and show commands)

COMMANDS.update({"runsheet": cmd_runsheet, "timings": cmd_timings})
