"""Guest documents: lists, sign-in sheet, seating charts, place cards, invitations, reminders, certificates.

Each function reads what it needs in one unit of work, hands plain data to an exporter and writes the file
atomically. Invitation templates are read and saved here too.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from eventplanner.domain.data import EventData, OrganizationData
from eventplanner.domain.enums import EventRole
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.guests import GuestCategory, GuestData, GuestList, RsvpStatus
from eventplanner.domain.invitations import (
    Addressee,
    Letter,
    TemplateData,
    fill_template,
    protocol_address,
    salutation,
)
from eventplanner.domain.seating import SeatData
from eventplanner.domain.text import slugify
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.programme.text import format_date_range, format_day
from eventplanner.services import seating
from eventplanner.services.common import check_version, get_row
from eventplanner.services.guests import guest_list
from eventplanner.services.letterheads import effective_letterhead
from eventplanner.services.programme import programme_data
from eventplanner.store.database import Database
from eventplanner.store.models import EventRow
from eventplanner.store.models_guests import InvitationTemplateRow

if TYPE_CHECKING:
    from eventplanner.exports.seating_pdf import PlaceCard

LANGS = ("en", "az", "ru")
TEMPLATE_LIMIT = 20_000


def _lang(lang: str | None, event: EventData) -> str:
    chosen = lang or event.language or "en"
    return chosen if chosen in LANGS else "en"


# --- lists ------------------------------------------------------------------------------------------------------


def _letterhead_template(db: Database, event_id: int) -> tuple[bytes | None, str]:
    """The event's Word letterhead (its own, else the default), if any."""
    stored = effective_letterhead(db, event_id)
    return (stored.content, stored.file_name) if stored is not None else (None, "letterhead")


def export_guest_list(db: Database, event_id: int, path: str | os.PathLike[str], lang: str | None = None,
                      warnings: list[str] | None = None) -> Path:
    """CSV (every guest), XLSX (participants, guest list, counts), PDF or DOCX (list of participants), by suffix.

    A Word list is written on the event's letterhead; what it had to leave out goes to `warnings`.
    """
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    gl = guest_list(db, event_id)
    if kind == "docx":
        from eventplanner.exports.guest_docx import participants_docx
        from eventplanner.exports.guest_list import participant_lines

        template, name = _letterhead_template(db, event_id)
        blob, notes = participants_docx(gl, participant_lines(gl, lang), lang, template, name)
        if warnings is not None:
            warnings += notes
    elif kind == "csv":
        from eventplanner.exports.guest_list import guest_list_csv

        blob = guest_list_csv(gl, lang)
    elif kind == "xlsx":
        from eventplanner.exports.guest_list import guest_list_xlsx

        blob = guest_list_xlsx(gl, lang)
    elif kind == "pdf":
        from eventplanner.exports.guest_pdf import participants_pdf

        blob = participants_pdf(gl, lang)
    else:
        raise ValidationError(f"Guest lists are written as CSV, XLSX, PDF or DOCX, not “{kind or target.name}”.")
    atomic_write_bytes(target, blob)
    return target


def export_signin(db: Database, event_id: int, path: str | os.PathLike[str], lang: str | None = None,
                  blank_rows: int = 12) -> Path:
    from eventplanner.exports.guest_pdf import signin_pdf

    atomic_write_bytes(path, signin_pdf(guest_list(db, event_id), lang, blank_rows))
    return Path(path)


# --- seating ----------------------------------------------------------------------------------------------------


def export_seating(db: Database, event_id: int, path: str | os.PathLike[str], lang: str | None = None,
                   chart_ids: Sequence[int] | None = None) -> Path:
    from eventplanner.exports.seating_pdf import seating_pdf

    event = guest_list(db, event_id).event
    charts = [c for c in seating.charts(db, event_id) if chart_ids is None or c.id in chart_ids]
    atomic_write_bytes(path, seating_pdf(event, charts, lang))
    return Path(path)


