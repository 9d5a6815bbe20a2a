"""Name badges (eight per A4 sheet, with cut marks) and folded table tent cards for an event's speakers.

Same fonts, escaping and Arabic shaping as the programme. Long text shrinks to fit, then is cut with "…".
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventplanner.domain.data import PersonData, ProgrammeData
from eventplanner.domain.errors import ValidationError
from eventplanner.exports.atomic import atomic_write_bytes
from eventplanner.exports.fonts import FONTS, register_fonts
from eventplanner.exports.programme.images import LoadedImage, load_image
from eventplanner.exports.programme.text import clean, escape_markup, shape, visual

MM = 72 / 25.4
BADGE_W, BADGE_H = 90 * MM, 60 * MM
COLS, ROWS = 2, 4
ACCENT = "#1f3b5c"
MUTED = "#555555"


@dataclass(frozen=True)
class BadgePerson:
    name: str
    title_line: str
    organization: str


def badge_people(data: ProgrammeData, lang: str | None = None) -> list[BadgePerson]:
    """Everyone in the agenda, in order of appearance, with translated position and organization."""
    orgs = {o.organization.id: o.organization for o in data.organizations}

    def org_of(p: PersonData) -> str:
        org = orgs.get(p.organization_id or -1)
        return org.tr("name", lang) if org else p.organization_name

    return [BadgePerson(p.display_name, p.title_line(lang), org_of(p)) for p in data.people]


def _markup(text: str) -> str:
    return escape_markup(visual(shape(clean(" ".join(text.split())))))


def _fit(text: str, font: str, sizes: tuple[float, ...], width: float, height: float, color: str = "#000000",
         align: int = 1) -> Any:
    """A Paragraph of `text` at the largest size that fits width x height; cut with an ellipsis if none does."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    def para(t: str, size: float) -> Any:
        style = ParagraphStyle("fit", fontName=font, fontSize=size, leading=size * 1.18, alignment=align,
                               textColor=HexColor(color))
        return Paragraph(_markup(t), style)

    for size in sizes:
        p = para(text, size)
        _w, h = p.wrap(width, height)
        if h <= height and max(p.getActualLineWidths0() or [0]) <= width + 0.1:
            return p
    words = " ".join(text.split())
    lo, hi = 0, len(words)
    while lo < hi:  # longest prefix that fits at the smallest size
        mid = (lo + hi + 1) // 2
        _w, h = para(words[:mid].rstrip() + "…", sizes[-1]).wrap(width, height)
        if h <= height:
            lo = mid
        else:
            hi = mid - 1
    return para(words[:lo].rstrip() + "…" if lo < len(words) else words, sizes[-1])


def _draw(canvas: Any, para: Any, x: float, y_top: float, width: float, height: float) -> float:
    """Draw a fitted paragraph with its top at y_top; returns its height."""
    _w, h = para.wrap(width, height)
    para.drawOn(canvas, x, y_top - h)
    return float(h)


def _stack(canvas: Any, items: list[tuple[Any, float]], x: float, top: float, bottom: float, width: float) -> None:
    """Draw paragraphs one under the other, the block centred vertically between top and bottom."""
    sized = [(p, p.wrap(width, top - bottom)[1], gap) for p, gap in items if p is not None and p.text.strip()]
    total = sum(h + gap for _p, h, gap in sized) - (sized[-1][2] if sized else 0)
    y = top - max(0.0, (top - bottom - total) / 2)
    for p, h, gap in sized:
        p.drawOn(canvas, x, y - h)
        y -= h + gap


def _logo(data: ProgrammeData, warnings: list[str]) -> LoadedImage | None:
    for host in data.hosts:
        image = load_image(host.organization.logo, f"logo of {host.organization.name}", warnings)
        if image is not None:
            return image
    return None


def _badge(canvas: Any, x: float, y: float, person: BadgePerson, event_title: str, logo: LoadedImage | None) -> None:
    from reportlab.lib.colors import HexColor

    pad = 5 * MM
    inner = BADGE_W - 2 * pad
    canvas.saveState()
    canvas.setStrokeColor(HexColor("#d5dbe3"))
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, BADGE_W, BADGE_H)
    band = 13 * MM
    canvas.setFillColor(HexColor(ACCENT))
    canvas.rect(x, y + BADGE_H - 1.2 * MM, BADGE_W, 1.2 * MM, stroke=0, fill=1)
    text_x = x + pad
    if logo is not None:
        lw, lh = logo.fit(22 * MM, band - 4 * MM)
        canvas.drawImage(logo.reader, x + pad, y + BADGE_H - 2.5 * MM - lh, lw, lh, mask="auto")
        text_x += lw + 3 * MM
    title = _fit(event_title, FONTS.bold, (8, 7, 6.5), x + BADGE_W - pad - text_x, band - 4 * MM, ACCENT, align=0)
    _draw(canvas, title, text_x, y + BADGE_H - 3 * MM, x + BADGE_W - pad - text_x, band - 4 * MM)
    canvas.setStrokeColor(HexColor("#c8d0da"))
    canvas.line(x + pad, y + BADGE_H - band, x + BADGE_W - pad, y + BADGE_H - band)
    _stack(
        canvas,
        [
            (_fit(person.name, FONTS.bold, (20, 18, 16, 14, 12, 11), inner, 17 * MM), 2 * MM),
            (_fit(person.title_line, FONTS.regular, (9, 8, 7.5), inner, 10 * MM, MUTED), 1.2 * MM),
            (_fit(person.organization, FONTS.bold, (8.5, 8, 7.5, 7), inner, 10 * MM, ACCENT), 0),
        ],
        x + pad,
        y + BADGE_H - band - 2 * MM,
        y + 3 * MM,
        inner,
    )
    canvas.restoreState()


