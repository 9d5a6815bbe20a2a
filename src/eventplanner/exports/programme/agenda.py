"""The agenda: day headings, parallel sessions grouped by room, one splittable Block per slot."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from functools import cached_property

from reportlab.platypus.flowables import Flowable

from eventplanner.domain.data import OrganizationData, ParticipantData, PersonData, SlotData
from eventplanner.domain.enums import ParticipantRole, SlotKind
from eventplanner.exports import programme_labels as L
from eventplanner.exports.programme.context import Context, join_unique
from eventplanner.exports.programme.flowables import Block, ColumnSpec, KeepTail
from eventplanner.exports.programme.items import Rule
from eventplanner.exports.programme.styles import PALETTE
from eventplanner.exports.programme.text import format_day, plain_text, upper
from eventplanner.exports.programme.textlayout import Para, Segment
from eventplanner.exports.programme_outline import (
    ProgrammeOutline,
    RoomKey,
    by_room,
    initials,
    names_organization,
    room_key,
    stretches,
)

#: A kind label shared by at least this share of the slots says nothing and is left out ('PRESENTATION').
COMMON_KIND_SHARE = 0.8
#: A slot shorter than this share of the page moves to the next page whole rather than split.
KEEP_WHOLE_SHARE = 0.15


def common_kind(slots: Sequence[SlotData]) -> SlotKind | None:
    """The kind nearly every slot has (not breaks), whose label would repeat on every slot; None otherwise."""
    kinds = Counter(s.kind for s in slots if not s.kind.is_pause)
    total = sum(kinds.values())
    if total < 4:
        return None
    kind, count = kinds.most_common(1)[0]
    return kind if count >= COMMON_KIND_SHARE * total else None


def keep_tail(out: list[Flowable]) -> list[Flowable]:
    """The agenda's last item keeps company with the slot before it (headings are kept with what follows)."""
    if len(out) >= 2:
        prev, last = out[-2], out[-1]
        if isinstance(prev, Block) and isinstance(last, Block) and not prev.keepWithNext:
            out[-2:] = [KeepTail(prev, last)]
    return out


