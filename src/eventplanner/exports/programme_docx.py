"""The programme as an editable Word document, with the PDF's content, options, labels and order.

Everything visible comes from named styles (Title, Subtitle, Heading 1 for days and sections, Heading 2 for
parallel sessions, Heading 3 for rooms, and Time, Kind Label, Slot Title, Participant, Position, Break...), so
a reviewer restyles the whole programme by changing one style. Times and slots sit in a table, which stays
aligned while the text is edited. Every run carries the language its text is really in (programme_docx_text.py).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from eventplanner import APP_NAME
from eventplanner.domain.data import (
    EventOrganizationData,
    ParticipantData,
    ProgrammeData,
    SlotData,
)
from eventplanner.domain.enums import EventRole, EventStatus, ParticipantRole
from eventplanner.exports import programme_labels as L
from eventplanner.exports.docx.programme_styles import PROGRAMME_STYLES
from eventplanner.exports.programme.options import ProgrammeOptions
from eventplanner.exports.programme_docx_text import ProgrammeTexts, Text, join_unique, turkic_caps
from eventplanner.exports.programme_outline import (
    DayHeading,
    OutlineItem,
    ParallelHeading,
    ProgrammeOutline,
    RoomHeading,
    SlotEntry,
)

ORGANIZER_ROLES = (EventRole.HOST, EventRole.CO_ORGANIZER)
PARTNER_ROLES = (EventRole.PARTNER, EventRole.SPONSOR, EventRole.SUPPORTER)
#: Up to this many organizers, the logo row names each one beside its logo (as the PDF does).
MAX_NAMED_LOGOS = 3
#: Time column width in millimetres; logo height.
TIME_MM = {"a4": 25.0, "letter": 25.0, "a5": 25.0}
LOGO_MM = {"a4": 15.0, "letter": 15.0, "a5": 12.0}
#: A slot row shorter than this (in characters) never splits across pages.
KEEP_ROW_CHARS = 700
SPACES = (" \t\n\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
          "\u2028\u2029\u202f\u205f\u3000")
"""What a slot's texts are trimmed of: str.strip() without its control characters (U+000B, U+000C,
U+001C-U+001F), so a text of only those still reaches the sanitizer and its removal is reported."""


class ProgrammeDocx(ProgrammeTexts):
    """The Word document, section by section: header, agenda table, biographies, partners, and furniture."""

    def __init__(self, data: ProgrammeData, options: ProgrammeOptions, letterhead: bytes | None = None,
                 letterhead_name: str = "letterhead") -> None:
        from eventplanner.exports.docx.builder import DocxBuilder

        super().__init__(data, options)
        self.outline = ProgrammeOutline(data)
        self.doc = DocxBuilder(options.lang, PROGRAMME_STYLES, paper=options.paper, template=letterhead,
                               template_name=letterhead_name)

    # -- paragraphs ------------------------------------------------------------------------------------
    def para(self, text: Text | Sequence[tuple[str, str | None, str | None]], style: str,
             cell: object | None = None) -> None:
        if isinstance(text, Text):
            self.doc.paragraph([(text.text, None, text.lang)], style, cell=cell)  # type: ignore[arg-type]
        else:
            self.doc.paragraph(list(text), style, cell=cell)  # type: ignore[arg-type]

    # -- the document ---------------------------------------------------------------------------------
    def build(self) -> None:
        self.header()
        self.agenda()
        if self.options.include_biographies:
            self.biographies()
        if self.options.include_partners:
            self.partners()
        self.furniture()

    def furniture(self) -> None:
        event = self.data.event
        title = event.tr("short_title", self.lang) or event.tr("title", self.lang)
        words = [t for t, _, _ in join_unique([self.label("programme", lg) for lg in self.langs], " · ")]
        self.doc.footer(f"{title} · {''.join(words)}", [(L.LABELS.get(lg, L.LABELS["en"])["page"], lg)
                                                        for lg in self.langs])
        if event.status is EventStatus.DRAFT:
            self.doc.header_note(L.label("draft", self.lang))
        hosts = [o.organization.tr("name", self.lang) for o in self.data.organizations if o.role is EventRole.HOST]
        full = event.tr("title", self.lang)
        self.doc.properties(
            title=f"{full} — {L.label('programme', self.lang)}",
            author="; ".join(hosts) or APP_NAME,
            subject=L.label("subject", self.lang, title=full),
            keywords=", ".join(p for p in (event.slug, L.label("programme", self.lang), *self.langs) if p),
        )

    def _ordered(self, roles: tuple[EventRole, ...]) -> list[EventOrganizationData]:
        return sorted((o for o in self.data.organizations if o.role in roles), key=lambda o: (o.role.rank, o.position))

    def header(self) -> None:
        from docx.shared import Mm

        event = self.data.event
        organizers = self._ordered(ORGANIZER_ROLES)
        logo_h = Mm(LOGO_MM[self.options.paper])
        named = 0 < len(organizers) <= MAX_NAMED_LOGOS
        if named:
            widths: list[float] = []
            for _ in organizers:
                widths += [float(logo_h) * 1.9, float(logo_h) * 3.4]
            table = self.doc.table(widths, "Plain Table")
            cells = self.doc.row(table)
            for i, eo in enumerate(organizers):
                org = eo.organization
                para = self.doc.paragraph("", "Logos", cell=cells[2 * i])
                self.doc.picture(para, org.logo, f"logo of {org.label}", Mm(LOGO_MM[self.options.paper] * 1.8),
                                 logo_h)
                self.para(self.tr(org, "name", self.lang), "Logo Name", cell=cells[2 * i + 1])
            for cell in cells:
                _middle(cell)
        elif organizers:
            para = self.doc.paragraph("", "Logos")
            for i, eo in enumerate(organizers):
                if i:
                    para.add_run("  ")
                self.doc.picture(para, eo.organization.logo, f"logo of {eo.organization.label}",
                                 Mm(LOGO_MM[self.options.paper] * 2.6), logo_h)
        self.para(self.tr(event, "title", self.lang), "Title")
        other = self.second(lambda lg: self.tr(event, "title", lg))
        if other:
            self.para(other, "Title Translation")
        theme = self.tr(event, "theme", self.lang)
        if theme.text.strip():
            q1, q2 = L.label("quote_open", self.lang), L.label("quote_close", self.lang)
            self.para(Text(f"{q1}{theme.text.strip()}{q2}", theme.lang), "Subtitle")
            other = self.second(lambda lg: self.tr(event, "theme", lg))
            if other:
                q1, q2 = L.label("quote_open", other.lang), L.label("quote_close", other.lang)
                self.para(Text(f"{q1}{other.text.strip()}{q2}", other.lang), "Subtitle Translation")
        self.para(self.when_where(self.lang), "Event Details")
        if self.options.bilingual:
            first, second = self.when_where(self.lang), self.when_where(self.langs[1])
            if [s[0] for s in first] != [s[0] for s in second]:
                self.para(second, "Event Details Translation")
        if organizers and not named:
            names = ", ".join(eo.organization.tr("name", self.lang) for eo in organizers)
            self.para([(f"{L.label('organized_by', self.lang)}: ", "Detail Label", self.lang),
                       (names, None, self.lang)], "Event Details")
        self.heading("programme")

    def when_where(self, lang: str) -> list[tuple[str, str | None, str | None]]:
        from eventplanner.exports.programme.text import format_date_range, format_day

        event = self.data.event
        if event.end_date > event.start_date:
            when = format_date_range(event.start_date, event.end_date, lang)
        else:
            when = format_day(event.start_date, lang)
        venue, address = self.tr(event, "venue_name", lang), self.tr(event, "venue_address", lang)
        spans: list[tuple[str, str | None, str | None]] = [(when, None, lang)]
        parts = [t for t in (venue, Text("\u00a0".join(address.text.split()), address.lang)) if t.text.strip()]
        for i, part in enumerate(parts):
            spans.append(("  ·  " if i == 0 else ", ", None, part.lang))
            spans.append((part.text.strip(), None, part.lang))
        return spans

    def heading(self, key: str) -> None:
        """A section heading (Heading 1) and, bilingual, its translation."""
        self.para(self.label(key), "Heading 1")
        if self.options.bilingual:
            other = self.label(key, self.langs[1])
            if other.text != L.label(key, self.lang):
                self.para(other, "Heading Translation")

    # -- agenda ---------------------------------------------------------------------------------------
    def agenda(self) -> None:
        if not self.data.slots:
            self.para(join_unique([self.label("empty", lg) for lg in self.langs], "\n"), "Empty Agenda")
            self.para(join_unique([self.label("empty_hint", lg) for lg in self.langs], "\n"), "Description")
            return
        self._table: object | None = None
        for item in self.outline.items():
            self.item(item)

    def item(self, item: OutlineItem) -> None:
        from eventplanner.exports.programme.text import format_day

        if isinstance(item, SlotEntry):
            self.slot_row(item)
            return
        self._table = None  # a heading ends the current table; the next slot starts a new one
        if isinstance(item, DayHeading):
            texts = [Text(f"{L.day_label(item.index, lg)} — {format_day(item.day, lg, capital=False)}", lg)
                     for lg in self.langs]
            self.para(texts[0], "Heading 1")
            if len(texts) > 1 and texts[1].text != texts[0].text:
                self.para(texts[1], "Heading Translation")
        elif isinstance(item, ParallelHeading):
            spans = join_unique([self.label("parallel", lg) for lg in self.langs], " / ")
            spans.append((f" · {item.start:%H:%M}–{item.end:%H:%M}", None, self.lang))
            self.para(turkic_caps(spans), "Heading 2")
        elif isinstance(item, RoomHeading):
            rooms = [Text(self.outline.room_label(item.slot, lg), self._room_lang(item.slot, lg)) for lg in self.langs]
            self.para(join_unique(rooms, " · "), "Heading 3")

    def _room_lang(self, slot: SlotData, lang: str) -> str:
        room = self.outline.rooms.get(slot.room_id) if slot.room_id is not None else None
        return self.tr(room, "name", lang).lang if room else self.primary

    def slot_row(self, entry: SlotEntry) -> None:
        slot = entry.slot
        side_by_side = self.options.bilingual and self.options.bilingual_layout == "side_by_side"
        if self._table is None:
            time_w = TIME_MM[self.options.paper]
            rest = max(float(self.doc.text_width) / 36000 - time_w, 40.0)
            widths = [time_w, rest / 2, rest / 2] if side_by_side else [time_w, rest]
            self._table = self.doc.table(widths)
        cells = self.doc.row(self._table)  # type: ignore[arg-type]
        self.para(Text(slot.time_range, self.lang), "Break Time" if slot.kind.is_pause else "Time", cell=cells[0])
        if side_by_side:
            a, b = self.langs
            self.slot_content(slot, (a,), entry.show_room, cells[1])
            self.slot_content(slot, (b,), entry.show_room, cells[2])
        else:
            self.slot_content(slot, self.langs, entry.show_room, cells[1])
        self.doc.keep_row_together(cells, KEEP_ROW_CHARS)

    def kind_texts(self, slot: SlotData, langs: Sequence[str]) -> list[Text]:
        return [Text(L.kind_label(slot.kind, lg), lg) for lg in langs]

    def slot_content(self, slot: SlotData, langs: Sequence[str], show_room: bool, cell: object) -> None:
        lang = langs[0]
        if slot.kind.is_pause:
            title = self.tr(slot, "title", lang)
            if not title.text.strip():
                title = Text(L.kind_label(slot.kind, lang), lang)
            self.para(title, "Break", cell)
            if len(langs) > 1:
                other = self.tr(slot, "title", langs[1])
                if not other.text.strip():
                    other = Text(L.kind_label(slot.kind, langs[1]), langs[1])
                if other.text != title.text:
                    self.para(other, "Break Translation", cell)
            room = self.outline.room_label(slot, lang)
            if show_room and room:
                self.para(Text(room, self._room_lang(slot, lang)), "Position", cell)
            return
        spans = join_unique(self.kind_texts(slot, langs), " / ")
        if slot.remote:
            spans.append((" · ", None, lang))
            spans.extend(join_unique([self.label("online", lg) for lg in langs], " / "))
        room = self.outline.room_label(slot, lang)
        if show_room and room:
            spans.append((" · ", None, lang))
            spans.append((room, None, self._room_lang(slot, lang)))
        self.para(turkic_caps(spans), "Kind Label", cell)
        title = self.tr(slot, "title", lang)
        if title.text.strip(SPACES):
            self.para(Text(title.text.strip(SPACES), title.lang), "Slot Title", cell)
        if len(langs) > 1:
            other = self.tr(slot, "title", langs[1])
            if other.text.strip(SPACES) and other.text.strip(SPACES) != title.text.strip(SPACES):
                self.para(Text(other.text.strip(SPACES), other.lang), "Slot Title Translation", cell)
        for part in slot.participants:
            self.participant(part, langs, cell)
        if self.options.include_descriptions:
            text = self.tr(slot, "description", lang)
            if lang != self.lang and text.text.strip(SPACES) == slot.tr("description", self.lang).strip(SPACES):
                text = Text("", lang)  # side by side: an untranslated description is not printed twice
            if text.text.strip(SPACES):
                self.para(Text(text.text.strip(SPACES), text.lang), "Description", cell)
            if len(langs) > 1:
                other = self.tr(slot, "description", langs[1])
                if other.text.strip(SPACES) and other.text.strip(SPACES) != text.text.strip(SPACES):
                    self.para(Text(other.text.strip(SPACES), other.lang), "Description Translation", cell)

    def participant(self, part: ParticipantData, langs: Sequence[str], cell: object) -> None:
        lang = langs[0]
        spans: list[tuple[str, str | None, str | None]] = []
        if part.role is not ParticipantRole.SPEAKER:
            roles = join_unique([Text(L.role_label(part.role, lg), lg) for lg in langs], " / ")
            spans.extend((t, "Participant Role", lg) for t, _, lg in roles)
            spans.append((": ", "Participant Role", lang))
        name = self.outline.person_name(part.person, lang, line_start=not spans)
        spans.append((name, None, self.person_lang(part.person, lang)))
        self.para(spans, "Participant", cell)
        title = self.outline.person_title(part.person, lang)
        if title:
            self.para(Text(title, self.tr(part.person, "position", lang).lang), "Position", cell)
        if len(langs) > 1:
            second = self.outline.person_title(part.person, langs[1])
            if second and second != title:
                self.para(Text(second, self.tr(part.person, "position", langs[1]).lang), "Position Translation",
                          cell)

    # -- closing sections -----------------------------------------------------------------------------
    def biographies(self) -> None:
        from docx.shared import Mm

        people = [p for p in self.data.people if any(p.tr("biography", lg).strip() for lg in self.langs)]
        if not people:
            return
        self.heading("speakers")
        photo_w = 22.0 if self.options.paper != "a5" else 18.0
        for person in people:
            texts = [self.tr(person, "biography", lg) for lg in self.langs]
            texts = [t for t in texts if t.text.strip()]
            cell = None
            if person.photo:
                table = self.doc.table([photo_w + 4, float(self.doc.text_width) / 36000 - photo_w - 4], "Plain Table")
                cells = self.doc.row(table)
                para = self.doc.paragraph("", "Normal", cell=cells[0])
                if not self.doc.picture(para, person.photo, f"photo of {person.full_name}", Mm(photo_w),
                                        Mm(photo_w * 1.35)):
                    para.text = ""
                cell = cells[1]
            name = self.outline.person_name(person, self.lang, line_start=True)
            self.para(Text(name, self.person_lang(person, self.lang)), "Speaker Name", cell)
            title = self.outline.person_title(person, self.lang)
            if title:
                self.para(Text(title, self.tr(person, "position", self.lang).lang), "Position", cell)
            self.para(Text(texts[0].text.strip(), texts[0].lang), "Biography", cell)
            if len(texts) > 1 and texts[1].text.strip() != texts[0].text.strip():
                self.para(Text(texts[1].text.strip(), texts[1].lang), "Biography Translation", cell)
            if cell is not None:
                self.doc.spacer()

    def partners(self) -> None:
        from docx.shared import Mm

        orgs = self._ordered(PARTNER_ROLES)
        if not orgs:
            return
        self.heading("partners")
        per_row = 3 if self.options.paper == "a5" else 4
        table = self.doc.table([1.0] * per_row, "Plain Table")
        cell_w = int(self.doc.text_width) // per_row
        for start in range(0, len(orgs), per_row):
            cells = self.doc.row(table)
            for cell, eo in zip(cells, orgs[start : start + per_row], strict=False):
                org = eo.organization
                para = self.doc.paragraph("", "Partner Logo", cell=cell)
                self.doc.picture(para, org.logo, f"logo of {org.label}", Mm(cell_w * 0.8 / 36000),
                                 Mm(LOGO_MM[self.options.paper] * 1.1))
                self.para(self.tr(org, "name", self.lang), "Partner Name", cell)
                if eo.role is not EventRole.PARTNER:
                    self.para(Text(L.event_role_label(eo.role, self.lang), self.lang), "Partner Name", cell)


def _middle(cell: object) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER  # type: ignore[attr-defined]


def render_programme_docx(
    data: ProgrammeData, options: ProgrammeOptions | None = None, letterhead: bytes | None = None,
    letterhead_name: str = "letterhead",
) -> tuple[bytes, list[str]]:
    """The programme as .docx bytes plus the warnings met on the way (skipped logos, removed characters)."""
    from eventplanner.domain.errors import DomainError, ValidationError

    try:
        doc = ProgrammeDocx(data, options or ProgrammeOptions(), letterhead, letterhead_name)
        doc.build()
        blob = doc.doc.to_bytes()
    except DomainError:
        raise
    except Exception as exc:
        if letterhead is None:
            raise
        # A letterhead that opens but is built in a way python-docx cannot extend (damaged parts, odd styles).
        reason = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
        raise ValidationError(f"The letterhead {letterhead_name} could not be used ({reason}); "
                              "save it again from Word, or export without it.") from exc
    return blob, doc.doc.all_warnings()


def write_programme_docx(
    path: str | os.PathLike[str], data: ProgrammeData, options: ProgrammeOptions | None = None,
    letterhead: bytes | None = None, letterhead_name: str = "letterhead",
) -> list[str]:
    """Build the programme and write it atomically to `path`; return the warnings for the user."""
    from eventplanner.exports.atomic import atomic_write_bytes

    blob, warnings = render_programme_docx(data, options, letterhead, letterhead_name)
    atomic_write_bytes(path, blob)
    return warnings