def _cut_marks(canvas: Any, x0: float, y0: float, rows: int = ROWS) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.3)
    length, gap = 5 * MM, 1.5 * MM
    width, height = COLS * BADGE_W, rows * BADGE_H
    y0 += (ROWS - rows) * BADGE_H
    for i in range(COLS + 1):
        x = x0 + i * BADGE_W
        canvas.line(x, y0 - gap, x, y0 - gap - length)
        canvas.line(x, y0 + height + gap, x, y0 + height + gap + length)
    for j in range(rows + 1):
        y = y0 + j * BADGE_H
        canvas.line(x0 - gap, y, x0 - gap - length, y)
        canvas.line(x0 + width + gap, y, x0 + width + gap + length, y)
    canvas.restoreState()


def _canvas(title: str, size: tuple[float, float]) -> tuple[Any, io.BytesIO]:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size, pageCompression=1)
    canvas.setTitle(clean(title))
    canvas.setAuthor("Event Planner")
    return canvas, buf


def badges_pdf(data: ProgrammeData, lang: str | None = None, warnings: list[str] | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4

    warnings = warnings if warnings is not None else []
    people = badge_people(data, lang)
    if not people:
        raise ValidationError("The agenda has no speakers yet, so there are no badges to print.")
    event_title = data.event.tr("title", lang)
    canvas, buf = _canvas(f"Badges – {event_title}", A4)
    logo = _logo(data, warnings)
    x0 = (A4[0] - COLS * BADGE_W) / 2
    y0 = (A4[1] - ROWS * BADGE_H) / 2
    per_page = COLS * ROWS
    for start in range(0, len(people), per_page):
        page = people[start : start + per_page]
        for i, person in enumerate(page):
            col, row = i % COLS, i // COLS
            _badge(canvas, x0 + col * BADGE_W, y0 + (ROWS - 1 - row) * BADGE_H, person, event_title, logo)
        _cut_marks(canvas, x0, y0, -(-len(page) // COLS))
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _card_half(canvas: Any, w: float, h: float, person: BadgePerson, event_title: str,
               logo: LoadedImage | None) -> None:
    """One half of a tent card, drawn upright in a w x h box at the origin."""
    pad = 14 * MM
    inner = w - 2 * pad
    _stack(
        canvas,
        [
            (_fit(person.name, FONTS.bold, (44, 40, 36, 32, 28, 24, 20), inner, 42 * MM), 5 * MM),
            (_fit(person.title_line, FONTS.regular, (15, 14, 13, 12, 11), inner, 20 * MM, MUTED), 2.5 * MM),
            (_fit(person.organization, FONTS.bold, (14, 13, 12, 11), inner, 14 * MM, ACCENT), 0),
        ],
        pad,
        h - 12 * MM,
        28 * MM,
        inner,
    )
    foot = _fit(event_title, FONTS.regular, (9, 8), inner - 30 * MM, 10 * MM, ACCENT, align=1)
    _draw(canvas, foot, pad + 15 * MM, 20 * MM, inner - 30 * MM, 10 * MM)
    if logo is not None:
        lw, lh = logo.fit(24 * MM, 11 * MM)
        canvas.drawImage(logo.reader, pad, 10 * MM, lw, lh, mask="auto")


def table_cards_pdf(data: ProgrammeData, lang: str | None = None, warnings: list[str] | None = None) -> bytes:
    """A4 portrait, folded across the middle: the name on both halves, the upper one upside down."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    warnings = warnings if warnings is not None else []
    people = badge_people(data, lang)
    if not people:
        raise ValidationError("The agenda has no speakers yet, so there are no table cards to print.")
    event_title = data.event.tr("title", lang)
    canvas, buf = _canvas(f"Table cards – {event_title}", A4)
    logo = _logo(data, warnings)
    w, h = A4[0], A4[1] / 2
    for person in people:
        _card_half(canvas, w, h, person, event_title, logo)
        canvas.saveState()
        canvas.translate(w, 2 * h)
        canvas.rotate(180)
        _card_half(canvas, w, h, person, event_title, logo)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(HexColor("#9aa5b1"))
        canvas.setDash(4, 3)
        canvas.setLineWidth(0.5)
        canvas.line(0, h, w, h)
        canvas.setFont(FONTS.regular, 6)
        canvas.setFillColor(HexColor("#9aa5b1"))
        canvas.drawString(6 * MM, h + 1.5 * MM, "fold")
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def write_badges(data: ProgrammeData, path: str | os.PathLike[str], kind: str = "badges",
                 lang: str | None = None) -> Path:
    """`kind`: "badges" (eight per sheet) or "cards" (folded table tent cards)."""
    if kind not in ("badges", "cards"):
        raise ValidationError(f"Print “badges” or table “cards”, not “{kind}”.")
    blob = badges_pdf(data, lang) if kind == "badges" else table_cards_pdf(data, lang)
    atomic_write_bytes(path, blob)
    return Path(path)
