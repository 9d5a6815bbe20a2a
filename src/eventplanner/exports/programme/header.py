"""The header block (logos, title, theme, date, venue, organizers) and the closing sections."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from eventplanner.domain.data import EventOrganizationData, OrganizationData, PersonData
from eventplanner.domain.enums import EventRole
from eventplanner.exports import programme_labels as L
from eventplanner.exports.programme.context import Context, join_unique
from eventplanner.exports.programme.flowables import AtFoot, Block, ColumnSpec, Content
from eventplanner.exports.programme.items import Item, Monogram, Picture, Rule
from eventplanner.exports.programme.styles import PALETTE
from eventplanner.exports.programme.text import format_date_range, format_day
from eventplanner.exports.programme.textlayout import Para, Segment

ORGANIZER_ROLES = (EventRole.HOST, EventRole.CO_ORGANIZER)
#: Up to this many organizers, the logo row prints each one's name beside its logo.
MAX_NAMED_LOGOS = 3


def _ordered(orgs: tuple[EventOrganizationData, ...], roles: tuple[EventRole, ...]) -> list[EventOrganizationData]:
    return sorted((o for o in orgs if o.role in roles), key=lambda o: (o.role.rank, o.position))


def monogram_text(org: OrganizationData) -> str:
    if org.acronym.strip():
        return org.acronym.strip()[:5]
    words = [w for w in org.name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words[:3]) or org.name[:2]


def logo_item(ctx: Context, org: OrganizationData, max_w: float, max_h: float, align: str = "left") -> Item:
    """The organization's logo scaled into max_w x max_h, or a monogram badge when there is none."""
    img = ctx.image("logo", org.id, org.logo, f"logo of {org.label}") if org.logo else None
    if img is not None:
        w, h = img.fit(max_w, max_h)
        return Picture(h, 0.0, False, img.reader, w, align)
    return Monogram(
        max_h, 0.0, False, monogram_text(org), fill=ctx.color(PALETTE["navy"]),
        ink=ctx.color(PALETTE["white"]), align=align,
    )


def section_heading(ctx: Context, key: str, space_before: float = 8.0) -> Block:
    paras: list[Content] = [ctx.para(ctx.label(key), "section")]
    if ctx.options.bilingual:
        second = ctx.label(key, ctx.langs[1])
        if second != ctx.label(key):
            paras.append(ctx.para(second, "section_second", lang=ctx.langs[1]))
    paras.append(Rule(ctx.mm(2.4), 0.0, False, ctx.color(PALETTE["navy"]), 1.0))
    return Block(ctx.ts, [ColumnSpec(paras)], keep_with_next=True, space_before=ctx.mm(space_before),
                 pad_bottom=ctx.mm(1))


def logos_row(ctx: Context) -> list[Flowable]:
    orgs = _ordered(ctx.data.organizations, ORGANIZER_ROLES)
    if not orgs:
        return []
    h = ctx.paper.logo_height
    width = ctx.paper.frame_width
    with_names = len(orgs) <= MAX_NAMED_LOGOS
    columns: list[ColumnSpec] = []
    for eo in orgs:
        org = eo.organization
        item = logo_item(ctx, org, h * 2.6 if not with_names else h * 1.8, h)
        w = item.width if isinstance(item, Picture) else h
        if with_names:
            columns.append(ColumnSpec([item], width=w, gap_after=ctx.mm(3), valign_middle=True))
            name_w = min((width - len(orgs) * (h * 1.8 + ctx.mm(11))) / len(orgs), ctx.mm(58))
            name = join_unique([org.tr("name", lg) for lg in ctx.langs[:1]], "\n")
            columns.append(
                ColumnSpec([ctx.para(name, "logo_name")], width=max(name_w, ctx.mm(25)), gap_after=ctx.mm(8),
                           valign_middle=True)
            )
        else:
            columns.append(ColumnSpec([item], width=w, gap_after=ctx.mm(7), valign_middle=True))
    return [Block(ctx.ts, columns, pad_bottom=ctx.mm(3.5))]