class AgendaBuilder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.orgs: dict[int, OrganizationData] = {o.id: o for o in ctx.data.people_organizations}
        self.orgs.update({o.organization.id: o.organization for o in ctx.data.organizations})
        self.rooms = {r.id: r for r in ctx.data.rooms}
        self.keep_whole = ctx.paper.frame_height * KEEP_WHOLE_SHARE
        self.common_kind = common_kind(ctx.data.slots)
        self.running = ""  # the running header of the day being built

    @cached_property
    def gutter(self) -> float:
        return self.ctx.ts.text_width("00:00–00:00", self.ctx.s("time")) + self.ctx.mm(5)

    # -- people ---------------------------------------------------------------------------------------
    def person_name(self, person: PersonData, lang: str, line_start: bool = False) -> str:
        """'Mr.\u00a0Vusal\u00a0Huseynov' (no-break spaces, the rule in programme_outline)."""
        return ProgrammeOutline.person_name(person, lang, line_start)

    def person_title(self, person: PersonData, lang: str) -> str:
        """'Position, rank, Organization': the organization is left out when the position already names it."""
        line = ", ".join(p for p in (self.text(person, "position", lang), self.text(person, "rank", lang)) if p)
        org = self.orgs.get(person.organization_id) if person.organization_id is not None else None
        org_name = self.text(org, "name", lang) if org else self.text(person, "organization_name", lang)
        if not org_name.strip():
            return line
        acronyms: list[str] = []
        if org:
            acronyms = [org.tr("acronym", lang), org.acronym]
            if len(initials(org_name)) >= 3:
                acronyms.append(initials(org_name))
        if line and names_organization(line, org_name, acronyms):
            return line
        return f"{line}, {org_name}" if line else org_name

    def text(self, obj: PersonData | OrganizationData | SlotData, field: str, lang: str) -> str:
        """`field` of `obj` in `lang`; side by side, empty where the other column prints the same fallback."""
        ctx = self.ctx
        return ctx.column_text(lang, lambda lg: obj.tr(field, lg), lambda lg: ctx.fallback(obj, (field,), lg))

    def participant_paras(self, part: ParticipantData, langs: Sequence[str], first: bool = False) -> list[Para]:
        """Name (with role) and position lines; the first participant stays with the slot's heading."""
        ctx = self.ctx
        lang = langs[0]
        person = part.person
        segments: list[Segment] = []
        if part.role is not ParticipantRole.SPEAKER:
            role = join_unique([L.role_label(part.role, lg) for lg in langs], " / ")
            segments.append(Segment(f"{role}: ", ctx.s("role")))
        start = not segments
        name = ctx.column_text(lang, lambda lg: self.person_name(person, lg, start),
                               lambda lg: ctx.fallback(person, ("given_name", "family_name"), lg))
        if name:
            segments.append(Segment(name, ctx.s("name")))
        hang = ctx.mm(3)
        paras = [Para(segments, hang=hang, space_before=ctx.s("name").space_before, keep_with_next=True)] \
            if segments else []
        title = self.person_title(person, lang)
        if title:
            paras.append(ctx.para(title, "position", keep_lines=first, keep_with_next=first))
        if len(langs) > 1:
            second = self.person_title(part.person, langs[1])
            if second and second != title:
                paras.append(ctx.para(second, "position_second", keep_lines=first, keep_with_next=first))
        return paras

    # -- slots ----------------------------------------------------------------------------------------
    def room_label(self, slot: SlotData, lang: str) -> str:
        room = self.rooms.get(slot.room_id) if slot.room_id is not None else None
        return room.tr("name", lang) if room else slot.room_name

    def slot_content(self, slot: SlotData, langs: Sequence[str], show_room: bool) -> list[Para]:
        ctx = self.ctx
        lang = langs[0]
        kind = join_unique([upper(L.kind_label(slot.kind, lg), lg) for lg in langs], " / ")
        if slot.kind.is_pause:
            title = self.text(slot, "title", lang) or L.kind_label(slot.kind, lang)
            paras = [ctx.para(title, "pause")]
            if len(langs) > 1:
                other = slot.tr("title", langs[1]) or L.kind_label(slot.kind, langs[1])
                if other != title:
                    paras.append(ctx.para(other, "pause_second"))
            if show_room and self.room_label(slot, lang):
                paras.append(ctx.para(self.room_label(slot, lang), "position"))
            return paras
        tags = [] if slot.kind is self.common_kind else [kind]
        if slot.remote:
            tags.append(join_unique([upper(L.label("online", lg), lg) for lg in langs], " / "))
        if show_room and self.room_label(slot, lang):
            tags.append(self.room_label(slot, lang))
        paras = [ctx.para(" · ".join(tags), "kind", keep_with_next=True)] if tags else []
        title = plain_text(self.text(slot, "title", lang))
        if title:
            paras.append(ctx.para(title, "slot_title", keep_with_next=True, keep_lines=True, balance=True))
        if len(langs) > 1:
            other = plain_text(slot.tr("title", langs[1]).strip())
            if other and other != title:
                paras.append(ctx.para(other, "slot_title_second", keep_with_next=True, keep_lines=True, balance=True))
        for i, part in enumerate(slot.participants):
            paras.extend(self.participant_paras(part, langs, first=i == 0))
        if ctx.options.include_descriptions:
            limit = ctx.options.description_lines
            text = self.text(slot, "description", lang)
            if text:
                paras.append(ctx.para(plain_text(text), "description", orphans=2, widows=2, max_lines=limit))
            if len(langs) > 1:
                other = slot.tr("description", langs[1]).strip()
                if other and other != text:
                    paras.append(ctx.para(plain_text(other), "description_second", orphans=2, widows=2,
                                          max_lines=limit))
        return paras

    def slot_block(self, slot: SlotData, show_room: bool, first: bool) -> Block:
        ctx = self.ctx
        pause = slot.kind.is_pause
        time_style = "pause_time" if pause else "time"
        gutter = ColumnSpec(
            [ctx.para(slot.time_range, time_style)],
            width=self.gutter,
            continuation=[
                ctx.para(slot.time_range, time_style),
                ctx.para(f"({ctx.label('continued')})", "time_cont"),
            ],
        )
        columns = [gutter]
        if ctx.side_by_side:
            a, b = ctx.langs
            columns.append(ColumnSpec(self.slot_content(slot, (a,), show_room), gap_after=ctx.mm(5)))
            columns.append(ColumnSpec(self.slot_content(slot, (b,), show_room)))
        else:
            columns.append(ColumnSpec(self.slot_content(slot, ctx.langs, show_room)))
        if pause:
            pad = ctx.mm(2.2)
            return Block(
                ctx.ts, columns, pad_top=pad, pad_bottom=pad, background=ctx.color(PALETTE["band"]),
                keep_whole=self.keep_whole, space_before=ctx.mm(1.5), space_after=ctx.mm(1.5),
            )
        return Block(
            ctx.ts, columns, pad_top=ctx.mm(2.3), pad_bottom=ctx.mm(2.3),
            rule_above=None if first else ctx.color(PALETTE["rule"]), keep_whole=self.keep_whole,
        )

    # -- headings -------------------------------------------------------------------------------------
    def heading(self, paras: list[Para], space_before: float, rule: bool = True) -> Block:
        ctx = self.ctx
        content: list[Para | Rule] = list(paras)
        if rule:
            content.append(Rule(ctx.mm(2.2), 0.0, False, ctx.color(PALETTE["navy"]), 0.9))
        return Block(ctx.ts, [ColumnSpec(content)], keep_with_next=True, space_before=space_before,
                     pad_bottom=ctx.mm(0.5))

    def day_heading(self, day: date, index: int) -> Block:
        ctx = self.ctx
        texts = [f"{L.day_label(index, lg)} — {format_day(day, lg, capital=False)}" for lg in ctx.langs]
        paras = [ctx.para(texts[0], "day")]
        if len(texts) > 1 and texts[1] != texts[0]:
            paras.append(ctx.para(texts[1], "day_second"))
        block = self.heading(paras, ctx.mm(7))
        block.opens_section = True
        return block

    def parallel_heading(self, start: datetime, end: datetime) -> Block:
        ctx = self.ctx
        until = "24:00" if end.hour == end.minute == 0 and end.date() > start.date() else f"{end:%H:%M}"
        text = f"{ctx.labels('parallel', ' / ', caps=True)} · {start:%H:%M}–{until}"
        block = self.heading([ctx.para(text, "parallel")], ctx.mm(4), rule=False)
        block.opens_section = True
        return block

    def room_heading(self, slot: SlotData) -> Block:
        ctx = self.ctx
        text = join_unique([self.room_label(slot, lg) for lg in ctx.langs], " · ")
        block = Block(
            ctx.ts, [ColumnSpec([ctx.para(text, "room")], width=None)],
            pad_top=ctx.mm(1.2), pad_bottom=ctx.mm(1.2), background=ctx.color(PALETTE["room"]),
            keep_with_next=True, space_before=ctx.mm(2.5),
        )
        block.opens_section = True
        return block

    def day_running(self, day: date, index: int, multi_day: bool) -> str:
        """'Day 2 · Thursday, 22 August' for the running header of the day's continuation pages."""
        if not multi_day:
            return ""
        lang = self.ctx.lang
        return f"{L.day_label(index, lang)} · {format_day(day, lang, weekday=True, capital=True)}"

    def empty(self) -> list[Flowable]:
        ctx = self.ctx
        paras = [ctx.para(ctx.labels("empty", "\n"), "empty"), ctx.para(ctx.labels("empty_hint", "\n"), "empty_hint")]
        return [Block(ctx.ts, [ColumnSpec(paras)], pad_top=ctx.mm(18), pad_bottom=ctx.mm(18))]

    # -- the whole agenda -----------------------------------------------------------------------------
    def room_key(self, slot: SlotData) -> RoomKey:
        return room_key(slot, self.rooms)

    def build(self) -> list[Flowable]:
        return self.build_first(None)[0]

    def build_first(self, days_wanted: int | None) -> tuple[list[Flowable], bool]:
        """The agenda of the first `days_wanted` days with slots (every day when None), and whether that is
        all of it. A part is the whole agenda's beginning, flowable for flowable: a quick first page needs
        only the days that fill it (the whole agenda's last slot keeps company with the one before it)."""
        data = self.ctx.data
        if not data.slots:
            return self.empty(), True
        built = 0
        out: list[Flowable] = []
        days = data.days
        multi_day = len(days) > 1
        multi_room = len({k for k in map(self.room_key, data.slots) if k is not None}) > 1
        by_day: dict[date, list[SlotData]] = {}
        for slot in data.slots:
            by_day.setdefault(data.day_of(slot), []).append(slot)
        for day in days:
            index = (day - days[0]).days + 1  # calendar day of the event: a day without slots keeps its number
            slots = sorted(by_day.get(day, ()), key=lambda s: (s.start, self.room_key(s) or (-1, "")))
            if not slots:
                continue
            if days_wanted is not None and built >= days_wanted:
                return out, False
            built += 1
            self.running = self.day_running(day, index, multi_day)
            first = len(out)
            if multi_day:
                out.append(self.day_heading(day, index))
            out.extend(self.day_slots(slots, multi_room))
            for f in out[first:]:
                if isinstance(f, Block) and not f.running:
                    f.running = self.running
        return keep_tail(out), True

    def day_slots(self, slots: list[SlotData], multi_room: bool) -> list[Flowable]:
        out: list[Flowable] = []
        if not multi_room:
            for i, slot in enumerate(slots):
                out.append(self.slot_block(slot, False, i == 0))
            return out
        first = True
        for stretch in stretches(slots, self.room_key):
            if stretch.kind == "parallel":
                out.extend(self.parallel(stretch.slots))
                first = True
                continue
            for slot in stretch.slots:
                block = self.slot_block(slot, stretch.kind == "slots", first)
                if stretch.kind == "shared_pause" and first and out:  # after parallel sessions: apart from
                    block.spaceBefore = self.ctx.mm(4)  # the last room's slots
                out.append(block)
                first = False
        return out

    def parallel(self, slots: Sequence[SlotData]) -> list[Flowable]:
        out: list[Block] = [self.parallel_heading(min(s.start for s in slots), max(s.end for s in slots))]
        for key, room_slots in by_room(slots, self.room_key):
            if key is not None:
                out.append(self.room_heading(room_slots[0]))
            for i, slot in enumerate(room_slots):
                out.append(self.slot_block(slot, False, i == 0))
                room = self.room_label(slot, self.ctx.lang)
                if room:
                    out[-1].running = " · ".join(t for t in (self.running, room) if t)
                    if len(out) >= 2 and out[-2].opens_section and not out[-2].running:
                        out[-2].running = out[-1].running
        return list(out)
