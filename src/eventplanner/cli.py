"""The headless face of Event Planner: the same services as the GUI, from a terminal or a script.

Exit codes: 0 done, 1 `check` found conflicts, 2 bad usage or bad input (one clear line on stderr),
3 an unexpected internal error (one line naming the log file that holds the details).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from eventplanner import __version__
from eventplanner.cli_support import EXIT_INTERNAL, EXIT_USAGE, UsageError, install_recorder, write_crash_log
from eventplanner.domain.errors import DomainError
from eventplanner.domain.languages import language_codes

DESCRIPTION = "Plan official events: agenda, speakers, partner organizations, printable programme."
EPILOG = """\
Without a command the desktop application starts.
EVENT is an event's id or slug (see `eventplanner events`).
The database is the SQLite file in your user data folder unless --db or EVENTPLANNER_DB names
another SQLite file or a SQLAlchemy URL (e.g. postgresql+psycopg://user:pass@host/dbname).
Only demo, import and restore create a database; the other commands refuse a missing file.
No command writes its output over the open database or its -wal, -shm or -journal file.
Exit codes: 0 done, 1 `check` found conflicts, 2 bad usage or bad input (one line on stderr),
3 an unexpected internal error (one line naming the log file with the details)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `eventplanner --help`)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="eventplanner", description=DESCRIPTION, epilog=EPILOG,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or SQLAlchemy URL")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("demo", help="add the sample event if absent; print its slug")
    sub.add_parser("events", help="list events: id, slug, dates, title")
    p = sub.add_parser("show", help="print the agenda as text")
    p.add_argument("event", metavar="EVENT")
    p = sub.add_parser("check", help="list conflicts; exit 1 when there are any")
    p.add_argument("event", metavar="EVENT")

    p = sub.add_parser("programme", aliases=["pdf"], help="write the programme; .pdf or .docx (Word) by suffix")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf or FILE.docx")
    p.add_argument("--paper", choices=("a4", "a5", "letter"), default="a4")
    p.add_argument("--lang", choices=language_codes(), default="en")
    p.add_argument("--second-lang", choices=language_codes(), help="print a bilingual programme")
    p.add_argument("--layout", choices=("stacked", "side_by_side"), default="stacked",
                   help="bilingual layout (default: stacked)")
    p.add_argument("--no-descriptions", action="store_true", help="leave out slot descriptions")
    p.add_argument("--biographies", action="store_true", help="add speaker biographies")
    p.add_argument("--no-partners", action="store_true", help="leave out the partners section")
    p.add_argument("--description-lines", type=int, default=0, metavar="N",
                   help=".pdf only: end each description with … after N lines (default: in full)")
    p.add_argument("--letterhead", metavar="DOCX",
                   help=".docx only: write into this letterhead instead of the stored one (its page size wins)")
    p.add_argument("--no-letterhead", action="store_true", help=".docx only: ignore the stored letterhead")

    p = sub.add_parser("letterhead", help="show, set (FILE) or --clear the letterhead for Word documents")
    p.add_argument("file", metavar="FILE", nargs="?", help="a .docx (or .dotx) with the letterhead and styles")
    p.add_argument("--event", metavar="EVENT", help="the event's own letterhead (default: for every event)")
    p.add_argument("--clear", action="store_true", help="remove the letterhead")

    p = sub.add_parser("speakers", help="speaker list; .csv .xlsx .pdf .docx by suffix")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--per-slot", action="store_true", help="one row per speaker and slot")

    p = sub.add_parser("badges", help="name badges (or --cards: table tent cards) as PDF")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--cards", action="store_true", help="folded table cards instead of badges")

    p = sub.add_parser("export", help="schedule; .ics .xml .json by suffix")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = sub.add_parser("import", help="schedule .xml/.json; speakers or (--guests) guests .csv/.xlsx")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--event", metavar="EVENT",
                   help="event to add the slots or speakers to; its own exported slots are updated, not copied")
    p.add_argument("--dry-run", action="store_true", help="speakers, guests: show what would change, change nothing")
    p.add_argument("--guests", action="store_true", help="a guest list (.csv/.xlsx) for --event")

    p = sub.add_parser("guests", help="guest list; .csv (all guests) .xlsx .pdf .docx (list of participants)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", choices=("en", "az", "ru"), help="language of positions and organizations")
    p = sub.add_parser("invitations", help="invitation letters: one file (.pdf .docx) and/or one per guest")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", metavar="FILE", help="all letters in one .pdf or .docx")
    p.add_argument("--lang", choices=("en", "az", "ru"), help="one language for all (default: each guest's)")
    p.add_argument("--one-per-guest", metavar="DIR", help="also write one letter per guest into DIR")
    p.add_argument("--word", action="store_true", help="one-per-guest letters as .docx instead of .pdf")
    p = sub.add_parser("reminders", help="unsent .eml drafts for guests who have not answered")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the .eml files")
    p.add_argument("--lang", choices=("en", "az", "ru"), help="one language for all (default: each guest's)")
    p.add_argument("--sender", default="", help="From: address for the drafts")
    p = sub.add_parser("seating", help="seating charts with numbered keys (PDF)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("en", "az", "ru"))
    p = sub.add_parser("placecards", help="folded place cards for everyone seated (PDF)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--host-lang", choices=("en", "az", "ru"), help="the host's language (default: the event's)")
    p = sub.add_parser("signin", help="sign-in sheet with signature column and blank rows (PDF)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("en", "az", "ru"))
    p.add_argument("--blank-rows", type=int, default=12, metavar="N", help="rows for walk-ins (default 12)")
    p = sub.add_parser("certificates", help="certificates of participation, one merged PDF")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("en", "az", "ru"))
    p.add_argument("--second-lang", choices=("en", "az", "ru"), help="bilingual certificates")
    p.add_argument("--speakers-only", action="store_true", help="only for the agenda's speakers")
    p.add_argument("--signature", action="append", default=[], metavar="IMAGE",
                   help="signature image (PNG/JPEG) for the next signatory; repeat for each")

    p = sub.add_parser("translations", help="content translations: missing counts, or an XLSX workbook out and in",
                       description="Without options: how many texts each language lacks. -o writes the "
                       "translators' workbook (one row per text, a key column, a column per language); --from "
                       "reads one back, shows what changes and applies it as one step (--dry-run: only show).")
    p.add_argument("event", metavar="EVENT")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE.xlsx", help="write the workbook")
    where.add_argument("--from", dest="source", metavar="FILE.xlsx", help="import a returned workbook")
    p.add_argument("--dry-run", action="store_true", help="with --from: show the changes, change nothing")

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = sub.add_parser("restore", help="replace the database's content with a backup (checked first)")
    p.add_argument("file", metavar="FILE")

    from eventplanner.cli_show import add_parsers as add_show_parsers

    add_show_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # text from the database or the terminal may not fit the encoding
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        args = build_parser().parse_args(args_list)
    except UsageError as exc:
        return _fail(exc)
    if args.command is None:
        from eventplanner.app import main as gui_main

        return gui_main(args.db)
    from eventplanner.cli_commands import COMMANDS
    from eventplanner.cli_database import close_databases

    command: Callable[[argparse.Namespace], int] = COMMANDS[args.command]
    recorder = install_recorder()
    try:
        return _run(command, args, close_databases)
    except DomainError as exc:
        return _fail(exc.message)
    except UsageError as exc:
        return _fail(exc)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or exc}{where}")
    except KeyboardInterrupt:
        print("eventplanner: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place an unexpected error becomes a line and a log entry
        log_file = write_crash_log(recorder, args_list, exc)
        where = f"; the details are in {log_file}" if log_file else ""
        print(f"eventplanner: internal error ({type(exc).__name__}){where}", file=sys.stderr)
        return EXIT_INTERNAL


def _run(command: Callable[[argparse.Namespace], int], args: argparse.Namespace,
         close: Callable[[], None]) -> int:
    try:
        return command(args)
    finally:
        close()


def _fail(message: object) -> int:
    """One line on stderr, whatever the message holds, and exit code 2."""
    text = " ".join(str(message).split()) or "failed"
    print(f"eventplanner: {text}", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
