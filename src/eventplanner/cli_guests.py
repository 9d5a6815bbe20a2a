"""The guests' documents from the command line: the guest list, invitations, reminders, the seating plan,
place cards, the sign-in sheet and certificates."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eventplanner.cli_database import event_of, open_database_of
from eventplanner.cli_support import UsageError, output_path


def cmd_guests(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_guest_list

    path = output_path(args.output, [".csv", ".xlsx", ".pdf", ".docx"])
    db = open_database_of(args)
    warnings: list[str] = []
    written = export_guest_list(db, event_of(db, args.event).id, path, args.lang, warnings)
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
    db = open_database_of(args)
    warnings: list[str] = []
    written = export_invitations(db, event_of(db, args.event).id, path, args.lang, folder,
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
    db = open_database_of(args)
    written = write_reminders(db, event_of(db, args.event).id, folder, args.lang, args.sender)
    print(f"Wrote {len(written)} reminder draft(s) to {folder}" if written else "Every guest has answered.")
    return 0


def cmd_seating(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_seating

    path = output_path(args.output, [".pdf"])
    db = open_database_of(args)
    print(f"Wrote {export_seating(db, event_of(db, args.event).id, path, args.lang)}")
    return 0


def cmd_placecards(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_place_cards

    path = output_path(args.output, [".pdf"])
    db = open_database_of(args)
    print(f"Wrote {export_place_cards(db, event_of(db, args.event).id, path, args.host_lang)}")
    return 0


def cmd_signin(args: argparse.Namespace) -> int:
    from eventplanner.services.guest_documents import export_signin

    path = output_path(args.output, [".pdf"])
    if not 0 <= args.blank_rows <= 500:
        raise UsageError("--blank-rows takes 0 to 500")
    db = open_database_of(args)
    print(f"Wrote {export_signin(db, event_of(db, args.event).id, path, args.lang, args.blank_rows)}")
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
    db = open_database_of(args)
    written = export_certificates(db, event_of(db, args.event).id, path, args.lang, args.second_lang,
                                  args.speakers_only, images)
    print(f"Wrote {written}")
    return 0


GUEST_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "guests": cmd_guests,
    "invitations": cmd_invitations,
    "reminders": cmd_reminders,
    "seating": cmd_seating,
    "placecards": cmd_placecards,
    "signin": cmd_signin,
    "certificates": cmd_certificates,
}