def export_place_cards(db: Database, event_id: int, path: str | os.PathLike[str], host_lang: str | None = None,
                       chart_ids: Sequence[int] | None = None) -> Path:
    """Name plates for every seated person: the guest's language on one half, the host's on the other."""
    from eventplanner.exports.seating_pdf import place_cards_pdf

    gl = guest_list(db, event_id)
    host = _lang(host_lang, gl.event)
    orgs = {g.person.id: g.organization for g in gl.guests if g.organization}
    cards: list[PlaceCard] = []
    for chart in seating.charts(db, event_id):
        if chart_ids is not None and chart.id not in chart_ids:
            continue
        for seat in chart.seats:
            cards.append(_place_card(seat, chart.name, orgs.get(seat.person.id), seat.language or host, host))
    atomic_write_bytes(path, place_cards_pdf(gl.event, cards, host))
    return Path(path)


def _place_card(seat: SeatData, chart: str, org: OrganizationData | None, guest_lang: str, host: str) -> PlaceCard:
    from eventplanner.exports.seating_pdf import PlaceCard

    p = seat.person

    def line(lang: str) -> str:
        org_name = org.tr("name", lang) if org else p.organization_name
        title = p.tr("position", lang)
        return ", ".join(x for x in (title, org_name if org_name not in title else "") if x)

    def name(lang: str) -> str:
        return " ".join(x for x in (p.honorific, p.tr("given_name", lang), p.tr("family_name", lang)) if x)

    return PlaceCard(seat.number, chart, (name(guest_lang), name(host)), (line(guest_lang), line(host)))


# --- invitation templates and letters ------------------------------------------------------------------------------


def _template_data(row: InvitationTemplateRow) -> TemplateData:
    return TemplateData(row.event_id, row.language, row.subject, row.body, row.rsvp_deadline, row.contact,
                        row.signatory, row.signatory_title, row.id, row.version)


def invitation_template(db: Database, event_id: int, lang: str) -> TemplateData:
    """The event's template in `lang`, or the built-in default for that language when none is saved."""
    with db.session() as s:
        get_row(s, EventRow, event_id)
        row = s.scalars(select(InvitationTemplateRow).where(InvitationTemplateRow.event_id == event_id,
                                                            InvitationTemplateRow.language == lang)).first()
        return _template_data(row) if row else TemplateData.default(event_id, lang)


def save_invitation_template(db: Database, template: TemplateData) -> TemplateData:
    if template.language not in LANGS:
        raise ValidationError(f"Letters are written in {', '.join(LANGS)}, not “{template.language}”.")
    for label, text in (("subject", template.subject), ("text", template.body), ("contact", template.contact)):
        if len(text) > TEMPLATE_LIMIT:
            raise ValidationError(f"The letter's {label} is longer than {TEMPLATE_LIMIT:,} characters.")
    if not template.body.strip():
        raise ValidationError("The letter has no text.")
    with db.session() as s:
        get_row(s, EventRow, template.event_id)
        row = s.scalars(select(InvitationTemplateRow).where(
            InvitationTemplateRow.event_id == template.event_id,
            InvitationTemplateRow.language == template.language)).first()
        if row is None:
            row = InvitationTemplateRow(event_id=template.event_id, language=template.language)
            s.add(row)
        elif template.id is not None:
            check_version(row, template.version, "This letter template")
        row.subject, row.body, row.rsvp_deadline = template.subject, template.body, template.rsvp_deadline
        row.contact, row.signatory, row.signatory_title = template.contact, template.signatory, template.signatory_title
        s.flush()
        return _template_data(row)


def _hosts(gl: GuestList, lang: str) -> str:
    return " and ".join(o.organization.tr("name", lang) for o in gl.organizations if o.role is EventRole.HOST)


def letter_for(gl: GuestList, guest: GuestData, template: TemplateData) -> Letter:
    """One guest's letter from a template (saved or being edited: the live preview uses this too)."""
    lang = template.language
    event = gl.event
    p = guest.person
    org = guest.organization.tr("name", lang) if guest.organization else p.organization_name
    who = Addressee(p.honorific, p.tr("given_name", lang), p.tr("family_name", lang), p.tr("position", lang), org,
                    guest.sex)
    deadline = format_day(template.rsvp_deadline, lang, weekday=False) if template.rsvp_deadline else ""
    venue = ", ".join(x for x in (event.tr("venue_name", lang), event.tr("venue_address", lang)) if x)
    when = format_date_range(event.start_date, event.end_date, lang)
    values = {
        "address": protocol_address(who, lang), "salutation": salutation(who, lang), "name": p.display_name,
        "position": who.position, "organization": org, "event": event.tr("title", lang), "date": when,
        "venue": venue, "rsvp_deadline": deadline, "contact": template.contact, "host": _hosts(gl, lang),
    }
    body = fill_template(template.body, values)
    subject = fill_template(template.subject, values)
    city = event.tr("venue_address", lang).split(",")[0].strip()
    today = format_day(date.today(), lang, weekday=False)
    return Letter(guest.id, p.display_name, lang, " ".join(subject.text.split()), body.text, p.email,
                  template.signatory, template.signatory_title, ", ".join(x for x in (city, today) if x), deadline,
                  template.contact, tuple(dict.fromkeys(body.unknown + subject.unknown)))


