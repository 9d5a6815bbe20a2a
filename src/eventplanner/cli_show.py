"""The scenario and show commands: `runsheet` (PDF/XLSX run sheet) and `timings` (planned vs actual)."""

from __future__ import annotations

import argparse
from pathlib import Path

from eventplanner.cli_database import open_database_of
from eventplanner.domain.errors import ValidationError

RUNSHEET_SUFFIXES = (".pdf", ".xlsx")
TIMINGS_SUFFIXES = (".csv", ".xlsx")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("runsheet", help="the scenario with cues; .pdf .xlsx by suffix")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--for", dest="audience", choices=("all", "mc", "tech", "protocol"), default="all",
                   help="whose cues to print (default: all)")
    p.add_argument("--lang", choices=("en", "az", "ru"), default="en")
    p = sub.add_parser("timings", help="planned vs actual times of the show; .csv .xlsx by suffix")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")


def _output(value: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() not in suffixes:
        raise ValidationError(f"{path.name}: use one of {', '.join(suffixes)} as the file suffix")
    if not path.parent.exists():
        raise ValidationError(f"the folder {path.parent} does not exist")
    return path


def cmd_runsheet(args: argparse.Namespace) -> int:
    from eventplanner.domain.scenario import Audience
    from eventplanner.exports.runsheet import write_runsheet
    from eventplanner.services.events import resolve_event
    from eventplanner.services.scenario import scenario

    path = _output(args.output, RUNSHEET_SUFFIXES)
    db = open_database_of(args)
    data = scenario(db, resolve_event(db, args.event).id)
    write_runsheet(data, path, Audience(args.audience), args.lang)
    print(f"Wrote {path} (version {data.revision}, {sum(len(i.cues) for i in data.items)} cues in the scenario)")
    return 0


def cmd_timings(args: argparse.Namespace) -> int:
    from eventplanner.exports.timings import write_timings
    from eventplanner.services.events import resolve_event
    from eventplanner.services.show import timing_records

    path = _output(args.output, TIMINGS_SUFFIXES)
    db = open_database_of(args)
    event, records = timing_records(db, resolve_event(db, args.event).id)
    write_timings(records, path, event.running_title)
    ran = sum(1 for r in records if r.actual_start is not None)
    print(f"Wrote {path} ({len(records)} slots, {ran} with recorded times)")
    return 0