def header(ctx: Context) -> list[Flowable]:
    event = ctx.data.event
    lang, second = ctx.lang, (ctx.langs[1] if ctx.options.bilingual else None)
    out: list[Flowable] = logos_row(ctx)
    if ctx.partners_in_header:
        out.extend(partners_in_header(ctx))
    if out:
        out.append(Block(ctx.ts, [ColumnSpec([Rule(1.0, 0.0, False, ctx.color(PALETTE["rule"]), 0.6)])],
                         pad_bottom=ctx.mm(4.5)))
    paras: list[Content] = [ctx.para(eyebrow(ctx), "eyebrow")]
    paras.append(ctx.para(event.tr("title", lang), "title", balance=True))
    paras.extend(ctx.para(t, "title_second", balance=True) for t in ctx.second_texts(lambda lg: event.tr("title", lg)))
    q1, q2 = L.label("quote_open", lang), L.label("quote_close", lang)
    theme = event.tr("theme", lang).strip()
    if theme:
        paras.append(ctx.para(f"{q1}{theme}{q2}", "theme"))
        for t in ctx.second_texts(lambda lg: event.tr("theme", lg)):
            paras.append(ctx.para(f"{L.label('quote_open', second)}{t}{L.label('quote_close', second)}",
                                  "theme_second"))
    out.append(Block(ctx.ts, [ColumnSpec(paras)], pad_bottom=ctx.mm(3)))
    organizers = _ordered(ctx.data.organizations, ORGANIZER_ROLES)
    out.append(info_strip(ctx, names_shown=0 < len(organizers) <= MAX_NAMED_LOGOS))
    out.append(section_heading(ctx, "programme", space_before=6.5))
    return out


def eyebrow(ctx: Context) -> str:
    """The line above the title: who organizes ('SMS · IOM'), or 'Programme'. The date is said once, below."""
    names = [eo.organization.tr("acronym", ctx.lang).strip() or eo.organization.tr("name", ctx.lang).strip()
             for eo in _ordered(ctx.data.organizations, ORGANIZER_ROLES)]
    text = join_unique([n for n in names if n], " · ")
    return text if text and len(text) <= 90 else ctx.labels("programme")


def _sep(ctx: Context, style: str) -> Segment:
    return Segment("  ·  ", ctx.s(style))


def _when_where(ctx: Context, lang: str, style: str) -> Para | None:
    """'Saturday, 18 December 2021  ·  Venue, address' in one language (None when there is nothing to say)."""
    event = ctx.data.event
    if event.end_date > event.start_date:
        when = format_date_range(event.start_date, event.end_date, lang)
    else:
        when = format_day(event.start_date, lang)
    # The address stays on one line ('Baku, Azerbaijan'); the venue's name may wrap.
    address = "\u00a0".join(event.tr("venue_address", lang).split())
    where = ", ".join(t for t in (event.tr("venue_name", lang).strip(), address) if t)
    segments = [Segment(when, ctx.s(style))]
    if where:
        segments += [_sep(ctx, style), Segment(where, ctx.s(style))]
    return Para(segments)


def info_strip(ctx: Context, names_shown: bool) -> Block:
    """Date and venue on one line (and its translation); organizers only when the logo row does not name them."""
    paras: list[Content] = []
    first = _when_where(ctx, ctx.lang, "info_value")
    if first is not None:
        paras.append(first)
    if ctx.options.bilingual:
        second = _when_where(ctx, ctx.langs[1], "info_value_second")
        if second is not None and first is not None and second.segments != first.segments:
            paras.append(second)
    orgs = _ordered(ctx.data.organizations, ORGANIZER_ROLES)
    if orgs and not names_shown:
        names = ", ".join(eo.organization.tr("name", ctx.lang) for eo in orgs)
        paras.append(Para([Segment(f"{ctx.label('organized_by')}: ", ctx.s("info_label_inline")),
                           Segment(names, ctx.s("info_value"))]))
    return Block(ctx.ts, [ColumnSpec(paras)], pad_top=0.0, pad_bottom=ctx.mm(1))


PARTNER_ROLES = (EventRole.PARTNER, EventRole.SPONSOR, EventRole.SUPPORTER)


def _partner_name(ctx: Context, eo: EventOrganizationData) -> str:
    name = eo.organization.tr("name", ctx.lang)
    if eo.role is not EventRole.PARTNER:
        name = f"{name} ({L.event_role_label(eo.role, ctx.lang).lower()})"
    return name


def _strip_label_width(ctx: Context) -> float:
    """Room for 'PARTNERS' (or 'TƏRƏFDAŞLAR', 'ПАРТНЁРЫ') on one line, never less than 22 mm."""
    style = ctx.s("strip_label")
    words = ctx.labels("partners", "\n", caps=True).split("\n")
    return max(ctx.mm(22), max(ctx.ts.text_width(w, style) for w in words) + ctx.mm(3))