def invitation_letters(db: Database, event_id: int, lang: str | None = None,
                       statuses: Sequence[RsvpStatus] | None = None) -> list[Letter]:
    """A letter per guest in protocol order: in `lang`, or else in each guest's own language.

    The host's own people and staff are not invited by letter.
    """
    gl = guest_list(db, event_id)
    templates: dict[str, TemplateData] = {}
    letters = []
    for g in gl.in_protocol_order:
        if (statuses is not None and g.rsvp not in statuses) or g.is_host or g.category is GuestCategory.STAFF:
            continue
        chosen = _lang(lang or g.language, gl.event)
        if chosen not in templates:
            templates[chosen] = invitation_template(db, event_id, chosen)
        letters.append(letter_for(gl, g, templates[chosen]))
    return letters


def letterhead(db: Database, event_id: int) -> tuple[dict[str, str], list[bytes]]:
    """The hosts' names in each language, and their logos."""
    data = programme_data(db, event_id, with_images=True)
    hosts = [o for o in data.organizations if o.role is EventRole.HOST]
    names = {lang: " · ".join(o.organization.tr("name", lang) for o in hosts) for lang in LANGS}
    return names, [o.organization.logo for o in hosts if o.organization.logo]


def letter_pdf(gl: GuestList, guest: GuestData, template: TemplateData, heads: dict[str, str],
               logos: list[bytes]) -> tuple[bytes, Letter]:
    """One guest's letter from a template being edited, as PDF (the editor's live preview)."""
    from eventplanner.exports.letters import letters_pdf

    letter = letter_for(gl, guest, template)
    return letters_pdf([letter], heads, logos), letter


def export_invitations(db: Database, event_id: int, path: str | os.PathLike[str] | None = None,
                       lang: str | None = None, one_per_guest: str | os.PathLike[str] | None = None,
                       per_guest_format: str = "pdf", warnings: list[str] | None = None) -> list[Path]:
    """One merged file at `path` (.pdf or .docx), and/or one file per guest in the folder `one_per_guest`.

    Word letters are written on the event's letterhead when it has one; PDF letters carry the hosts' logos.
    """
    from eventplanner.exports.letters import letters_pdf

    if path is None and one_per_guest is None:
        raise ValidationError("Name the file or the folder for one letter per guest.")
    if per_guest_format not in ("pdf", "docx"):
        raise ValidationError(f"Letters are written as PDF or DOCX, not “{per_guest_format}”.")
    letters = invitation_letters(db, event_id, lang)
    if not letters:
        raise ValidationError("The guest list is empty: add guests before writing invitations.")
    heads, logos = letterhead(db, event_id)
    template, name = _letterhead_template(db, event_id)
    notes: list[str] = []

    def render(chosen: list[Letter], kind: str) -> bytes:
        if kind == "docx":
            from eventplanner.exports.guest_docx import letters_docx

            blob, found = letters_docx(chosen, heads, logos, template, name)
            notes.extend(x for x in found if x not in notes)
            return blob
        return letters_pdf(chosen, heads, logos)

    written: list[Path] = []
    if path is not None:
        kind = Path(path).suffix.lower().lstrip(".")
        if kind not in ("pdf", "docx"):
            raise ValidationError(f"Letters are written as PDF or DOCX, not “{kind or Path(path).name}”.")
        atomic_write_bytes(path, render(letters, kind))
        written.append(Path(path))
    if one_per_guest is not None:
        folder = Path(one_per_guest)
        if not folder.is_dir():
            raise ValidationError(f"The folder {folder} does not exist.")
        for i, letter in enumerate(letters, start=1):
            target = folder / f"{i:03d}-{slugify(letter.name, f'guest-{letter.guest_id}')}.{per_guest_format}"
            atomic_write_bytes(target, render([letter], per_guest_format))
            written.append(target)
    if warnings is not None:
        warnings += notes
    return written


