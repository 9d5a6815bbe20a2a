"""The headless face of Event Planner: the same services as the GUI, from a terminal or a script.

Exit codes: 0 done, 1 `check` found conflicts, 2 bad usage or bad input (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from eventplanner import __version__
from eventplanner.domain.errors import DomainError

EXIT_OK, EXIT_CONFLICTS, EXIT_USAGE = 0, 1, 2

DESCRIPTION = "Plan official events: agenda, speakers, partner organizations, printable programme."
EPILOG = """\
Without a command the desktop application starts.
EVENT is an event's id or slug (see `eventplanner events`).
The database is the SQLite file in your user data folder unless --db or EVENTPLANNER_DB names
another SQLite file or a SQLAlchemy URL (e.g. postgresql+psycopg://user:pass@host/dbname).
Exit codes: 0 done, 1 `check` found conflicts, 2 bad usage or bad input."""


class UsageError(Exception):
    """Bad command-line usage; printed as one line, exit code 2."""


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
    p.add_argument("--lang", choices=("en", "az", "ru"), default="en")
    p.add_argument("--second-lang", choices=("en", "az", "ru"), help="print a bilingual programme")
    p.add_argument("--layout", choices=("stacked", "side_by_side"), default="stacked",
                   help="bilingual layout (default: stacked)")
    p.add_argument("--no-descriptions", action="store_true", help="leave out slot descriptions")
    p.add_argument("--biographies", action="store_true", help="add speaker biographies")
    p.add_argument("--no-partners", action="store_true", help="leave out the partners section")
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

    p = sub.add_parser("import", help="schedule .xml/.json; speakers .csv/.xlsx")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--event", metavar="EVENT", help="event to add the slots or speakers to")
    p.add_argument("--dry-run", action="store_true", help="speakers: show what would change, change nothing")

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = sub.add_parser("restore", help="replace the database's content with a backup (checked first)")
    p.add_argument("file", metavar="FILE")

    from eventplanner.cli_show import add_parsers as add_show_parsers

    add_show_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
    except UsageError as exc:
        print(f"eventplanner: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        from eventplanner.app import main as gui_main

        return gui_main(args.db)
    from eventplanner.cli_commands import COMMANDS

    command: Callable[[argparse.Namespace], int] = COMMANDS[args.command]
    try:
        return command(args)
    except DomainError as exc:
        print(f"eventplanner: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        print(f"eventplanner: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"eventplanner: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("eventplanner: interrupted", file=sys.stderr)
        return 130


def output_path(value: str, suffixes: Sequence[str]) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() not in suffixes:
        raise UsageError(f"{path.name}: use one of {', '.join(suffixes)} as the file suffix")
    if not path.parent.exists():
        raise UsageError(f"the folder {path.parent} does not exist")
    return path


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