def partners_strip(ctx: Context) -> list[Flowable]:
    """Partners' logos with their names in a strip at the foot of the last page, under a 'Partners' label."""
    orgs = _ordered(ctx.data.organizations, PARTNER_ROLES)
    if not orgs:
        return []
    per_row = ctx.paper.partner_columns
    label_w = _strip_label_width(ctx)
    gap = ctx.mm(4)
    cell_w = (ctx.paper.frame_width - label_w) / min(per_row, len(orgs))
    h = ctx.paper.logo_height * 0.72
    rows: list[Block] = []
    for start in range(0, len(orgs), per_row):
        label: list[Content] = [ctx.para(ctx.labels("partners", "\n", caps=True), "strip_label")] if not start else []
        columns = [ColumnSpec(label, width=label_w, valign_middle=True)]
        for eo in orgs[start : start + per_row]:
            item = logo_item(ctx, eo.organization, h * 2.2, h)
            w = item.width if isinstance(item, Picture) else h
            columns.append(ColumnSpec([item], width=w, gap_after=ctx.mm(2.5), valign_middle=True))
            columns.append(ColumnSpec([ctx.para(_partner_name(ctx, eo), "logo_name")],
                                      width=max(cell_w - w - ctx.mm(2.5) - gap, ctx.mm(18)), gap_after=gap,
                                      valign_middle=True))
        rows.append(Block(ctx.ts, columns, pad_top=ctx.mm(1.2), pad_bottom=ctx.mm(1.2)))
    return [AtFoot(rows, ctx.color(PALETTE["rule"]), ctx.mm(5.5))]


def partners_in_header(ctx: Context) -> list[Flowable]:
    """The partners' logos as a compact row under the organizers' (when a strip would stand alone on a page)."""
    orgs = _ordered(ctx.data.organizations, PARTNER_ROLES)
    if not orgs:
        return []
    h = ctx.paper.logo_height * 0.6
    label_w = _strip_label_width(ctx)
    columns = [ColumnSpec([ctx.para(ctx.labels("partners", "\n", caps=True), "strip_label")], width=label_w,
                          valign_middle=True)]
    used = label_w
    for eo in orgs:
        item = logo_item(ctx, eo.organization, h * 2.2, h)
        w = item.width if isinstance(item, Picture) else h
        if used + w > ctx.paper.frame_width:
            break
        columns.append(ColumnSpec([item], width=w, gap_after=ctx.mm(5), valign_middle=True))
        used += w + ctx.mm(5)
    return [Block(ctx.ts, columns, pad_bottom=ctx.mm(3))]


def _bio_texts(ctx: Context, person: PersonData) -> list[str]:
    return [t for t in (person.tr("biography", lg).strip() for lg in ctx.langs) if t]


def biographies(ctx: Context, name_of: dict[int, str], title_of: dict[int, str]) -> list[Flowable]:
    people = [p for p in ctx.data.people if _bio_texts(ctx, p)]
    if not people:
        return []
    out: list[Flowable] = [section_heading(ctx, "speakers")]
    for i, person in enumerate(people):
        columns: list[ColumnSpec] = []
        photo = ctx.image("photo", person.id, person.photo, f"photo of {person.full_name}") if person.photo else None
        if photo is not None:
            pw = ctx.paper.photo_width
            w, h = photo.fit(pw, pw * 1.35)
            columns.append(ColumnSpec([Picture(h, 0.0, False, photo.reader, w)], width=pw, gap_after=ctx.mm(4)))
        texts = _bio_texts(ctx, person)
        content: list[Content] = [ctx.para(name_of[person.id], "bio_name", keep_with_next=True)]
        if title_of[person.id]:
            content.append(ctx.para(title_of[person.id], "bio_title", keep_with_next=True))
        content.append(ctx.para(texts[0], "bio_text"))
        if len(texts) > 1 and texts[1] != texts[0]:
            content.append(ctx.para(texts[1], "bio_text_second"))
        columns.append(ColumnSpec(content))
        out.append(Block(ctx.ts, columns, pad_top=ctx.mm(3), pad_bottom=ctx.mm(3),
                         rule_above=ctx.color(PALETTE["rule"]) if i else None,
                         keep_whole=ctx.paper.frame_height * 0.3))
    return out