def write_reminders(db: Database, event_id: int, folder: str | os.PathLike[str], lang: str | None = None,
                    sender: str = "") -> list[Path]:
    """An unsent .eml draft for every guest who has not answered; the user sends them from their mail program."""
    from eventplanner.exports.letters import reminder_eml

    target = Path(folder)
    if not target.is_dir():
        raise ValidationError(f"The folder {target} does not exist.")
    gl = guest_list(db, event_id)
    by_id = {g.id: g for g in gl.guests}
    written = []
    for i, letter in enumerate(invitation_letters(db, event_id, lang, [RsvpStatus.INVITED]), start=1):
        g = by_id[letter.guest_id]
        p = g.person
        org = g.organization.tr("name", letter.lang) if g.organization else p.organization_name
        who = Addressee(p.honorific, p.tr("given_name", letter.lang), p.tr("family_name", letter.lang),
                        p.tr("position", letter.lang), org, g.sex)
        blob = reminder_eml(letter, salutation(who, letter.lang), gl.event.tr("title", letter.lang),
                            format_date_range(gl.event.start_date, gl.event.end_date, letter.lang), sender)
        path = target / f"{i:03d}-{slugify(letter.name, f'guest-{letter.guest_id}')}.eml"
        atomic_write_bytes(path, blob)
        written.append(path)
    return written


# --- certificates -----------------------------------------------------------------------------------------------


def export_certificates(db: Database, event_id: int, path: str | os.PathLike[str], lang: str | None = None,
                        second_lang: str | None = None, speakers_only: bool = False,
                        signature_images: Sequence[bytes] = ()) -> Path:
    """A certificate per attendee (accepted guests, representatives, speakers), or per speaker; one merged PDF.

    Signatories: the principal of each host and co-organizer among the speakers (at most three), in that order;
    `signature_images` go to them in the same order.
    """
    from eventplanner.exports.certificates import Certificate, CertificateWording, Signatory, certificates_pdf

    gl = guest_list(db, event_id)
    data = programme_data(db, event_id, with_images=True)
    main = _lang(lang, gl.event)
    langs = [main] + ([second_lang] if second_lang and second_lang != main and second_lang in LANGS else [])
    in_room = {x.person.id for slot in data.slots if not slot.remote for x in slot.participants}
    people: dict[int, tuple[str, bool]] = {}
    if not speakers_only:
        for g in gl.in_protocol_order:
            if g.attendee is not None:
                people[g.attendee.id] = (g.attendee.display_name, g.attendee.id in in_room)
    for p in data.people:
        if p.id in in_room:
            people[p.id] = (p.display_name, True)
    certificates = [Certificate(name, speaker) for name, speaker in people.values()]
    wording = [CertificateWording(
        lg, gl.event.tr("title", lg), format_date_range(gl.event.start_date, gl.event.end_date, lg),
        ", ".join(x for x in (gl.event.tr("venue_name", lg), gl.event.tr("venue_address", lg)) if x))
        for lg in langs]
    signatories: list[Signatory] = []
    for role in (EventRole.HOST, EventRole.CO_ORGANIZER):
        for o in data.organizations:
            if o.role is not role:
                continue
            members = sorted((p for p in data.people if p.organization_id == o.organization.id),
                             key=lambda p: p.precedence)
            if members and len(signatories) < 3:
                p = members[0]
                image = signature_images[len(signatories)] if len(signatories) < len(signature_images) else None
                position, org_name = p.tr("position", main), o.organization.tr("name", main)
                title = ", ".join(x for x in (position, "" if org_name in position else org_name) if x)
                signatories.append(Signatory(p.display_name, title, image))
    logos = [o.organization.logo for o in data.organizations if o.organization.logo]
    atomic_write_bytes(path, certificates_pdf(certificates, wording, signatories, logos))
    return Path(path)
